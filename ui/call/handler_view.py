"""The call handler's window: the call in progress (Ctrl+1) and the shift's incidents (Ctrl+2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui.call.call_workspace import CallWorkspace
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.worker import Worker

CALL_TAB, SHIFT_TAB = 0, 1


class HandlerView(QWidget):
    """Two tabs: "Call" (form, script, recommendation, history) and "My incidents".

    Public API used by the main window: ``refresh()``, ``stop()``, ``has_unsent_text()``,
    ``form`` (the new-call form), ``shift`` (the shift list) and ``workspace``.
    """

    def __init__(
        self, db: Database, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = CallWorkspace(db, actor, worker)
        self.form = self.workspace.form
        self.shift = ShiftIncidentsPanel(db, actor, worker)
        self.workspace.incident_changed.connect(self.shift.refresh)
        self.form.incident_opened.connect(self.shift.add_incident)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.workspace, self.tr("Call (Ctrl+1)"))
        self.tabs.addTab(self.shift, "")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the form, not the tabs
        self._update_shift_tab()
        model = self.shift.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_shift_tab)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for keys, tab in (("Ctrl+1", CALL_TAB), ("Ctrl+2", SHIFT_TAB)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda t=tab: self.show_tab(t))
        self.setFocusProxy(self.form)
        self.shift.refresh()

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        if tab == CALL_TAB:
            self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.shift.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_shift_tab(self) -> None:
        self.tabs.setTabText(
            SHIFT_TAB,
            self.tr("My incidents: %1 (Ctrl+2)").replace("%1", str(self.shift.model.rowCount())),
        )

    def refresh(self) -> None:
        self.shift.refresh()

    def stop(self) -> None:
        self.workspace.stop()
        self.shift.stop()

    def has_unsent_text(self) -> bool:
        return self.workspace.has_unsent_text()

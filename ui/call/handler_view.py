"""The call handler's window: the call in progress (Ctrl+1) and the shift's incidents (Ctrl+2)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from callhandler.desk import Desk, is_provisional
from callhandler.services.calls import IncidentRow
from ui.call.call_workspace import CallWorkspace
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.qa.my_reviews import MyReviewsView
from ui.worker import Worker

CALL_TAB, SHIFT_TAB, REVIEWS_TAB = 0, 1, 2


class HandlerView(QWidget):
    """Two tabs: "Call" (form, script, recommendation, history) and "My incidents".

    Public API used by the main window: ``refresh()``, ``stop()``, ``has_unsent_text()``,
    ``form`` (the new-call form), ``shift`` (the shift list) and ``workspace``.
    """

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = CallWorkspace(desk, worker)
        self.form = self.workspace.form
        self.shift = ShiftIncidentsPanel(desk, desk.actor, worker)
        self._online = True  # the server answers (always so on one database)
        self.workspace.incident_changed.connect(self.refresh)
        self.form.incident_opened.connect(self._opened)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.workspace, self.tr("Call (Ctrl+1)"))
        self.tabs.addTab(self.shift, "")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab walks the form, not the tabs
        self.tabs.setCornerWidget(self.workspace.clock, Qt.Corner.TopRightCorner)
        self.reviews = MyReviewsView(desk, worker)  # issue 17: their own QA reviews, on demand
        self.tabs.addTab(self.reviews, self.tr("My reviews (Ctrl+7)"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self._update_shift_tab()
        model = self.shift.model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._update_shift_tab)

        # A control-room workstation offline: the incidents opened here that the server
        # does not have yet (they are not in "My incidents", which is the server's list).
        self.provisional = QLabel()
        self.provisional.setObjectName("provisionalIncidents")
        self.provisional.setWordWrap(True)
        self.provisional.setProperty("tone", "warning")
        self.provisional.setStyleSheet("padding:4px 8px; font-weight:600;")
        self.provisional.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.provisional)
        layout.addWidget(self.tabs)
        for keys, tab in (("Ctrl+1", CALL_TAB), ("Ctrl+2", SHIFT_TAB), ("Ctrl+7", REVIEWS_TAB)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda t=tab: self.show_tab(t))
        self.setFocusProxy(self.form)
        self.shift.refresh()

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        if tab == CALL_TAB:
            self.form.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif tab == REVIEWS_TAB:
            self.reviews.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.shift.focus_list()  # the first row selected: Enter acts on it (issue 16)

    def _tab_shown(self, tab: int) -> None:
        if tab == REVIEWS_TAB:
            self.reviews.start()

    def _update_shift_tab(self) -> None:
        self.tabs.setTabText(
            SHIFT_TAB,
            self.tr("My incidents: %1 (Ctrl+2)").replace("%1", str(self.shift.model.rowCount())),
        )

    def refresh(self) -> None:
        if self._online:  # offline the list waits (see set_server_reachable)
            self.shift.refresh()

    def _opened(self, row: IncidentRow) -> None:
        # One opened offline is not on the server, whose list this is: the banner shows it.
        if not is_provisional(row.ref):
            self.shift.add_incident(row)

    def set_server_reachable(self, online: bool) -> None:
        """Offline, "My incidents" (the server's list) stops asking the server, which would
        only hold up the call's own work on the worker, and says how old it is."""
        poller = self.shift.poller
        self._online = online
        if online:
            poller.timer.start()
            self.shift.refresh()
            self.shift.problem.setVisible(False)
            return
        poller.stop()
        self.shift.problem.setText(
            self.tr(
                "OFFLINE: the server cannot be reached, so this list is as it was at %1 and "
                "its actions (closure, risk, attendance) wait until it is back. Calls carry "
                "on in the Call tab (Ctrl+1)."
            ).replace("%1", dt.datetime.now().strftime("%H:%M"))
        )
        self.shift.problem.setVisible(True)

    def sync_changed(self, queued: list[Any]) -> None:
        """The workstation synced (or tried): list the incidents opened offline that are
        still waiting (``queued``: its outbox entries), and give the call in progress its
        real reference once it has one."""
        opened = [e for e in queued if e.kind == "open_incident"]
        if opened:
            shown = ", ".join(
                self.tr("%1 (opened %2)")
                .replace("%1", e.incident_ref)
                .replace("%2", e.created_at.astimezone().strftime("%H:%M"))
                for e in opened
            )
            self.provisional.setText(
                self.tr(
                    "Provisional, on this workstation only until the server is back: %1. "
                    "They are not in My incidents yet."
                ).replace("%1", shown)
            )
        self.provisional.setVisible(bool(opened))
        was = self.provisional.property("count") or 0
        self.provisional.setProperty("count", len(opened))
        if was and not opened:
            self.shift.refresh()  # they have arrived: the server's list now has them
        self.workspace.check_provisional()

    def stop(self) -> None:
        self.workspace.stop()
        self.shift.stop()

    def has_unsent_text(self) -> bool:
        return self.workspace.has_unsent_text()

"""The call handler's workspace: the new-call form beside the shift's incidents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui.call.new_call_form import NewCallForm
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.worker import Worker


class HandlerView(QWidget):
    """Form on the left, shift list on the right, in a splitter that later panels join."""

    def __init__(
        self, db: Database, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.form = NewCallForm(db, actor, worker)
        self.shift = ShiftIncidentsPanel(db, actor, worker)
        self.form.incident_opened.connect(self.shift.add_incident)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(self.shift)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.form.setMinimumWidth(360)
        self.splitter.setSizes([360, 1040])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.form)
        self.shift.refresh()

    def refresh(self) -> None:
        self.shift.refresh()

    def stop(self) -> None:
        self.shift.stop()

    def has_unsent_text(self) -> bool:
        return self.form.has_text()

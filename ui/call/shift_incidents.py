"""The handler's own incidents this shift, newest first, refreshed in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from callhandler.services import calls
from callhandler.services.calls import IncidentRow
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui.incident_view import IncidentTableView
from ui.models.incident_table import IncidentTableModel
from ui.worker import Failure, Worker

REFRESH_MS = 30_000


class ShiftIncidentsPanel(QWidget):
    """A heading with the count and a table over IncidentTableModel.

    ``refresh()`` asks the worker for ``shift_incidents``; at most one refresh is in flight.
    A failed refresh keeps the last list on screen and says why above it.
    """

    def __init__(
        self, db: Database, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._worker = worker
        self._refreshing = False

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.model = IncidentTableModel(self)
        self.view = IncidentTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My incidents this shift"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        self._update_heading()

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        self._worker.submit(
            calls.shift_incidents,
            self._db,
            self._actor,
            on_done=self._loaded,
            on_error=self._failed,
        )

    def add_incident(self, row: IncidentRow) -> None:
        """Show a just-opened incident at once, then refresh to pick up anything else."""
        self.model.add_row(row)
        self._update_heading()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def _loaded(self, rows: list[IncidentRow]) -> None:
        self._refreshing = False
        self.problem.setVisible(False)
        self.model.set_rows(rows)
        self._update_heading()

    def _failed(self, failure: Failure) -> None:
        self._refreshing = False
        self.problem.setText(
            self.tr("The list could not be refreshed: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)

    def _update_heading(self) -> None:
        self.heading.setText(
            self.tr("My incidents this shift: {count}").format(count=self.model.rowCount())
        )

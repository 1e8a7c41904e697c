"""The incidents behind the selected row of an oversight list, loaded on the worker."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from callhandler.desk import Desk
from callhandler.domain.oversight import OversightSettings
from ui.oversight.oversight_table import OversightTable, incident_ref_of
from ui.oversight.report_model import ReportFilterProxy, ReportTableModel, RowRole
from ui.worker import Failure, Worker


class DrillDownPanel(QWidget):
    """A heading and a table of DrillRows for one list row (``oversight.drill_down``).

    ``load(...)`` asks the worker (a reply for an older row is dropped); ``drilled`` is
    emitted after each reply. Enter, double-click or ``open_current()`` emits
    ``open_requested(incident_id, ref)``. The first row is selected when they arrive.
    """

    drilled = Signal()
    open_requested = Signal(int, str)

    def __init__(self, desk: Desk, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._request = 0
        self.heading = QLabel()
        self.heading.setObjectName("muted")
        self.model = ReportTableModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = OversightTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Incidents behind the selected row"))
        self.table.setAccessibleDescription(self.tr("Enter opens the incident, read-only."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        self.table.enter_pressed.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.clear()

    def clear(self) -> None:
        self._request += 1
        self.model.set_rows((), [])
        self.heading.setText(self.tr("Incidents behind the selected row"))

    def load(
        self, name: str, row: Any, now: dt.datetime | None, settings: OversightSettings
    ) -> None:
        self._request += 1
        token = self._request
        self.heading.setText(self.tr("Incidents behind the selected row: loading…"))
        self._worker.submit(
            self._desk.drill_down,
            name,
            row,
            now=now,
            settings=settings,
            on_done=lambda rows: self._loaded(token, rows),
            on_error=lambda failure: self._failed(token, failure),
        )

    def _loaded(self, token: int, rows: list[Any]) -> None:
        if token != self._request:
            return
        columns = ReportTableModel.columns_of(type(rows[0])) if rows else ()
        self.model.set_rows(columns, rows)
        self.table.show_columns(columns)
        if rows:  # the most telling incident, ready for Ctrl+O (focus stays on the list)
            self.table.select_first()
        self.heading.setText(
            self.tr("Incidents behind the selected row: {n} (Enter opens one, read-only)").format(
                n=len(rows)
            )
        )
        self.drilled.emit()

    def _failed(self, token: int, failure: Failure) -> None:
        if token != self._request:
            return
        self.model.set_rows((), [])
        self.heading.setText(
            self.tr("The incidents behind this row could not be loaded: {reason}").format(
                reason=failure.message
            )
        )
        self.drilled.emit()

    def enter(self) -> bool:
        """Move the cursor into the table (first row); False when it is empty."""
        if not self.proxy.rowCount():
            return False
        self.table.select_first()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def current_incident(self) -> tuple[int, str] | None:
        row = self.table.current_row()
        incident_id = getattr(row, "incident_id", None)
        return (incident_id, incident_ref_of(row)) if isinstance(incident_id, int) else None

    def _open(self, index: QModelIndex) -> None:
        row = index.data(RowRole)
        incident_id = getattr(row, "incident_id", None)
        if isinstance(incident_id, int):
            self.open_requested.emit(incident_id, incident_ref_of(row))

"""A table model over frozen IncidentRows: the shift list and the control-room list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from callhandler.domain.attendance import (
    AttendanceStatus,
    attendance_status,
    shipped_attendance_targets,
)
from callhandler.services.calls import IncidentRow
from ui.common.row_table import CENTRED, RowTableModel, bold
from ui.common.theme import ink
from ui.common.words import grade_label, local_time, next_step_label, status_label

# Custom roles, named so views and tests never use bare numbers.
IncidentRowRole = Qt.ItemDataRole.UserRole + 1  # the IncidentRow behind any cell
SortKeyRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (times, grades)

REF, OPENED, STATUS, NUMBER, ADDRESS, VICTIM, SUSPECT, GRADE, DA, HANDLER, ATTENDANCE = range(11)


def row_attendance(row: IncidentRow, now: dt.datetime | None = None) -> AttendanceStatus:
    """The attendance clock of a listed incident, urban or rural by its postcode."""
    targets = shipped_attendance_targets()
    return attendance_status(
        row, now or dt.datetime.now(dt.UTC), targets.area_for(row.postcode), targets
    )


def attendance_text(row: IncidentRow, now: dt.datetime | None = None) -> str:
    """Time since dispatch against the grade's target: '12/15 min', 'OVER 23/15 min'."""
    if row.dispatched_at is None:
        return ""
    status = row_attendance(row, now)
    elapsed = int(status.elapsed.total_seconds() // 60)
    if status.target_minutes is None:
        return QCoreApplication.translate("Attendance", "sent %1 min ago").replace(
            "%1", str(elapsed)
        )
    if status.attended:
        return QCoreApplication.translate("Attendance", "attended in %1 min").replace(
            "%1", str(elapsed)
        )
    text = f"{elapsed}/{status.target_minutes} min"
    return (
        QCoreApplication.translate("Attendance", "OVER %1").replace("%1", text)
        if status.overdue
        else text
    )


class IncidentTableModel(RowTableModel):
    """Rows are immutable IncidentRows; ``set_rows`` replaces them, ``add_row`` puts one on top.

    ``show_handler`` adds a Handler column (the control-room view, where rows come from
    every handler). Read-only: nothing is edited through this model.
    """

    row_role = IncidentRowRole

    def __init__(self, parent: QObject | None = None, *, show_handler: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[IncidentRow] = []  # a list: refreshes insert and remove in place
        self._columns = [
            REF,
            OPENED,
            STATUS,
            ATTENDANCE,
            NUMBER,
            ADDRESS,
            VICTIM,
            SUSPECT,
            GRADE,
            DA,
        ]
        if show_handler:
            self._columns.append(HANDLER)

    # -- the data ------------------------------------------------------------------------

    def rows(self) -> tuple[IncidentRow, ...]:
        return tuple(self._rows)

    def column_of(self, field: int) -> int:
        """The column number showing a field (REF, ADDRESS, …), or -1 if not shown."""
        return self._columns.index(field) if field in self._columns else -1

    def set_rows(self, rows: Sequence[IncidentRow]) -> None:
        """Show ``rows`` (newest first). New rows on top and rows dropping off the end are
        inserted and removed rather than resetting, so the selection survives a refresh."""
        new = list(rows)
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in new]
        top = new_ids.index(old_ids[0]) if old_ids and old_ids[0] in new_ids else -1
        kept = len(new) - top
        if top < 0 or new_ids[top:] != old_ids[:kept]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        if kept < len(self._rows):
            self.beginRemoveRows(QModelIndex(), kept, len(self._rows) - 1)
            del self._rows[kept:]
            self.endRemoveRows()
        if top:
            self.beginInsertRows(QModelIndex(), 0, top - 1)
            self._rows[0:0] = new[:top]
            self.endInsertRows()
        for number in range(top, len(new)):
            if self._rows[number] != new[number]:
                self._rows[number] = new[number]
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(self._columns) - 1)
                )

    def add_row(self, row: IncidentRow) -> None:
        """Put a just-opened incident on top (or update it in place if already listed)."""
        for number, existing in enumerate(self._rows):
            if existing.id == row.id:
                self._rows[number] = row
                self.dataChanged.emit(
                    self.index(number, 0), self.index(number, len(self._columns) - 1)
                )
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, row)
        self.endInsertRows()

    # -- RowTableModel -----------------------------------------------------------------

    def columns(self) -> list[int]:
        return self._columns

    def headers(self) -> dict[int, str]:
        return self._headers()

    def header_tip(self, column: int) -> str | None:
        if column == DA:
            return self.tr("Domestic abuse identified")
        if column == GRADE:
            return self.tr("Response grade (1 = emergency … 4 = no deployment)")
        return None

    def key(self, row: IncidentRow) -> int:
        return row.id

    def cell(self, row: IncidentRow, field: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, field)
        if role == SortKeyRole:
            return self._sort_key(row, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in (OPENED, GRADE, DA):
            return CENTRED
        if role == Qt.ItemDataRole.FontRole and (
            (field == DA and row.domestic_abuse) or (field == STATUS and row.status == "returned")
        ):
            return bold()
        if role == Qt.ItemDataRole.ForegroundRole and field == STATUS and row.status == "returned":
            return QBrush(ink("danger"))
        if role == Qt.ItemDataRole.ForegroundRole and field == ATTENDANCE and row.dispatched_at:
            if row_attendance(row).overdue:
                return QBrush(ink("danger"))
        return None

    # -- helpers -------------------------------------------------------------------------

    def _headers(self) -> dict[int, str]:
        return {
            REF: self.tr("Ref"),
            OPENED: self.tr("Opened"),
            STATUS: self.tr("Status"),
            NUMBER: self.tr("Number"),
            ADDRESS: self.tr("Address"),
            VICTIM: self.tr("Victim"),
            SUSPECT: self.tr("Suspect"),
            GRADE: self.tr("Grade"),
            DA: self.tr("DA"),
            HANDLER: self.tr("Handler"),
            ATTENDANCE: self.tr("Attendance"),
        }

    def _display(self, row: IncidentRow, field: int) -> str:
        if field == ATTENDANCE:
            return attendance_text(row)
        if field == REF:
            return row.ref
        if field == OPENED:
            return local_time(row.opened_at).strftime("%H:%M")
        if field == STATUS:
            return status_label(row.status)
        if field == NUMBER:
            return row.phone
        if field == ADDRESS:
            return ", ".join(part for part in (row.address, row.postcode) if part)
        if field == VICTIM:
            return row.victim
        if field == SUSPECT:
            return row.suspect
        if field == GRADE:
            return str(row.grade) if row.grade is not None else "–"
        if field == DA:
            return self.tr("Yes") if row.domestic_abuse else self.tr("No")
        return row.handler

    def _sort_key(self, row: IncidentRow, field: int) -> Any:
        if field == OPENED:
            return local_time(row.opened_at).timestamp()
        if field == GRADE:
            return row.grade if row.grade is not None else 99
        if field == DA:
            return int(row.domestic_abuse)
        return self._display(row, field).casefold()

    def _tooltip(self, row: IncidentRow, field: int) -> str | None:
        if field == OPENED:
            stamp = QDateTime.fromSecsSinceEpoch(int(local_time(row.opened_at).timestamp()))
            return QLocale().toString(stamp, QLocale.FormatType.LongFormat)
        if field == GRADE:
            return grade_label(row.grade)
        if field == ADDRESS:
            return self._display(row, field) or None
        if field == DA:
            return self.tr("Domestic abuse identified") if row.domestic_abuse else None
        if field == STATUS:
            return next_step_label(row.status, row.grade) or None
        return None

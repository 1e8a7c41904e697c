"""A table model over any oversight list's frozen rows, and the proxy that filters and sorts it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from ui.common.theme import ink
from ui.common.words import local_time, status_label
from ui.models.queue_table import risk_label

RowRole = Qt.ItemDataRole.UserRole + 1  # the frozen row behind any cell
ValueRole = Qt.ItemDataRole.UserRole + 2  # the cell's real value (a datetime, an int…)
_Index = QModelIndex | QPersistentModelIndex

DATE_TIME_FORMAT = "%d %b %Y %H:%M"
LATE_RED = "danger"  # the theme's ink (resources/styles)
DATE_FORMAT = "%d %b %Y"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OversightColumns", text)


def column_title(name: str) -> str:
    """The header a user reads for a row field; an unknown field reads as its words."""
    titles = {
        "kind": _tr("Kind"),
        "subject": _tr("Subject"),
        "incidents_12m": _tr("DA incidents in window"),
        "last_incident_at": _tr("Last incident"),
        "last_risk_level": _tr("Last risk level"),
        "risk_assessed": _tr("Risk assessed"),
        "name": _tr("Name"),
        "calls_before": _tr("Calls before"),
        "last_call_at": _tr("Last call"),
        "days_quiet": _tr("Days quiet"),
        "victims": _tr("Victims"),
        "incidents": _tr("Incidents"),
        "latest_risk_level": _tr("Latest risk level"),
        "latest_risk_at": _tr("Assessed"),
        "marker": _tr("Marker"),
        "ref": _tr("Ref"),
        "incident_ref": _tr("Ref"),
        "submitted_at": _tr("Submitted"),
        "age_hours": _tr("Waiting (hours)"),
        "grade": _tr("Grade"),
        "risk_level": _tr("Risk level"),
        "domestic_abuse": _tr("DA"),
        "handler": _tr("Handler"),
        "username": _tr("User"),
        "display_name": _tr("Handler"),
        "decisions": _tr("Decisions"),
        "overridden": _tr("Overridden"),
        "downgraded": _tr("Downgraded"),
        "below_floor": _tr("Below floor"),
        "last_override_at": _tr("Last override"),
        "address": _tr("Address"),
        "dispatched_at": _tr("Dispatched"),
        "target_minutes": _tr("Target (min)"),
        "overdue_minutes": _tr("Overdue (min)"),
        "opened_at": _tr("Opened"),
        "status": _tr("Status"),
        "category": _tr("What"),
        "due_on": _tr("Due"),
        "note": _tr("Note"),
        "recorded_by": _tr("Recorded by"),
        "recorded_at": _tr("Recorded"),
        "role": _tr("Role"),
        "days_until_due": _tr("Days until due"),
        "why": _tr("Why listed"),
        "finalised": _tr("Finalised"),
        "awaiting_sign_off": _tr("Awaiting"),
        "returned": _tr("Returned"),
        "in_closure": _tr("In closure"),
        "checklist_missing": _tr("Checklist gaps"),
        "narrative_incomplete": _tr("Thin narrative"),
        "dispatched": _tr("Dispatched"),
        "within_target": _tr("Within target"),
        "late": _tr("Late"),
        "not_attended": _tr("Not attended"),
        "within_target_pct": _tr("Within target (%)"),
        "median_minutes": _tr("Median (min)"),
        "week_start": _tr("Week starting"),
        "median_hours": _tr("Median (hours)"),
        "p90_hours": _tr("90th percentile (hours)"),
    }
    if name in titles:
        return titles[name]
    words = name.replace("_", " ").strip()
    if words.endswith(" at"):
        words = words[:-3]
    return words[:1].upper() + words[1:]


def column_tip(name: str) -> str | None:
    """What a terse header means, for its tooltip."""
    tips = {
        "awaiting_sign_off": _tr("Incidents awaiting an inspector's sign-off"),
        "returned": _tr("Incidents an inspector returned at least once"),
        "in_closure": _tr("Attended, closure in progress or returned: not yet submitted"),
        "checklist_missing": _tr("Live incidents whose closure checklist lacks a required answer"),
        "narrative_incomplete": _tr("Live incidents whose narrative is below the minimum"),
        "days_until_due": _tr("Negative when the reassessment is overdue"),
        "incidents_12m": _tr("Domestic-abuse incidents within the window"),
        "within_target_pct": _tr("Of the incidents whose clock has run out"),
        "below_floor": _tr("Grades chosen below the policy floor"),
    }
    return tips.get(name)


def overdue(name: str, value: object) -> bool:
    """A value that is late: shown in red."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return (name == "days_until_due" and value < 0) or (name == "overdue_minutes" and value > 0)


def hidden_by_default(name: str) -> bool:
    """Database ids identify a row for drill-down; people do not need to read them."""
    return name == "id" or name.endswith("_id")


def cell_text(name: str, value: object) -> str:
    """A value as the table shows it: local times, Yes/No, words for risk levels."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, dt.datetime):
        return local_time(value).strftime(DATE_TIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    if name.endswith("risk_level"):
        return risk_label(str(value))
    if name == "status":
        return status_label(str(value))
    text = str(value)
    if name == "kind" or name.endswith("_kind"):
        return text.replace("_", " ").capitalize()
    return text


def sort_key(value: object) -> tuple[int, Any]:
    """Orders a column by its real value (empty cells after the values, ascending), never
    comparing a number with a text."""
    if value is None:
        return (1, 0)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return (0, value.timestamp())
    if isinstance(value, dt.date):
        return (0, value.toordinal())
    if isinstance(value, (bool, int, float)):
        return (0, float(value))
    return (0, str(value).casefold())


class ReportTableModel(QAbstractTableModel):
    """Read-only rows (frozen dataclasses), one column per field in the dataclass's order.

    ``set_rows(columns, rows)`` replaces everything, in the order the service gave.
    DisplayRole is the text shown (local time for datetimes); ValueRole the real value;
    RowRole the row. ``sort(column, order)`` orders by the real values (a stable sort,
    so ties keep the service's order); column -1 restores the service's order. Sorting
    here in Python, not in a proxy's per-pair callback, keeps 20,000 rows under 0.1 s.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._given: tuple[Any, ...] = ()  # the service's order
        self._order: list[int] = []  # positions in _given, as shown
        self._rows: list[Any] = []
        self._texts: dict[int, str] = {}  # position in _given → casefolded row text
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def columns(self) -> tuple[str, ...]:
        return self._columns

    def column_name(self, column: int) -> str:
        return self._columns[column]

    def set_rows(self, columns: Sequence[str], rows: Sequence[Any]) -> None:
        self.beginResetModel()
        if tuple(columns) != self._columns:
            self.sort_column = -1
        self._columns = tuple(columns)
        self._given = tuple(rows)
        self._order = self._sorted_order()
        self._rows = [self._given[i] for i in self._order]
        self._texts = {}
        self.endResetModel()

    def row_text(self, row: int) -> str:
        """Every shown (not hidden) cell of ``row``, casefolded, for the text filter."""
        position = self._order[row]
        text = self._texts.get(position)
        if text is None:
            item = self._given[position]
            text = " ".join(
                cell_text(name, getattr(item, name, None))
                for name in self._columns
                if not hidden_by_default(name)
            ).casefold()
            self._texts[position] = text
        return text

    def shown_text(self, row: int, column: int) -> str:
        name = self._columns[column]
        return cell_text(name, getattr(self._rows[row], name, None))

    def _sorted_order(self) -> list[int]:
        positions = list(range(len(self._given)))
        if not 0 <= self.sort_column < len(self._columns):
            return positions
        name = self._columns[self.sort_column]
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        keys = [sort_key(getattr(row, name, None)) for row in self._given]
        present = [i for i in positions if keys[i][0] == 0]
        empty = [i for i in positions if keys[i][0] != 0]
        present.sort(key=lambda i: keys[i][1], reverse=descending)
        return present + empty  # empty cells last either way

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column = column if 0 <= column < len(self._columns) else -1
        self.sort_order = order
        old_order = self._order
        self._order = self._sorted_order()
        self._rows = [self._given[i] for i in self._order]
        new_row = {position: row for row, position in enumerate(self._order)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_row[old_order[index.row()]], index.column()) for index in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    @staticmethod
    def columns_of(row_type: type[Any]) -> tuple[str, ...]:
        return tuple(field.name for field in dataclasses.fields(row_type))

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(self._columns[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tip(self._columns[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        name = self._columns[index.column()]
        value = getattr(row, name, None)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(name, value)
        if role == RowRole:
            return row
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name == "grade":
                return int(Qt.AlignmentFlag.AlignCenter)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and overdue(name, value):
            return QBrush(ink(LATE_RED))
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, dt.datetime):
            return local_time(value).strftime("%A %d %B %Y, %H:%M %Z")
        return None


class ReportFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose shown text holds every word typed (any column but the hidden ids,
    any case). Sorting is handed to the ReportTableModel underneath (real values, not the
    text shown); the proxy keeps the order it is given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    @property
    def text(self) -> str:
        return " ".join(self._words)

    def report_model(self) -> ReportTableModel | None:
        source = self.sourceModel()
        return source if isinstance(source, ReportTableModel) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.report_model()
        if source is None:
            super().sort(column, order)
        else:
            source.sort(column, order)

    def sortColumn(self) -> int:
        source = self.report_model()
        return super().sortColumn() if source is None else source.sort_column

    def sortOrder(self) -> Qt.SortOrder:
        source = self.report_model()
        return super().sortOrder() if source is None else source.sort_order

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
        self._words = words
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        source = self.report_model()
        if source is None:
            return True
        text = source.row_text(source_row)
        return all(word in text for word in self._words)

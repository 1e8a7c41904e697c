"""A table model over the incidents a new grading policy would change (policy impact rows)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from callhandler.services.policy_impact import Change
from ui.common.row_table import CENTRED, RowTableModel, bold
from ui.common.theme import ink
from ui.common.words import local_time

ChangeRole = Qt.ItemDataRole.UserRole + 1  # the Change behind any cell
SortRole = Qt.ItemDataRole.UserRole + 2  # a plain int, float or str the proxy sorts on

REF, DECIDED, GRADE, DIRECTION, FLOOR, CHOSEN, MARAC, ADDED, REMOVED = range(9)
URGENT_RED = "danger"  # the theme's ink names (resources/styles): red, amber
CALMER_AMBER = "caution"
DIRECTION_ORDER = {"more urgent": 0, "less urgent": 1, "same grade": 2}  # grade changes first


def _tr(text: str) -> str:
    return str(QCoreApplication.translate("PolicyImpactTable", text))


def direction_label(direction: str) -> str:
    return {
        "more urgent": _tr("More urgent"),
        "less urgent": _tr("Less urgent"),
        "same grade": _tr("Same grade"),
    }.get(direction, direction)


def below_new_floor(change: Change) -> bool:
    """The handler's grade is less urgent than the new policy's floor (as Impact.counts)."""
    return change.chosen_grade > change.new_floor


def _from_to(old: int, new: int) -> str:
    return str(old) if old == new else f"{old} → {new}"


class PolicyImpactModel(RowTableModel):
    """Read-only rows of policy_impact Change, in the order the service gives them (oldest
    decision first). Flag ids read as the policies' labels (``set_rows(..., flag_labels)``).
    ``ChangeRole`` gives the row; ``SortRole`` a value that sorts as the column means."""

    row_role = ChangeRole

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: Mapping[str, str] = {}

    def set_rows(
        self, rows: Sequence[Change], flag_labels: Mapping[str, str] | None = None
    ) -> None:
        self._labels = dict(flag_labels or {})
        super().set_rows(rows)

    def rows(self) -> tuple[Change, ...]:
        return tuple(self._rows)

    def headers(self) -> dict[int, str]:
        return {
            REF: _tr("Ref"),
            DECIDED: _tr("Decided"),
            GRADE: _tr("Grade"),
            DIRECTION: _tr("Change"),
            FLOOR: _tr("Floor"),
            CHOSEN: _tr("Handler chose"),
            MARAC: _tr("MARAC changed"),
            ADDED: _tr("Flags added"),
            REMOVED: _tr("Flags removed"),
        }

    def header_tip(self, column: int) -> str | None:
        return {
            GRADE: _tr("The recommended grade: now → under the new policy"),
            FLOOR: _tr(
                "The least urgent grade accepted without flagging: now → under the new policy"
            ),
            CHOSEN: _tr("The grade the handler chose; red when below the new floor"),
            MARAC: _tr("Whether MARAC consideration would be flagged differently"),
        }.get(column)

    def cell(self, change: Change, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(change, column)
        if role == SortRole:
            return self._sort_value(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(change, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(change, column)
            return QBrush(ink(colour)) if colour else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == CHOSEN:
            return self._tooltip(change, column)  # below the floor: red on screen, words here
        if role == Qt.ItemDataRole.FontRole and self._colour(change, column):
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GRADE, FLOOR, CHOSEN, MARAC):
            return CENTRED
        return None

    def _flag_text(self, ids: Sequence[str]) -> str:
        return ", ".join(self._labels.get(flag, flag) for flag in ids)

    def _display(self, change: Change, column: int) -> str:
        if column == REF:
            return change.incident_ref
        if column == DECIDED:
            return local_time(change.decided_at).strftime("%d %b %Y %H:%M")
        if column == GRADE:
            return _from_to(change.current_grade, change.new_grade)
        if column == DIRECTION:
            return direction_label(change.direction)
        if column == FLOOR:
            return _from_to(change.current_floor, change.new_floor)
        if column == CHOSEN:
            return str(change.chosen_grade)
        if column == ADDED:
            return self._flag_text(change.flags_added)
        if column == REMOVED:
            return self._flag_text(change.flags_removed)
        return _tr("Yes") if change.marac_changed else ""

    def _sort_value(self, change: Change, column: int) -> int | float | str:
        if column == REF:
            return change.incident_ref
        if column == DECIDED:
            return change.decided_at.timestamp()
        if column == GRADE:
            return change.current_grade * 100 + change.new_grade
        if column == DIRECTION:
            return DIRECTION_ORDER.get(change.direction, len(DIRECTION_ORDER))
        if column == FLOOR:
            return change.current_floor * 100 + change.new_floor
        if column == CHOSEN:
            return change.chosen_grade
        if column in (ADDED, REMOVED):
            return self._display(change, column)
        return int(change.marac_changed)

    def _tooltip(self, change: Change, column: int) -> str | None:
        if column == DECIDED:
            return local_time(change.decided_at).strftime("%A %d %B %Y, %H:%M")
        if column == CHOSEN and below_new_floor(change):
            return _tr("Grade {chosen} is below the new policy's floor of {floor}").format(
                chosen=change.chosen_grade, floor=change.new_floor
            )
        if column in (ADDED, REMOVED):
            return self._display(change, column) or None
        return None

    def _colour(self, change: Change, column: int) -> str:
        if column == DIRECTION and change.direction == "more urgent":
            return URGENT_RED
        if column == DIRECTION and change.direction == "less urgent":
            return CALMER_AMBER
        if column == CHOSEN and below_new_floor(change):
            return URGENT_RED
        return ""


class PolicyImpactProxy(QSortFilterProxyModel):
    """Sorts the changes on ``SortRole`` (real dates and grades, not their text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

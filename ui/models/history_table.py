"""A table model over the previous calls of a look-up (exact or possible matches)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from callhandler.domain.history import PreviousCall
from ui.common.theme import ink
from ui.common.words import grade_label, local_time, status_label

PreviousCallRole = Qt.ItemDataRole.UserRole + 1  # the PreviousCall behind any cell

WHEN, WHAT, DA, GRADE, RISK, CHILDREN, OUTCOME, MATCHED, SCORE = range(9)
_Index = QModelIndex | QPersistentModelIndex
RISK_INKS = {"high": "danger", "medium": "caution", "standard": "muted"}  # theme colours


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTable", text)


def matched_on_label(matched_on: Sequence[str]) -> str:
    words = {
        "phone": _tr("number"),
        "address": _tr("address"),
        "uprn": _tr("UPRN"),
        "person": _tr("person"),
        "address_fuzzy": _tr("similar address"),
        "person_name": _tr("same name"),
    }
    return ", ".join(words.get(m, m) for m in matched_on)


class HistoryTableModel(QAbstractTableModel):
    """Read-only rows of PreviousCall, newest first; ``possible`` adds a Score column."""

    def __init__(self, parent: QObject | None = None, *, possible: bool = False) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviousCall, ...] = ()
        self._columns = [WHEN, WHAT, DA, GRADE, RISK, CHILDREN, OUTCOME, MATCHED]
        if possible:
            self._columns.append(SCORE)

    def set_rows(self, rows: Sequence[PreviousCall]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[PreviousCall, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return {
            WHEN: _tr("When"),
            WHAT: _tr("What"),
            DA: _tr("DA"),
            GRADE: _tr("Grade"),
            RISK: _tr("Risk"),
            CHILDREN: _tr("Children"),
            OUTCOME: _tr("Outcome"),
            MATCHED: _tr("Matched on"),
            SCORE: _tr("Score"),
        }[self._columns[section]]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        call = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == PreviousCallRole:
            return call
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(call, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WHEN:
                return local_time(call.opened_at).strftime("%A %d %B %Y, %H:%M")
            if column == GRADE:
                return grade_label(call.grade)
            return call.summary or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RISK and call.risk_level in RISK_INKS:
                return QBrush(ink(RISK_INKS[call.risk_level]))
            if column == DA and call.domestic_abuse:
                return QBrush(ink("danger"))
        if (
            role == Qt.ItemDataRole.FontRole
            and column in (DA, RISK)
            and (call.domestic_abuse or call.risk_level == "high")
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GRADE, SCORE, DA, CHILDREN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, call: PreviousCall, column: int) -> str:
        if column == WHEN:
            return local_time(call.opened_at).strftime("%d %b %Y %H:%M")
        if column == WHAT:
            return call.category
        if column == DA:
            return _tr("DA") if call.domestic_abuse else ""
        if column == GRADE:
            return str(call.grade) if call.grade else "–"
        if column == RISK:
            return "" if call.risk_level == "none" else call.risk_level.capitalize()
        if column == CHILDREN:
            return _tr("Yes") if call.children_present else ""
        if column == OUTCOME:
            return status_label(call.status)
        if column == MATCHED:
            return matched_on_label(call.matched_on)
        return f"{call.score:.0f}%"

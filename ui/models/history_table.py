"""A table model over the previous calls of a look-up (exact or possible matches)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush

from callhandler.domain.history import PreviousCall
from ui.common.row_table import CENTRED, RowTableModel, bold
from ui.common.theme import ink
from ui.common.words import grade_label, local_time, status_label

PreviousCallRole = Qt.ItemDataRole.UserRole + 1  # the PreviousCall behind any cell

WHEN, WHAT, DA, GRADE, RISK, CHILDREN, OUTCOME, MATCHED, SCORE = range(9)
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


class HistoryTableModel(RowTableModel):
    """Read-only rows of PreviousCall, newest first; ``possible`` adds a Score column."""

    row_role = PreviousCallRole

    def __init__(self, parent: QObject | None = None, *, possible: bool = False) -> None:
        super().__init__(parent)
        self._columns = [WHEN, WHAT, DA, GRADE, RISK, CHILDREN, OUTCOME, MATCHED]
        if possible:
            self._columns.append(SCORE)

    def rows(self) -> tuple[PreviousCall, ...]:
        return tuple(self._rows)

    def columns(self) -> list[int]:
        return self._columns

    def headers(self) -> dict[int, str]:
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
        }

    def cell(self, call: PreviousCall, column: int, role: int) -> Any:
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
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (GRADE, SCORE, DA, CHILDREN):
            return CENTRED
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

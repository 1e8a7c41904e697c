"""A table model over the inspector's sign-off queue (frozen QueueRows, service order kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    Qt,
)
from PySide6.QtGui import QBrush

from callhandler.services.signoff import QueueRow
from ui.common.row_table import CENTRED, RowTableModel, bold
from ui.common.theme import badge, ink
from ui.common.words import age_text, grade_label, local_time

QueueRowRole = Qt.ItemDataRole.UserRole + 1  # the QueueRow behind any cell

RISK, WAITING, REF, GRADE, FLAGS, HANDLER, ADDRESS = range(7)
COLUMNS = (RISK, WAITING, REF, GRADE, FLAGS, HANDLER, ADDRESS)

# Background, text: red for high, amber for medium, grey for standard.
RISK_LEVELS = ("high", "medium", "standard")  # coloured by the theme's *[risk=…] rules


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueueTable", text)


def risk_label(level: str) -> str:
    labels = {
        "high": _tr("HIGH"),
        "medium": _tr("Medium"),
        "standard": _tr("Standard"),
    }
    return labels.get(level, _tr("Not assessed"))


def flag_words(row: QueueRow) -> list[str]:
    """What the inspector must look at: a downgrade below the floor, an override, returns."""
    flags = []
    if row.below_floor:
        flags.append(_tr("Below policy floor"))
    elif row.overridden:
        flags.append(_tr("Grade overridden"))
    if row.returned_before:
        flags.append(_tr("Returned {n}× before").format(n=row.returned_before))
    return flags


class QueueTableModel(RowTableModel):
    """Rows are QueueRows in the order the service gives (highest risk, then oldest).

    Read-only. ``set_rows`` replaces the rows; ``row_of(incident_id)`` finds one again after
    a refresh so the view can keep the selection.
    """

    row_role = QueueRowRole

    def rows(self) -> tuple[QueueRow, ...]:
        return tuple(self._rows)

    def key(self, row: QueueRow) -> int:
        return row.incident_id

    def headers(self) -> dict[int, str]:
        return {
            RISK: self.tr("Risk"),
            WAITING: self.tr("Waiting"),
            REF: self.tr("Ref"),
            GRADE: self.tr("Grade"),
            FLAGS: self.tr("Look at"),
            HANDLER: self.tr("Handler"),
            ADDRESS: self.tr("Address"),
        }

    def header_tip(self, column: int) -> str | None:
        if column == WAITING:
            return self.tr("Time since the handler submitted it for sign-off")
        if column == FLAGS:
            return self.tr("Grade overrides, downgrades below the policy floor, earlier returns")
        return None

    def cell(self, row: QueueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == RISK:
            level = row.risk_level
            return QBrush(badge(f'*[risk="{level}"]')[0]) if level in RISK_LEVELS else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == RISK and row.risk_level in RISK_LEVELS:
                return QBrush(badge(f'*[risk="{row.risk_level}"]')[1])
            if column == FLAGS and (row.below_floor or row.overridden):
                return QBrush(ink("danger"))
        if role == Qt.ItemDataRole.FontRole and (
            (column == RISK and row.risk_level == "high")
            or (column == FLAGS and (row.below_floor or row.overridden))
        ):
            return bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RISK, WAITING, GRADE):
            return CENTRED
        return None

    def _display(self, row: QueueRow, column: int) -> str:
        if column == RISK:
            return risk_label(row.risk_level)
        if column == REF:
            return row.ref
        if column == WAITING:
            return age_text(row.age_minutes)
        if column == GRADE:
            return str(row.grade) if row.grade is not None else "–"
        if column == FLAGS:
            return " · ".join(flag_words(row))
        if column == HANDLER:
            return row.handler
        return row.address

    def _tooltip(self, row: QueueRow, column: int) -> str | None:
        if column == WAITING:
            stamp = QDateTime.fromSecsSinceEpoch(int(local_time(row.submitted_at).timestamp()))
            return self.tr("Submitted {when}").format(
                when=QLocale().toString(stamp, QLocale.FormatType.LongFormat)
            )
        if column == GRADE:
            return grade_label(row.grade)
        if column == ADDRESS:
            return row.address or None
        return None

"""A table model over an incident's warning markers (frozen MarkerRows), active ones first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from callhandler.services.markers import MarkerRow
from ui.common.row_table import RowTableModel, bold
from ui.common.theme import ink
from ui.common.words import local_time

MarkerRowRole = Qt.ItemDataRole.UserRole + 1  # the MarkerRow behind any cell

STATE, KIND, ON, TEXT, SET_BY, SET_AT, EXPIRES = range(7)
COLUMNS = (STATE, KIND, ON, TEXT, SET_BY, SET_AT, EXPIRES)
WHEN = "%d %b %Y %H:%M"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarkerTable", text)


def on_label(row: MarkerRow) -> str:
    """What the marker is on, in words: "number 07700 900123"."""
    where = {"phone": _tr("number"), "address": _tr("address"), "person": _tr("person")}
    return f"{where.get(row.on, row.on)} {row.target}".strip()


class MarkerTableModel(RowTableModel):
    """Read-only rows; ``set_rows`` puts the active markers first (each group newest first,
    as the service gives them); ``row_of(marker_id)`` finds one again after a refresh."""

    row_role = MarkerRowRole

    def rows(self) -> tuple[MarkerRow, ...]:
        return tuple(self._rows)

    def ordered(self, rows: Sequence[MarkerRow]) -> tuple[MarkerRow, ...]:
        return tuple(sorted(rows, key=lambda r: not r.active))  # stable: order kept

    def key(self, row: MarkerRow) -> int:
        return row.id

    def headers(self) -> dict[int, str]:
        return {
            STATE: _tr("State"),
            KIND: _tr("Marker"),
            ON: _tr("On"),
            TEXT: _tr("Why"),
            SET_BY: _tr("Set by"),
            SET_AT: _tr("Set"),
            EXPIRES: _tr("Expires"),
        }

    def cell(self, row: MarkerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.text or None
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATE, KIND):
            return QBrush(ink("danger" if row.active else "muted"))  # the status says it too
        if role == Qt.ItemDataRole.FontRole and column == STATE and row.active:
            return bold()
        return None

    def _display(self, row: MarkerRow, column: int) -> str:
        if column == STATE:
            return _tr("ACTIVE") if row.active else _tr("expired")
        if column == KIND:
            return row.label
        if column == ON:
            return on_label(row)
        if column == TEXT:
            return row.text
        if column == SET_BY:
            return row.set_by
        if column == SET_AT:
            return local_time(row.set_at).strftime(WHEN)
        if row.expires_at is None:
            return _tr("no end date")
        return local_time(row.expires_at).strftime(WHEN)

"""A table model over an incident's warning markers (frozen MarkerRows), active ones first."""

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
from PySide6.QtGui import QBrush, QColor, QFont

from callhandler.services.markers import MarkerRow
from ui.common.words import local_time

MarkerRowRole = Qt.ItemDataRole.UserRole + 1  # the MarkerRow behind any cell

STATE, KIND, ON, TEXT, SET_BY, SET_AT, EXPIRES = range(7)
COLUMNS = (STATE, KIND, ON, TEXT, SET_BY, SET_AT, EXPIRES)
_Index = QModelIndex | QPersistentModelIndex
ACTIVE_INK = "#b91c1c"
EXPIRED_INK = "#6b7280"
WHEN = "%d %b %Y %H:%M"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarkerTable", text)


def on_label(row: MarkerRow) -> str:
    """What the marker is on, in words: "number 07700 900123"."""
    where = {"phone": _tr("number"), "address": _tr("address"), "person": _tr("person")}
    return f"{where.get(row.on, row.on)} {row.target}".strip()


class MarkerTableModel(QAbstractTableModel):
    """Read-only rows; ``set_rows`` puts the active markers first (each group newest first,
    as the service gives them); ``row_of(marker_id)`` finds one again after a refresh."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[MarkerRow, ...] = ()

    def rows(self) -> tuple[MarkerRow, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[MarkerRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(sorted(rows, key=lambda r: not r.active))  # stable: order kept
        self.endResetModel()

    def row_of(self, marker_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == marker_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return {
            STATE: _tr("State"),
            KIND: _tr("Marker"),
            ON: _tr("On"),
            TEXT: _tr("Why"),
            SET_BY: _tr("Set by"),
            SET_AT: _tr("Set"),
            EXPIRES: _tr("Expires"),
        }[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == MarkerRowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.text or None
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATE, KIND):
            return QBrush(QColor(ACTIVE_INK if row.active else EXPIRED_INK))
        if role == Qt.ItemDataRole.FontRole and column == STATE and row.active:
            font = QFont()
            font.setBold(True)
            return font
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

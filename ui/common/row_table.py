"""The row-table model base: read-only frozen records, one per line, over fixed columns.

Every list of the window (the sign-off queue, markers, previous calls, closure answers…)
shows a tuple of frozen rows from the core. The bookkeeping is here once; a model says
its columns' titles (``headers``), what a cell shows for a role (``cell``), and if it needs
them, the role that returns the whole row (``row_role``), the key ``row_of`` finds a row by
(``key``), the order rows are shown in (``ordered``) and a column's tooltip (``header_tip``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

Index = QModelIndex | QPersistentModelIndex
CENTRED = int(Qt.AlignmentFlag.AlignCenter)


def bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RowTableModel(QAbstractTableModel):
    """Read-only rows; ``set_rows`` replaces them, ``rows()`` gives them back, ``row_of``
    finds one again after a refresh so a view can keep its selection."""

    row_role: int | None = None  # the role whose data is the row itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # a Sequence: a model that inserts and removes rows in place keeps a list here
        self._rows: Sequence[Any] = ()
        self._column_ids: tuple[int, ...] | None = None  # columns(), once

    # -- what a model says ---------------------------------------------------------------

    def headers(self) -> Mapping[int, str]:
        """Each column's title, by column id."""
        raise NotImplementedError

    def columns(self) -> Sequence[int]:
        """The column ids shown, in order: every one of ``headers``, by id, unless a model
        chooses (column ids are the column numbers then). Worked out once: the ids do not
        change with the language, and ``data`` asks for them for every cell and role (the
        translated titles built each time were 60,000 tr() calls in one review: issue 18)."""
        if self._column_ids is None:
            self._column_ids = tuple(sorted(self.headers()))
        return self._column_ids

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``column`` of ``row`` shows for ``role`` (None: nothing)."""
        raise NotImplementedError

    def header_tip(self, column: int) -> str | None:
        return None

    def key(self, row: Any) -> object:
        """What ``row_of`` looks rows up by."""
        raise NotImplementedError

    def ordered(self, rows: Sequence[Any]) -> tuple[Any, ...]:
        """The rows in the order shown (as given, unless a model sorts)."""
        return tuple(rows)

    # -- rows ------------------------------------------------------------------------------

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = self.ordered(rows)
        self.endResetModel()

    def row_of(self, key: object) -> int:
        """The row number of the row whose ``key`` is ``key``; -1 when it is not listed."""
        return next((n for n, row in enumerate(self._rows) if self.key(row) == key), -1)

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        columns = self.columns()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[columns[section]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(columns[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        columns = self.columns()
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(columns):
            return None
        row = self._rows[index.row()]
        if self.row_role is not None and role == self.row_role:
            return row
        return self.cell(row, columns[index.column()], role)

"""The read-only table every list shows: whole rows, one at a time, keyboard-first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class ReadOnlyTableView(QTableView):
    """Whole-row single selection, nothing editable, Tab leaves the table (it does not walk
    the cells), alternating rows, no row numbers; columns as wide as their text, and
    ``stretch`` (a column number) takes the room left (``fit_columns=False``: the view sizes
    its columns itself). ``wrap`` wraps long cells (and lets rows grow); ``grid`` draws
    cell borders.

    A list reached with the keyboard has a row selected (issue 16): focused with nothing
    selected, the current row (else the first) is selected, also when rows arrive while
    it has the focus, so Enter acts on it (a one-row table no longer needs Space)."""

    def __init__(
        self,
        model: QAbstractItemModel | None = None,
        parent: QWidget | None = None,
        *,
        stretch: int | None = None,
        wrap: bool = False,
        grid: bool = False,
        fit_columns: bool = True,
    ) -> None:
        super().__init__(parent)
        self._stretch = stretch
        self._fit_columns = fit_columns
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(wrap)
        self.setShowGrid(grid)
        self.verticalHeader().setVisible(False)
        if not wrap:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.horizontalHeader().setHighlightSections(False)
        if model is not None:
            self.setModel(model)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for arrived in (model.modelReset, model.rowsInserted, model.layoutChanged):
                arrived.connect(self._rows_arrived)
        if not self._fit_columns:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self._stretch is not None and model is not None:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.select_a_row()

    def _rows_arrived(self, *_args: object) -> None:
        if self.hasFocus():
            self.select_a_row()

    def select_a_row(self) -> None:
        """Nothing selected: select the current row, else the first (no rows: nothing)."""
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or model.rowCount() == 0:
            return
        if selection.hasSelection():
            return
        current = self.currentIndex()
        row = current.row() if current.isValid() else 0
        column = next((c for c in range(model.columnCount()) if not self.isColumnHidden(c)), 0)
        self.setCurrentIndex(model.index(row, column))
        self.selectRow(row)

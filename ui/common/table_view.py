"""The read-only table every list shows: whole rows, one at a time, keyboard-first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class ReadOnlyTableView(QTableView):
    """Whole-row single selection, nothing editable, Tab leaves the table (it does not walk
    the cells), alternating rows, no row numbers; columns as wide as their text, and
    ``stretch`` (a column number) takes the room left (``fit_columns=False``: the view sizes
    its columns itself). ``wrap`` wraps long cells (and lets rows grow); ``grid`` draws
    cell borders."""

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
        if not self._fit_columns:
            return
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self._stretch is not None and model is not None:
            header.setSectionResizeMode(self._stretch, QHeaderView.ResizeMode.Stretch)

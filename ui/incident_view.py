"""The table view both the shift list and the control-room list use."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.incident_table import ADDRESS, IncidentTableModel


class IncidentTableView(QTableView):
    """Whole-row selection, read-only, Tab leaves the table (keyboard-first), Address stretches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        source = model
        while source is not None and not isinstance(source, IncidentTableModel):
            source = getattr(source, "sourceModel", lambda: None)()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if isinstance(source, IncidentTableModel):
            header.setSectionResizeMode(source.column_of(ADDRESS), QHeaderView.ResizeMode.Stretch)

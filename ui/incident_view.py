"""The table view both the shift list and the control-room list use."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QWidget

from ui.common.table_view import ReadOnlyTableView
from ui.models.incident_table import ADDRESS, IncidentTableModel


class IncidentTableView(ReadOnlyTableView):
    """Whole-row selection, read-only, Tab leaves the table (keyboard-first), Address
    stretches; reached with the keyboard, a row is selected (ReadOnlyTableView)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, fit_columns=False)
        self.horizontalHeader().setMinimumSectionSize(40)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        source = model
        while source is not None and not isinstance(source, IncidentTableModel):
            source = getattr(source, "sourceModel", lambda: None)()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if isinstance(source, IncidentTableModel):
            header.setSectionResizeMode(source.column_of(ADDRESS), QHeaderView.ResizeMode.Stretch)

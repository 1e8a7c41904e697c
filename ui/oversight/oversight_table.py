"""The table every oversight list and drill-down shows: rows, keys, widths, selection."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget

from ui.common.table_view import ReadOnlyTableView
from ui.oversight.report_model import ReportFilterProxy, RowRole, hidden_by_default


class OversightTable(ReadOnlyTableView):
    """Whole rows, read-only, sortable; Tab leaves the table; Enter is ``activated``."""

    enter_pressed = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, fit_columns=False)
        self.setSortingEnabled(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(48)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.keep_service_order()

    def keep_service_order(self) -> None:
        """No column sorted: rows in the order the list gives them (most telling first)."""
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def show_columns(self, names: tuple[str, ...]) -> None:
        """Ids hidden; columns as wide as their text (up to a third of the view)."""
        for column, name in enumerate(names):
            self.setColumnHidden(column, hidden_by_default(name))
        widest = max(160, self.viewport().width() // 3)
        for column, width in self.text_widths(len(names)).items():
            self.setColumnWidth(column, min(width, widest))
        # After a reset with other columns Qt forgets to stretch the new last one.
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)

    def text_widths(self, columns: int) -> dict[int, int]:
        """Each shown column as wide as its title and its text in the rows on screen (the
        first 40 while hidden). Measured here from the text: Qt's resizeColumnsToContents
        asked the delegate, a dozen calls into the model per cell, about two thirds of a
        list's load on the GUI thread (issue 18); 300 rows measured held it 80 ms."""
        model, header = self.model(), self.horizontalHeader()
        first = max(0, self.rowAt(0)) if self.isVisible() else 0
        last = self.rowAt(self.viewport().height() - 1) if self.isVisible() else -1
        if last < 0:
            last = min(model.rowCount(), first + 40) - 1
        metrics = self.fontMetrics()
        # the cell's margins as the item delegate lays them out, and the grid line
        room = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
        widths: dict[int, int] = {}
        for column in range(columns):
            if self.isColumnHidden(column):
                continue
            width = header.sectionSizeHint(column)
            for row in range(first, last + 1):
                text = model.index(row, column).data()
                if text:
                    width = max(width, metrics.horizontalAdvance(str(text)) + room)
            widths[column] = width
        return widths

    def current_row(self) -> Any:
        """The frozen row selected, or None."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(RowRole)

    def select_source_row(self, source_row: int) -> None:
        """Select the model's ``source_row`` if the filter shows it, else the first row."""
        proxy = self.model()
        assert isinstance(proxy, ReportFilterProxy)
        index = proxy.mapFromSource(proxy.sourceModel().index(source_row, 0))
        if index.isValid():
            self.selectRow(index.row())
            self.setCurrentIndex(index)
        else:
            self.select_first()

    def select_first(self) -> None:
        index = self.model().index(0, 0)
        if index.isValid():
            self.selectRow(0)
            self.setCurrentIndex(index)


def incident_ref_of(row: object) -> str:
    """The incident reference a row carries ("" when it has none)."""
    for name in ("incident_ref", "ref"):
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value
    return ""

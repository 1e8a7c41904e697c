"""The table view both the shift list and the control-room list use."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from ui.common.table_view import ReadOnlyTableView
from ui.models.incident_table import ADDRESS, IncidentTableModel


class IncidentTableView(ReadOnlyTableView):
    """Whole-row selection, read-only, Tab leaves the table (keyboard-first), Address
    stretches; reached with the keyboard, a row is selected (ReadOnlyTableView).

    The other columns are as wide as the rows on screen need, measured once after the
    rows change (on the next turn of the event loop, however many changes came), and only
    while the list is shown: Qt's ResizeToContents measured up to 1,000 rows of every
    column on each change, hidden or not, and the handler's list is hidden behind the
    Call tab while it grows by one row a call (issue 18: about 0.4 s late in a shift).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, fit_columns=False)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(0)  # the rows on screen
        self._fit_due = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)
        # rows scrolled into view widen a column that is too narrow for them (never narrow
        # it while scrolling: the columns would jump)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.fit_columns(grow=True))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        source = model
        while source is not None and not isinstance(source, IncidentTableModel):
            source = getattr(source, "sourceModel", lambda: None)()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        if isinstance(source, IncidentTableModel):
            header.setSectionResizeMode(source.column_of(ADDRESS), QHeaderView.ResizeMode.Stretch)
        if model is not None:
            for changed in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
                model.layoutChanged,
            ):
                changed.connect(self._rows_changed)
        self._rows_changed()

    def _rows_changed(self, *_args: object) -> None:
        self._fit_due = True
        if self.isVisible():
            self._fit_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_due:
            self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rows_changed()  # more or fewer rows on screen

    def fit_columns(self, *, grow: bool = False) -> None:
        """Every column but the stretching one as wide as its title and the rows shown
        (``grow``: only wider)."""
        self._fit_due = False
        header = self.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            width = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            if width != header.sectionSize(column) and (
                not grow or width > header.sectionSize(column)
            ):
                header.resizeSection(column, width)

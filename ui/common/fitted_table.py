"""A read-only table as tall as its wrapped rows, fitted at the width it is shown at."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QWidget

from ui.common.table_view import ReadOnlyTableView

_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


class FittedTable(ReadOnlyTableView):
    """Wrapped cells; each row as tall as its text needs at the columns' widths, and the
    table as tall as its first ``max_rows`` rows (the page around it scrolls, not it).

    Fitted once the columns have their widths (one turn of the event loop after they
    change), from the cells' text and font: ``resizeRowsToContents`` asked the delegate
    for every cell (a dozen Python calls each) and ran while the table was still 100 px
    wide, before it was laid out, so rows came out two to four lines too tall; the
    checklist of a sign-off held the GUI thread about 19 ms for it (issue 18)."""

    def __init__(
        self, model: QAbstractItemModel, max_rows: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(model, parent, wrap=True, grid=True)
        self.max_rows = max_rows
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())
        model.modelReset.connect(self._fit_timer.start)
        self._fit_timer.start()

    def fit_rows(self) -> None:
        model = self.model()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        base = QFontMetrics(self.font())
        # what a cell adds to its text's height (margins, grid): Qt's own measure of one row
        extra = max(0, self.sizeHintForRow(0) - self._text_height(0, columns, margin, base))
        shown = 0
        for row in range(model.rowCount()):
            height = self._text_height(row, columns, margin, base) + extra
            self.verticalHeader().resizeSection(row, height)
            if row < self.max_rows:
                shown += self.rowHeight(row)  # no lower than the header's least section
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(max(header + 4 + shown, header + 30))

    def _text_height(self, row: int, columns: list[int], margin: int, base: QFontMetrics) -> int:
        model = self.model()
        tallest = base.height()
        for column in columns:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font) if isinstance(font, QFont) else base
            room = QRect(0, 0, max(1, self.columnWidth(column) - margin), 100_000)
            tallest = max(tallest, metrics.boundingRect(room, _WRAP, str(text)).height())
        return tallest

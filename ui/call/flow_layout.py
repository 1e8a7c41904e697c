"""A layout that places widgets left to right and wraps them onto new lines (for badges)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

WRAPPED_MIN_WIDTH = 220  # narrowest a wrapping item is asked to be


class FlowLayout(QLayout):
    """Qt's flow-layout example, trimmed: fixed spacing, height for width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        # An item that wraps its text (a long badge) may be narrower than its one-line
        # width: the column then keeps its width and the badge takes two lines.
        size = QSize()
        for item in self._items:
            minimum = item.minimumSize()
            if item.hasHeightForWidth():
                minimum.setWidth(min(minimum.width(), WRAPPED_MIN_WIDTH))
            size = size.expandedTo(minimum)
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if item.hasHeightForWidth() and hint.width() > rect.width() > 0:
                hint = QSize(rect.width(), item.heightForWidth(rect.width()))
            if x + hint.width() > rect.right() and line > 0:
                x, y, line = rect.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y()


class FlowLabel(QLabel):
    """A badge: one line when there is room, wrapped in a column narrower than its text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        # a wrapping QLabel guesses a narrow shape; a badge wants its one line
        self.setWordWrap(False)
        one_line = super().sizeHint()  # with the stylesheet's padding
        self.setWordWrap(True)
        return QSize(one_line.width(), self.heightForWidth(one_line.width()))


class FlowStrip(QWidget):
    """Holds a FlowLayout and asks for as much height as its lines need at its width, so a
    squeezed column never cuts the last line of badges off."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing=spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        needed = self.flow.heightForWidth(self.width()) if self.flow.count() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

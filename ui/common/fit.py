"""Keep windows within a small screen (issue 16): wrapped text is never sliced.

Qt lays a window out from its widgets' minimum sizes, and a word-wrapped label's minimum
height is one line: when a long message appears in a dialog, the layout squeezes it (and
its neighbours) instead of growing the window. ``keep_whole(label)`` makes the label ask
for the height its text needs at its current width, so the window grows (or its scroll
area scrolls) and the message is read whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


class _WholeText(QObject):
    """On every resize or text change, sets the label's minimum height to what its text
    needs at its width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, QLabel) and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Paint,  # new text at the same width: no resize, but a repaint
        ):
            fit_height(watched)
        return False


def fit_height(label: QLabel) -> None:
    """The label's minimum height: its wrapped text at its current width, with margins."""
    need = label.heightForWidth(label.width()) if label.wordWrap() else -1
    need = max(need, label.sizeHint().height() if not label.wordWrap() else 0)
    if need > 0 and label.minimumHeight() != need:
        label.setMinimumHeight(need)


def keep_whole(label: QLabel) -> QLabel:
    """Make a word-wrapped label grow to show all of its text; returns the label."""
    watcher = _WholeText(label)
    label.installEventFilter(watcher)
    return label


class ScrollsWhenShort(QScrollArea):
    """Holds ``content`` (a widget whose height depends on its width: wrapped lines, a
    flow of badges) at the height it needs; when the window is too short for that, it
    scrolls (by the keyboard too: it takes the focus with Tab) rather than slicing its
    lines, and never asks for less than ``least_px`` (or the whole content if smaller)."""

    def __init__(
        self, content: QWidget, least_px: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # arrow keys and Page Down scroll it
        self.setWidget(content)
        # as tall as the content, never taller: the room left goes to the lists
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._least = least_px
        self._width = -1

    def content_height(self) -> int:
        """The height the content needs at the width it would have here."""
        content = self.widget()
        width = max(1, self.width() - self.verticalScrollBar().sizeHint().width())
        if content is None or content.isHidden():
            return 0
        need = content.heightForWidth(width)
        return max(need, content.minimumHeight()) if need >= 0 else content.sizeHint().height()

    def least_height(self) -> int:
        return self._least if self._least is not None else 2 * self.fontMetrics().height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        need = min(self.content_height(), self.least_height())
        return QSize(super().minimumSizeHint().width(), need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped lines change height with width
            self._width = event.size().width()
            self.updateGeometry()


class WholeLines(ScrollsWhenShort):
    """A column of word-wrapped lines (banners, warnings), each shown whole: as tall as
    they all need, scrolling when the window is short, never less than the first (most
    serious) line whole. ``lines`` is the column's layout: add and take widgets there,
    then call ``updateGeometry()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        column = QWidget()
        super().__init__(column, parent=parent)
        self.lines = QVBoxLayout(column)
        self.lines.setContentsMargins(0, 0, 0, 0)
        self.lines.setSpacing(4)

    def least_height(self) -> int:
        width = max(1, self.width() - self.verticalScrollBar().sizeHint().width())
        for i in range(self.lines.count()):
            item = self.lines.itemAt(i)
            if item is not None and not item.isEmpty():
                hint = item.sizeHint().height()
                return item.heightForWidth(width) if item.hasHeightForWidth() else hint
        return 0

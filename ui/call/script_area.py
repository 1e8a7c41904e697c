"""The script column scrolls when the window is too short for the whole question card.

At 1366x768 with the overdue banner and an unfinished call offered above the call, the
script pane had about 580 px for about 630 px of content; its layout then squeezed every
part below its height, and the question card's answer buttons were drawn over its
"Not answered yet." line. In this scroll area the pane is never shorter than each part's
least height at its width (the card whole, the questions list at its smallest: it
scrolls on its own) and the column scrolls instead; focus on the card or the list
brings it into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget


def least_height(layout: QLayout, width: int) -> int:
    """The least height of a vertical layout ``width`` wide: its shown items at their
    height for that width (wrapped text, the question card) or their minimum."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():  # hidden
            continue
        least = item.minimumSize().height()
        if item.hasHeightForWidth():
            least = max(least, item.heightForWidth(inner))
        heights.append(least)
    spacing = max(layout.spacing(), 0) * max(len(heights) - 1, 0)
    return sum(heights) + spacing + margins.top() + margins.bottom()


class ScriptArea(QScrollArea):
    """Holds the script pane; as wide as the pane needs, a scroll bar included, so the
    splitter never cuts it on the right."""

    def __init__(self, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(pane)

    def follow_focus(self, *widgets: QWidget) -> None:
        """Scroll ``widgets`` into view when they take the keyboard focus."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.ensureWidgetVisible(watched, 0, 0)
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        pane = self.widget()
        bar = self.verticalScrollBar().sizeHint().width()
        width = pane.minimumSizeHint().width() + bar if pane is not None else 0
        return QSize(width, super().minimumSizeHint().height())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the pane's least width may change
            self.updateGeometry()
        return super().viewportEvent(event)

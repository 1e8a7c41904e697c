"""Keep windows within a small screen (issue 16): wrapped text is never sliced.

Qt lays a window out from its widgets' minimum sizes, and a word-wrapped label's minimum
height is one line: when a long message appears in a dialog, the layout squeezes it (and
its neighbours) instead of growing the window. ``keep_whole(label)`` makes the label ask
for the height its text needs at its current width, so the window grows (or its scroll
area scrolls) and the message is read whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


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

"""Does a window fit a screen? Its size, its labels' text, its buttons and error line.

Imported as a plain module (tests/ui is on sys.path). ``problems(window, screen)`` treats
the window as a window manager would on a ``screen``-sized desktop: a main window (or a
page shown on its own) is maximised to it, a dialog keeps its own size unless that is larger than the screen, in
which case it is cut down to the screen. Then it lists, by widget, what a user could not
read or reach.
"""

from __future__ import annotations

import re

from PySide6 import QtGui
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPushButton)  # one line: never squashed
SLACK_PX = 1  # rounding between the measured and the laid-out text
ERROR_NAMES = ("error", "message", "problem", "notice")


def describe(widget: QWidget) -> str:
    """A name a developer can find: the object name, the text, or the class."""
    name = widget.objectName()
    text = widget.text() if isinstance(widget, (QLabel, QPushButton)) else ""
    if isinstance(widget, QLineEdit):
        text = widget.accessibleName() or widget.placeholderText()
    short = re.sub(r"<[^>]+>", "", text).replace("&", "").strip()[:40]
    parts = [type(widget).__name__]
    if name and not name.startswith("qt_"):
        parts.append(f"#{name}")
    if short:
        parts.append(repr(short))
    return " ".join(parts)


def place(window: QWidget, screen: QSize) -> None:
    """Size the window as the window manager would on a ``screen``-sized desktop."""
    if isinstance(window, QMainWindow) or not isinstance(window, QDialog):
        window.resize(screen)  # a main window, or a page on its own: maximised
    else:
        window.resize(window.size().boundedTo(screen))
    for _ in range(3):  # a wrapped label's new height asks its layout again, and so on
        QApplication.processEvents()


def too_big(window: QWidget, screen: QSize) -> list[str]:
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    out = []
    if need.width() > screen.width() or need.height() > screen.height():
        out.append(
            f"window needs at least {need.width()}x{need.height()}, "
            f"the screen is {screen.width()}x{screen.height()}"
        )
    if window.width() > screen.width() or window.height() > screen.height():
        out.append(f"window is {window.width()}x{window.height()} after sizing to the screen")
    return out


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    if label.indent() > 0:
        rect.adjust(label.indent(), 0, 0, 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(rect.width())
        need = QSize(int(doc.idealWidth() + 0.99), int(doc.size().height() + 0.99))
    else:
        flags = int(label.alignment().value) | int(Qt.TextFlag.TextShowMnemonic.value)
        if label.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap.value)
        bound = QFontMetrics(label.font()).boundingRect(rect, flags, text)
        need = bound.size()
    if need.width() > rect.width() + SLACK_PX or need.height() > rect.height() + SLACK_PX:
        return (
            f"text clipped: needs {need.width()}x{need.height()}, "
            f"shows {rect.width()}x{rect.height()}"
        )
    return None


def button_clipped(button: QPushButton) -> str | None:
    """The stylesheet draws a default (or #primary) button's text bold, but Qt measured it
    in the button's own font: compare the bold text with the room the style leaves for it."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    font = QFont(button.font())
    if button.isDefault() or button.objectName() == "primary":  # at least as bold as drawn
        font.setBold(True)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(font)
    lines = text.split("\n")  # a button draws each line of its text on a line of its own
    need = max(metrics.horizontalAdvance(line) for line in lines)
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    if need > room.width() + SLACK_PX:
        return f"text clipped: needs {need} px, has {room.width()} (button {button.width()} wide)"
    tall = metrics.height() * len(lines)
    if len(lines) > 1 and tall > room.height() + SLACK_PX:
        return f"text clipped: {len(lines)} lines need {tall} px, have {room.height()}"
    return None


def cut_by_parent(widget: QWidget) -> str | None:
    """Part of the widget lies outside its parent, so it is not drawn there (a flow of
    badges taller than the strip that holds them, a label pushed past a frame's edge).
    Lying outside a scroll area's viewport is scrolling, not cutting: not reported."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or parent.objectName() == "qt_scrollarea_viewport":
        return None
    inside = parent.rect()
    if parent.rect().contains(widget.geometry()):
        return None
    shown = widget.geometry().intersected(inside)
    return (
        f"cut by its parent {describe(parent)}: shows {shown.width()}x{shown.height()} "
        f"of {widget.width()}x{widget.height()}"
    )


def squashed(widget: QWidget) -> str | None:
    """A box or button lower than it needs to show one line of its text (the sign-in's
    boxes were squashed to 20 px by a wrong-password message)."""
    if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
        return None  # a date box's or a combo box's own editor: the box is checked
    need = widget.sizeHint().height()
    if widget.height() + SLACK_PX < need:
        return f"squashed: {widget.height()} px tall, needs {need}"
    return None


def fully_visible(widget: QWidget, window: QWidget) -> bool:
    """Every pixel of ``widget`` inside the window and not scrolled out of a viewport."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if (
            isinstance(parent, QAbstractScrollArea)
            or parent.objectName() == "qt_scrollarea_viewport"
        ):
            frame = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
            if not frame.contains(rect):
                return False
        parent = parent.parentWidget()
    return window.rect().contains(rect)


def must_stay_visible(window: QWidget) -> list[QWidget]:
    """The dialog's buttons and its error line: never scrolled or cut off."""
    out: list[QWidget] = []
    for box in window.findChildren(QDialogButtonBox):
        out.extend(b for b in box.buttons() if b.isVisibleTo(window))
    if isinstance(window, QDialog):
        for name in ERROR_NAMES:
            line = getattr(window, name, None)
            if isinstance(line, QWidget) and line.isVisibleTo(window):
                out.append(line)
    return out


def problems(window: QWidget, screen: QSize) -> list[str]:
    """Everything that does not fit, one line per widget, naming it."""
    place(window, screen)
    found = too_big(window, screen)
    for label in window.findChildren(QLabel):
        if _shown(label, window) and (why := label_clipped(label) or cut_by_parent(label)):
            found.append(f"{describe(label)}: {why}")
    for button in window.findChildren(QPushButton):
        if _shown(button, window) and (why := button_clipped(button) or cut_by_parent(button)):
            found.append(f"{describe(button)}: {why}")
    for box in window.findChildren(QWidget):
        if isinstance(box, FIELDS) and _shown(box, window) and (why := squashed(box)):
            found.append(f"{describe(box)}: {why}")
    for widget in must_stay_visible(window):
        if not fully_visible(widget, window):
            found.append(f"{describe(widget)}: outside the visible area of the window")
    return list(dict.fromkeys(found))  # one line for many identical widgets

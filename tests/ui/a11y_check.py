"""What a screen reader would find unnamed in a window (issue 16).

Imported as a plain module (tests/ui is on sys.path). ``problems(window)`` walks the window's
accessibility tree as an assistive technology does (``QAccessible.queryAccessibleInterface``,
``child(i)``) and lists, naming each widget's class, object name and parent chain:

- a focusable control that Qt reports no accessible name for;
- an input, list or table whose purpose is not obvious from its name and that has no
  accessible description (``EXPLAINED``: lists, tables, free-text boxes, choices, numbers).

What Qt 6 actually reports, checked rather than assumed: a button's or check box's own text
is its name; a ``QLabel.setBuddy`` label (or a form layout's label) names a line edit, spin
box or table, but only when the label and the control share a parent (the new-call form's
labels sat outside the boxes' cells: Qt reported no name); a line edit's placeholder becomes its *description*, not its name; a plain
text edit's placeholder is reported as nothing; and a combo box reports its current *value*
as its name, the label only as a relation, so a combo box counts as named when it has an
accessible name of its own or a buddy label.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description
# What needs a description besides its name: what a list or table holds and what Enter does
# on it, what a free-text box wants, what a choice or a number means. A one-line box's name
# says what to type ("Caller's name", "Your password"); where it does not, its placeholder
# (reported as its description) says more.
EXPLAINED = (QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
PARTS_OF = (QComboBox, QAbstractSpinBox)  # their own editor and popup: the box is checked


def chain(widget: QWidget, window: QWidget) -> str:
    """``Class#name`` from the widget up to the window, so a developer can find it."""
    links = []
    at: QWidget | None = widget
    while at is not None:
        name = at.objectName()
        links.append(
            type(at).__name__ + (f"#{name}" if name and not name.startswith("qt_") else "")
        )
        if at is window:
            break
        at = at.parentWidget()
    return " < ".join(links)


def accessible_name(face: QAccessibleInterface, widget: QWidget) -> str:
    """The name a screen reader would speak for the control (see the module's note)."""
    if isinstance(widget, QComboBox):
        if widget.accessibleName().strip():
            return widget.accessibleName().strip()
        labels = face.relations(QAccessible.Relation.Label)
        return " ".join(label.text(NAME) for label, _ in labels).strip()
    return face.text(NAME).strip()


def needs_description(widget: QWidget) -> bool:
    """Its purpose is not obvious from a name alone (see ``EXPLAINED``)."""
    return isinstance(widget, EXPLAINED)


def _skipped(face: QAccessibleInterface, widget: QWidget, window: QWidget) -> bool:
    """Not walked, nor anything inside it."""
    if face.state().invisible or not widget.isVisibleTo(window):
        return True  # not on screen (another tab, a closed popup): walked when it is shown
    return isinstance(widget.parentWidget(), PARTS_OF)


def _walk(face: QAccessibleInterface, window: QWidget, found: list[str], reached: list) -> None:
    widget = face.object()
    if isinstance(widget, QWidget) and widget is not window:
        if _skipped(face, widget, window):
            return
        # a widget whose focus goes to a proxy (a tab widget's tab bar) is not itself reached
        if face.state().focusable and widget.focusProxy() is None:
            reached.append(widget)
            name = accessible_name(face, widget)
            where = chain(widget, window)
            if not name:
                found.append(f"no accessible name: {where}")
            elif needs_description(widget) and not face.text(DESCRIPTION).strip():
                found.append(f"no accessible description ({name!r}): {where}")
    for index in range(face.childCount()):
        child = face.child(index)
        if child is not None and isinstance(child.object(), QWidget):
            _walk(child, window, found, reached)


def walk(window: QWidget) -> tuple[list[str], list[QWidget]]:
    """Every focusable control a screen reader could not name, or an input it could not
    explain, one line each, in tree order; and every focusable control the walk reached."""
    found: list[str] = []
    reached: list[QWidget] = []
    face = QAccessible.queryAccessibleInterface(window)
    assert face is not None and face.isValid(), f"{chain(window, window)} has no interface"
    _walk(face, window, found, reached)
    return list(dict.fromkeys(found)), reached


def problems(window: QWidget) -> list[str]:
    return walk(window)[0]

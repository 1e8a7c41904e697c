"""Two parts of the checklist dialog: the officer's collar number, and what is still missing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.normalise import check_collar
from callhandler.errors import BadInput
from ui.common.theme import set_tone


class CollarField(QWidget):
    """The attending officer's collar number, recorded with every answer taken now.

    ``collar()`` checks it: the number in canonical form, or None with the problem shown
    beside the box. ``finished`` is emitted when the handler leaves the box or presses Enter.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. PC4521"))
        self.edit.setMaximumWidth(180)
        self.edit.setAccessibleName(self.tr("Attending officer's collar number"))
        label = QLabel(self.tr("Attending officer's &collar number (required)"))
        label.setStyleSheet("font-weight:700;")
        label.setBuddy(self.edit)
        note = QLabel(self.tr("recorded with every answer you take now"))
        note.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        self.problem = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.finished)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def collar(self) -> str | None:
        try:
            collar = check_collar(self.edit.text())
        except BadInput as exc:
            self._show(
                self.tr("Enter the attending officer's collar number: the answers are theirs.")
                if not self.edit.text().strip()
                else str(exc)
            )
            return None
        self._show("")
        if collar != self.edit.text():
            self.edit.setText(collar)
        return collar

    def _show(self, problem: str) -> None:
        self.problem = problem
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.edit.setProperty("invalid", bool(problem))
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)


class MissingPanel(QWidget):
    """ "Still missing (n)" and the list; Enter on a line emits ``chosen(key)``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:700;")  # red or green by the theme: ink=
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Still missing"))
        self.list.setAccessibleDescription(
            self.tr("What the checklist still needs before closure; Enter goes to the item.")
        )
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(
            lambda entry: self.chosen.emit(str(entry.data(Qt.ItemDataRole.UserRole)))
        )
        self.heading.setBuddy(self.list)
        hint = QLabel(self.tr("Enter on a line goes to it. F8: next missing item from anywhere."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.setFixedWidth(320)

    def show_lines(self, lines: list[tuple[str, str]]) -> None:
        self.list.clear()
        for key, words in lines:
            entry = QListWidgetItem(f"• {words}")
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(entry)
        if lines:
            self.heading.setText(self.tr("Still &missing ({n})").format(n=len(lines)))
            set_tone(self.heading, "ink", "danger")
        else:
            self.heading.setText(self.tr("Nothing &missing: ready to submit"))
            set_tone(self.heading, "ink", "ok")

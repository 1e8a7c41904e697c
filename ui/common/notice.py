"""A message strip: green for done, amber for attention, red for a refusal; an optional action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common.theme import set_tone

TONES = {"ok": "ok-soft", "warning": "warning-soft", "error": "danger-soft"}  # theme colours


class _ActionButton(QPushButton):
    """Enter presses it when it has the cursor, without becoming a dialog's default button."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class Notice(QFrame):
    """Hidden until ``show_message``; the text is selectable so it can be copied into a log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = _ActionButton()
        self.action.setVisible(False)
        self.action.setAutoDefault(False)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_message(
        self,
        text: str,
        level: str = "ok",
        *,
        action: str = "",
        on_action: Callable[[], None] | None = None,
    ) -> None:
        self.level = level
        self.setObjectName(f"notice_{level}")
        set_tone(self, "tone", TONES[level])
        self.setStyleSheet("QFrame > QLabel { font-weight:600; }")
        self.label.setText(text)
        self._callback = on_action
        self.action.setText(action)
        self.action.setVisible(bool(action and on_action))
        self.setVisible(True)

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def clear(self) -> None:
        self.level = ""
        self.label.clear()
        self._callback = None
        self.action.setVisible(False)
        self.setVisible(False)

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()

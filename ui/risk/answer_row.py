"""One risk question (or follow-up) as a row answered from the keyboard: Y, N or K."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

ANSWER_KEYS = {Qt.Key.Key_Y: "yes", Qt.Key.Key_N: "no", Qt.Key.Key_K: "not_known"}
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

# The row, its focus and the chosen answer are coloured by the theme (resources/styles).
ROW_STYLE = "QPushButton { padding:3px 8px; min-width:64px; }"


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class AnswerRow(QFrame):
    """A question's number, text and help, and its three answers.

    While the row has focus: Y, N or K answers (and asks to move on), Delete clears,
    Up and Down move between rows, Tab moves on as usual. A question with a detail prompt
    ("what was used") shows a line for it when answered yes. The row only reports:
    ``answered(key, value)`` ("" when cleared) and ``move_requested(key, step)``.
    In the detail line Enter or Down moves on, Up moves back, Esc returns to the row.
    """

    answered = Signal(str, str)
    move_requested = Signal(str, int)
    focused = Signal(str)

    def __init__(
        self,
        key: str,
        text: str,
        help_text: str = "",
        detail_prompt: str = "",
        *,
        follow_up: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.value = ""
        self.setObjectName("answerRow")
        self.setProperty("followUp", follow_up)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Question %1: %2").replace("%1", key).replace("%2", text))
        self.setAccessibleDescription(
            self.tr(
                "Y: yes, N: no, K: not known; Delete clears; Up and Down move between questions."
            )
        )
        self.setStyleSheet(ROW_STYLE)

        number = QLabel(key)
        number.setObjectName("answerNumber")  # its size: control-room.qss
        number.setStyleSheet("min-width:30px;")
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        question = QLabel(text)
        question.setWordWrap(True)
        question.setStyleSheet("" if follow_up else "font-weight:600;")
        hint = QLabel(help_text)
        hint.setWordWrap(True)
        hint.setProperty("ink", "muted")
        hint.setObjectName("answerHint")  # its size: control-room.qss
        hint.setVisible(bool(help_text))

        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a chosen answer can be cleared again
        self.buttons: dict[str, QPushButton] = {}
        answers = QHBoxLayout()
        answers.setSpacing(4)
        for value, label in (
            ("yes", self.tr("Yes (Y)")),
            ("no", self.tr("No (N)")),
            ("not_known", self.tr("Not known (K)")),
        ):
            button = QPushButton(label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes row to row
            button.setCheckable(True)
            button.setProperty("answer", value)
            button.setProperty("chosen", False)
            button.clicked.connect(lambda _on=False, value=value: self._clicked(value))
            self.group.addButton(button)
            self.buttons[value] = button
            answers.addWidget(button)
        answers.addStretch(1)

        self.detail = QLineEdit()
        self.detail.setPlaceholderText(detail_prompt)
        self.detail.setAccessibleName(detail_prompt)
        self.detail.setVisible(False)
        self.detail.returnPressed.connect(lambda: self.move_requested.emit(self.key, 1))
        self.detail.installEventFilter(self)
        self._has_detail = bool(detail_prompt)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.addWidget(number, 0, 0, 3, 1)
        grid.addWidget(question, 0, 1)
        grid.addWidget(hint, 1, 1)
        grid.addLayout(answers, 2, 1)
        grid.addWidget(self.detail, 3, 1)
        grid.setColumnStretch(1, 1)

    def set_value(self, value: str) -> None:
        """Show ``value`` (yes, no, not_known or "") as chosen; does not emit."""
        self.value = value
        for answer, button in self.buttons.items():
            button.setChecked(answer == value)
            button.setProperty("chosen", answer == value)
            _restyle(button)
        self.detail.setVisible(self._has_detail and value == "yes")

    def note(self) -> str:
        return self.detail.text().strip() if self.detail.isVisible() else ""

    def _clicked(self, value: str) -> None:
        chosen = "" if self.value == value else value
        self.set_value(chosen)
        self.answered.emit(self.key, chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not (
            event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        )
        if plain and key in ANSWER_KEYS:
            self.set_value(ANSWER_KEYS[key])
            self.answered.emit(self.key, self.value)
            if not self.detail.isVisible():
                self.move_requested.emit(self.key, 1)
            else:
                self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if plain and key in CLEAR_KEYS:
            self.set_value("")
            self.answered.emit(self.key, "")
            return
        if plain and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_requested.emit(self.key, 1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.detail and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.move_requested.emit(self.key, 1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.key)

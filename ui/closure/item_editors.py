"""One closure question on screen: its text, an input that fits its type, who answered, errors.

Choice-like inputs (yes/no, choice, multi) are one keyboard stop each: Y / N answer a
yes/no question, digits pick (or for several-answer questions, tick) the numbered options,
and the option buttons themselves never take focus, so Tab walks question to question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.checklist import ChecklistItem, Value
from ui.closure.words import option_label
from ui.common.theme import set_tone

TEXT_PAUSE_MS = 1200


class ChoiceEditor(QFrame):
    """Yes/no, one of several, or (``multi``) several of several; emits ``answered(value)``."""

    answered = Signal(object)

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.multi = item.type == "multi"
        self.setObjectName("choiceEditor")  # coloured by the theme (resources/styles)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multi)
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(18)
        columns = 2 if item.type == "yes_no" else 3
        self.buttons: list[QAbstractButton] = []
        for number, option in enumerate(item.choices, start=1):
            key = option[0].upper() if item.type == "yes_no" else str(number)
            text = f"{key}  {option_label(option)}"
            button: QAbstractButton = QCheckBox(text) if self.multi else QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("option", option)
            self.group.addButton(button, number)
            self.buttons.append(button)
            layout.addWidget(button, (number - 1) // columns, (number - 1) % columns)
        layout.setColumnStretch(columns, 1)
        self.group.buttonClicked.connect(self._clicked)
        hint = (
            self.tr("Y or N")
            if item.type == "yes_no"
            else self.tr("digits tick or untick; several allowed")
            if self.multi
            else self.tr("digit 1–{n}").format(n=len(item.choices))
        )
        self.setToolTip(hint)
        self.setAccessibleName(item.text)
        self.setAccessibleDescription(hint)

    def value(self) -> Value | None:
        chosen = tuple(str(b.property("option")) for b in self.buttons if b.isChecked())
        if self.multi:
            return chosen or None
        return chosen[0] if chosen else None

    def set_value(self, value: Value | None) -> None:
        """Show a stored answer without emitting ``answered``."""
        wanted = set(value) if isinstance(value, tuple) else {value} if value else set()
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # lets every box be unticked
        for button in self.buttons:
            button.setChecked(button.property("option") in wanted)
        self.group.setExclusive(exclusive)

    def choose(self, option: str) -> None:
        """Answer as if the user picked ``option`` (for multi: tick or untick it)."""
        for button in self.buttons:
            if button.property("option") == option:
                if self.multi:
                    button.setChecked(not button.isChecked())
                else:
                    button.setChecked(True)
                self._clicked(button)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().lower()
        if self.item.type == "yes_no" and text in ("y", "n"):
            self.choose("yes" if text == "y" else "no")
            return
        if text.isdigit() and 1 <= int(text) <= len(self.buttons):
            self.choose(str(self.buttons[int(text) - 1].property("option")))
            return
        super().keyPressEvent(event)

    def _clicked(self, button: QAbstractButton) -> None:
        if self.multi:
            # "none" cannot go with anything else: ticking one clears the other.
            option = button.property("option")
            if button.isChecked():
                for other in self.buttons:
                    other_option = other.property("option")
                    if other is not button and "none" in (option, other_option):
                        other.setChecked(False)
        self.answered.emit(self.value())


class TextAnswerEditor(QPlainTextEdit):
    """Free text with a minimum: emits ``answered(text)`` after a pause or when left."""

    answered = Signal(object)
    length_changed = Signal(int)

    def __init__(self, min_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_length = min_length
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self._sent = ""
        self._loading = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TEXT_PAUSE_MS)
        self._pause.timeout.connect(self._paused)
        self.textChanged.connect(self._changed)

    def set_value(self, value: str) -> None:
        self._loading = True
        if self.toPlainText() != value:
            self.setPlainText(value)
        self._sent = value
        self._loading = False
        self.length_changed.emit(len(value.strip()))

    def flush(self) -> None:
        """Send what is typed now if it differs from what was last sent."""
        self._pause.stop()
        text = self.toPlainText().strip()
        if text != self._sent and (text or self._sent):
            self._sent = text
            self.answered.emit(text)

    def unsent(self) -> bool:
        return self.toPlainText().strip() != self._sent

    def _changed(self) -> None:
        if self._loading:
            return
        self.length_changed.emit(len(self.toPlainText().strip()))
        self._pause.start()

    def _paused(self) -> None:
        if len(self.toPlainText().strip()) >= self.min_length:
            self.flush()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.flush()


class ItemRow(QWidget):
    """A question, its input, a "required" tag, who gave the answer and when, and any error."""

    answered = Signal(str, object)  # item id, value

    def __init__(self, item: ChecklistItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.question = QLabel(item.text)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight:600;")
        self.tag = QLabel()
        self.tag.setObjectName("requiredTag")
        self.help = QLabel(item.help)
        self.help.setObjectName("muted")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(item.help))
        self.meta = QLabel()
        self.meta.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.counter: QLabel | None = None
        self.editor: ChoiceEditor | TextAnswerEditor
        if item.type == "text":
            self.editor = TextAnswerEditor(item.min_length)
            self.counter = QLabel()
            self.counter.setProperty("small", True)
            self.editor.length_changed.connect(self._count)
            self.editor.setAccessibleName(item.text)
            self.editor.setAccessibleDescription(
                self.tr("Your answer in words, at least %1 characters.").replace(
                    "%1", str(item.min_length)
                )
            )
            self._count(0)
        else:
            self.editor = ChoiceEditor(item)
        self.editor.answered.connect(lambda value: self.answered.emit(self.item.id, value))

        top = QHBoxLayout()
        top.addWidget(self.question, 1)
        top.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        if self.counter is not None:
            bottom.addWidget(self.counter)
        bottom.addStretch(1)
        bottom.addWidget(self.meta)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.editor)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        self.setFocusProxy(self.editor)

    def set_value(self, value: Value | None) -> None:
        if isinstance(self.editor, TextAnswerEditor):
            self.editor.set_value(str(value or ""))
        else:
            self.editor.set_value(value)

    def set_state(self, *, required: bool, answered: bool, newly_required: bool) -> None:
        # the words say it; the theme colours it: white on red, green, grey
        if required and not answered:
            text = self.tr("Required now") if newly_required else self.tr("Required")
            tone, ink, style = "danger", None, "padding:1px 6px; border-radius:3px;"
        elif answered:
            tone, ink, style = None, "ok", "font-weight:600;"
            text = self.tr("✓ Answered")
        else:
            text, tone, ink, style = self.tr("Optional"), None, "muted", ""
        self.tag.setText(text)
        set_tone(self.tag, "tone", tone)
        set_tone(self.tag, "ink", ink)
        self.tag.setStyleSheet(style)  # 10 pt in the theme's layout (QLabel#requiredTag)

    def set_meta(self, text: str) -> None:
        self.meta.setText(text)

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _count(self, length: int) -> None:
        if self.counter is None:
            return
        minimum = self.item.min_length
        self.counter.setText(self.tr("{n} characters (at least {m})").format(n=length, m=minimum))
        set_tone(self.counter, "ink", "ok" if length >= minimum else "caution")

"""The current script question, large: its options with their keys, help, or a text box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.conversation import CALLER_YES_KEY, Answer, Mode, Prompt
from callhandler.domain.scripts import Question
from ui.models.question_table import answer_words

NAVIGATION_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
# A caller who cannot speak: what the handler presses when the caller's key is heard or not.
YES_KEYS, NO_KEYS = ("y", "1"), ("n", "2")


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class QuestionCard(QFrame):
    """Shows one question; while it has focus, an option's key answers it.

    Keys: the key shown beside an option answers (toggles, for a question that takes
    several); Enter moves on; Delete or Backspace clears the answer. A text question puts
    the cursor in its box: Enter saves and moves on, Shift+Enter starts a new line, Esc
    returns to the card. The card only reports: ``key_pressed(key)``, ``text_given(text)``,
    ``next_requested()`` and ``clear_requested()``, and, while a caller who cannot speak is
    asked yes/no prompts, ``yes_no(yes)`` (Y or 1 yes, N or 2 no); the script pane decides.
    """

    yes_no = Signal(bool)
    key_pressed = Signal(str)
    text_given = Signal(str)
    next_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The card, its chosen and asked options: coloured by the theme (resources/styles).
        self.question: Question | None = None
        self.prompt: Prompt | None = None  # a yes/no prompt for a caller who cannot speak
        self.section = QLabel()
        self.section.setObjectName("questionSection")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("questionText")
        self.ask = QLabel()  # the yes/no prompt to read out, when the caller cannot speak
        self.ask.setWordWrap(True)
        self.ask.setObjectName("yesNoPrompt")
        self.ask.setProperty("tone", "asking")
        self.ask.setVisible(False)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.options = QGridLayout()
        self.options.setHorizontalSpacing(6)
        self.options.setVerticalSpacing(4)
        self.option_buttons: dict[str, QPushButton] = {}
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("answerText")
        self.editor.setAccessibleName(self.tr("Answer in words"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(90)
        self.editor.installEventFilter(self)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("questionHelp")
        self.help.setProperty("tone", "help")
        self.keys_hint = QLabel()
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(self.section)
        layout.addWidget(self.text)
        layout.addWidget(self.ask)
        layout.addLayout(self.options)
        layout.addWidget(self.editor)
        layout.addWidget(self.answer)
        layout.addWidget(self.help)
        layout.addWidget(self.keys_hint)
        self.show_question(None, None)

    # -- what is shown ------------------------------------------------------------------

    def show_question(
        self,
        question: Question | None,
        answer: Answer | None,
        *,
        mode: Mode = "normal",
        mandatory: bool | None = None,
        prompt: Prompt | None = None,
        suggested: str = "",
    ) -> None:
        """Show ``question`` (None: every question is answered) and its current answer.

        ``mode`` says how the call is going (a silent line, a caller who cannot speak);
        ``mandatory`` whether it must be asked now; ``prompt`` the yes/no prompt to read
        out to a caller who cannot speak; ``suggested`` what an unanswered text box starts
        from (the caller's account, typed once).
        """
        changed = question is not self.question
        self.question = question
        self.prompt = prompt
        if changed:
            self._build_options(question)
            if answer is not None and question and not question.options:
                self.editor.setPlainText(str(answer.value))
            else:
                start = suggested if question and not question.options else ""
                self.editor.setPlainText(continued(start))
        self.ask.setVisible(prompt is not None)
        if question is None:
            self.section.setText(self.tr("SCRIPT COMPLETE"))
            self.text.setText(self.tr("Every question in this script has an answer."))
            self.answer.setText(
                self.tr("Go back to any question to change it (Ctrl+Up, or the list below).")
            )
            self.help.setText(self.tr("Decide the grade when you are ready: Ctrl+G."))
            self.editor.setVisible(False)
            self.keys_hint.setText("")
            self.setAccessibleName(f"{self.section.text()}: {self.text.text()}")
            self.setAccessibleDescription(self.answer.text())
            return
        needed = question.mandatory if mandatory is None else mandatory
        status = self.tr("MANDATORY") if needed else self.tr("optional")
        self.section.setText(f"{question.section.upper()} · {status}")
        self.text.setText(question.text)
        self.help.setText(self.tr("Listen for: %s") % question.help if question.help else "")
        self.help.setVisible(bool(question.help))
        chosen = self._chosen_values(answer)
        for value, button in self.option_buttons.items():
            marks = (value in chosen, prompt is not None and value == prompt.value)
            if (button.property("chosen"), button.property("asking")) != marks:
                button.setProperty("chosen", marks[0])
                button.setProperty("asking", marks[1])
                _restyle(button)  # only when the look changes: a polish is not free
        words = answer_words(question, answer)
        self.answer.setText(
            self.tr("Answer: %s") % words if words else self.tr("Not answered yet.")
        )
        self.editor.setVisible(not question.options)
        self.keys_hint.setText(self._keys_text(question, mode, prompt))
        # a screen reader hears the question, its answer and the keys (colour marks the chosen)
        self.setAccessibleName(f"{self.section.text()}: {question.text} {self.answer.text()}")
        self.setAccessibleDescription(self.keys_hint.text())
        self.editor.setAccessibleDescription(self.keys_hint.text())

    def _keys_text(self, question: Question, mode: Mode, prompt: Prompt | None) -> str:
        if prompt is not None:
            self.ask.setText(
                self.tr('Ask: "%1" The caller presses %2 on their phone for yes.')
                .replace("%1", prompt.text)
                .replace("%2", CALLER_YES_KEY)
            )
            return self.tr(
                "CALLER CANNOT SPEAK: Y or 1 when you hear the caller's key (yes); N or 2 "
                "when you do not (no). Enter: skip · Delete: clear · Ctrl+Up/Down: "
                "previous/next question."
            )
        if not question.options:
            optional = (
                self.tr(" The caller cannot speak: an account is optional (Enter skips).")
                if mode == "cannot_speak"
                else ""
            )
            return (
                self.tr(
                    "Type the answer. Enter saves it and moves on; Shift+Enter starts a "
                    "new line; Esc goes back; Ctrl+Up/Down: previous/next question."
                )
                + optional
            )
        if question.type == "multiple" and mode == "listening":
            return self.tr(
                "Press the key of everything you hear, as you "
                "hear it (again to take it back); the recommendation counts it at once. "
                "Enter when you have finished listening."
            )
        if question.type == "multiple":
            return self.tr(
                "Press every key that applies (again to take it back). Enter: next "
                "question · Delete: clear · Ctrl+Up/Down: previous/next question."
            )
        return self.tr(
            "Press the key beside the answer. Enter: next question · Delete: "
            "clear · Ctrl+Up/Down: previous/next question."
        )

    def _chosen_values(self, answer: Answer | None) -> set[str]:
        if answer is None:
            return set()
        value = answer.value
        return set(value) if isinstance(value, tuple) else {value}

    def _build_options(self, question: Question | None) -> None:
        for button in self.option_buttons.values():
            self.options.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.option_buttons = {}
        if question is None:
            return
        columns = 2 if len(question.options) > 5 else 1
        for n, option in enumerate(question.options):
            button = QPushButton(f"{option.key.upper()}   {option.label}")
            button.setProperty("option", True)
            button.setObjectName(f"option_{option.key}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab skips them: keys answer
            button.setToolTip(self.tr("Press %s") % option.key.upper())
            button.clicked.connect(lambda _=False, k=option.key: self.key_pressed.emit(k))
            self.options.addWidget(button, n // columns, n % columns)
            self.option_buttons[option.value] = button

    def take_focus(self) -> None:
        """Focus where the answer is given: the text box, or the card for key answers."""
        if self.question is not None and not self.question.options:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # after a suggested account
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- keys -----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier:
            text = event.text().strip().lower()
            if event.key() in NAVIGATION_KEYS:
                self.next_requested.emit()
                return
            if event.key() in CLEAR_KEYS:
                self.clear_requested.emit()
                return
            if self.prompt is not None:  # only yes, no (and "not known") while prompting
                if text in (*YES_KEYS, *NO_KEYS):
                    self.yes_no.emit(text in YES_KEYS)
                    return
                if not (self.question and self.question.type == "yes_no_unknown" and text == "u"):
                    super().keyPressEvent(event)
                    return
            if self.question is not None and len(text) == 1:
                if self.question.option_for_key(text) is not None:
                    self.key_pressed.emit(text)
                    return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if event.key() in NAVIGATION_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
                self.text_given.emit(self.editor.toPlainText())
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


def continued(account: str) -> str:
    """An account the box starts from, ready for more words: typing goes on after a space
    (the answer is stored trimmed, so Enter alone keeps the account as it was)."""
    return account + " " if account and not account[-1].isspace() else account

"""The triage script during a call: the current question, what is still to ask, hand-over."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.conversation import Conversation, Prompt, yes_no_prompts
from callhandler.domain.scripts import Question, Script, shipped_script
from callhandler.errors import BadInput
from ui.call.question_card import QuestionCard, continued
from ui.call.script_area import least_height
from ui.common.theme import set_tone
from ui.models.question_table import QUESTION, QuestionIdRole, QuestionTableModel, question_rows

FIRST_SCRIPT = "first_contact"


def load_handover_scripts() -> int:
    """Read the scripts a call can hand over to (about 0.1 s of YAML and checks each,
    cached): run on the worker as the window is built, so the answer that hands over does
    not read a file on the GUI thread mid-call (issue 18). How many were read."""
    first = shipped_script(FIRST_SCRIPT)
    targets = {first.handover.to} if first.handover is not None else set()
    for target in targets:
        shipped_script(target)
    return len(targets)


def _keys_below(label: str) -> str:
    """A button's label with its shortcut in brackets on a second line."""
    words, bracket, keys = label.rpartition(" (")
    return f"{words}\n({keys}" if bracket else label


class ScriptPane(QWidget):
    """Asks the script's questions; owns the call's Conversation (immutable, replaced on change).

    ``conversation_changed(conversation, what)`` is emitted after every change, ``what``
    being "answer", "clear" or "handover"; the window then re-grades and saves. Keys, while
    the question has focus (F2 puts it there): the option keys shown, Enter for the next
    question, Delete to clear, Ctrl+Up/Ctrl+Down to move, F3 for the list of questions
    (Enter on a row jumps to it), Ctrl+Shift+D to continue in the script offered by hand-over.
    """

    conversation_changed = Signal(object, str)
    question_shown = Signal(object)  # the Question on the card, or None (training's caller)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._conversation = Conversation.start(shipped_script(FIRST_SCRIPT))
        self._current: str | None = None
        self._prompt_step = 0  # the yes/no prompt of the current question (caller cannot speak)
        self._account = ""  # the caller's account as typed in the form (typed once)
        self._prompted: str | None = None  # the question whose prompts _prompt_step counts

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        # how the call is going (a silent line, a caller who cannot speak); wrapped, so a
        # long line never widens the window past a small screen
        self.mode_banner = QLabel()
        self.mode_banner.setObjectName("scriptMode")
        self.mode_banner.setWordWrap(True)
        self.mode_banner.setProperty("tone", "asking")
        self.mode_banner.setStyleSheet("font-weight:700; padding:3px 8px;")
        self.mode_banner.setVisible(False)
        self.handover_bar = QFrame()
        self.handover_bar.setObjectName("handoverBar")
        self.handover_bar.setProperty("tone", "danger-soft")
        self.handover_text = QLabel()
        self.handover_text.setWordWrap(True)
        self.handover_text.setStyleSheet("font-weight:700;")
        self.handover_button = QPushButton(self.tr("Ask the domestic-abuse questions"))
        self.handover_button.setObjectName("primary")
        self.handover_button.setToolTip(self.tr("Ctrl+Shift+D"))
        self.handover_button.clicked.connect(self.hand_over)
        # text above the button: side by side they widened the window past a small screen
        bar = QVBoxLayout(self.handover_bar)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.handover_text)
        bar.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.handover_bar.setVisible(False)

        self.card = QuestionCard()
        self.card.key_pressed.connect(self.press)
        self.card.yes_no.connect(self.answer_yes_no)
        self.card.text_given.connect(self.give_text)
        self.card.next_requested.connect(self.next_question)
        self.card.clear_requested.connect(self.clear_current)

        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.list_heading = QLabel()
        self.list_heading.setStyleSheet("font-weight:700;")
        self.model = QuestionTableModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("questionList")
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Questions in this script"))
        self.list_view.setAccessibleDescription(
            self.tr("Every question, asked or not, with its answer; Enter goes to the question.")
        )
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.setWordWrap(False)
        self.list_view.setShowGrid(False)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 190)
        self.list_view.activated.connect(self._list_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.mode_banner)
        layout.addWidget(self.handover_bar)
        layout.addWidget(self.card)
        layout.addWidget(self.problem)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.list_view, 1)

        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        window = Qt.ShortcutContext.WindowShortcut
        for keys, slot, context in (
            ("Ctrl+Down", self.next_in_list, within),
            ("Ctrl+Up", self.previous_in_list, within),
            ("F2", self.focus_question, window),
            ("F3", self.focus_list, window),
            ("Ctrl+Shift+D", self.hand_over, window),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        self._current = self._first_open()
        self._refresh()

    # -- state --------------------------------------------------------------------------

    def heightForWidth(self, width: int) -> int:
        """The least height (the scroll area scrolls below it): the card whole (issue 18)."""
        layout = self.layout()
        return least_height(layout, width) if layout is not None else super().heightForWidth(width)

    @property
    def conversation(self) -> Conversation:
        return self._conversation

    @property
    def current_question(self) -> Question | None:
        if self._current is None:
            return None
        return self._conversation.script.question(self._current)

    def set_conversation(self, conversation: Conversation, current: str | None = None) -> None:
        """Show another conversation (a new call, or a restored draft); emits nothing."""
        self._conversation = conversation
        visible = {q.id for q in conversation.visible_questions}
        self._current = current if current in visible else self._first_open()
        self.show_problem("")
        self._refresh()

    def reset(self) -> None:
        self.set_conversation(Conversation.start(shipped_script(FIRST_SCRIPT)))

    def set_account(self, text: str) -> None:
        """The caller's account as typed in the form: the script's account questions start
        from it, so it is typed once."""
        if text == self._account:
            return
        self._account = text
        question = self.current_question
        if question is not None and question.id not in self._conversation.answers:
            suggested = self._conversation.suggested_text(question, text)
            if suggested and not question.options and not self.card.editor.hasFocus():
                self.card.editor.setPlainText(continued(suggested))

    @property
    def prompt(self) -> Prompt | None:
        """The yes/no prompt to read out now, while the caller cannot speak."""
        question = self.current_question
        if question is None or self._conversation.mode != "cannot_speak":
            return None
        prompts = yes_no_prompts(question)
        return prompts[min(self._prompt_step, len(prompts) - 1)] if prompts else None

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- answering ----------------------------------------------------------------------

    def press(self, key: str) -> bool:
        """An option key for the current question; a single choice then moves on."""
        question = self.current_question
        if question is None:
            return False
        try:
            changed = self._conversation.press(question.id, key)
        except BadInput:
            return False
        if question.type == "multiple":
            answer = changed.answers.get(question.id)
            if answer is not None and not answer.value:  # took back the last one: unanswered
                changed = changed.clear(question.id)
            self._change(changed, "answer", advance=False)
        else:
            self._change(changed, "answer", advance=True)
        return True

    def answer_yes_no(self, yes: bool) -> None:
        """Y/1 or N/2: the caller pressed their key for yes, or did not, to the prompt read."""
        question = self.current_question
        if question is None or self.prompt is None:
            return
        changed, step = self._conversation.answer_yes_no(question.id, self._prompt_step, yes)
        if step is None:
            if changed is self._conversation:  # no to every option, none "not known"
                self.next_question()
            else:
                self._change(changed, "answer", advance=True)
            return
        self._prompt_step = step
        if changed is self._conversation:
            self._refresh()
        else:
            self._change(changed, "answer", advance=False)

    def give_text(self, text: str) -> None:
        """The text question's box: save what is typed (an empty box clears) and move on."""
        question = self.current_question
        if question is None:
            return
        text = text.strip()  # a suggested account ends with a space to type on after
        if not text:
            if question.id in self._conversation.answers:
                self._change(self._conversation.clear(question.id), "clear", advance=True)
            else:
                self.next_question()
            return
        try:
            changed = self._conversation.answer(question.id, text)
        except BadInput as exc:
            self.show_problem(str(exc))
            return
        self._change(changed, "answer", advance=True)

    def clear_current(self) -> None:
        question = self.current_question
        if question is not None and question.id in self._conversation.answers:
            self._change(self._conversation.clear(question.id), "clear", advance=False)

    def hand_over(self) -> None:
        """Continue in the script the answers point to, keeping every answer."""
        target = self._conversation.handover
        if target is None:
            return
        changed = self._conversation.hand_over(shipped_script(target))
        self._conversation = changed
        self._current = self._first_open()
        self._refresh()
        self.conversation_changed.emit(changed, "handover")
        self.focus_question()

    def _change(self, changed: Conversation, what: str, *, advance: bool) -> None:
        # asked before the refresh: hiding the text box for a key question moves Qt's
        # focus on to the list below, and the next answer key would then do nothing
        answering = self._focus_in_card()
        self._conversation = changed
        self.show_problem("")
        visible = [q.id for q in changed.visible_questions]
        if advance or self._current not in visible:
            self._current = self._next_open_after(self._current)
        self._refresh()
        self.conversation_changed.emit(changed, what)
        if answering:
            self.card.take_focus()

    def _focus_in_card(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self.card or self.card.isAncestorOf(focused))

    # -- moving -------------------------------------------------------------------------

    def go_to(self, question_id: str) -> None:
        if self._conversation.is_visible(question_id):
            self._current = question_id
            self._refresh()
            self.focus_question()

    def next_question(self) -> None:
        """Enter: the next question still to ask after this one (wrapping round)."""
        self._current = self._next_open_after(self._current)
        self._refresh()
        self.focus_question()

    def next_in_list(self) -> None:
        self._step(1)

    def previous_in_list(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        visible = [q.id for q in self._conversation.visible_questions]
        if not visible:
            return
        if self._current in visible:
            index = max(0, min(len(visible) - 1, visible.index(self._current) + delta))
        else:
            index = 0 if delta > 0 else len(visible) - 1
        self.go_to(visible[index])

    def focus_question(self) -> None:
        self.card.take_focus()

    def focus_list(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        row = max(0, self.model.row_of(self._current or ""))
        self.list_view.setCurrentIndex(self.model.index(row, QUESTION))

    def _list_activated(self, index: QModelIndex) -> None:
        question_id = index.data(QuestionIdRole)
        if isinstance(question_id, str):
            self.go_to(question_id)

    def _first_open(self) -> str | None:
        question = self._conversation.next_question
        return question.id if question else None

    def _next_open_after(self, question_id: str | None) -> str | None:
        visible = list(self._conversation.visible_questions)
        ids = [q.id for q in visible]
        start = ids.index(question_id) + 1 if question_id in ids else 0
        for question in visible[start:] + visible[:start]:
            if question.id not in self._conversation.answers:
                return question.id
        return None

    # -- display ------------------------------------------------------------------------

    def _refresh(self) -> None:
        conversation = self._conversation
        script: Script = conversation.script
        if self._current != self._prompted:
            self._prompt_step, self._prompted = 0, self._current  # a new question: its first prompt
        self.heading.setText(self.tr("Script: %s") % script.title)
        banner = self._mode_text(conversation)
        self.mode_banner.setText(banner)
        self.mode_banner.setVisible(bool(banner))
        question = self.current_question
        answer = conversation.answers.get(question.id) if question else None
        self.card.show_question(
            question,
            answer,
            mode=conversation.mode,
            mandatory=conversation.is_mandatory(question) if question else None,
            prompt=self.prompt,
            suggested=conversation.suggested_text(question, self._account) if question else "",
        )
        self.model.set_rows(question_rows(conversation, self._current))
        row = self.model.row_of(self._current or "")
        if row >= 0:
            self.list_view.scrollTo(self.model.index(row, QUESTION))
        still = len(conversation.open_mandatory)
        if still:
            text = self.tr("Mandatory questions still to ask: %1 (F3 for the list)").replace(
                "%1", str(still)
            )
        else:
            text = self.tr("Every mandatory question is answered (F3 for the list)")
        self.list_heading.setText(text)
        set_tone(self.list_heading, "ink", "danger" if still else "ok")  # and the words
        target = conversation.handover
        if target is not None and script.handover is not None:
            self.handover_text.setText(script.handover.text)
            title = shipped_script(target).title.lower()
            label = self.tr("Ask the %s questions (Ctrl+Shift+D)") % title
            # the keys on a line of their own: on one line the button widened the script
            # column at the hand-over, and the splitter moved, redrawing the whole
            # recommendation and history beside it (issue 18: the call's costliest key)
            self.handover_button.setText(_keys_below(label))
        self.handover_bar.setVisible(target is not None)
        self.question_shown.emit(question)

    def _mode_text(self, conversation: Conversation) -> str:
        if conversation.mode == "listening":
            return self.tr(
                "LINE OPEN, NOBODY SPEAKING: listen, and tick what you hear as you hear it."
            )
        if conversation.mode == "cannot_speak":
            return self.tr(
                "CALLER CANNOT SPEAK: every question is asked for a yes or no key press."
            )
        return ""

"""Record a risk assessment: every question by number, the level live, judgement, MARAC."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, Done
from callhandler.domain.normalise import check_collar
from callhandler.domain.risk import Instrument, Score
from callhandler.domain.risk import shipped_instrument as default_instrument
from callhandler.errors import BadInput
from callhandler.services.risk import RecordedAssessment, preview
from ui import ask
from ui.common.theme import set_tone
from ui.risk.answer_row import AnswerRow, _restyle
from ui.risk.judgement_box import JudgementBox
from ui.risk.summary import RiskSummary
from ui.worker import Failure, Worker

ERROR_STYLE = "padding:6px 8px; font-weight:700;"  # coloured by tone="danger-soft"


class RiskAssessmentDialog(QDialog):
    """The instrument's questions (DASH by default), answered yes / no / not known.

    Keys on a question: Y, N or K answers and moves to the next, Delete clears, Up/Down
    and Tab move; follow-ups appear under their question when it is answered yes.
    Alt+J goes to professional judgement (only levels above the answers' level can be
    chosen; a written reason is then required), Alt+C to the attending officer's collar
    number, Ctrl+Enter (or Ctrl+S) saves through the worker. The live level and yes count
    come from ``services.risk.preview`` (pure, no database). When the answers show enough
    homicide patterns below high, a prompt beside the level names the questions and
    offers Raise to high (Alt+H: high is chosen and the cursor goes to the reason);
    keeping the level needs a written reason too. A refused save (BadInput, another
    workstation's change) is shown inline and nothing is lost; once saved the MARAC
    criteria and the decision on the prompt are shown, ``saved(RecordedAssessment)`` is
    emitted and ``version`` holds the incident's new version.
    """

    saved = Signal(object)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        version: int,
        parent: QWidget | None = None,
        *,
        instrument: Instrument | None = None,
        incident_ref: str = "",
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self.incident_id = incident_id
        self.version = version
        self.instrument = instrument or default_instrument()
        self.recorded: RecordedAssessment | None = None
        self._answers: dict[str, str] = {}
        self._parents = {f.id: str(f.after) for f in self.instrument.follow_ups}
        self._saving = False
        title = self.tr("Risk assessment")
        if incident_ref:
            title += f" · {incident_ref}"
        self.setWindowTitle(title)
        screen = self.screen().availableGeometry()  # 768 high on many control-room screens
        self.resize(min(820, screen.width() - 40), min(860, screen.height() - 60))

        heading = QLabel(self.instrument.title)
        heading.setObjectName("riskHeading")  # its size: control-room.qss
        intro = QLabel(self.instrument.description)
        intro.setWordWrap(True)
        intro.setProperty("ink", "muted")

        self.summary = RiskSummary(self.instrument)
        self.summary.prompt.raise_requested.connect(self.raise_to_high)

        self.rows: dict[str, AnswerRow] = {}
        body = QWidget()
        rows_layout = QVBoxLayout(body)
        rows_layout.setSpacing(4)
        for question in self.instrument.questions:
            self._add_row(
                rows_layout,
                AnswerRow(question.key, question.text, question.help, question.detail),
            )
            for follow_up in self.instrument.follow_ups_for(question.number):
                row = AnswerRow(follow_up.id, follow_up.text, follow_up.help, follow_up=True)
                row.setVisible(False)
                self._add_row(rows_layout, row)
        rows_layout.addStretch(1)
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setWidget(body)
        self.questions_area.setAccessibleName(self.tr("DASH questions"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.questions_area, 1)
        self.judgement_box = JudgementBox()
        self.judgement_box.changed.connect(self._update)
        layout.addWidget(self.judgement_box)
        collar_line = QHBoxLayout()
        collar_label = QLabel(self.tr("Attending officer's &collar number:"))
        self.collar_edit = QLineEdit()
        self.collar_edit.setObjectName("collar")
        self.collar_edit.setPlaceholderText(self.tr("e.g. PC4521"))
        self.collar_edit.setMaximumWidth(180)
        self.collar_edit.textChanged.connect(self._update)
        self.collar_edit.returnPressed.connect(self.save)
        collar_label.setBuddy(self.collar_edit)
        collar_line.addWidget(collar_label)
        collar_line.addWidget(self.collar_edit)
        collar_line.addStretch(1)
        layout.addLayout(collar_line)

        self.progress = QLabel()
        self.progress.setObjectName("riskProgress")
        self.progress.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("riskError")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "danger-soft")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save assessment"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setMinimumWidth(self.save_button.sizeHint().width() + 24)  # bold
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self._update()

    def _add_row(self, layout: QVBoxLayout, row: AnswerRow) -> None:
        row.answered.connect(self.answer)
        row.move_requested.connect(self._move)
        row.focused.connect(
            lambda key: self.questions_area.ensureWidgetVisible(self.rows[key], 0, 40)
        )
        self.rows[row.key] = row
        layout.addWidget(row)

    # -- answers ----------------------------------------------------------------------

    def answer(self, key: str, value: str) -> None:
        """Record ``value`` (yes, no, not_known, or "" to clear) for a question or follow-up."""
        row = self.rows[key]
        if row.value != value:
            row.set_value(value)
        if value:
            self._answers[key] = value
        else:
            self._answers.pop(key, None)
        for follow_up in self.instrument.follow_ups:
            if str(follow_up.after) == key:
                self.rows[follow_up.id].setVisible(value == "yes")
        self.error.setVisible(False)
        self._update()

    def answers(self) -> dict[str, str]:
        """The answers given, follow-ups only while their question is yes."""
        return {k: v for k, v in self._answers.items() if self._asked(k)}

    def _asked(self, key: str) -> bool:
        """A question always; a follow-up while its question is answered yes."""
        parent = self._parents.get(key)
        return parent is None or self._answers.get(parent) == "yes"

    def notes(self) -> dict[str, str]:
        return {
            q.key: self.rows[q.key].note()
            for q in self.instrument.questions
            if self.rows[q.key].note()
        }

    def score(self) -> Score:
        return preview(self.answers(), self.instrument)

    def judgement(self) -> str:
        """The raised level chosen, or "" for none."""
        return self.judgement_box.level()

    def set_judgement(self, level: str) -> None:
        self.judgement_box.set_level(level)

    def rationale(self) -> str:
        return self.judgement_box.rationale()

    def raise_to_high(self) -> None:
        """The homicide-pattern prompt's offer: high by judgement; the reason comes next."""
        if self.recorded is not None:
            return
        self.set_judgement("high")
        self.judgement_box.focus_here()

    def _visible_keys(self) -> list[str]:
        return [k for k in self.rows if self._asked(k)]

    def _move(self, key: str, step: int) -> None:
        keys = self._visible_keys()
        index = keys.index(key) + step if key in keys else 0
        if 0 <= index < len(keys):
            self.focus_question(keys[index])
        elif index >= len(keys):
            target = self.next_unanswered()
            if target is None:
                self.judgement_box.focus_here()

    def focus_question(self, key: str) -> None:
        self.rows[key].setFocus(Qt.FocusReason.OtherFocusReason)
        self.questions_area.ensureWidgetVisible(self.rows[key], 0, 40)

    def next_unanswered(self) -> str | None:
        """Move to the first question still to answer; its key, or None when all are."""
        for question in self.instrument.questions:
            if question.key not in self._answers:
                self.focus_question(question.key)
                return question.key
        return None

    # -- the live summary -------------------------------------------------------------

    def problem(self) -> str:
        """What stops saving, in words ("" when nothing does)."""
        unanswered = self.score().unanswered
        if unanswered:
            return self.tr(
                'Answer every question ("not known" is an answer): still to answer %1.'
            ).replace("%1", ", ".join(str(n) for n in unanswered))
        if self.judgement_box.problem():
            return self.judgement_box.problem()
        try:
            check_collar(self.collar_edit.text())
        except BadInput:
            return self.tr("Enter the attending officer's collar number (e.g. PC4521).")
        return ""

    def _update(self) -> None:
        score = self.score()
        self.judgement_box.set_computed(score.level)  # may drop an overtaken judgement
        self.judgement_box.set_prompted(score.prompted)
        chosen = self.judgement()
        if self.recorded is None:
            self.summary.show_score(score, chosen)
        problem = self.problem()
        self.progress.setText(problem or self.tr("Ready to save."))
        set_tone(self.progress, "ink", "muted" if problem else "ok")
        self.progress.setStyleSheet("" if problem else "font-weight:700;")

    # -- saving -----------------------------------------------------------------------

    def save(self) -> None:
        """Save through the worker, or say what is missing and go there."""
        if self._saving or self.recorded is not None:
            return
        problem = self.problem()
        if problem:
            self._show_error(problem)
            if self.score().unanswered:
                self.next_unanswered()
            elif self.judgement_box.problem():
                self.judgement_box.focus_here()
            else:
                self.collar_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.error.setVisible(False)
        self.progress.setText(self.tr("Saving…"))
        self._worker.submit(
            self._desk.record_assessment,
            self.incident_id,
            self.version,
            self.answers(),
            self.judgement() or None,
            self.rationale(),
            officer_collar=self.collar_edit.text(),
            notes=self.notes(),
            instrument=self.instrument,
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, done: Done[RecordedAssessment]) -> None:
        recorded = done.value
        self._saving = False
        self.recorded = recorded
        self.version = recorded.version
        self.summary.show_recorded(recorded.result)
        for row in self.rows.values():
            row.setEnabled(False)
        self.collar_edit.setEnabled(False)
        self.judgement_box.lock()
        self._update()
        self.save_button.setVisible(False)
        self.progress.setVisible(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(recorded)

    def _save_failed(self, failure: Failure) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._update()
        self._show_error(self.tr("Not saved: %1").replace("%1", str(failure)))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        _restyle(self.error)

    # -- window -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.recorded is None and self.next_unanswered() is None:
            self.collar_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Esc or Cancel: answers not yet saved are only thrown away after asking."""
        if self.recorded is None and self._answers:
            if not ask.confirm_discard(self, self.tr("The risk assessment answers are not saved.")):
                return
        super().reject()

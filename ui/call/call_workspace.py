"""What a call handler works in during a call: form, script, recommendation and history."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.policy import Policy, shipped_policy
from callhandler.services import closure, lifecycle, triage
from callhandler.services.calls import IncidentRow
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, PersonQuery
from callhandler.services.triage import StoredDecision
from callhandler.storage.engine import Database
from ui import ask
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.history_panel import HistoryPanel
from ui.call.new_call_form import NewCallForm
from ui.call.override_dialog import OverrideDialog
from ui.call.recommendation_pane import RecommendationPane
from ui.call.script_pane import ScriptPane
from ui.drafts import CallDraft, DraftKeeper, call_payload, restore_conversation
from ui.models.incident_table import local_time
from ui.worker import Failure, Worker

MIN_NAME_CHARS = 3  # a person is looked up once this much of the name is typed


@cache
def default_policy() -> Policy:
    """Loaded once (about 0.1 s of YAML and schema checks); recommend() itself is instant."""
    return shipped_policy()


@dataclass(frozen=True)
class OpenedIncident:
    id: int
    ref: str


def decide_and_reload(
    db: Database,
    actor: Actor,
    incident_id: int,
    recommendation: Recommendation,
    chosen: int,
    rationale: str,
) -> tuple[StoredDecision, int]:
    """Worker job: store the grade decision, then read the incident's new version (the
    decision changes the incident, and the dispatch that follows must name that version)."""
    stored = triage.decide_grade(db, actor, incident_id, recommendation, chosen, rationale)
    return stored, closure.closure_view(db, actor, incident_id).version


class DraftOffer(QFrame):
    """The bar that offers back a call that was not finished (after a crash or power cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.setStyleSheet(
            "QFrame#draftOffer { background:#fef3c7; border-left:6px solid #b45309; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight:700; color:#451a03;")
        self.restore_button = QPushButton(self.tr("&Restore it"))
        self.restore_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("D&iscard it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.setVisible(False)


class CallWorkspace(QWidget):
    """One call from first words to dispatch; everything that touches the database goes
    through the worker, and every change is kept as a draft.

    The form feeds the history panel as it is typed; every answer and every history
    result re-grades at once (``recommend`` is pure); once the incident is opened the
    answers are recorded with it on each change. Ctrl+G decides the grade (opening the
    incident first if need be), then dispatch is offered; Grade 4 resolves without
    deployment. A dispatched, resolved or cleared call discards its draft. On start, an
    unfinished call saved on this workstation is offered back (Alt+R restores, Alt+I
    discards).

    Signals: ``incident_changed`` when an incident was opened or moved on (lists refresh);
    ``draft_saved(key)`` when the draft reached the database; ``drafts_checked`` once the
    start-up look for drafts has answered.
    """

    incident_changed = Signal()
    draft_saved = Signal(str)
    drafts_checked = Signal()

    def __init__(
        self, db: Database, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._worker = worker
        self.policy = default_policy()
        self.incident: OpenedIncident | None = None
        self.version: int | None = None
        self.decided_grade: int | None = None
        self._grade_after_open = False
        self._offers: list[CallDraft] = []
        self._finish_message = ""
        self.override_dialog: OverrideDialog | None = None
        self.dispatch_dialog: DispatchDialog | None = None

        self.form = NewCallForm(db, actor, worker, in_workspace=True)
        self.script = ScriptPane()
        self.recommendation = RecommendationPane()
        self.history = HistoryPanel(db, actor, worker)
        self.drafts = DraftKeeper(db, actor, worker, self._draft_payload, self)
        self.offer = DraftOffer()
        self._build_layout()

        self.form.fields_changed.connect(self._form_changed)
        self.form.incident_opened.connect(self._opened)
        self.form.new_call_requested.connect(self.new_call)
        self.script.conversation_changed.connect(self._answered)
        self.history.result_shown.connect(lambda _result: self.regrade())
        self.recommendation.decide_requested.connect(self.decide)
        self.recommendation.dispatch_requested.connect(self.open_dispatch)
        self.drafts.saved.connect(self.draft_saved)
        self.drafts.failed.connect(self._draft_failed)
        self.offer.restore_button.clicked.connect(self.restore_offered)
        self.offer.discard_button.clicked.connect(self.discard_offered)
        for keys, slot in (
            ("Ctrl+G", self.decide),
            ("Ctrl+D", self.open_dispatch),
            ("F4", self.history.exact_view.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.form)
        self.regrade()
        self.drafts.find(self._drafts_found)

    def _build_layout(self) -> None:
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setWidget(self.form)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setMinimumWidth(300)
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.recommendation)
        right.addWidget(self.history)
        right.setSizes([440, 360])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(form_area)
        self.splitter.addWidget(self.script)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([340, 490, 570])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.offer)
        layout.addWidget(self.splitter, 1)

    # -- the call as it is typed --------------------------------------------------------

    def history_query(self) -> HistoryQuery:
        values = self.form.values()
        people = tuple(
            PersonQuery(values[field].strip(), role=role)
            for field, role in (("victim_name", "victim"), ("suspect_name", "suspect"))
            if len(values[field].strip()) >= MIN_NAME_CHARS
        )
        return HistoryQuery(
            phone=values["phone"],
            address=values["address"],
            postcode=values["postcode"],
            people=people,
        )

    def _form_changed(self) -> None:
        self.history.set_query(self.history_query())
        self.drafts.schedule()

    def current_recommendation(self) -> Recommendation:
        result = self.history.last_result
        return recommend(
            self.script.conversation.facts, result.summary if result else None, self.policy
        )

    def regrade(self) -> None:
        """Recompute the recommendation from the answers and the last history shown."""
        recommendation = self.current_recommendation()
        self.recommendation.show_recommendation(
            recommendation,
            self.history.last_result,
            self.policy.grade(recommendation.grade).target,
        )

    def _answered(self, conversation: Conversation, _what: str) -> None:
        self.regrade()
        self._record_answers()
        self.drafts.save_now()

    def _record_answers(self) -> None:
        if self.incident is None or not self.script.conversation.all_answers:
            return
        self._worker.submit(
            triage.record_answers,
            self._db,
            self._actor,
            self.incident.id,
            self.script.conversation,
            on_error=self._record_failed,
        )

    def _record_failed(self, failure: Failure) -> None:
        self.script.show_problem(
            self.tr(
                "The answers could not be saved with the incident: %1. They are kept in "
                "the draft and saved again with the next answer."
            ).replace("%1", failure.message)
        )

    def _opened(self, row: IncidentRow) -> None:
        self.incident = OpenedIncident(row.id, row.ref)
        self.version = row.version
        self._record_answers()
        self.drafts.save_now()
        self.incident_changed.emit()
        if self._grade_after_open:
            self._grade_after_open = False
            self.decide()
        else:
            self.script.focus_question()

    def has_unsent_text(self) -> bool:
        """Typed or answered but not yet opened as an incident."""
        answered = bool(self.script.conversation.all_answers)
        return self.incident is None and (self.form.has_text() or answered)

    # -- grade and dispatch -------------------------------------------------------------

    def decide(self) -> None:
        """Ctrl+G: the grade decision (the incident is opened first if it is not yet)."""
        if self.override_dialog is not None and self.override_dialog.isVisible():
            return
        if self.incident is None:
            if self.form.submit():
                self._grade_after_open = True
                self.recommendation.show_decision(self.tr("Opening the incident first…"))
            else:
                self.recommendation.show_decision(
                    self.tr(
                        "Open the incident before deciding the grade: the form needs "
                        "the number or the address (see the form)."
                    ),
                    error=True,
                )
            return
        if self.decided_grade is not None:
            self.recommendation.show_decision(
                self.tr("Grade %1 is already decided for %2; dispatch with Ctrl+D.")
                .replace("%1", str(self.decided_grade))
                .replace("%2", self.incident.ref)
            )
            return
        names = {g.grade: g.name for g in self.policy.grades}
        dialog = OverrideDialog(self.current_recommendation(), names, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._grade_chosen)
        self.override_dialog = dialog
        dialog.open()

    def _grade_chosen(self) -> None:
        dialog, incident = self.override_dialog, self.incident
        if dialog is None or incident is None:
            return
        chosen, rationale = dialog.chosen_grade(), dialog.rationale()
        self.recommendation.show_decision(self.tr("Saving the grade…"))
        self._worker.submit(
            decide_and_reload,
            self._db,
            self._actor,
            incident.id,
            dialog.recommendation,
            chosen,
            rationale,
            on_done=self._grade_stored,
            on_error=self._grade_failed,
        )

    def _grade_stored(self, outcome: tuple[StoredDecision, int]) -> None:
        stored, version = outcome
        self.decided_grade = stored.chosen_grade
        self.version = version
        text = (
            self.tr("Graded %1 (%2), recommended %3.")
            .replace("%1", str(stored.chosen_grade))
            .replace("%2", self.policy.grade(stored.chosen_grade).name)
            .replace("%3", str(stored.recommended_grade))
        )
        if stored.overridden:
            text += " " + self.tr("Override recorded with your reason.")
        if stored.below_floor:
            text += " " + self.tr("Below the policy floor: flagged for the inspector.")
        self.recommendation.show_decision(text)
        self.drafts.save_now()
        self.incident_changed.emit()
        if self.policy.grade(stored.chosen_grade).deploy:
            self.recommendation.set_dispatch_available(True)
            self.open_dispatch()
        else:
            self._resolve_without_deployment()

    def _grade_failed(self, failure: Failure) -> None:
        self.recommendation.show_decision(
            self.tr("The grade was not saved: %1").replace("%1", failure.message), error=True
        )

    def open_dispatch(self) -> None:
        """Ctrl+D: send officers at the decided grade."""
        if self.incident is None or self.decided_grade is None:
            return
        if self.dispatch_dialog is not None and self.dispatch_dialog.isVisible():
            return
        officers = self.current_recommendation().officers_recommended or 1
        dialog = DispatchDialog(
            self.incident.ref, grade=self.decided_grade, officers_recommended=officers, parent=self
        )
        dialog.grade_box.setEnabled(False)  # the grade was decided (and justified) just now
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._dispatch_chosen)
        self.dispatch_dialog = dialog
        dialog.open()

    def _dispatch_chosen(self) -> None:
        dialog, incident = self.dispatch_dialog, self.incident
        if dialog is None or incident is None or self.version is None:
            return
        grade, officers = dialog.grade(), dialog.officers()
        self.recommendation.show_decision(self.tr("Dispatching…"))
        self._finish_message = (
            self.tr("%1 dispatched at Grade %2: %3.")
            .replace("%1", incident.ref)
            .replace("%2", str(grade))
            .replace("%3", ", ".join(officers))
        )
        self._worker.submit(
            lifecycle.dispatch,
            self._db,
            self._actor,
            incident.id,
            self.version,
            grade=grade,
            officers=officers,
            on_done=self._finished,
            on_error=self._dispatch_failed,
        )

    def _resolve_without_deployment(self) -> None:
        incident = self.incident
        if incident is None or self.version is None:
            return
        self._finish_message = self.tr(
            "%1 graded 4: resolved without deployment; no officers sent. The closure "
            "checklist is next (My incidents, Ctrl+2)."
        ).replace("%1", incident.ref)
        self._worker.submit(
            lifecycle.resolve_without_deployment,
            self._db,
            self._actor,
            incident.id,
            self.version,
            on_done=self._finished,
            on_error=self._dispatch_failed,
        )

    def _dispatch_failed(self, failure: Failure) -> None:
        self.recommendation.show_decision(
            self.tr("Not dispatched: %1").replace("%1", failure.message), error=True
        )

    def _finished(self, _new_version: int) -> None:
        """Dispatched or resolved: the call is over; its draft goes and the next call starts."""
        self.drafts.finish()
        self.incident_changed.emit()
        self._reset()
        self.form.show_message(self._finish_message + " " + self.tr("Ready for the next call."))

    # -- a new call ---------------------------------------------------------------------

    def new_call(self) -> None:
        """Ctrl+N: the next call. An unopened call is discarded only after asking."""
        if self.has_unsent_text() and not ask.confirm_discard(
            self,
            self.tr(
                "This call has not been opened as an incident: what is typed and answered "
                "will be discarded."
            ),
        ):
            return
        self.drafts.finish()
        self._reset()

    def _reset(self) -> None:
        self.incident = None
        self.version = None
        self.decided_grade = None
        self._grade_after_open = False
        self.form.reset()
        self.script.reset()
        self.history.clear()
        self.recommendation.show_decision("")
        self.recommendation.set_dispatch_available(False)
        self.regrade()

    # -- drafts -------------------------------------------------------------------------

    def _draft_payload(self) -> dict[str, object] | None:
        conversation = self.script.conversation
        if self.incident is None and not self.has_unsent_text():
            return None
        question = self.script.current_question
        incident = (
            (self.incident.id, self.incident.ref, self.version or 0) if self.incident else None
        )
        return call_payload(
            self.form.values(),
            conversation,
            question.id if question else None,
            incident,
            self.decided_grade,
        )

    def _draft_failed(self, message: str) -> None:
        self.script.show_problem(
            self.tr("The call could not be saved as a draft: %1").replace("%1", message)
        )

    def _drafts_found(self, found: list[CallDraft]) -> None:
        self._offers = [d for d in found if d.key != self.drafts.key]
        self._show_offer()
        self.drafts_checked.emit()

    @property
    def offered(self) -> CallDraft | None:
        return self._offers[0] if self._offers else None

    def _show_offer(self, problem: str = "") -> None:
        draft = self.offered
        self.offer.setVisible(draft is not None)
        if draft is None:
            return
        when = local_time(draft.saved_at).strftime("%H:%M on %d %b") if draft.saved_at else "?"
        text = (
            self.tr(
                "A call you were taking was not finished (saved at %1): %2. Restore it "
                "(Alt+R) or discard it (Alt+I)?"
            )
            .replace("%1", when)
            .replace("%2", draft.describe())
        )
        if len(self._offers) > 1:
            text += " " + self.tr("(%1 more after this one)").replace(
                "%1", str(len(self._offers) - 1)
            )
        self.offer.text.setText(f"{text} {problem}".strip())

    def restore_offered(self) -> None:
        """Alt+R: put the offered call back: every field, every answer, the incident."""
        draft = self.offered
        if draft is None:
            return
        if self.has_unsent_text() or self.incident is not None:
            self._show_offer(
                self.tr("Finish or clear the call on screen first (Ctrl+N), then restore.")
            )
            return
        self._offers.pop(0)
        conversation, lost = restore_conversation(draft)
        self.drafts.adopt(draft.key)
        self.form.set_values(dict(draft.form))
        self.script.set_conversation(conversation, draft.current_question)
        if lost:
            self.script.show_problem(
                self.tr("These answers could not be put back (the script has changed): %1").replace(
                    "%1", "; ".join(lost)
                )
            )
        if draft.incident_id is not None:
            self.incident = OpenedIncident(draft.incident_id, draft.incident_ref)
            self.version = draft.incident_version
            self.decided_grade = draft.decided_grade
            self.form.lock(
                draft.incident_ref,
                self.tr("Restored: incident %1 was opened before the interruption.").replace(
                    "%1", draft.incident_ref
                ),
            )
            self._record_answers()
            if self.decided_grade is not None:
                self.recommendation.set_dispatch_available(
                    self.policy.grade(self.decided_grade).deploy
                )
        else:
            self.form.show_message(self.tr("Restored the call saved before the interruption."))
        self.history.look_up_now()
        self.regrade()
        self.drafts.save_now()
        self._show_offer()

    def discard_offered(self) -> None:
        draft = self.offered
        if draft is None:
            return
        self._offers.pop(0)
        self.drafts.discard(draft.key)
        self._show_offer()

    def stop(self) -> None:
        self.drafts.stop()

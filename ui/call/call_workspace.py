"""What a call handler works in during a call: form, script, recommendation and history."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, is_provisional
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.policy import Policy, shipped_policy
from callhandler.services.calls import IncidentRow
from callhandler.services.history import HistoryQuery, PersonQuery
from callhandler.services.people import PersonCandidate
from ui import ask
from ui.call.call_clock import CallClock
from ui.call.details_correction import DetailsCorrection
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.grade_flow import GradeFlow, OpenedIncident
from ui.call.history_panel import HistoryPanel
from ui.call.new_call_form import NewCallForm
from ui.call.override_dialog import OverrideDialog
from ui.call.person_match import PersonMatch, typed_dob
from ui.call.recommendation_pane import RecommendationPane
from ui.call.script_area import ScriptArea
from ui.call.script_pane import ScriptPane
from ui.common.words import local_time
from ui.drafts import CallDraft, DraftKeeper, DraftOffer, call_payload, restore_conversation
from ui.rules_ahead import read_rules_ahead
from ui.worker import Failure, Worker

MIN_NAME_CHARS = 3  # a person is looked up once this much of the name is typed


@cache
def default_policy() -> Policy:
    """Loaded once (about 0.1 s of YAML and schema checks); recommend() itself is instant."""
    return shipped_policy()


class CallWorkspace(QWidget):
    """One call from first words to dispatch; everything that touches the database goes
    through the worker, and every change is kept as a draft.

    The form feeds the history panel as it is typed; every answer and every history
    result re-grades at once (``recommend`` is pure); once the incident is opened the
    answers are recorded with it on each change. Ctrl+G decides the grade (opening the
    incident first if need be), then dispatch is offered; Grade 4 resolves without
    deployment. The victim typed is checked against the people on record
    (ui.call.person_match): a possible match is asked, never linked silently. A
    dispatched, resolved or cleared call discards its draft. On start, an
    unfinished call saved on this workstation is offered back (Alt+R restores, Alt+I
    discards).

    Signals: ``incident_changed`` when an incident was opened or moved on (lists refresh);
    ``draft_saved(key)`` when the draft reached the database; ``drafts_checked`` once the
    start-up look for drafts has answered.
    """

    incident_changed = Signal()
    draft_saved = Signal(str)
    drafts_checked = Signal()

    def __init__(self, desk: Desk, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        # Every action goes through the desk: the one database, or a control-room
        # workstation's cache and outbox (it carries on when the server is unreachable).
        self.desk = desk
        self.policy = default_policy()
        self._grade_after_open = False
        self._offers: list[CallDraft] = []

        self.form = NewCallForm(desk, worker, in_workspace=True)
        self.script = ScriptPane()
        self.recommendation = RecommendationPane()
        self.history = HistoryPanel(desk, worker)
        # Drafts are this workstation's crash recovery: the desk keeps them where it keeps
        # its own data (a workstation's cache, or the one database).
        self.drafts = DraftKeeper(desk, desk.actor, worker, self._draft_payload, self)
        self.offer = DraftOffer()
        # The call timer and the time now (issue 16): the handler's view shows it in the
        # tabs' corner, so the call window is no taller.
        self.clock = CallClock()
        self.grading = GradeFlow(
            desk,
            worker,
            self.policy,
            self.recommendation,
            self.current_recommendation,
            self,
        )
        self.correction = DetailsCorrection(self, worker)
        self.person_match = PersonMatch(self, worker)
        self.form.attach_below(
            "victim_dob",
            self.person_match.bar,
            (self.person_match.bar.yes_button, self.person_match.bar.no_button),
        )
        self._build_layout()

        self.form.fields_changed.connect(self._form_changed)
        self.form.incident_opened.connect(self._opened)
        self.form.new_call_requested.connect(self.new_call)
        self.form.open_failed.connect(self._open_failed)
        self.script.conversation_changed.connect(self._answered)
        self.history.result_shown.connect(lambda _result: self.regrade())
        self.history.result_shown.connect(lambda _result: self.person_match.check())
        self.person_match.linked.connect(self._person_linked)
        self.recommendation.decide_requested.connect(self.decide)
        self.recommendation.dispatch_requested.connect(self.grading.open_dispatch)
        self.grading.decided.connect(self._decided)
        self.grading.recommendation_changed.connect(self.look_up_now)
        self.grading.finished.connect(self._finished)
        self.correction.saved.connect(self._corrected)
        self.drafts.saved.connect(self.draft_saved)
        self.drafts.failed.connect(self._draft_failed)
        self.offer.restore_button.clicked.connect(self.restore_offered)
        self.offer.discard_button.clicked.connect(self.discard_offered)
        for keys, slot in (
            ("Ctrl+G", self.decide),
            ("Ctrl+D", self.grading.open_dispatch),
            ("F4", self.history.exact_view.setFocus),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.form)
        self.regrade()
        self.drafts.find(self._drafts_found)
        # the hand-over script, not read mid-call on the GUI thread: on a thread of its own
        # (at once when the application read it before sign-in), not in the worker's queue
        # ahead of the window's first lists and the returned-incidents check
        read_rules_ahead()

    def _build_layout(self) -> None:
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setWidget(self.form)
        form_area.setAccessibleName(self.tr("New call form"))
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area = form_area
        self._fit_form_width()
        form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(self.recommendation)
        right.addWidget(self.history)
        right.setSizes([440, 560])  # the history banners before the reasons (issue 16)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(form_area)
        self.script_area = ScriptArea(self.script)  # scrolls rather than squeeze the card
        self.script_area.follow_focus(
            self.script.card, self.script.card.editor, self.script.list_view
        )
        self.splitter.addWidget(self.script_area)
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

    def _fit_form_width(self) -> None:
        """As wide as the form needs with its scroll bar showing (a long call, a question
        about a person): the form scrolls down, it is never cut off on the right."""
        self.form.ensurePolished()
        scroll_bar = self.form_area.verticalScrollBar().sizeHint().width()
        needed = self.form.minimumSizeHint().width() + scroll_bar
        self.form_area.setMinimumWidth(max(300, needed))

    def changeEvent(self, event: QEvent) -> None:
        """A larger or smaller text size (View menu): the form's column follows it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if getattr(self, "form_area", None) is not None:  # once the form has its font
                QTimer.singleShot(0, self, self._fit_form_width)  # dropped if self goes

    def history_query(self) -> HistoryQuery:
        values = self.form.values()
        dobs = {
            "victim": self.person_match.victim_dob(),
            "suspect": typed_dob(values["suspect_dob"]),
        }
        people = tuple(
            PersonQuery(values[field].strip(), dobs[role], role=role)
            for field, role in (("victim_name", "victim"), ("suspect_name", "suspect"))
            if len(values[field].strip()) >= MIN_NAME_CHARS
        )
        return HistoryQuery(
            phone=values["phone"],
            address=values["address"],
            postcode=values["postcode"],
            people=people,
        )

    def look_up_now(self) -> None:
        """Look the call up again at once (a person was confirmed: their date of birth counts)."""
        self.history.set_query(self.history_query())
        self.history.look_up_now()

    def _form_changed(self) -> None:
        if self.form.has_text():
            self.clock.start()  # the call began with the first thing typed
        self.person_match.typed()
        self.history.set_query(self.history_query())
        self.drafts.schedule()
        self.script.set_account(self.form.values()["summary"])  # typed once (issue 16)
        self.recommendation.clear_error()  # what it was about has changed
        self.regrade()

    def current_recommendation(self) -> Recommendation:
        result = self.history.last_result
        return recommend(
            self.script.conversation.facts, result.summary if result else None, self.policy
        )

    def regrade(self) -> None:
        """Recompute the recommendation from the answers and the last history shown."""
        if self.incident is None and not self.has_unsent_text():
            self.recommendation.show_no_call()  # no grade before a call exists (issue 16)
            return
        recommendation = self.current_recommendation()
        self.recommendation.show_recommendation(
            recommendation,
            self.history.last_result,
            self.policy.grade(recommendation.grade).target,
        )
        if self.grading.outdated_by(recommendation):
            self.recommendation.show_decision(
                self.tr(
                    "The recommendation is now Grade %1, more urgent than the Grade %2 you "
                    "decided: decide again (Ctrl+G)."
                )
                .replace("%1", str(recommendation.grade))
                .replace("%2", str(self.grading.decided_grade)),
                error=True,
            )

    def _answered(self, conversation: Conversation, _what: str) -> None:
        self.regrade()
        self._record_answers()
        self.drafts.save_now()

    def _record_answers(self) -> None:
        if self.incident is None or not self.script.conversation.all_answers:
            return
        self._worker.submit(
            self.desk.record_answers,
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
        self.history.set_own_incident(row.id)
        self.grading.start(OpenedIncident(row.id, row.ref), row.version)
        self.person_match.incident_opened()
        self._record_answers()
        self.drafts.save_now()
        self.incident_changed.emit()
        if self._grade_after_open:
            self._grade_after_open = False
            self.decide()
        else:
            self.script.focus_question()

    def _corrected(self, _row: IncidentRow) -> None:
        self.drafts.save_now()
        self.incident_changed.emit()

    def _person_linked(self, _person: PersonCandidate) -> None:
        self.drafts.save_now()  # the draft holds the incident's new version
        self.incident_changed.emit()

    def _open_failed(self, _message: str) -> None:
        if self._grade_after_open:
            self._grade_after_open = False
            self.recommendation.show_decision(
                self.tr("The incident was not opened, so no grade yet: see the form."), error=True
            )

    def has_unsent_text(self) -> bool:
        """Typed or answered but not yet opened as an incident."""
        answered = bool(self.script.conversation.all_answers)
        return self.incident is None and (self.form.has_text() or answered)

    # -- grade and dispatch -------------------------------------------------------------

    @property
    def incident(self) -> OpenedIncident | None:
        return self.grading.incident

    @property
    def override_dialog(self) -> OverrideDialog | None:
        return self.grading.override_dialog

    @property
    def dispatch_dialog(self) -> DispatchDialog | None:
        return self.grading.dispatch_dialog

    def decide(self) -> None:
        """Ctrl+G: the grade decision (the incident is opened first if it is not yet)."""
        if self.incident is not None:
            self.grading.decide()
        elif self.form.submit():
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

    def _decided(self) -> None:
        self.drafts.save_now()
        self.incident_changed.emit()

    def _finished(self, message: str) -> None:
        """Dispatched or resolved: the call is over; its draft goes and the next call starts."""
        self.drafts.finish()
        self.incident_changed.emit()
        self._reset()
        self.clock.stop()
        self.form.show_message(message + " " + self.tr("Ready for the next call."))

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
        self.clock.stop()

    def _reset(self) -> None:
        self._grade_after_open = False
        self.grading.reset()
        self.form.reset()
        self.script.reset()
        self.person_match.reset()
        self.history.clear()
        self.regrade()

    # -- drafts -------------------------------------------------------------------------

    def _draft_payload(self) -> dict[str, object] | None:
        conversation = self.script.conversation
        if self.incident is None and not self.has_unsent_text():
            return None
        question = self.script.current_question
        grading = self.grading
        incident = (
            (grading.incident.id, grading.incident.ref, grading.version or 0)
            if grading.incident
            else None
        )
        return call_payload(
            self.form.correction.recorded_values(),  # never a correction not yet saved
            conversation,
            question.id if question else None,
            incident,
            grading.decision,
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
            self.history.set_own_incident(draft.incident_id)
            self.grading.start(
                OpenedIncident(draft.incident_id, draft.incident_ref),
                draft.incident_version,
                (draft.decided_grade, draft.recommended_at_decision)
                if draft.decided_grade is not None and draft.recommended_at_decision is not None
                else None,
            )
            self.form.lock(
                draft.incident_ref,
                self.tr("Restored: incident %1 was opened before the interruption.").replace(
                    "%1", draft.incident_ref
                ),
            )
            self._record_answers()
        else:
            self.form.show_message(self.tr("Restored the call saved before the interruption."))
        self.history.look_up_now()
        self.regrade()
        self.drafts.save_now()
        self._show_offer()
        self.script.focus_question()

    def discard_offered(self) -> None:
        draft = self.offered
        if draft is None:
            return
        self._offers.pop(0)
        self.drafts.discard(draft.key)
        self._show_offer()

    def stop(self) -> None:
        self.drafts.stop()

    # -- a control-room workstation -------------------------------------------------------

    def check_provisional(self) -> None:
        """After a sync: if this call's incident was opened offline and has now reached the
        server, show its real reference (on the worker: the workstation is not thread-safe)."""
        incident = self.incident
        if incident is None or not is_provisional(incident.ref):
            return
        self._worker.submit(
            self.desk.server_incident,
            incident.id,
            on_done=lambda found: self._reached_server(incident.ref, found),
        )

    def _reached_server(self, provisional: str, found: tuple[int, str] | None) -> None:
        if found is None or self.grading.reached_server(provisional, found[1]) is None:
            return
        self.form.reached_server(provisional, found[1])
        self.drafts.save_now()
        self.incident_changed.emit()

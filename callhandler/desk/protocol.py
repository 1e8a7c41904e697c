"""The one way from a screen into the core: every action a screen takes, as one protocol.

A widget receives a ``Desk`` and the window's worker, never a ``Database``; it submits a
desk method to the worker (``worker.submit(desk.dispatch, ...)``) and refreshes from what
comes back: a write returns ``Done(value, changes)`` (callhandler.desk.changes), a read
its value. Every method runs on the worker thread (a workstation's cache and outbox are
not thread-safe).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from callhandler.desk.changes import Done
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation
from callhandler.domain.oversight import OversightSettings
from callhandler.domain.policy import Policy
from callhandler.domain.risk import Instrument
from callhandler.progress import Progress
from callhandler.services.attendance import IncidentAttendance
from callhandler.services.briefing import Briefing
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.markers import MarkerRow
from callhandler.services.oversight import DrillRow
from callhandler.services.people import PersonCandidate
from callhandler.services.policy_impact import Impact
from callhandler.services.qa import ReviewForm, SampledCall, SampleResult
from callhandler.services.qa_compliance import Compliance, HandlerReview
from callhandler.services.returned import ReturnedIncident
from callhandler.services.risk import RecordedAssessment
from callhandler.services.signoff import QueueRow, ReturnNote, Review
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.services.trigger_events import TriggerEventView
from callhandler.services.trigger_subjects import TriggerSubjects
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.workstation import WorkstationState

CHARTS = ("da_calls_per_week", "grade_mix", "sign_off_turnaround", "attendance_vs_target")


class Desk(Protocol):
    """Every action a screen takes, for the signed-in ``actor``."""

    @property
    def actor(self) -> Actor: ...

    def describe(self) -> str:
        """Where the work goes, for the status bar (never the password)."""
        ...

    # -- taking a call --------------------------------------------------------------------

    def open_call(self, call: NewCall) -> Done[IncidentRow]: ...

    def record_answers(
        self, incident_id: int, conversation: Conversation
    ) -> Done[RecordedAnswers]: ...

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> Done[StoredDecision]:
        """The core recomputes the recommendation from the stored facts and history and
        refuses (BadInput) a decision made against one it would not make."""
        ...

    def update_details(
        self, incident_id: int, expected_version: int, call: NewCall
    ) -> Done[IncidentRow]: ...

    def previous_calls(
        self, query: HistoryQuery, *, exclude_incident_id: int | None = None
    ) -> HistoryResult: ...

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]: ...

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> Done[int]: ...

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        """The server's id and ref of an incident on screen; None while one opened
        offline has not reached it (on one database: None, nothing to map)."""
        ...

    # -- the incident's steps (the call workspace and My incidents) -----------------------

    def dispatch(
        self, incident_id: int, expected_version: int, *, grade: int, officers: Sequence[str]
    ) -> Done[int]: ...

    def resolve_without_deployment(self, incident_id: int, expected_version: int) -> Done[int]: ...

    def record_attendance(
        self,
        incident_id: int,
        expected_version: int,
        *,
        officer: str,
        at: dt.datetime | None = None,
    ) -> Done[int]:
        """``at``: when the officer arrived, if not now (told after the fact)."""
        ...

    def start_closure(self, incident_id: int, expected_version: int) -> Done[int]: ...

    def submit_for_sign_off(
        self, incident_id: int, expected_version: int, *, reason: str = ""
    ) -> Done[int]: ...

    # -- lists ----------------------------------------------------------------------------

    def shift_incidents(self, *, hours: int = 12) -> list[IncidentRow]: ...

    def control_room_incidents(self, *, hours: int = 12) -> list[IncidentRow]: ...

    def change_marker(self) -> int | str:
        """Changes when anything a list shows may have changed (the lists poll it)."""
        ...

    # -- closure --------------------------------------------------------------------------

    def closure_view(self, incident_id: int) -> ClosureView: ...

    def answer_item(
        self,
        incident_id: int,
        expected_version: int,
        *,
        item_id: str,
        value: Any,
        officer_collar: str,
    ) -> Done[ClosureView]: ...

    def set_narrative(
        self, incident_id: int, expected_version: int, *, section: str, text: str
    ) -> Done[ClosureView]: ...

    # -- sign-off and notes ---------------------------------------------------------------

    def review(self, incident_id: int) -> Review: ...

    def latest_return(self, incident_id: int) -> ReturnNote | None: ...

    def returned_to_me(self) -> tuple[ReturnedIncident, ...]:
        """The actor's incidents an inspector returned and they have not resubmitted,
        with the latest reason (announced at sign-in and in the status bar)."""
        ...

    def sign_off_queue(self) -> list[QueueRow]: ...

    def return_to_handler(
        self, incident_id: int, expected_version: int, *, reason: str, password: str
    ) -> Done[int]: ...

    def finalise(self, incident_id: int, expected_version: int, *, password: str) -> Done[int]: ...

    def add_note(self, incident_id: int, text: str) -> Done[None]: ...

    # -- people and markers ---------------------------------------------------------------

    def markers_for_incident(self, incident_id: int) -> tuple[MarkerRow, ...]: ...

    def expire_marker(self, marker_id: int, reason: str) -> Done[MarkerRow]: ...

    # -- risk and briefing ----------------------------------------------------------------

    def record_assessment(
        self,
        incident_id: int,
        expected_version: int,
        answers: Mapping[Any, object],
        judgement_level: str | None = None,
        rationale: str = "",
        *,
        officer_collar: str,
        notes: Mapping[Any, str] | None = None,
        instrument: Instrument | None = None,
    ) -> Done[RecordedAssessment]:
        """``instrument``: the one the answers were given on (None: the shipped DASH)."""
        ...

    def build_briefing(self, incident_id: int) -> Briefing: ...

    # -- attendance -----------------------------------------------------------------------

    def overdue_incidents(self, *, now: dt.datetime | None = None) -> list[IncidentAttendance]:
        """``now``: the time the attendance clocks are read at (None: now)."""
        ...

    def record_inspector_decision(
        self,
        incident_id: int,
        expected_version: int,
        decision_text: str,
        *,
        now: dt.datetime | None = None,
    ) -> Done[IncidentAttendance]: ...

    def regrade(
        self, incident_id: int, expected_version: int, grade: int, reason: str
    ) -> Done[IncidentAttendance]: ...

    # -- trigger events -------------------------------------------------------------------

    def trigger_subjects(self, incident_id: int) -> TriggerSubjects: ...

    def record_trigger_event(
        self,
        *,
        kind: str,
        due_on: dt.date | str,
        incident_id: int | None = None,
        person_id: int | None = None,
        note: str = "",
    ) -> Done[TriggerEventView]: ...

    def close_trigger_event(
        self, event_id: int, *, outcome: str, rationale: str
    ) -> Done[TriggerEventView]: ...

    # -- oversight reads ------------------------------------------------------------------

    def oversight_report(
        self, name: str, *, now: dt.datetime, settings: OversightSettings
    ) -> Sequence[Any]: ...

    def drill_down(
        self, name: str, row: Any, *, now: dt.datetime, settings: OversightSettings
    ) -> list[DrillRow]: ...

    def chart(self, name: str, *, weeks: int, now: dt.datetime) -> Sequence[Any]:
        """One of ``CHARTS``' weekly series."""
        ...

    def policy_impact(
        self,
        current: Policy,
        new: Policy,
        *,
        days: int,
        now: dt.datetime,
        progress: Progress | None = None,
    ) -> Impact: ...

    # -- quality assurance of live calls (issue 17) --------------------------------------

    def qa_sample(self, *, week: dt.date) -> tuple[SampledCall, ...]:
        """The kept sample of ``week`` (empty when not drawn); inspectors and admins."""
        ...

    def draw_qa_sample(
        self, *, week: dt.date, per_handler: int, seed: int | None = None
    ) -> Done[SampleResult]:
        """Draw and keep ``week``'s sample (once per week: a second draw is refused)."""
        ...

    def qa_review_form(self, sampled_call_id: int) -> ReviewForm:
        """The checklist with suggestions read from the call's record; refused
        (PermissionDenied) for the inspector who took the call."""
        ...

    def save_qa_review(
        self, sampled_call_id: int, scores: Mapping[str, tuple[str, str]]
    ) -> Done[int]: ...

    def qa_compliance(self, *, handler: str | None, weeks: int) -> Compliance: ...

    def qa_handlers(self) -> tuple[str, ...]:
        """The handlers with a sampled call (a handler: only themselves)."""
        ...

    def qa_reviews(self, handler: str | None = None) -> tuple[HandlerReview, ...]:
        """Reviews with the reviewer's notes, newest first (a handler: only their own)."""
        ...

    # -- drafts (this workstation's crash recovery: kept where it keeps its own data) -----

    def save_draft(self, key: str, payload: dict[str, Any]) -> Done[None]: ...

    def discard_draft(self, key: str) -> Done[None]: ...

    def drafts_for(self) -> list[DraftRow]: ...

    # -- the lock screen ------------------------------------------------------------------

    def authenticate(self, username: str, password: str, *, failure_delay_s: float) -> Actor:
        """Someone signing in at the lock screen (on the database that signs people in)."""
        ...

    # -- a workstation's outbox (on one database: nothing is ever queued) -----------------

    def sync_state(self) -> WorkstationState | None: ...

    def sync_now(self, *, force: bool = False) -> WorkstationState | None: ...

    def retry_refused(self, seq: int) -> WorkstationState | None: ...

    def discard_refused(self, seq: int, reason: str) -> WorkstationState | None: ...

    def outbox(self) -> list[OutboxEntry]:
        """What this workstation still has to send or the server refused, oldest first
        (on one database: nothing)."""
        ...

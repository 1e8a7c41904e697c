"""The desk on one database (the embedded SQLite file, or an inspector on the server):
each action is the service of the same name, on that database, for the signed-in actor.

Every action goes through one of three doors, which the workstation desk
(callhandler.desk.workstation) overrides to decide what may be queued offline:
``_server`` (a read or write on the database that holds the record), ``_incident`` (an
action on one incident, by its id) and ``_local`` (this workstation's own data: drafts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from callhandler.desk.changes import Done, What, changed
from callhandler.desk.protocol import CHARTS
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation
from callhandler.domain.oversight import OversightSettings
from callhandler.domain.policy import Policy
from callhandler.domain.risk import Instrument
from callhandler.errors import BadInput
from callhandler.progress import Progress
from callhandler.services import (
    accounts,
    attendance,
    briefing,
    calls,
    changes,
    closure,
    drafts,
    history,
    lifecycle,
    markers,
    oversight,
    oversight_charts,
    people,
    policy_impact,
    qa,
    qa_compliance,
    risk,
    signoff,
    triage,
    trigger_events,
    trigger_subjects,
)
from callhandler.services.attendance import IncidentAttendance
from callhandler.services.briefing import Briefing
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.services.grade_check import checked_recommendation
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.markers import MarkerRow
from callhandler.services.oversight import DrillRow
from callhandler.services.people import PersonCandidate
from callhandler.services.policy_impact import Impact
from callhandler.services.qa import ReviewForm, SampledCall, SampleResult
from callhandler.services.qa_compliance import Compliance, HandlerReview
from callhandler.services.risk import RecordedAssessment
from callhandler.services.signoff import QueueRow, ReturnNote, Review
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.services.trigger_events import TriggerEventView
from callhandler.services.trigger_subjects import TriggerSubjects
from callhandler.storage.engine import Database
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.workstation import WorkstationState

T = TypeVar("T")
STEP: tuple[What, ...] = ("incident", "shift", "queue", "attendance")


class DatabaseDesk:
    """Every action on ``db`` for ``actor`` (see callhandler.desk.protocol.Desk)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @property
    def db(self) -> Database:
        """The database that holds the records (on a workstation: the shared server)."""
        return self._db

    @property
    def actor(self) -> Actor:
        return self._actor

    def describe(self) -> str:
        return self.db.describe()

    # -- the doors ------------------------------------------------------------------------

    def _server(self, what: str, action: Callable[[Database], T]) -> T:
        """``what`` ("Dispatching officers") names the action in a message."""
        return action(self.db)

    def _incident(self, incident_id: int, what: str, action: Callable[[Database, int], T]) -> T:
        return action(self.db, incident_id)

    def _local(self) -> Database:
        return self.db

    def _step(
        self, incident_id: int, what: str, action: Callable[[Database, int], int]
    ) -> Done[int]:
        version = self._incident(incident_id, what, action)
        return changed(version, *STEP, incident_id=incident_id, version=version)

    # -- taking a call --------------------------------------------------------------------

    def open_call(self, call: NewCall) -> Done[IncidentRow]:
        row = self._server(
            "Opening the incident", lambda db: calls.open_incident(db, self.actor, call)
        )
        return changed(row, "incident", "shift", incident_id=row.id, version=row.version)

    def record_answers(self, incident_id: int, conversation: Conversation) -> Done[RecordedAnswers]:
        done = self._incident(
            incident_id,
            "Recording the answers",
            lambda db, iid: triage.record_answers(db, self.actor, iid, conversation),
        )
        return changed(done, "incident", incident_id=incident_id)

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> Done[StoredDecision]:
        stored = self._incident(
            incident_id,
            "Recording the grade",
            lambda db, iid: triage.decide_grade(
                db,
                self.actor,
                iid,
                checked_recommendation(db, self.actor, iid, recommendation),
                chosen,
                rationale,
                expected_version=expected_version,
            ),
        )
        return changed(stored, *STEP, incident_id=incident_id, version=stored.version)

    def update_details(
        self, incident_id: int, expected_version: int, call: NewCall
    ) -> Done[IncidentRow]:
        row = self._incident(
            incident_id,
            "Correcting the details",
            lambda db, iid: calls.update_call_details(db, self.actor, iid, expected_version, call),
        )
        return changed(
            row, "incident", "shift", "history", incident_id=incident_id, version=row.version
        )

    def previous_calls(
        self, query: HistoryQuery, *, exclude_incident_id: int | None = None
    ) -> HistoryResult:
        return self._server(
            "Looking up previous calls",
            lambda db: history.find_previous_calls(
                db, self.actor, query, exclude_incident_id=exclude_incident_id
            ),
        )

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]:
        return self._server(
            "Looking up people",
            lambda db: people.possible_people(
                db, self.actor, name, dob, exclude_incident=exclude_incident
            ),
        )

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> Done[int]:
        version = self._incident(
            incident_id,
            "Linking the person",
            lambda db, iid: people.link_person(
                db, self.actor, iid, expected_version, role=role, person_id=person_id
            ),
        )
        return changed(version, "incident", "history", incident_id=incident_id, version=version)

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        return None  # every incident is on the one database already: nothing to map

    # -- the incident's steps -------------------------------------------------------------

    def dispatch(
        self, incident_id: int, expected_version: int, *, grade: int, officers: Sequence[str]
    ) -> Done[int]:
        return self._step(
            incident_id,
            "Dispatching officers",
            lambda db, iid: lifecycle.dispatch(
                db, self.actor, iid, expected_version, grade=grade, officers=officers
            ),
        )

    def resolve_without_deployment(self, incident_id: int, expected_version: int) -> Done[int]:
        return self._step(
            incident_id,
            "Resolving without deployment",
            lambda db, iid: lifecycle.resolve_without_deployment(
                db, self.actor, iid, expected_version
            ),
        )

    def record_attendance(
        self,
        incident_id: int,
        expected_version: int,
        *,
        officer: str,
        at: dt.datetime | None = None,
    ) -> Done[int]:
        return self._step(
            incident_id,
            "Recording the attendance",
            lambda db, iid: lifecycle.record_attendance(
                db, self.actor, iid, expected_version, officer=officer, at=at
            ),
        )

    def start_closure(self, incident_id: int, expected_version: int) -> Done[int]:
        return self._step(
            incident_id,
            "Starting the closure",
            lambda db, iid: lifecycle.start_closure(db, self.actor, iid, expected_version),
        )

    def submit_for_sign_off(
        self, incident_id: int, expected_version: int, *, reason: str = ""
    ) -> Done[int]:
        return self._step(
            incident_id,
            "Submitting for sign-off",
            lambda db, iid: lifecycle.submit_for_sign_off(
                db, self.actor, iid, expected_version, reason=reason
            ),
        )

    # -- lists ----------------------------------------------------------------------------

    def shift_incidents(self, *, hours: int = 12) -> list[IncidentRow]:
        return self._server(
            "Listing your incidents", lambda db: calls.shift_incidents(db, self.actor, hours=hours)
        )

    def control_room_incidents(self, *, hours: int = 12) -> list[IncidentRow]:
        return self._server(
            "Listing the control room's incidents",
            lambda db: calls.control_room_incidents(db, self.actor, hours=hours),
        )

    def change_marker(self) -> int | str:
        return self._server("Checking for changes", changes.change_marker)

    # -- closure --------------------------------------------------------------------------

    def closure_view(self, incident_id: int) -> ClosureView:
        return self._incident(
            incident_id,
            "Opening the closure",
            lambda db, iid: closure.closure_view(db, self.actor, iid),
        )

    def answer_item(
        self,
        incident_id: int,
        expected_version: int,
        *,
        item_id: str,
        value: Any,
        officer_collar: str,
    ) -> Done[ClosureView]:
        view = self._incident(
            incident_id,
            "Saving the closure",
            lambda db, iid: closure.answer_item(
                db,
                self.actor,
                iid,
                expected_version,
                item_id=item_id,
                value=value,
                officer_collar=officer_collar,
            ),
        )
        return changed(view, "incident", "closure", incident_id=incident_id, version=view.version)

    def set_narrative(
        self, incident_id: int, expected_version: int, *, section: str, text: str
    ) -> Done[ClosureView]:
        view = self._incident(
            incident_id,
            "Saving the closure",
            lambda db, iid: closure.set_narrative(
                db, self.actor, iid, expected_version, section=section, text=text
            ),
        )
        return changed(view, "incident", "closure", incident_id=incident_id, version=view.version)

    # -- sign-off and notes ---------------------------------------------------------------

    def review(self, incident_id: int) -> Review:
        return self._incident(
            incident_id, "Opening the review", lambda db, iid: signoff.review(db, self.actor, iid)
        )

    def latest_return(self, incident_id: int) -> ReturnNote | None:
        return self._incident(
            incident_id,
            "Reading the return note",
            lambda db, iid: signoff.latest_return(db, self.actor, iid),
        )

    def sign_off_queue(self) -> list[QueueRow]:
        return self._server(
            "Listing the sign-off queue", lambda db: signoff.sign_off_queue(db, self.actor)
        )

    def return_to_handler(
        self, incident_id: int, expected_version: int, *, reason: str, password: str
    ) -> Done[int]:
        return self._step(
            incident_id,
            "Returning to the handler",
            lambda db, iid: signoff.return_to_handler(
                db, self.actor, iid, expected_version, reason=reason, password=password
            ),
        )

    def finalise(self, incident_id: int, expected_version: int, *, password: str) -> Done[int]:
        return self._step(
            incident_id,
            "Signing off",
            lambda db, iid: signoff.finalise(
                db, self.actor, iid, expected_version, password=password
            ),
        )

    def add_note(self, incident_id: int, text: str) -> Done[None]:
        self._incident(
            incident_id,
            "Adding the note",
            lambda db, iid: signoff.add_note(db, self.actor, iid, text),
        )
        return changed(None, "incident", "queue", incident_id=incident_id)

    # -- people and markers ---------------------------------------------------------------

    def markers_for_incident(self, incident_id: int) -> tuple[MarkerRow, ...]:
        return self._incident(
            incident_id,
            "Reading the markers",
            lambda db, iid: markers.markers_for_incident(db, self.actor, iid),
        )

    def expire_marker(self, marker_id: int, reason: str) -> Done[MarkerRow]:
        row = self._server(
            "Expiring the marker",
            lambda db: markers.expire_marker(db, self.actor, marker_id, reason),
        )
        return changed(row, "markers", "history")

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
        recorded = self._incident(
            incident_id,
            "Recording the risk assessment",
            lambda db, iid: risk.record_assessment(
                db,
                self.actor,
                iid,
                expected_version,
                answers,
                judgement_level,
                rationale,
                officer_collar=officer_collar,
                notes=notes,
                instrument=instrument,
            ),
        )
        return changed(
            recorded,
            "incident",
            "risk",
            "markers",
            incident_id=incident_id,
            version=recorded.version,
        )

    def build_briefing(self, incident_id: int) -> Briefing:
        return self._incident(
            incident_id,
            "Preparing the briefing",
            lambda db, iid: briefing.build_briefing(db, self.actor, iid),
        )

    # -- attendance -----------------------------------------------------------------------

    def overdue_incidents(self, *, now: dt.datetime | None = None) -> list[IncidentAttendance]:
        return self._server(
            "Checking attendance", lambda db: attendance.overdue_incidents(db, self.actor, now)
        )

    def record_inspector_decision(
        self,
        incident_id: int,
        expected_version: int,
        decision_text: str,
        *,
        now: dt.datetime | None = None,
    ) -> Done[IncidentAttendance]:
        row = self._incident(
            incident_id,
            "Recording the decision",
            lambda db, iid: attendance.record_inspector_decision(
                db, self.actor, iid, expected_version, decision_text, now=now
            ),
        )
        return changed(row, *STEP, incident_id=incident_id, version=row.version)

    def regrade(
        self, incident_id: int, expected_version: int, grade: int, reason: str
    ) -> Done[IncidentAttendance]:
        row = self._incident(
            incident_id,
            "Regrading",
            lambda db, iid: attendance.regrade(
                db, self.actor, iid, expected_version, grade, reason
            ),
        )
        return changed(row, *STEP, incident_id=incident_id, version=row.version)

    # -- trigger events -------------------------------------------------------------------

    def trigger_subjects(self, incident_id: int) -> TriggerSubjects:
        return self._incident(
            incident_id,
            "Reading the incident's people",
            lambda db, iid: trigger_subjects.trigger_subjects(db, self.actor, iid),
        )

    def record_trigger_event(
        self,
        *,
        kind: str,
        due_on: dt.date | str,
        incident_id: int | None = None,
        person_id: int | None = None,
        note: str = "",
    ) -> Done[TriggerEventView]:
        view = self._server(
            "Recording the trigger event",
            lambda db: trigger_events.record_trigger_event(
                db,
                self.actor,
                kind=kind,
                due_on=due_on,
                incident_id=incident_id,
                person_id=person_id,
                note=note,
            ),
        )
        return changed(view, "triggers", incident_id=incident_id)

    def close_trigger_event(
        self, event_id: int, *, outcome: str, rationale: str
    ) -> Done[TriggerEventView]:
        view = self._server(
            "Closing the trigger event",
            lambda db: trigger_events.close_trigger_event(
                db, self.actor, event_id, outcome=outcome, rationale=rationale
            ),
        )
        return changed(view, "triggers")

    # -- oversight reads ------------------------------------------------------------------

    def oversight_report(
        self, name: str, *, now: dt.datetime, settings: OversightSettings
    ) -> Sequence[Any]:
        report = oversight.report(name)
        return self._server(
            "Listing " + report.title.lower(),
            lambda db: report.function(db, self.actor, now=now, settings=settings),
        )

    def drill_down(
        self, name: str, row: Any, *, now: dt.datetime, settings: OversightSettings
    ) -> list[DrillRow]:
        return self._server(
            "Drilling down",
            lambda db: oversight.drill_down(db, self.actor, name, row, now=now, settings=settings),
        )

    def chart(self, name: str, *, weeks: int, now: dt.datetime) -> Sequence[Any]:
        if name not in CHARTS:
            raise BadInput(f"There is no chart {name!r}: choose one of {', '.join(CHARTS)}.")
        series: Callable[..., Sequence[Any]] = getattr(oversight_charts, name)
        return self._server(
            "Drawing the charts", lambda db: series(db, self.actor, weeks=weeks, now=now)
        )

    def policy_impact(
        self,
        current: Policy,
        new: Policy,
        *,
        days: int,
        now: dt.datetime,
        progress: Progress | None = None,
    ) -> Impact:
        return self._server(
            "Replaying the calls through the policy",
            lambda db: policy_impact.policy_impact(
                db, self.actor, current, new, days=days, now=now, progress=progress
            ),
        )

    # -- quality assurance of live calls (issue 17): on the server, never queued ---------

    def qa_sample(self, *, week: dt.date) -> tuple[SampledCall, ...]:
        return self._server(
            "Reading the QA sample", lambda db: qa.sampled_calls(db, self.actor, week=week)
        )

    def draw_qa_sample(
        self, *, week: dt.date, per_handler: int, seed: int | None = None
    ) -> Done[SampleResult]:
        result = self._server(
            "Drawing the QA sample",
            lambda db: qa.draw_weekly_sample(
                db, self.actor, week=week, per_handler=per_handler, seed=seed
            ),
        )
        return changed(result, "qa")

    def qa_review_form(self, sampled_call_id: int) -> ReviewForm:
        return self._server(
            "Opening the QA review", lambda db: qa.review_form(db, self.actor, sampled_call_id)
        )

    def save_qa_review(
        self, sampled_call_id: int, scores: Mapping[str, tuple[str, str]]
    ) -> Done[int]:
        review_id = self._server(
            "Saving the QA review",
            lambda db: qa.save_review(db, self.actor, sampled_call_id, scores),
        )
        return changed(review_id, "qa")

    def qa_compliance(self, *, handler: str | None, weeks: int) -> Compliance:
        return self._server(
            "Reading QA compliance",
            lambda db: qa_compliance.compliance(db, self.actor, handler=handler, weeks=weeks),
        )

    def qa_handlers(self) -> tuple[str, ...]:
        return self._server(
            "Listing sampled handlers", lambda db: qa_compliance.handlers_sampled(db, self.actor)
        )

    def qa_reviews(self, handler: str | None = None) -> tuple[HandlerReview, ...]:
        return self._server(
            "Reading QA reviews",
            lambda db: qa_compliance.reviews_of(db, self.actor, handler),
        )

    # -- drafts ---------------------------------------------------------------------------

    def save_draft(self, key: str, payload: dict[str, Any]) -> Done[None]:
        drafts.save_draft(self._local(), self.actor, key, payload)
        return changed(None, "drafts")

    def discard_draft(self, key: str) -> Done[None]:
        drafts.discard_draft(self._local(), self.actor, key)
        return changed(None, "drafts")

    def drafts_for(self) -> list[DraftRow]:
        return drafts.drafts_for(self._local(), self.actor)

    # -- the lock screen ------------------------------------------------------------------

    def authenticate(self, username: str, password: str, *, failure_delay_s: float) -> Actor:
        return self._server(
            "Signing in",
            lambda db: accounts.authenticate(
                db, username, password, self.actor.workstation, failure_delay_s=failure_delay_s
            ),
        )

    # -- a workstation's outbox: nothing is ever queued on one database -------------------

    def sync_state(self) -> WorkstationState | None:
        return None

    def sync_now(self, *, force: bool = False) -> WorkstationState | None:
        return None

    def retry_refused(self, seq: int) -> WorkstationState | None:
        return None

    def discard_refused(self, seq: int, reason: str) -> WorkstationState | None:
        return None

    def outbox(self) -> list[OutboxEntry]:
        return []

"""The desk's review-side actions: sign-off and notes, markers, risk and briefing,
attendance, trigger events, oversight reads and quality assurance (callhandler.desk.protocol).
Each goes through a door of ``Doors``: on a workstation they need the server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from callhandler.desk.changes import Done, changed
from callhandler.desk.doors import STEP, Doors
from callhandler.desk.protocol import CHARTS
from callhandler.domain.oversight import OversightSettings
from callhandler.domain.policy import Policy
from callhandler.domain.risk import Instrument
from callhandler.errors import BadInput
from callhandler.progress import Progress
from callhandler.services import (
    attendance,
    briefing,
    markers,
    oversight,
    oversight_charts,
    policy_impact,
    qa,
    qa_compliance,
    returned,
    risk,
    signoff,
    trigger_events,
    trigger_subjects,
)
from callhandler.services.attendance import IncidentAttendance
from callhandler.services.briefing import Briefing
from callhandler.services.markers import MarkerRow
from callhandler.services.oversight import DrillRow
from callhandler.services.policy_impact import Impact
from callhandler.services.qa import ReviewForm, SampledCall, SampleResult
from callhandler.services.qa_compliance import Compliance, HandlerReview
from callhandler.services.returned import ReturnedIncident
from callhandler.services.risk import RecordedAssessment
from callhandler.services.signoff import QueueRow, ReturnNote, Review
from callhandler.services.trigger_events import TriggerEventView
from callhandler.services.trigger_subjects import TriggerSubjects


class ReviewActions(Doors):
    """Every review-side action, for ``DatabaseDesk`` (and so ``WorkstationDesk``)."""

    # -- sign-off and notes ---------------------------------------------------------------

    def review(self, incident_id: int) -> Review:
        return self._incident(
            incident_id, "Opening the review", lambda db, iid: signoff.review(db, self.actor, iid)
        )

    def returned_to_me(self) -> tuple[ReturnedIncident, ...]:
        return self._server(
            "Checking for incidents returned to you",
            lambda db: returned.returned_to_me(db, self.actor),
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

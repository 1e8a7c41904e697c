"""The desk on one database (the embedded SQLite file, or an inspector on the server):
each action is the service of the same name, on that database, for the signed-in actor.

Every action goes through one of three doors, which the workstation desk
(callhandler.desk.workstation) overrides to decide what may be queued offline:
``_server`` (a read or write on the database that holds the record), ``_incident`` (an
action on one incident, by its id) and ``_local`` (this workstation's own data: drafts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from callhandler.desk.changes import Done, changed
from callhandler.desk.doors import STEP
from callhandler.desk.review import ReviewActions
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation
from callhandler.services import (
    accounts,
    calls,
    changes,
    closure,
    drafts,
    history,
    lifecycle,
    people,
    triage,
)
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.people import PersonCandidate
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.workstation import WorkstationState


class DatabaseDesk(ReviewActions):
    """Every action on ``db`` for ``actor`` (see callhandler.desk.protocol.Desk); the
    review-side ones in callhandler.desk.review, the doors in callhandler.desk.doors."""

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
                recommendation,  # checked there against the core's own (grade_check)
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

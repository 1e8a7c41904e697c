"""The desk on a control-room workstation: the call through the encrypted cache and its
outbox (callhandler.sync.workstation), everything else on the shared server.

This is the ONE place that decides, per action, whether it may be done offline:

- Queued when the server cannot be reached (and done on the cache at once): opening the
  call, recording the answers, deciding the grade, correcting the details, linking a
  person; look-ups of previous calls and people read the cache (their audit is queued).
  Drafts are kept in the cache.
- Needs the server (said plainly when it cannot be reached): everything else, among it
  quality assurance (the weekly sample, reviews, compliance: inherited, on the server, as
  a review of a call must read the server's record of it). An action on
  one incident (dispatch, resolving, attendance, closure, sign-off, risk, notes...) also
  waits for the server's copy: while the incident was opened offline and has not reached
  the server, or anything of it is still waiting in the outbox, it is refused with one
  message saying to wait until nothing is waiting. So a step taken from any screen (the
  call workspace or My incidents) never reaches the server before what came before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from callhandler import messages
from callhandler.desk.changes import Done, changed
from callhandler.desk.database import DatabaseDesk
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation
from callhandler.errors import CallHandlerError, DatabaseError
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.people import PersonCandidate
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.storage.engine import Database
from callhandler.sync import replay
from callhandler.sync.gateway import retry_conflict
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.workstation import Workstation, WorkstationState

T = TypeVar("T")

NEEDS_SERVER = messages.NEEDS_SERVER  # {what} needs the server…
NOT_YET_SENT = messages.NOT_YET_SENT  # {what}: incident {ref} has work kept…


class WorkstationDesk(DatabaseDesk):
    """A handler's desk: ``workstation.server`` for what needs the server, the workstation's
    cache and outbox for what may be queued (see the module's docstring)."""

    def __init__(self, workstation: Workstation) -> None:
        super().__init__(workstation.server, workstation.actor)
        self.workstation = workstation

    @property
    def db(self) -> Database:
        return self.workstation.server

    # -- the doors ------------------------------------------------------------------------

    def _server(self, what: str, action: Callable[[Database], T]) -> T:
        if not self.workstation.online:
            raise DatabaseError(NEEDS_SERVER(what=what))
        try:
            return action(self.db)
        except CallHandlerError as exc:
            if replay.is_unreachable(exc):
                raise DatabaseError(NEEDS_SERVER(what=what)) from exc
            raise

    def _incident(self, incident_id: int, what: str, action: Callable[[Database, int], T]) -> T:
        server_id = self.on_server(incident_id, what)
        return self._server(what, lambda db: action(db, server_id))

    def _local(self) -> Database:
        return self.workstation.cache

    def on_server(self, incident_id: int, what: str) -> int:
        """The server's id of the incident, once the server has all of it; refused
        (DatabaseError, one message) while anything of it is still waiting here."""
        ws = self.workstation
        if not ws.online:
            raise DatabaseError(NEEDS_SERVER(what=what))
        # An id above zero is the server's own; one below is mapped once it has arrived.
        found = (incident_id, f"#{incident_id}") if incident_id > 0 else None
        if found is None:
            found = ws.server_incident(incident_id)
        waiting = any(
            e.local_id == incident_id or (found is not None and e.incident_id == found[0])
            for e in ws.queued()
        )
        if found is None or waiting:
            ref = found[1] if found else _provisional_ref(ws, incident_id)
            raise DatabaseError(NOT_YET_SENT(what=what, ref=ref))
        return found[0]

    # -- what may be queued: through the workstation's cache and outbox ------------------

    def open_call(self, call: NewCall) -> Done[IncidentRow]:
        row = self.workstation.open_call(call)
        return changed(
            row,
            "incident",
            "shift",
            "outbox",
            incident_id=row.id,
            version=row.version,
            queued=row.id < 0,
        )

    def record_answers(self, incident_id: int, conversation: Conversation) -> Done[RecordedAnswers]:
        done = self.workstation.record_answers(incident_id, conversation)
        return changed(done, "incident", "outbox", incident_id=incident_id, queued=self._queued())

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> Done[StoredDecision]:
        # Checked by the core wherever it is stored (triage.decide_grade, grade_check): on
        # the server when it is done there now; on the cache when queued, and again on
        # the server when the outbox reaches it. Opened online just before an outage and
        # not yet in the cache, it is only queued, and checked by the server at replay.
        stored = self.workstation.decide_grade(
            incident_id, recommendation, chosen, rationale, expected_version=expected_version
        )
        return changed(
            stored,
            "incident",
            "shift",
            "outbox",
            incident_id=incident_id,
            version=stored.version,
            queued=self._queued(),
        )

    def update_details(
        self, incident_id: int, expected_version: int, call: NewCall
    ) -> Done[IncidentRow]:
        row = self.workstation.update_details(incident_id, expected_version, call)
        return changed(
            row,
            "incident",
            "shift",
            "history",
            "outbox",
            incident_id=incident_id,
            version=row.version,
            queued=self._queued(),
        )

    def previous_calls(
        self, query: HistoryQuery, *, exclude_incident_id: int | None = None
    ) -> HistoryResult:
        return self.workstation.previous_calls(query, exclude_incident_id=exclude_incident_id)

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]:
        return self.workstation.possible_people(name, dob, exclude_incident=exclude_incident)

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> Done[int]:
        version = self.workstation.link_person(
            incident_id, expected_version, role=role, person_id=person_id
        )
        return changed(
            version,
            "incident",
            "history",
            "outbox",
            incident_id=incident_id,
            version=version,
            queued=self._queued(),
        )

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        return self.workstation.server_incident(incident_id)

    def _queued(self) -> bool:
        return not self.workstation.online or bool(self.workstation.queued())

    # -- the outbox -----------------------------------------------------------------------

    def sync_state(self) -> WorkstationState | None:
        return self.workstation.state()

    def sync_now(self, *, force: bool = False) -> WorkstationState | None:
        return self.workstation.tick(force=force)

    def retry_refused(self, seq: int) -> WorkstationState | None:
        return retry_conflict(self.workstation, seq)

    def discard_refused(self, seq: int, reason: str) -> WorkstationState | None:
        return self.workstation.discard(seq, reason)

    def outbox(self) -> list[OutboxEntry]:
        return self.workstation.queued()


def _provisional_ref(ws: Workstation, incident_id: int) -> str:
    create = next((e for e in ws.queued() if e.local_id == incident_id), None)
    return create.incident_ref if create is not None and create.incident_ref else f"#{incident_id}"

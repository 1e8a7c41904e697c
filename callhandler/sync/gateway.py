"""The call services the handler's window uses, whichever way the workstation is set up.

- ``DirectGateway``: the embedded SQLite file (or any one database): the ordinary services,
  straight on that database. No cache, nothing queued.
- ``WorkstationGateway``: a control-room workstation on the shared PostgreSQL server: the
  call goes through ``Workstation`` (look-ups from the encrypted cache, work kept and
  queued when the server is unreachable).

Both are called on the window's single worker thread only (``Workstation`` is not
thread-safe). Opening a call, recording answers, deciding the grade and looking up
previous calls work offline, and so do the people a name may be and confirming one of
them; dispatch and resolving need the server and say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from sqlalchemy import select

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation
from callhandler.errors import CallHandlerError, DatabaseError
from callhandler.services import calls, history, lifecycle, people, triage
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.people import PersonCandidate
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.storage.engine import Database, parse_url
from callhandler.storage.models import Incident
from callhandler.sync import outbox, replay
from callhandler.sync.local_store import PROVISIONAL
from callhandler.sync.workstation import CONNECT_TIMEOUT_S, Workstation, WorkstationState


def is_provisional(ref: str) -> bool:
    """An incident opened offline, not yet given its real reference by the server."""
    return ref.startswith(PROVISIONAL + "-")


def with_connect_timeout(url: str) -> str:
    """A PostgreSQL URL with a short connect timeout (a dead host must not freeze a call);
    any other URL unchanged."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return url
    parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return parsed.render_as_string(hide_password=False)


class CallGateway(Protocol):
    """What the call workspace needs; every method runs on the worker thread."""

    @property
    def local(self) -> Database:
        """Where this workstation keeps its call drafts (the cache, or the one database)."""
        ...

    def open_call(self, call: NewCall) -> IncidentRow: ...

    def record_answers(self, incident_id: int, conversation: Conversation) -> RecordedAnswers: ...

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> StoredDecision: ...

    def update_details(
        self, incident_id: int, expected_version: int, call: NewCall
    ) -> IncidentRow: ...

    def previous_calls(
        self, query: HistoryQuery, *, exclude_incident_id: int | None = None
    ) -> HistoryResult: ...

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]: ...

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> int: ...

    def server_incident(self, incident_id: int) -> tuple[int, str] | None: ...

    def dispatch(
        self, incident_id: int, expected_version: int, *, grade: int, officers: Sequence[str]
    ) -> int: ...

    def resolve_without_deployment(self, incident_id: int, expected_version: int) -> int: ...


class DirectGateway:
    """The services on one database (the embedded SQLite file, or a test's database)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    @property
    def local(self) -> Database:
        return self.db

    def open_call(self, call: NewCall) -> IncidentRow:
        return calls.open_incident(self.db, self.actor, call)

    def record_answers(self, incident_id: int, conversation: Conversation) -> RecordedAnswers:
        return triage.record_answers(self.db, self.actor, incident_id, conversation)

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> StoredDecision:
        return triage.decide_grade(
            self.db,
            self.actor,
            incident_id,
            recommendation,
            chosen,
            rationale,
            expected_version=expected_version,
        )

    def update_details(self, incident_id: int, expected_version: int, call: NewCall) -> IncidentRow:
        return calls.update_call_details(self.db, self.actor, incident_id, expected_version, call)

    def previous_calls(
        self, query: HistoryQuery, *, exclude_incident_id: int | None = None
    ) -> HistoryResult:
        return history.find_previous_calls(
            self.db, self.actor, query, exclude_incident_id=exclude_incident_id
        )

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]:
        return people.possible_people(
            self.db, self.actor, name, dob, exclude_incident=exclude_incident
        )

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> int:
        return people.link_person(
            self.db, self.actor, incident_id, expected_version, role=role, person_id=person_id
        )

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        return None  # every incident is on the one database already: nothing to map

    def dispatch(
        self, incident_id: int, expected_version: int, *, grade: int, officers: Sequence[str]
    ) -> int:
        return lifecycle.dispatch(
            self.db, self.actor, incident_id, expected_version, grade=grade, officers=officers
        )

    def resolve_without_deployment(self, incident_id: int, expected_version: int) -> int:
        return lifecycle.resolve_without_deployment(
            self.db, self.actor, incident_id, expected_version
        )


NEEDS_SERVER = (
    "{what} needs the server, which cannot be reached now. The grade is kept on this "
    "workstation and sent when the server is back; follow the outage procedure (radio) "
    "and press {keys} again once the status bar says Online."
)
NOT_YET_SENT = (
    "{what}: incident {ref} was opened while the server was unreachable and has not "
    "reached it yet. Wait until the status bar says Online and nothing is waiting, then "
    "press {keys} again."
)


class WorkstationGateway:
    """A control-room workstation: ``Workstation`` (cache and outbox) for the call;
    dispatch and resolving on the server, by the server's id of the incident."""

    def __init__(self, workstation: Workstation) -> None:
        self.workstation = workstation

    @property
    def local(self) -> Database:
        return self.workstation.cache

    def open_call(self, call: NewCall) -> IncidentRow:
        return self.workstation.open_call(call)

    def record_answers(self, incident_id: int, conversation: Conversation) -> RecordedAnswers:
        return self.workstation.record_answers(incident_id, conversation)

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> StoredDecision:
        return self.workstation.decide_grade(
            incident_id, recommendation, chosen, rationale, expected_version=expected_version
        )

    def update_details(self, incident_id: int, expected_version: int, call: NewCall) -> IncidentRow:
        return self.workstation.update_details(incident_id, expected_version, call)

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
    ) -> int:
        return self.workstation.link_person(
            incident_id, expected_version, role=role, person_id=person_id
        )

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        return self.workstation.server_incident(incident_id)

    def dispatch(
        self, incident_id: int, expected_version: int, *, grade: int, officers: Sequence[str]
    ) -> int:
        server_id = self._on_server(incident_id, "Dispatching officers", "Ctrl+D")
        return self._online(
            lambda: lifecycle.dispatch(
                self.workstation.server,
                self.workstation.actor,
                server_id,
                expected_version,
                grade=grade,
                officers=officers,
            ),
            "Recording the dispatch",
            "Ctrl+D",
        )

    def resolve_without_deployment(self, incident_id: int, expected_version: int) -> int:
        server_id = self._on_server(incident_id, "Resolving without deployment", "Ctrl+G")
        return self._online(
            lambda: lifecycle.resolve_without_deployment(
                self.workstation.server, self.workstation.actor, server_id, expected_version
            ),
            "Resolving without deployment",
            "Ctrl+G",
        )

    def _on_server(self, incident_id: int, what: str, keys: str) -> int:
        ws = self.workstation
        if not ws.online:
            raise DatabaseError(NEEDS_SERVER.format(what=what, keys=keys))
        # An id above zero is the server's own; one below is mapped once it has arrived.
        found = (incident_id, f"#{incident_id}") if incident_id > 0 else None
        if found is None:
            found = ws.server_incident(incident_id)
        waiting = any(
            e.local_id == incident_id or (found is not None and e.incident_id == found[0])
            for e in ws.queued()
        )
        if found is None or waiting:
            ref = found[1] if found else f"#{incident_id}"
            raise DatabaseError(NOT_YET_SENT.format(what=what, ref=ref, keys=keys))
        return found[0]

    def _online(self, action: Callable[[], int], what: str, keys: str) -> int:
        try:
            return int(action())
        except CallHandlerError as exc:
            if replay.is_unreachable(exc):
                raise DatabaseError(NEEDS_SERVER.format(what=what, keys=keys)) from exc
            raise


def retry_conflict(workstation: Workstation, seq: int) -> WorkstationState:
    """Send a refused operation again. A grade (or a correction of the call details)
    refused because the incident changed meanwhile is sent on the version the server
    holds now: the handler has read the server's message in the Conflicts dialog and
    confirmed their decision stands."""
    entry = outbox.entry(workstation.cache, seq)
    version: int | None = None
    if entry.kind in replay.VERSIONED:
        known = (
            Incident.client_uuid == entry.client_uuid
            if entry.client_uuid
            else Incident.id == entry.incident_id
        )
        with workstation.server.read() as session:
            version = session.execute(select(Incident.version_id).where(known)).scalar()
    return workstation.retry(seq, expected_version=version)

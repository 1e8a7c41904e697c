"""What a handler's window uses to take calls against the shared server, online or not.

Online, every action goes to the server through the ordinary services, as an operation
with an id recorded in ``applied_ops`` in the same transaction, so an action whose
acknowledgement is lost when the server dies is never done twice. When the server
cannot be reached the action is done on the local cache instead (with the same
service) and queued in the outbox in the same local transaction; the handler carries
on. ``tick()`` (every few seconds, from the worker) probes the server while offline,
sends the outbox in order when it is back, tidies the provisional rows away and pulls
what changed.

An incident opened offline has a negative id and a provisional reference
``PENDING-<workstation>-0001`` (see local_store) until the server gives it a real one.
"""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select, text

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation, choose_grade
from callhandler.errors import BadInput, CallHandlerError, DatabaseError
from callhandler.services import audit, calls, history, people, triage
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.people import PersonCandidate
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.storage.engine import Database, parse_url
from callhandler.storage.models import Incident
from callhandler.sync import local_store, outbox, replay
from callhandler.sync.outbox import OutboxEntry

PROBE_EVERY_S = 5.0
CONNECT_TIMEOUT_S = 3
Puller = Callable[[Database, Database], object]  # None: nothing was pulled


def server_database(url: str) -> Database:
    """The shared server with a short connect timeout: a dead host must not freeze a call."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        parsed = parsed.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_S)})
    return Database(parsed.render_as_string(hide_password=False))


@dataclass(frozen=True)
class WorkstationState:
    """What the window's status bar shows."""

    online: bool
    offline_since: dt.datetime | None
    last_error: str
    last_synced_at: dt.datetime | None
    pending: int
    conflicts: tuple[OutboxEntry, ...]
    sync_problem: str = ""

    def describe(self) -> str:
        synced = (
            self.last_synced_at.astimezone().strftime("%H:%M:%S")
            if self.last_synced_at
            else "never"
        )
        if self.online:
            words = f"Online. History synced at {synced}."
        else:
            since = self.offline_since.astimezone().strftime("%H:%M") if self.offline_since else ""
            words = (
                f"OFFLINE since {since}: the server cannot be reached. Keep working: calls are "
                f"kept on this workstation and sent when it is back. History as of {synced}."
            )
        if self.pending:
            words += f" {self.pending} waiting to be sent."
        if self.conflicts:
            words += f" {len(self.conflicts)} refused by the server: open the list to resolve."
        if self.sync_problem:
            words += f" The last sync failed: {self.sync_problem}"
        return words


def pull_from_server(server: Database, cache: Database) -> object:
    """The incremental pull (callhandler.sync.pull) when the server is PostgreSQL, the
    only kind a cache syncs from; nothing for an SQLite server (a single machine)."""
    if server.backend != "postgresql":
        return None
    from callhandler.sync.pull import sync_once

    return sync_once(server, cache)


def _last_sync_at(cache: Database) -> dt.datetime | None:
    try:
        from callhandler.sync.pull import last_sync_at
    except ImportError:  # pragma: no cover - the pull module is part of the package
        return None
    return last_sync_at(cache)


class Workstation:
    """A handler's work against the shared ``server`` and the local ``cache``.

    Thread rules: not thread-safe; one worker thread calls it (the window's worker).
    Every action returns the same frozen rows as the services; an incident opened offline
    has a negative id and a provisional ref until it reaches the server.
    """

    def __init__(
        self,
        server: Database,
        cache: Database,
        actor: Actor,
        *,
        probe_every_s: float = PROBE_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
        pull: Puller | None = pull_from_server,
    ) -> None:
        self.server = server
        self.cache = cache
        self.actor = actor
        self.probe_every_s = probe_every_s
        self._clock = clock
        self._pull = pull
        self._online = True
        self._offline_since: dt.datetime | None = None
        self._last_error = ""
        self._next_probe = 0.0
        outbox.ensure_outbox(cache)
        self._last_synced_at = _last_sync_at(cache)
        self._sync_problem = ""

    # -- state ------------------------------------------------------------------------

    @property
    def online(self) -> bool:
        return self._online

    def state(self) -> WorkstationState:
        counts = outbox.counts(self.cache)
        return WorkstationState(
            self._online,
            self._offline_since,
            self._last_error,
            self._last_synced_at,
            counts["pending"],
            tuple(outbox.entries(self.cache, "conflict")),
            self._sync_problem,
        )

    def queued(self) -> list[OutboxEntry]:
        """Everything not yet on the server: pending and refused operations, in order."""
        return outbox.entries(self.cache, "pending", "conflict")

    def _went_offline(self, exc: BaseException) -> None:
        if self._online:
            self._offline_since = dt.datetime.now(dt.UTC)
        self._online = False
        self._last_error = str(exc)
        self._next_probe = self._clock() + self.probe_every_s

    def _unreachable(self, exc: CallHandlerError) -> bool:
        if replay.is_unreachable(exc):
            self._went_offline(exc)
            return True
        return False

    # -- back online ------------------------------------------------------------------

    def tick(self, *, force: bool = False) -> WorkstationState:
        """Probe (offline, every few seconds), send the outbox, tidy up and pull changes."""
        if not self._online:
            if not force and self._clock() < self._next_probe:
                return self.state()
            try:
                with self.server.read_connection() as conn:
                    conn.execute(text("SELECT 1"))
            except CallHandlerError as exc:
                if self._unreachable(exc):
                    return self.state()
                raise
            self._online, self._offline_since, self._last_error = True, None, ""
        try:
            report = replay.replay(self.server, self.cache)
            if report.unreachable:
                self._went_offline(DatabaseError("The server went away while sending."))
                return self.state()
            self._tidy_local()
            if self._pull is not None and self._pull(self.server, self.cache) is not None:
                self._last_synced_at = dt.datetime.now(dt.UTC)
            self._sync_problem = ""
        except CallHandlerError as exc:
            if not self._unreachable(exc):
                # Shown in the status bar; the next tick tries again. Calls carry on.
                self._sync_problem = str(exc)
        return self.state()

    def _tidy_local(self) -> None:
        local_store.tidy(self.cache, unsettled={e.incident_key for e in self.queued()})

    # -- actions ----------------------------------------------------------------------

    def open_call(self, call: NewCall) -> IncidentRow:
        """Open an incident from the new-call form: on the server, or provisionally here."""
        now = dt.datetime.now(dt.UTC)
        client_uuid = str(uuid.uuid4())
        payload = {"call": {k: getattr(call, k) for k in NewCall.__dataclass_fields__}}
        op = self._op("open_incident", payload, now, client_uuid=client_uuid)
        if self._online:
            try:
                applied = replay.apply_op(self.server, op, offline=False)
                if isinstance(applied.value, IncidentRow):
                    return applied.value
            except CallHandlerError as exc:
                if not self._unreachable(exc):
                    raise
        return local_store.open_incident(self.cache, op, call)

    def record_answers(self, incident_id: int, conversation: Conversation) -> RecordedAnswers:
        """Store the conversation's answers with the incident (changes supersede)."""
        now = dt.datetime.now(dt.UTC)
        payload = {"conversation": outbox.conversation_json(conversation)}
        op = self._incident_op("record_answers", incident_id, payload, now)
        online = self._try_online(op)
        if isinstance(online, RecordedAnswers):
            return online
        return local_store.apply(
            self.cache,
            op,
            incident_id,
            lambda db, local_id: triage.record_answers(
                db, self.actor, local_id, conversation, now=now
            ),
            lambda: RecordedAnswers(len(conversation.all_answers), 0, 0),
        )

    def decide_grade(
        self,
        incident_id: int,
        recommendation: Recommendation,
        chosen: int,
        rationale: str = "",
        *,
        expected_version: int | None = None,
    ) -> StoredDecision:
        """Record the grade; refused (ConcurrentChange) if the incident changed meanwhile."""
        now = dt.datetime.now(dt.UTC)
        # A missing rationale is refused now, online or not, never later on replay.
        decision = choose_grade(recommendation, chosen, rationale, at=now)
        payload = {
            "recommendation": outbox.recommendation_json(recommendation),
            "chosen": chosen,
            "rationale": rationale,
            "expected_version": expected_version,
        }
        op = self._incident_op("decide_grade", incident_id, payload, now)
        online = self._try_online(op)
        if isinstance(online, StoredDecision):
            return online

        def locally(db: Database, local_id: int) -> StoredDecision:
            stored = triage.decide_grade(
                db, self.actor, local_id, recommendation, chosen, rationale, now=now
            )
            if expected_version is not None:
                stored = replace(stored, version=expected_version + 1)
            return replace(stored, incident_ref=op.incident_ref or stored.incident_ref)

        def queued_only() -> StoredDecision:
            return StoredDecision(
                0,
                op.incident_ref,
                decision.recommended_grade,
                decision.chosen_grade,
                decision.policy_floor,
                decision.overridden,
                decision.below_floor,
                decision.rationale,
                self.actor.username,
                now,
                (expected_version or 0) + 1,
            )

        return local_store.apply(self.cache, op, incident_id, locally, queued_only)

    def update_details(self, incident_id: int, expected_version: int, call: NewCall) -> IncidentRow:
        """Correct the details recorded from the new-call form: on the server, or here and
        queued (refused now, online or not, when the form has problems)."""
        problems = calls.check_new_call(call)
        if problems:
            raise BadInput(" ".join(p.message for p in problems))
        now = dt.datetime.now(dt.UTC)
        payload = {
            "call": {k: getattr(call, k) for k in NewCall.__dataclass_fields__},
            "expected_version": expected_version,
        }
        op = self._incident_op("update_details", incident_id, payload, now)
        online = self._try_online(op)
        if isinstance(online, IncidentRow):
            return online

        def locally(db: Database, local_id: int) -> IncidentRow:
            row = calls.update_call_details(
                db, self.actor, local_id, expected_version, call, provisional=True
            )
            return replace(row, id=incident_id)

        def queued_only() -> IncidentRow:
            # Opened online just before the outage: the cache does not hold it yet.
            return IncidentRow(
                incident_id,
                op.incident_ref,
                now,
                "open",
                call.phone.strip(),
                call.address.strip(),
                call.postcode.strip(),
                call.caller_name.strip(),
                call.victim_name.strip(),
                call.suspect_name.strip(),
                "call in progress",
                False,
                None,
                "none",
                self.actor.display_name,
                expected_version + 1,
            )

        return local_store.apply(self.cache, op, incident_id, locally, queued_only)

    def previous_calls(
        self,
        query: HistoryQuery,
        *,
        now: dt.datetime | None = None,
        limit: int = history.PANEL_LIMIT,
        exclude_incident_id: int | None = None,
    ) -> HistoryResult:
        """Previous calls from the cache (instant); the consultation is audited on the
        server, or queued to be audited there when it is unreachable."""
        result = history.find_previous_calls(
            self.cache,
            self.actor,
            query,
            now=now,
            limit=limit,
            audit_consultation=False,
            exclude_incident_id=exclude_incident_id,
        )
        if result.query.empty:
            return result
        q = result.query
        key = (q.phone or q.address_key or ",".join(q.people) or f"UPRN {q.uprn}")[:64]
        detail: dict[str, object] = {
            "phone": q.phone,
            "address": q.address_key,
            "people": list(q.people),
            "exact": len(result.exact),
            "possible": len(result.possible),
        }
        if q.uprn:
            detail["uprn"] = q.uprn
        if self._online:
            try:
                with self.server.write() as session:
                    audit.record(session, self.actor, "consultation", "history", key, detail)
                return result
            except CallHandlerError as exc:
                if not self._unreachable(exc):
                    raise
        with self.cache.write() as session:
            outbox.enqueue(session, self.actor, "consultation", {"key": key, "detail": detail})
        return result

    def possible_people(
        self, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
    ) -> tuple[PersonCandidate, ...]:
        """The people on record a name may be, from the cache (instant). A person made on
        this workstation while offline is left out: the server knows them by another id."""
        found = people.possible_people(
            self.cache, self.actor, name, dob, exclude_incident=exclude_incident
        )
        return tuple(c for c in found if c.person_id > 0)

    def link_person(
        self, incident_id: int, expected_version: int, *, role: str, person_id: int
    ) -> int:
        """The handler confirmed a possible match: on the server, or here and queued.
        Returns the incident's new version."""
        if person_id <= 0:
            raise BadInput(
                "That person was recorded on this workstation while the server was "
                "unreachable: link them once the status bar says Online."
            )
        now = dt.datetime.now(dt.UTC)
        payload = {"role": role, "person_id": person_id, "expected_version": expected_version}
        op = self._incident_op("link_person", incident_id, payload, now)
        online = self._try_online(op)
        if isinstance(online, int):
            return online

        def locally(db: Database, local_id: int) -> int:
            return people.link_person(
                db, self.actor, local_id, expected_version, role=role, person_id=person_id
            )

        return local_store.apply(self.cache, op, incident_id, locally, lambda: expected_version + 1)

    def server_incident(self, incident_id: int) -> tuple[int, str] | None:
        """The server's id and ref for an incident this workstation shows; None while one
        opened offline has not reached the server."""
        if incident_id >= 0:
            with self.cache.read() as session:
                ref = session.execute(
                    select(Incident.ref).where(Incident.id == incident_id)
                ).scalar()
            return (incident_id, ref) if ref else None
        create = outbox.create_op_for(self.cache, local_id=incident_id)
        if create is None or create.status != "applied" or not create.result:
            return None
        return int(create.result["incident_id"]), str(create.result["ref"])

    # -- conflicts --------------------------------------------------------------------

    def retry(self, seq: int, *, expected_version: int | None = None) -> WorkstationState:
        """Send a refused operation again (a grade with the version now seen)."""
        replay.retry(self.cache, seq, expected_version=expected_version)
        return self.tick(force=True)

    def discard(self, seq: int, reason: str) -> WorkstationState:
        """Give up a refused operation, with a reason audited on the server (needs it)."""
        try:
            replay.discard(self.server, self.cache, self.actor, seq, reason)
        except CallHandlerError as exc:
            if self._unreachable(exc):
                raise DatabaseError(
                    "The server cannot be reached: a refused operation can only be discarded "
                    "when it is, so that the discard is audited. It stays in the list."
                ) from exc
            raise
        self._tidy_local()
        return self.state()

    # -- inside -----------------------------------------------------------------------

    def _op(
        self,
        kind: str,
        payload: dict[str, Any],
        at: dt.datetime,
        *,
        incident_id: int | None = None,
        client_uuid: str | None = None,
        local_id: int | None = None,
        ref: str = "",
    ) -> OutboxEntry:
        return OutboxEntry(
            0,
            str(uuid.uuid4()),
            kind,
            incident_id,
            client_uuid,
            local_id,
            ref,
            payload,
            self.actor,
            at,
            "pending",
            "",
            None,
        )

    def _incident_op(
        self, kind: str, incident_id: int, payload: dict[str, Any], at: dt.datetime
    ) -> OutboxEntry:
        """The operation on an incident: by server id, or by client uuid while the
        incident opened offline has not reached the server."""
        if incident_id < 0:
            create = outbox.create_op_for(self.cache, local_id=incident_id)
            if create is None:
                raise BadInput(f"There is no incident {incident_id} on this workstation.")
            # Always by client uuid, so it stays in order behind what is queued for it.
            reached = create.result if create.status == "applied" and create.result else {}
            return self._op(
                kind,
                payload,
                at,
                client_uuid=create.client_uuid,
                local_id=incident_id,
                ref=str(reached.get("ref", create.incident_ref)),
            )
        with self.cache.read() as session:
            ref = session.execute(select(Incident.ref).where(Incident.id == incident_id)).scalar()
        return self._op(kind, payload, at, incident_id=incident_id, ref=ref or f"#{incident_id}")

    def _try_online(self, op: OutboxEntry) -> Any:
        """The service's result when done on the server now; None when it must be queued
        (offline, or earlier operations of the incident are still waiting)."""
        if not self._online or op.incident_key in {e.incident_key for e in self.queued()}:
            return None
        try:
            return replay.apply_op(self.server, op, offline=False).value
        except CallHandlerError as exc:
            if not self._unreachable(exc):
                raise
        return None

"""What a handler's window uses to take calls against the shared server, online or not.

Online, every action goes to the server through the ordinary services, as an operation
with an id recorded in ``applied_ops`` in the same transaction, so an action whose
acknowledgement is lost when the server dies is never done twice. When the server
cannot be reached the action is done on the local cache instead (with the same
service) and queued in the outbox in the same local transaction; the handler carries
on. ``tick()`` (every few seconds, from the worker) probes the server while offline,
sends the outbox in order when it is back, tidies the provisional rows away and pulls
what changed.

Rows created offline get negative ids in the cache, so they never collide with the
server's rows the cache holds; an incident opened offline gets a client uuid and a
provisional reference ``PENDING-<workstation>-0001`` until the server gives it a real one.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation, choose_grade
from callhandler.errors import BadInput, CallHandlerError, DatabaseError
from callhandler.services import audit, calls, history, triage
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, HistoryResult
from callhandler.services.triage import RecordedAnswers, StoredDecision
from callhandler.storage.engine import Database, parse_url
from callhandler.storage.models import Base, Incident, User
from callhandler.sync import outbox, replay
from callhandler.sync.outbox import OutboxEntry

T = TypeVar("T")
PROBE_EVERY_S = 5.0
CONNECT_TIMEOUT_S = 3
PROVISIONAL = "PENDING"
# Offline rows count down from here: well clear of the server's ids (above zero) and of
# the -1 the history look-up uses for "exclude no incident".
LOCAL_IDS_BELOW = -1_000_000
Puller = Callable[[Database, Database], object]


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
            if self._pull is not None:
                self._pull(self.server, self.cache)
                self._last_synced_at = dt.datetime.now(dt.UTC)
            self._sync_problem = ""
        except CallHandlerError as exc:
            if not self._unreachable(exc):
                # Shown in the status bar; the next tick tries again. Calls carry on.
                self._sync_problem = str(exc)
        return self.state()

    def _tidy_local(self) -> None:
        """Drop the cache's provisional rows of everything the server now has (the pull
        brings the server's rows back)."""
        unsettled = {e.incident_key for e in self.queued()}
        settled_creates = [
            e
            for e in outbox.entries(self.cache, "applied", "discarded")
            if e.kind == "open_incident" and e.local_id is not None
        ]
        with self.cache.write() as session:
            for create in settled_creates:
                if create.status == "applied" and create.incident_key not in unsettled:
                    _forget_incident(session, create.local_id)
            tables = [
                t for t in Base.metadata.sorted_tables if "incident_id" in t.c and "id" in t.c
            ]
            for table in reversed(tables):
                ids = session.execute(
                    select(table.c.incident_id).where(table.c.id < 0).distinct()
                ).scalars()
                done = [i for i in ids if i is not None and i > 0 and f"id:{i}" not in unsettled]
                if done:
                    session.execute(
                        delete(table).where(table.c.id < 0, table.c.incident_id.in_(done))
                    )
            _forget_orphans(session)

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
        return self._open_offline(op, call)

    def record_answers(self, incident_id: int, conversation: Conversation) -> RecordedAnswers:
        """Store the conversation's answers with the incident (changes supersede)."""
        now = dt.datetime.now(dt.UTC)
        payload = {"conversation": outbox.conversation_json(conversation)}
        op = self._incident_op("record_answers", incident_id, payload, now)
        online = self._try_online(op)
        if isinstance(online, RecordedAnswers):
            return online
        return self._offline(
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
        decision = choose_grade(
            recommendation, chosen, rationale, at=now
        )  # BadInput now, not later
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

        return self._offline(op, incident_id, locally, queued_only)

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
        key = (q.phone or q.address_key or ",".join(q.people))[:64]
        detail = {
            "phone": q.phone,
            "address": q.address_key,
            "people": list(q.people),
            "exact": len(result.exact),
            "possible": len(result.possible),
        }
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
            if create.status == "applied" and create.result:
                return self._op(
                    kind,
                    payload,
                    at,
                    incident_id=int(create.result["incident_id"]),
                    ref=str(create.result["ref"]),
                )
            return self._op(
                kind,
                payload,
                at,
                client_uuid=create.client_uuid,
                local_id=incident_id,
                ref=create.incident_ref,
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

    def _open_offline(self, op: OutboxEntry, call: NewCall) -> IncidentRow:
        stamped: list[Incident] = []

        def prepare(session: Session) -> None:
            for obj in list(session.new):
                if isinstance(obj, Incident) and obj.client_uuid is None:
                    obj.client_uuid = op.client_uuid
                    obj.ref = _provisional_ref(session, self.actor.workstation)
                    if obj.handler_id is not None and not _cached_user(session, obj.handler_id):
                        obj.handler_id = None  # the cache does not hold this user
                    stamped.append(obj)
            _negative_ids(session)

        def finish(session: Session) -> None:
            incident = stamped[0]
            outbox.enqueue(
                session,
                self.actor,
                op.kind,
                op.payload,
                client_uuid=op.client_uuid,
                local_id=incident.id,
                incident_ref=incident.ref,
                at=op.created_at,
                op_id=op.op_id,
            )

        row = calls.open_incident(
            replay.OneTransaction(self.cache, finish, prepare), self.actor, call
        )
        return row

    def _offline(
        self,
        op: OutboxEntry,
        incident_id: int,
        locally: Callable[[Database, int], T],
        queued_only: Callable[[], T],
    ) -> T:
        """Do the action on the cache and queue it, in one local transaction; queue it alone
        when the cache does not hold the incident (opened online just before the outage)."""
        local_id = op.local_id if op.local_id is not None else incident_id
        with self.cache.read() as session:
            present = session.get(Incident, local_id) is not None

        def finish(session: Session) -> None:
            _queue(session, op)

        if present:
            return locally(
                replay.OneTransaction(self.cache, finish, _negative_ids),
                local_id,
            )
        with self.cache.write() as session:
            _queue(session, op)
        return queued_only()


def _cached_user(session: Session, user_id: int) -> bool:
    found = session.connection().execute(select(User.id).where(User.id == user_id)).first()
    return found is not None


def _queue(session: Session, op: OutboxEntry) -> None:
    outbox.enqueue(
        session,
        op.actor,
        op.kind,
        op.payload,
        incident_id=op.incident_id,
        client_uuid=op.client_uuid,
        local_id=op.local_id,
        incident_ref=op.incident_ref,
        at=op.created_at,
        op_id=op.op_id,
    )


def _provisional_ref(session: Session, workstation: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "-", workstation).strip("-")[:20] or "WS"
    made = (
        session.connection()
        .execute(
            select(func.count())
            .select_from(outbox.outbox)
            .where(outbox.outbox.c.kind == "open_incident")
        )
        .scalar()
        or 0
    )
    return f"{PROVISIONAL}-{name}-{made + 1:04d}"


def _negative_ids(session: Session) -> None:
    """Rows made offline get ids below LOCAL_IDS_BELOW: the server's rows are above zero."""
    lowest: dict[str, int] = {}
    conn = session.connection()
    for obj in list(session.new):
        table = getattr(type(obj), "__table__", None)
        if table is None or "id" not in table.c or getattr(obj, "id", 0) is not None:
            continue
        if table.name not in lowest:
            found = conn.execute(select(func.min(table.c.id))).scalar()
            lowest[table.name] = min(int(found or 0), LOCAL_IDS_BELOW)
        lowest[table.name] -= 1
        obj.id = lowest[table.name]


def _forget_incident(session: Session, local_id: int | None) -> None:
    if local_id is None or local_id >= 0:
        return
    for table in reversed(Base.metadata.sorted_tables):
        if "incident_id" in table.c:
            session.execute(delete(table).where(table.c.incident_id == local_id))
    session.execute(delete(Incident).where(Incident.id == local_id))


def _forget_orphans(session: Session) -> None:
    """Offline-made phones, addresses and people no offline row refers to any more."""
    from callhandler.storage.models import Address, IncidentPerson, Person, Phone

    used_phones = select(Incident.phone_id).where(Incident.phone_id.is_not(None))
    used_addresses = select(Incident.address_id).where(Incident.address_id.is_not(None))
    used_people = select(IncidentPerson.person_id)
    session.execute(delete(Phone).where(Phone.id < 0, Phone.id.not_in(used_phones)))
    session.execute(delete(Address).where(Address.id < 0, Address.id.not_in(used_addresses)))
    session.execute(delete(Person).where(Person.id < 0, Person.id.not_in(used_people)))

"""Send the outbox to the server, in order, each operation exactly once.

Each operation is done by the ordinary service (which checks roles, versions and audits
as the person who did it) inside ONE server transaction that also records the operation
id in ``applied_ops`` and an ``offline_operation`` audit event saying when and where it
was done. An operation whose id is already in ``applied_ops`` (a crash or a lost
acknowledgement after the commit) is marked applied without doing it again. A refusal
(ConcurrentChange, BadInput, PermissionDenied) makes the operation a conflict with the
server's words; later operations of that incident wait, other incidents carry on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import event, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from callhandler.errors import (
    BadInput,
    CallHandlerError,
    DatabaseError,
    DatabaseLocked,
    PermissionDenied,
)
from callhandler.services import audit, calls, people, triage
from callhandler.services.context import Actor
from callhandler.services.grade_check import RecommendationChanged, changed_message
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.sync_models import AppliedOp
from callhandler.sync import outbox
from callhandler.sync.outbox import OutboxEntry

REFUSALS = (ConcurrentChange, BadInput, PermissionDenied)
REPLAY_CHANGED = (
    "The server recommends {now}, not the {shown} shown offline ({why}): it knows calls "
    "this workstation had not received, or the decision was altered. Nothing was stored. "
    "Discard it with a reason, then grade again (Ctrl+G)."
)
# Operations made on a version the user saw (a retry sends them on the version now seen).
VERSIONED = ("decide_grade", "update_details", "link_person")


def is_unreachable(exc: BaseException | None) -> bool:
    """True when the error means the server cannot be reached (refused, shut down, cut off).

    A refused connection has no SQLSTATE; a server shutting down sends class 57
    (``AdminShutdown`` 57P01 on ``pg_ctl stop -m fast``); a broken link is class 08 and
    SQLAlchemy marks the connection invalidated. Other errors (a constraint, a
    serialisation failure) are not an outage.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return True
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        if isinstance(orig, psycopg.OperationalError):
            state = orig.sqlstate
            if state is None or state[:2] in ("08", "57"):
                return True
        if isinstance(orig, psycopg.InterfaceError | ConnectionError | TimeoutError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


@dataclass
class ReplayReport:
    """What one replay did: counts, and whether it stopped because the server went away."""

    applied: int = 0
    already_applied: int = 0
    conflicts: int = 0
    waiting: int = 0  # behind a conflict of the same incident
    unreachable: bool = False
    applied_creates: list[OutboxEntry] = field(default_factory=list)


class OneTransaction(Database):
    """A database whose one write session also records the operation, atomically.

    ``begin`` runs when the session opens, ``prepare`` before each flush (to stamp new
    rows), ``finish`` after the service's work and before the commit. Shares the engine of
    the database it wraps.
    """

    def __init__(
        self,
        base: Database,
        finish: Callable[[Session], None],
        prepare: Callable[[Session], None] | None = None,
        begin: Callable[[Session], None] | None = None,
    ) -> None:
        self.__dict__.update(base.__dict__)
        self._finish = finish
        self._prepare = prepare
        self._begin = begin
        self._writes = 0

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        self._writes += 1
        if self._writes > 1:
            raise RuntimeError("an outbox operation must be done in one transaction")
        with super().write() as session:
            if self._begin is not None:
                self._begin(session)
            if self._prepare is not None:
                prepare = self._prepare
                event.listen(session, "before_flush", lambda s, _ctx, _objs: prepare(s))
            yield session
            self._finish(session)


def _already_applied(server: Database, op_id: str) -> dict[str, Any] | None:
    with server.read_connection() as conn:
        row = conn.execute(
            select(AppliedOp.op_id, AppliedOp.result_json).where(AppliedOp.op_id == op_id)
        ).first()
    if row is None:
        return None
    loaded: dict[str, Any] = json.loads(row.result_json or "{}")
    return loaded


def _server_incident(server: Database, op: OutboxEntry) -> int:
    """The server's id of the operation's incident (found by client uuid when opened offline)."""
    with server.read_connection() as conn:
        if op.client_uuid:
            found = conn.execute(
                select(Incident.id).where(Incident.client_uuid == op.client_uuid)
            ).scalar()
        else:
            found = conn.execute(select(Incident.id).where(Incident.id == op.incident_id)).scalar()
    if found is None:
        raise BadInput(
            f"{op.incident_ref or 'The incident'} is not on the server: it was opened offline "
            "and its opening was refused or discarded. Resolve that first, then retry this."
        )
    return int(found)


def _record(
    session: Session,
    op: OutboxEntry,
    incident: Incident | None,
    result: dict[str, Any],
    *,
    offline: bool,
) -> None:
    now = dt.datetime.now(dt.UTC)
    session.execute(
        insert(AppliedOp).values(
            op_id=op.op_id,
            workstation=op.actor.workstation[:64],
            kind=op.kind,
            incident_id=incident.id if incident is not None else None,
            applied_at=now,
            result_json=json.dumps(result, sort_keys=True),
        )
    )
    if not offline:
        return
    audit.record(
        session,
        op.actor,
        "offline_operation",
        "incident" if incident is not None else "history",
        incident.ref if incident is not None else op.payload.get("key", ""),
        {
            "op_id": op.op_id,
            "kind": op.kind,
            "made_offline_at": op.created_at.isoformat(),
            "workstation": op.actor.workstation,
            "provisional_ref": op.incident_ref if op.client_uuid else None,
            "reached_server_at": now.isoformat(),
        },
    )


@dataclass(frozen=True)
class Applied:
    """An operation done on the server: its result, and the service's own return value
    (None when it had been done before and was not done again)."""

    result: dict[str, Any]
    value: Any = None

    @property
    def already(self) -> bool:
        return self.value is None


def _open(server: Database, op: OutboxEntry, offline: bool) -> Applied:
    created: list[Incident] = []
    result: dict[str, Any] = {}

    def prepare(session: Session) -> None:
        for obj in session.new:
            if isinstance(obj, Incident) and obj.client_uuid is None:
                obj.client_uuid = op.client_uuid
                obj.opened_at = op.created_at  # when the call was taken, not when it arrived
                created.append(obj)

    def finish(session: Session) -> None:
        incident = created[0]
        result.update(incident_id=incident.id, ref=incident.ref, version=incident.version_id)
        _record(session, op, incident, result, offline=offline)

    row = calls.open_incident(
        OneTransaction(server, finish, prepare), op.actor, calls.NewCall(**op.payload["call"])
    )
    return Applied(result, row)


def _on_incident(
    server: Database, op: OutboxEntry, offline: bool, action: Callable[[Database, int], Any]
) -> Applied:
    target = _server_incident(server, op)
    result: dict[str, Any] = {}

    def finish(session: Session) -> None:
        incident = session.get(Incident, target)
        assert incident is not None
        result.update(incident_id=incident.id, ref=incident.ref, version=incident.version_id)
        _record(session, op, incident, result, offline=offline)

    value = action(OneTransaction(server, finish), target)
    return Applied(result, value)


def _consultation(server: Database, op: OutboxEntry, offline: bool) -> Applied:
    result: dict[str, Any] = {"key": op.payload["key"]}
    with server.write() as session:
        audit.record(
            session,
            op.actor,
            "consultation",
            "history",
            op.payload["key"],
            {**op.payload["detail"], "offline": offline, "read_from": "workstation cache"},
            at=op.created_at,
        )
        _record(session, op, None, result, offline=offline)
    return Applied(result, True)


def _decide_grade(server: Database, op: OutboxEntry, offline: bool) -> Applied:
    """The grade decision, checked by the server against the recommendation it makes from
    the answers it holds and ALL the history it knows now (triage.decide_grade): the
    recommendation in the outbox is what the workstation showed, or what someone with a
    shell on it wrote there. One the server would not make is refused, nothing is stored,
    and the outbox shows why; see callhandler.services.grade_check for the rule when the
    server simply knows more than the cache did."""
    p = op.payload
    try:
        rec = outbox.recommendation_from_json(p["recommendation"])
        chosen = int(p["chosen"])
        rationale = str(p["rationale"] or "")
        expected = p["expected_version"]
        expected_version = None if expected is None else int(expected)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadInput(
            f"The grade decision kept on this workstation is unreadable ({exc!r}): nothing "
            "was stored. Discard it with a reason and decide the grade again."
        ) from exc
    try:
        return _on_incident(
            server,
            op,
            offline,
            lambda db, incident_id: triage.decide_grade(
                db,
                op.actor,
                incident_id,
                rec,
                chosen,
                rationale,
                now=op.created_at,
                expected_version=expected_version,
            ),
        )
    except RecommendationChanged as exc:
        if not offline:
            raise
        raise RecommendationChanged(
            changed_message(REPLAY_CHANGED, exc.shown, exc.core), exc.shown, exc.core
        ) from exc


def _do(server: Database, op: OutboxEntry, offline: bool) -> Applied:
    p = op.payload
    if op.kind == "open_incident":
        return _open(server, op, offline)
    if op.kind == "record_answers":
        conversation = outbox.conversation_from_json(p["conversation"])
        return _on_incident(
            server,
            op,
            offline,
            lambda db, incident_id: triage.record_answers(
                db, op.actor, incident_id, conversation, now=op.created_at
            ),
        )
    if op.kind == "decide_grade":
        return _decide_grade(server, op, offline)
    if op.kind == "update_details":
        call = calls.NewCall(**p["call"])
        return _on_incident(
            server,
            op,
            offline,
            lambda db, incident_id: calls.update_call_details(
                db, op.actor, incident_id, int(p["expected_version"]), call
            ),
        )
    if op.kind == "link_person":
        return _on_incident(
            server,
            op,
            offline,
            lambda db, incident_id: people.link_person(
                db,
                op.actor,
                incident_id,
                int(p["expected_version"]),
                role=str(p["role"]),
                person_id=int(p["person_id"]),
            ),
        )
    if op.kind == "consultation":
        return _consultation(server, op, offline)
    raise BadInput(f"Unknown queued operation {op.kind!r}: this workstation is out of date.")


def apply_op(server: Database, op: OutboxEntry, *, offline: bool = True) -> Applied:
    """Do one operation on the server unless it was done already (then ``already``)."""
    done = _already_applied(server, op.op_id)
    if done is not None:
        return Applied(done)
    try:
        return _do(server, op, offline)
    except DatabaseError:
        # A replay raced this one and recorded the op first: the same as done.
        done = _already_applied(server, op.op_id)
        if done is not None:
            return Applied(done)
        raise


def replay(server: Database, cache: Database) -> ReplayReport:
    """Send every pending operation in order; stops quietly when the server goes away."""
    outbox.ensure_outbox(cache)
    report = ReplayReport()
    blocked = {e.incident_key for e in outbox.entries(cache, "conflict")}
    for op in outbox.entries(cache, "pending"):
        if op.incident_key in blocked:
            report.waiting += 1
            continue
        try:
            applied = apply_op(server, op)
        except REFUSALS as exc:
            outbox.settle(cache, op.seq, "conflict", message=str(exc))
            blocked.add(op.incident_key)
            report.conflicts += 1
            continue
        except DatabaseLocked:
            return report  # busy for now: the next round carries on from here
        except CallHandlerError as exc:
            if is_unreachable(exc):
                report.unreachable = True
                return report
            # Anything else the server says no to is this operation's problem, shown to
            # the handler; it must not hold up the other incidents' work for ever.
            outbox.settle(cache, op.seq, "conflict", message=f"The server refused it: {exc}")
            blocked.add(op.incident_key)
            report.conflicts += 1
            continue
        outbox.settle(cache, op.seq, "applied", result=applied.result)
        if applied.already:
            report.already_applied += 1
        else:
            report.applied += 1
        if op.kind == "open_incident":
            report.applied_creates.append(op)
    return report


def retry(cache: Database, seq: int, *, expected_version: int | None = None) -> OutboxEntry:
    """Put a conflict back in the queue; a grade decision or a correction of the call
    details takes the version now seen."""
    op = outbox.entry(cache, seq)
    if op.status != "conflict":
        raise BadInput(f"Operation {seq} is {op.status}, not a conflict: nothing to retry.")
    payload = None
    if expected_version is not None and op.kind in VERSIONED:
        payload = {**op.payload, "expected_version": expected_version}
    outbox.settle(cache, seq, "pending", payload=payload)
    return outbox.entry(cache, seq)


MIN_REASON_CHARS = 10


def discard(server: Database, cache: Database, actor: Actor, seq: int, reason: str) -> None:
    """Give up a conflict on purpose: the reason and what is given up are audited on the server."""
    op = outbox.entry(cache, seq)
    if op.status != "conflict":
        raise BadInput(
            f"Operation {seq} is {op.status}: only a conflict can be discarded, and only "
            "with a reason."
        )
    text = " ".join((reason or "").split())
    if len(text.replace(" ", "")) < MIN_REASON_CHARS:
        raise BadInput(
            "Write why this operation is given up (at least a sentence): it is recorded "
            "in the audit log."
        )
    with server.write() as session:
        ref = op.incident_ref or op.payload.get("key", "")
        if op.incident_id is not None or op.client_uuid:
            known = (
                Incident.id == op.incident_id
                if op.client_uuid is None
                else (Incident.client_uuid == op.client_uuid)
            )
            ref = session.execute(select(Incident.ref).where(known)).scalar() or ref
        audit.record(
            session,
            actor,
            "discard_offline_operation",
            "incident" if op.kind != "consultation" else "history",
            ref,
            {
                "op_id": op.op_id,
                "kind": op.kind,
                "made_by": op.actor.username,
                "made_offline_at": op.created_at.isoformat(),
                "server_said": op.message,
                "reason": text,
            },
        )
    outbox.settle(cache, seq, "discarded", message=f"Discarded by {actor.username}: {text}")

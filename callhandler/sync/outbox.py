"""The outbox: work done while the server was unreachable, kept in order in the local cache.

Each operation is one row of the ``outbox`` table in the workstation's cache database
(created here with ``create_all``; it is local state, never on the server). An operation
carries everything needed to do it again on the server as the person who did it: its
kind, a JSON payload, the actor, and which incident it belongs to (the server's id, or
the client uuid of an incident opened offline). Status: ``pending`` until replayed,
``applied`` (with the server's result), ``conflict`` (the server refused; the message
says why) or ``discarded`` (explicitly, with a reason). A conflict is never dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from callhandler.domain.conditions import Cause
from callhandler.domain.conversation import Answer, Conversation
from callhandler.domain.facts import Facts, FactValue
from callhandler.domain.grading import Flag, Reason, Recommendation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import UTCDateTime

KINDS = (
    "open_incident",
    "record_answers",
    "decide_grade",
    "consultation",
    "update_details",
    "link_person",
)
STATUSES = ("pending", "applied", "conflict", "discarded")

outbox_metadata = MetaData()
outbox = Table(
    "outbox",
    outbox_metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("kind", String(24), nullable=False),
    Column("incident_id", Integer),  # the server's id, for an incident the server knows
    Column("client_uuid", String(36)),  # for an incident opened offline
    Column("local_id", Integer),  # the provisional row's id in the cache
    Column("incident_ref", String(40), nullable=False, default=""),
    Column("payload_json", Text, nullable=False),
    Column("actor_json", Text, nullable=False),
    Column("username", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("status", String(12), nullable=False, default="pending"),
    Column("message", Text, nullable=False, default=""),
    Column("result_json", Text),
    Column("settled_at", UTCDateTime),
)


def ensure_outbox(cache: Database) -> None:
    """Create the outbox table in the cache when it is not there yet."""
    outbox_metadata.create_all(cache.engine)


@dataclass(frozen=True)
class OutboxEntry:
    """One queued operation as the window lists it."""

    seq: int
    op_id: str
    kind: str
    incident_id: int | None
    client_uuid: str | None
    local_id: int | None
    incident_ref: str
    payload: dict[str, Any]
    actor: Actor
    created_at: dt.datetime
    status: str
    message: str
    result: dict[str, Any] | None

    @property
    def incident_key(self) -> str:
        """Operations with the same key are about the same incident and stay in order."""
        if self.client_uuid:
            return f"uuid:{self.client_uuid}"
        if self.incident_id is not None:
            return f"id:{self.incident_id}"
        return f"op:{self.op_id}"  # a consultation belongs to no incident

    def describe(self) -> str:
        words = {
            "open_incident": "open the incident",
            "record_answers": "record triage answers",
            "decide_grade": "decide the grade",
            "consultation": "look up previous calls",
            "update_details": "correct the call details",
            "link_person": "link a person on record",
        }.get(self.kind, self.kind)
        made = self.created_at.astimezone().strftime("%H:%M:%S")
        where = f" for {self.incident_ref}" if self.incident_ref else ""
        return f"{self.actor.username} at {made}: {words}{where}"


def _entry(row: RowMapping) -> OutboxEntry:
    result = row["result_json"]
    return OutboxEntry(
        seq=row["seq"],
        op_id=row["op_id"],
        kind=row["kind"],
        incident_id=row["incident_id"],
        client_uuid=row["client_uuid"],
        local_id=row["local_id"],
        incident_ref=row["incident_ref"],
        payload=json.loads(row["payload_json"]),
        actor=actor_from_json(json.loads(row["actor_json"])),
        created_at=row["created_at"],
        status=row["status"],
        message=row["message"],
        result=json.loads(result) if result else None,
    )


def enqueue(
    session: Session,
    actor: Actor,
    kind: str,
    payload: dict[str, Any],
    *,
    incident_id: int | None = None,
    client_uuid: str | None = None,
    local_id: int | None = None,
    incident_ref: str = "",
    at: dt.datetime | None = None,
    op_id: str | None = None,
) -> str:
    """Queue one operation inside the caller's cache transaction; returns its op id
    (a new one, or the one the operation had when it was first tried on the server)."""
    if kind not in KINDS:
        raise ValueError(f"unknown outbox operation {kind!r}")
    op_id = op_id or str(uuid.uuid4())
    session.execute(
        insert(outbox).values(
            op_id=op_id,
            kind=kind,
            incident_id=incident_id,
            client_uuid=client_uuid,
            local_id=local_id,
            incident_ref=incident_ref,
            payload_json=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            actor_json=json.dumps(actor_json(actor)),
            username=actor.username,
            created_at=at or dt.datetime.now(dt.UTC),
            status="pending",
            message="",
        )
    )
    return op_id


def entries(cache: Database, *statuses: str) -> list[OutboxEntry]:
    """Operations in queue order, only those with the given statuses when any are given."""
    query = select(outbox).order_by(outbox.c.seq)
    if statuses:
        query = query.where(outbox.c.status.in_(statuses))
    with cache.read_connection() as conn:
        return [_entry(row) for row in conn.execute(query).mappings()]


def entry(cache: Database, seq: int) -> OutboxEntry:
    with cache.read_connection() as conn:
        row = conn.execute(select(outbox).where(outbox.c.seq == seq)).mappings().first()
    if row is None:
        raise BadInput(f"There is no queued operation number {seq}; reload the list.")
    return _entry(row)


def counts(cache: Database) -> dict[str, int]:
    """How many operations are in each status (every status listed, zero included)."""
    with cache.read_connection() as conn:
        rows = conn.execute(select(outbox.c.status, func.count()).group_by(outbox.c.status)).all()
    found = {status: 0 for status in STATUSES}
    found.update({str(status): int(n) for status, n in rows})
    return found


def settle(
    cache: Database,
    seq: int,
    status: str,
    *,
    message: str = "",
    result: dict[str, Any] | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Record what became of an operation (applied, conflict, discarded, or pending again)."""
    if status not in STATUSES:
        raise ValueError(f"unknown outbox status {status!r}")
    values: dict[str, Any] = {
        "status": status,
        "message": message,
        "settled_at": None if status == "pending" else dt.datetime.now(dt.UTC),
    }
    if result is not None:
        values["result_json"] = json.dumps(result, ensure_ascii=False, sort_keys=True)
    if payload is not None:
        values["payload_json"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with cache.write() as session:
        session.execute(update(outbox).where(outbox.c.seq == seq).values(**values))


def create_op_for(
    cache: Database, *, client_uuid: str | None = None, local_id: int | None = None
) -> OutboxEntry | None:
    """The operation that opened an offline incident, by its client uuid or provisional id."""
    query = select(outbox).where(outbox.c.kind == "open_incident")
    if client_uuid is not None:
        query = query.where(outbox.c.client_uuid == client_uuid)
    elif local_id is not None:
        query = query.where(outbox.c.local_id == local_id)
    else:
        return None
    with cache.read_connection() as conn:
        row = conn.execute(query.limit(1)).mappings().first()
    return _entry(row) if row is not None else None


# -- payloads: what each operation needs to be done again on the server -------------------


def actor_json(actor: Actor) -> dict[str, Any]:
    return {
        "user_id": actor.user_id,
        "username": actor.username,
        "display_name": actor.display_name,
        "role": actor.role,
        "workstation": actor.workstation,
    }


def actor_from_json(document: dict[str, Any]) -> Actor:
    return Actor(
        document["user_id"],
        document["username"],
        document["display_name"],
        document["role"],
        document["workstation"],
    )


def conversation_json(conversation: Conversation) -> dict[str, Any]:
    return {
        "script": conversation.script.id,
        "script_version": conversation.script.version,
        "answers": [a.to_json() for a in conversation.answers.values()],
        "carried": [a.to_json() for a in conversation.carried.values()],
    }


def _answer(document: dict[str, Any]) -> Answer:
    value = document["value"]
    fact_value: FactValue = tuple(value) if isinstance(value, list) else str(value)
    return Answer(
        document["question_id"],
        document["fact"],
        fact_value,
        document["script_id"],
        int(document["script_version"]),
        dt.datetime.fromisoformat(document["answered_at"]),
    )


def conversation_from_json(document: dict[str, Any]) -> Conversation:
    script = shipped_script(document["script"])
    if script.version != document["script_version"]:
        raise BadInput(
            f"The answers were given in script {script.id} version "
            f"{document['script_version']}; this version of callhandler has version "
            f"{script.version}. Ask an administrator to update the workstation."
        )
    answers = {a.question_id: a for a in map(_answer, document["answers"])}
    carried = {a.fact: a for a in map(_answer, document["carried"])}
    return Conversation(script, answers, carried)


def recommendation_json(rec: Recommendation) -> dict[str, Any]:
    return {
        "domestic_abuse": rec.domestic_abuse,
        "abuse_types": list(rec.abuse_types),
        "grade": rec.grade,
        "grade_name": rec.grade_name,
        "policy_floor": rec.policy_floor,
        "policy_floor_name": rec.policy_floor_name,
        "reasons": [
            {
                "rule": r.rule,
                "title": r.title,
                "text": r.text,
                "grade": r.grade,
                "causes": [_cause_json(c) for c in r.causes],
            }
            for r in rec.reasons
        ],
        "dash_required": rec.dash_required,
        "marac_consideration": rec.marac_consideration,
        "officers_recommended": rec.officers_recommended,
        "flags": [[f.id, f.label] for f in rec.flags],
        "policy_id": rec.policy_id,
        "policy_version": rec.policy_version,
        "least_urgent_grade": rec.least_urgent_grade,
        "facts": rec.facts.to_json(),
    }


def _cause_json(cause: Cause) -> dict[str, Any]:
    value = list(cause.value) if isinstance(cause.value, tuple) else cause.value
    return {
        "kind": cause.kind,
        "item": cause.item,
        "value": value,
        "on": cause.on,
        "target": cause.target,
    }


def _cause(document: dict[str, Any]) -> Cause:
    value = document["value"]
    return Cause(
        document["kind"],
        document["item"],
        tuple(value) if isinstance(value, list) else value,
        document["on"],
        document["target"],
    )


def recommendation_from_json(document: dict[str, Any]) -> Recommendation:
    """The recommendation as the handler saw it when deciding (the server's replay checks
    it against its own: triage.decide_grade)."""
    return Recommendation(
        domestic_abuse=bool(document["domestic_abuse"]),
        abuse_types=tuple(document["abuse_types"]),
        grade=int(document["grade"]),
        grade_name=document["grade_name"],
        policy_floor=int(document["policy_floor"]),
        policy_floor_name=document["policy_floor_name"],
        reasons=tuple(
            Reason(
                r["rule"],
                r["title"],
                r["text"],
                r["grade"],
                tuple(_cause(c) for c in r["causes"]),
            )
            for r in document["reasons"]
        ),
        dash_required=bool(document["dash_required"]),
        marac_consideration=bool(document["marac_consideration"]),
        officers_recommended=int(document["officers_recommended"]),
        flags=tuple(Flag(i, label) for i, label in document["flags"]),
        policy_id=document["policy_id"],
        policy_version=int(document["policy_version"]),
        least_urgent_grade=int(document["least_urgent_grade"]),
        facts=Facts.from_json(document["facts"]),
    )

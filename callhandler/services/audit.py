"""The append-only, hash-chained audit log (DPA 2018 s.62): write events, verify the chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 0x0CA11A0D17  # advisory lock id: one chain writer at a time


def _digest(prev_hash: str, at: dt.datetime, fields: dict[str, str]) -> str:
    payload = json.dumps(
        {
            "prev": prev_hash,
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            **fields,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


_LAST_HASH = text("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int,
    detail: dict[str, Any] | None = None,
    *,
    at: dt.datetime | None = None,
) -> str:
    """Append one event inside the caller's transaction (so it commits with the change).

    Returns the new event's hash. On PostgreSQL an advisory lock makes concurrent writers
    take turns so the chain never forks; SQLite's BEGIN IMMEDIATE already serialises them.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    prev_hash = session.execute(_LAST_HASH).scalar() or GENESIS
    when = at or dt.datetime.now(dt.UTC)
    fields = {
        "username": actor.username,
        "role": actor.role,
        "workstation": actor.workstation,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id)[:64],
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, default=str),
    }
    digest = _digest(prev_hash, when, fields)
    session.execute(insert(AuditEvent).values(at=when, prev_hash=prev_hash, hash=digest, **fields))
    return digest


@dataclass(frozen=True)
class VerifyResult:
    events_checked: int
    first_broken_id: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(db: Database) -> VerifyResult:
    """Walk the chain in order; report the first event whose hash or link does not hold."""
    checked = 0
    prev_hash = GENESIS
    with db.read() as session:
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        for event in rows:
            checked += 1
            if event.prev_hash != prev_hash:
                return VerifyResult(checked, event.id, "does not link to the event before it")
            fields = {
                "username": event.username,
                "role": event.role,
                "workstation": event.workstation,
                "action": event.action,
                "entity": event.entity,
                "entity_id": event.entity_id,
                "detail": event.detail,
            }
            if _digest(prev_hash, event.at, fields) != event.hash:
                return VerifyResult(checked, event.id, "content changed after it was written")
            prev_hash = event.hash
            session.expunge(event)
    return VerifyResult(checked, None, None)

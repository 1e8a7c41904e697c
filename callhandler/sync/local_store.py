"""Work done offline, in the workstation's cache: provisional rows, and their removal.

While the server is unreachable an action is done on the cache by the same service that
would do it on the server, and queued in the outbox in the same local transaction. Rows
made that way get ids below ``LOCAL_IDS_BELOW`` (the server's rows in the cache are above
zero, so the pull never meets them); an incident gets a client uuid and a provisional
reference ``PENDING-<workstation>-0001``. Once the server has the work, ``tidy`` removes
the provisional rows and the pull brings the server's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from callhandler.services import calls
from callhandler.services.calls import IncidentRow, NewCall
from callhandler.storage.engine import Database
from callhandler.storage.models import (
    Address,
    Base,
    Incident,
    IncidentPerson,
    Person,
    Phone,
    User,
)
from callhandler.sync import outbox
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.replay import OneTransaction

T = TypeVar("T")
PROVISIONAL = "PENDING"
# Offline rows count down from here: well clear of the server's ids (above zero) and of
# the -1 the history look-up uses for "exclude no incident".
LOCAL_IDS_BELOW = -1_000_000


def open_incident(cache: Database, op: OutboxEntry, call: NewCall) -> IncidentRow:
    """Open the incident in the cache with a provisional ref, and queue its opening."""
    stamped: list[Incident] = []

    def prepare(session: Session) -> None:
        for obj in list(session.new):
            if isinstance(obj, Incident) and obj.client_uuid is None:
                obj.client_uuid = op.client_uuid
                obj.ref = _provisional_ref(session, op.actor.workstation)
                if obj.handler_id is not None and not _cached_user(session, obj.handler_id):
                    obj.handler_id = None  # the cache does not hold this user yet
                stamped.append(obj)
        _negative_ids(session)

    def finish(session: Session) -> None:
        incident = stamped[0]
        _queue(session, op, local_id=incident.id, ref=incident.ref)

    return calls.open_incident(OneTransaction(cache, finish, prepare), op.actor, call)


def apply(
    cache: Database,
    op: OutboxEntry,
    incident_id: int,
    locally: Callable[[Database, int], T],
    queued_only: Callable[[], T],
) -> T:
    """Do the action on the cache and queue it, in one local transaction; queue it alone
    when the cache does not hold the incident (opened online just before the outage)."""
    local_id = op.local_id if op.local_id is not None else incident_id
    with cache.read_connection() as conn:
        present = conn.execute(select(Incident.id).where(Incident.id == local_id)).first()
    if present is not None:
        return locally(
            OneTransaction(cache, lambda session: _queue(session, op), _negative_ids), local_id
        )
    with cache.write() as session:
        _queue(session, op)
    return queued_only()


def tidy(cache: Database, *, unsettled: set[str]) -> None:
    """Drop provisional rows the server now holds: every incident whose opening reached
    it (or was discarded), and the answers and grades made offline for incidents with
    nothing left queued. ``unsettled``: incident keys with queued operations."""
    settled_creates = [
        e.local_id
        for e in outbox.entries(cache, "applied", "discarded")
        if e.kind == "open_incident" and e.local_id is not None
    ]
    with cache.write() as session:
        for local_id in settled_creates:
            _forget_incident(session, local_id)
        tables = [t for t in Base.metadata.sorted_tables if "incident_id" in t.c and "id" in t.c]
        for table in reversed(tables):
            ids = session.execute(
                select(table.c.incident_id).where(table.c.id < 0).distinct()
            ).scalars()
            done = [i for i in ids if i is not None and i > 0 and f"id:{i}" not in unsettled]
            if done:
                session.execute(delete(table).where(table.c.id < 0, table.c.incident_id.in_(done)))
        _forget_orphans(session)


def _cached_user(session: Session, user_id: int) -> bool:
    found = session.connection().execute(select(User.id).where(User.id == user_id)).first()
    return found is not None


def _queue(
    session: Session, op: OutboxEntry, *, local_id: int | None = None, ref: str | None = None
) -> None:
    outbox.enqueue(
        session,
        op.actor,
        op.kind,
        op.payload,
        incident_id=op.incident_id,
        client_uuid=op.client_uuid,
        local_id=local_id if local_id is not None else op.local_id,
        incident_ref=ref if ref is not None else op.incident_ref,
        at=op.created_at,
        op_id=op.op_id,
    )


def _provisional_ref(session: Session, workstation: str) -> str:
    name = re.sub(r"[^A-Za-z0-9]+", "-", workstation).strip("-")[:20] or "WS"
    opened = outbox.outbox.c.kind == "open_incident"
    made = (
        session.connection()
        .execute(select(func.count()).select_from(outbox.outbox).where(opened))
        .scalar()
    )
    return f"{PROVISIONAL}-{name}-{(made or 0) + 1:04d}"


def _negative_ids(session: Session) -> None:
    """Give each new row an id below LOCAL_IDS_BELOW (runs before every flush)."""
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


def _forget_incident(session: Session, local_id: int) -> None:
    if local_id >= 0:
        return
    for table in reversed(Base.metadata.sorted_tables):
        if "incident_id" in table.c:
            session.execute(delete(table).where(table.c.incident_id == local_id))
    session.execute(delete(Incident).where(Incident.id == local_id))


def _forget_orphans(session: Session) -> None:
    """Offline-made phones, addresses and people nothing refers to any more."""
    used_phones = select(Incident.phone_id).where(Incident.phone_id.is_not(None))
    used_addresses = select(Incident.address_id).where(Incident.address_id.is_not(None))
    used_people = select(IncidentPerson.person_id)
    session.execute(delete(Phone).where(Phone.id < 0, Phone.id.not_in(used_phones)))
    session.execute(delete(Address).where(Address.id < 0, Address.id.not_in(used_addresses)))
    session.execute(delete(Person).where(Person.id < 0, Person.id.not_in(used_people)))

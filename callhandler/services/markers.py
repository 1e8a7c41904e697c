"""Warning markers placed by a closure, reviewed and expired by inspectors; all audited.

``place_closure_markers`` runs inside the closure's write, so the next look-up of the number,
address or victim shows what the officer's answers placed. A marker is never deleted: one
whose answer was withdrawn, or that an inspector expires, gets ``expires_at`` and stops
showing as active.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain.closure_markers import planned_markers
from callhandler.domain.history import active, marker_label
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, recheck
from callhandler.services.incident_record import recorded_facts
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Marker

MAY_EXPIRE = ("inspector", "admin")
MIN_REASON_CHARS = 10


@dataclass(frozen=True)
class MarkerRow:
    """One marker as the review list shows it."""

    id: int
    marker_type: str
    label: str
    on: str
    target: str
    text: str
    set_by: str
    set_at: dt.datetime
    expires_at: dt.datetime | None
    active: bool
    source_ref: str | None


def _targets(incident: Incident) -> dict[str, list[tuple[str, int]]]:
    victims = [p.person_id for p in incident.people if p.role == "victim"]
    return {
        "phone": [("phone_id", incident.phone_id)] if incident.phone_id else [],
        "address": [("address_id", incident.address_id)] if incident.address_id else [],
        "person": [("person_id", pid) for pid in victims],
    }


def _key(marker: Marker) -> tuple[str, str, int]:
    for column in ("phone_id", "address_id", "person_id"):
        value = getattr(marker, column)
        if value is not None:
            return marker.marker_type, column, int(value)
    return marker.marker_type, "", 0


def place_closure_markers(
    session: Session,
    actor: Actor,
    incident: Incident,
    answers: Mapping[str, Any],
    now: dt.datetime,
) -> tuple[int, int]:
    """Bring this incident's markers in step with its closure answers; (placed, expired)."""
    planned = planned_markers(answers, recorded_facts(session, incident.id), incident.risk_level)
    wanted: dict[tuple[str, str, int], tuple[str, dt.datetime | None]] = {}
    targets = _targets(incident)
    for plan in planned:
        expires = (
            dt.datetime.combine(plan.expires_on, dt.time(23, 59), tzinfo=dt.UTC)
            if plan.expires_on
            else None
        )
        for place in plan.places:
            for column, target_id in targets[place]:
                wanted[(plan.marker_type, column, target_id)] = (plan.why, expires)
    current = {
        _key(m): m
        for m in session.execute(
            select(Marker).where(Marker.source_incident_id == incident.id)
        ).scalars()
        if active(m.expires_at, now)
    }
    placed = expired = 0
    for key, (why, expires) in wanted.items():
        existing = current.get(key)
        if existing is not None:
            if existing.expires_at != expires:
                existing.expires_at = expires
            continue
        kind, column, target_id = key
        marker = Marker(
            marker_type=kind,
            text=f"{why} ({incident.ref})",
            set_by=actor.username,
            set_at=now,
            expires_at=expires,
            source_incident_id=incident.id,
            **{column: target_id},
        )
        session.add(marker)
        placed += 1
    for key, marker in current.items():
        if key not in wanted:
            marker.expires_at = now
            expired += 1
    if placed or expired:
        session.flush()
        audit.record(
            session,
            actor,
            "markers_from_closure",
            "incident",
            incident.ref,
            {
                "placed": sorted({k[0] for k in wanted if k not in current}),
                "expired": sorted({k[0] for k in current if k not in wanted}),
            },
            at=now,
        )
    return placed, expired


def expire_marker(
    db: Database, actor: Actor, marker_id: int, reason: str, *, now: dt.datetime | None = None
) -> MarkerRow:
    """An inspector's review: the marker stops showing as active, with the reason audited."""
    if actor.role not in MAY_EXPIRE:
        raise PermissionDenied(messages.ONLY_INSPECTORS_EXPIRE())
    text = " ".join((reason or "").split())
    if sum(1 for ch in text if not ch.isspace()) < MIN_REASON_CHARS:
        raise BadInput(messages.MARKER_WHY())
    now = now or dt.datetime.now(dt.UTC)
    with db.write() as session:
        marker = session.get(Marker, marker_id)
        if marker is None:
            raise BadInput(messages.NO_MARKER(marker_id=marker_id))
        if not active(marker.expires_at, now):
            raise BadInput(messages.MARKER_EXPIRED())
        marker.expires_at = now
        session.flush()
        audit.record(
            session,
            actor,
            "marker_expired",
            "marker",
            marker.id,
            {"type": marker.marker_type, "reason": text[:1000]},
            at=now,
        )
        return _row(session, marker, now)


def markers_for_incident(
    db: Database, actor: Actor, incident_id: int, *, now: dt.datetime | None = None
) -> tuple[MarkerRow, ...]:
    """Every marker, active or expired, on the incident's number, address and victims."""
    now = now or dt.datetime.now(dt.UTC)
    with db.read() as session:
        recheck(session, actor, ("handler", "inspector", "admin"), messages.MARKERS_HIDDEN())
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        victims = [
            p.person_id
            for p in session.execute(
                select(IncidentPerson).where(
                    IncidentPerson.incident_id == incident_id, IncidentPerson.role == "victim"
                )
            ).scalars()
        ]
        clauses = [Marker.source_incident_id == incident_id]
        if incident.phone_id:
            clauses.append(Marker.phone_id == incident.phone_id)
        if incident.address_id:
            clauses.append(Marker.address_id == incident.address_id)
        if victims:
            clauses.append(Marker.person_id.in_(victims))
        rows = session.execute(
            select(Marker).where(or_(*clauses)).order_by(Marker.set_at.desc())
        ).scalars()
        return tuple(_row(session, m, now) for m in rows)


def _row(session: Session, marker: Marker, now: dt.datetime) -> MarkerRow:
    from callhandler.storage.models import Address, Person, Phone

    if marker.phone_id:
        phone = session.get(Phone, marker.phone_id)
        on, target = "phone", phone.e164 if phone else ""
    elif marker.address_id:
        address = session.get(Address, marker.address_id)
        on, target = "address", address.display if address else ""
    else:
        person = session.get(Person, marker.person_id)
        on, target = "person", person.name if person else ""
    source = session.get(Incident, marker.source_incident_id) if marker.source_incident_id else None
    return MarkerRow(
        id=marker.id,
        marker_type=marker.marker_type,
        label=marker_label(marker.marker_type),
        on=on,
        target=target,
        text=marker.text,
        set_by=marker.set_by,
        set_at=marker.set_at,
        expires_at=marker.expires_at,
        active=active(marker.expires_at, now),
        source_ref=source.ref if source else None,
    )

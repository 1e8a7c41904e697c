"""Trigger events for risk reassessment (seed recommendation 11): record, list, close.

A trigger event (a suspect released from custody, a court date, an order or bail
expiring) is recorded against an incident, a person, or both, with the date it falls
due. It stays open until someone records the outcome: "reassessed" or "no reassessment
needed", always with a rationale. Recording a risk assessment on the incident closes its
open events as "reassessed: <level>" in the same transaction (``close_on_reassessment``,
called by ``services.risk``). Every change and every look-up is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from callhandler import messages
from callhandler.domain.normalise import clean_text
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, current_actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, Person
from callhandler.storage.oversight_models import TRIGGER_KINDS as TRIGGER_KINDS  # for the window
from callhandler.storage.oversight_models import TriggerEvent

TRIGGER_ROLES = ("handler", "inspector", "admin")
KIND_WORDS = {
    "release_from_custody": "release from custody",
    "court_date": "court date",
    "order_expiry": "order expiry",
    "bail_expiry": "bail expiry",
    "other": "other",
}
OUTCOMES = ("reassessed", "no reassessment needed")
MAX_YEARS_AWAY = 5
NOTE_LIMIT = 4000
MIN_RATIONALE = 10


@dataclass(frozen=True)
class TriggerEventView:
    """One trigger event as a list or the oversight view shows it."""

    id: int
    kind: str
    kind_words: str
    due_on: dt.date
    incident_id: int | None
    incident_ref: str  # "" when recorded against a person only
    person_id: int | None
    person_name: str  # "" when recorded against an incident only
    note: str
    recorded_by: str
    recorded_at: dt.datetime
    closed_at: dt.datetime | None
    closed_by: str | None
    outcome: str | None
    rationale: str | None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


def _check_role(actor: Actor, doing: str) -> None:
    if actor.role not in TRIGGER_ROLES:
        raise PermissionDenied(messages.ONLY_STAFF_CAN(doing=doing))


def _due_date(value: object, today: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            raise BadInput(messages.DUE_NOT_A_DATE(text=text[:40])) from None
    if not isinstance(value, dt.date):
        raise BadInput(messages.DUE_AS_A_DATE())
    earliest = today.replace(year=today.year - MAX_YEARS_AWAY)
    latest = _years_later(today, MAX_YEARS_AWAY)
    if not earliest <= value <= latest:
        raise BadInput(
            messages.DUE_TOO_FAR(
                due=value.isoformat(), years=MAX_YEARS_AWAY, today=today.isoformat()
            )
        )
    return value


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _note(text: object) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise BadInput("The note must be text.")
    if "\x00" in text:
        raise BadInput("The note contains binary data (a NUL character): paste plain text.")
    if len(text) > NOTE_LIMIT:
        raise BadInput(
            f"The note is {len(text):,} characters; keep it under {NOTE_LIMIT:,} "
            "(the detail belongs in the incident's narrative)."
        )
    return clean_text(text, NOTE_LIMIT)


def _view(session: Session, row: TriggerEvent) -> TriggerEventView:
    incident = session.get(Incident, row.incident_id) if row.incident_id else None
    person = session.get(Person, row.person_id) if row.person_id else None
    return TriggerEventView(
        id=row.id,
        kind=row.kind,
        kind_words=KIND_WORDS.get(row.kind, row.kind),
        due_on=row.due_on,
        incident_id=row.incident_id,
        incident_ref=incident.ref if incident else "",
        person_id=row.person_id,
        person_name=person.name if person else "",
        note=row.note,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        outcome=row.outcome,
        rationale=row.rationale,
    )


def record_trigger_event(
    db: Database,
    actor: Actor,
    *,
    kind: str,
    due_on: dt.date | str,
    incident_id: int | None = None,
    person_id: int | None = None,
    note: str = "",
    now: dt.datetime | None = None,
) -> TriggerEventView:
    """Record a trigger event against an incident and/or a person; audited.

    BadInput for an unknown kind, no subject, a subject that does not exist, a due date
    that is not a date or is more than five years away, or a note too long or binary.
    """
    _check_role(actor, "record trigger events")
    if kind not in TRIGGER_KINDS:
        choices = ", ".join(f"{k} ({KIND_WORDS[k]})" for k in TRIGGER_KINDS)
        raise BadInput(f"{str(kind)[:40]!r} is not a kind of trigger event: choose {choices}.")
    if incident_id is None and person_id is None:
        raise BadInput(messages.TRIGGER_ABOUT_WHOM())
    now = now or now_utc()
    due = _due_date(due_on, now.date())
    cleaned = _note(note)
    with db.write() as session:
        incident = session.get(Incident, incident_id) if incident_id is not None else None
        if incident_id is not None and incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        if person_id is not None and session.get(Person, person_id) is None:
            raise BadInput(messages.NO_PERSON(person_id=person_id))
        row = TriggerEvent(
            incident_id=incident_id,
            person_id=person_id,
            kind=kind,
            due_on=due,
            note=cleaned,
            recorded_by=actor.username,
            recorded_at=now,
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor,
            "record_trigger_event",
            "trigger_event",
            row.id,
            {
                "kind": kind,
                "due_on": due.isoformat(),
                "incident": incident.ref if incident else None,
                "person_id": person_id,
                "note_characters": len(cleaned),
            },
            at=now,
        )
        return _view(session, row)


def _listed(
    db: Database, actor: Actor, what: str, key: int, column: InstrumentedAttribute[int | None]
) -> list[TriggerEventView]:
    _check_role(actor, "read trigger events")
    with db.write() as session:  # a consultation is audited
        actor = current_actor(session, actor)
        rows = session.execute(
            select(TriggerEvent)
            .where(column == key)
            .order_by(TriggerEvent.closed_at.is_not(None), TriggerEvent.due_on, TriggerEvent.id)
        ).scalars()
        views = [_view(session, r) for r in rows]
        audit.record(session, actor, "view_trigger_events", what, key, {"events": len(views)})
        return views


def events_for_incident(db: Database, actor: Actor, incident_id: int) -> list[TriggerEventView]:
    """The incident's trigger events: open ones first, soonest due first."""
    return _listed(db, actor, "incident", incident_id, TriggerEvent.incident_id)


def events_for_person(db: Database, actor: Actor, person_id: int) -> list[TriggerEventView]:
    """The person's trigger events: open ones first, soonest due first."""
    return _listed(db, actor, "person", person_id, TriggerEvent.person_id)


def close_trigger_event(
    db: Database,
    actor: Actor,
    event_id: int,
    *,
    outcome: str,
    rationale: str,
    now: dt.datetime | None = None,
) -> TriggerEventView:
    """Close an open event: "reassessed" or "no reassessment needed", with a rationale."""
    _check_role(actor, "close trigger events")
    if outcome not in OUTCOMES:
        raise BadInput(f"The outcome must be one of: {', '.join(repr(o) for o in OUTCOMES)}.")
    why = clean_text(rationale if isinstance(rationale, str) else "", NOTE_LIMIT)
    if sum(1 for ch in why if not ch.isspace()) < MIN_RATIONALE:
        raise BadInput(messages.TRIGGER_SAY_WHY(minimum=MIN_RATIONALE))
    now = now or now_utc()
    with db.write() as session:
        row = session.get(TriggerEvent, event_id)
        if row is None:
            raise BadInput(messages.NO_TRIGGER_EVENT(event_id=event_id))
        if row.closed_at is not None:
            raise BadInput(
                messages.TRIGGER_ALREADY_CLOSED(
                    event_id=event_id, who=row.closed_by, outcome=row.outcome
                )
            )
        _close(session, actor, row, outcome, why, now)
        return _view(session, row)


def _close(
    session: Session, actor: Actor, row: TriggerEvent, outcome: str, why: str, now: dt.datetime
) -> None:
    row.closed_at = now
    row.closed_by = actor.username
    row.outcome = outcome
    row.rationale = why
    session.flush()
    audit.record(
        session,
        actor,
        "close_trigger_event",
        "trigger_event",
        row.id,
        {"kind": row.kind, "due_on": row.due_on.isoformat(), "outcome": outcome, "rationale": why},
        at=now,
    )


def close_on_reassessment(
    session: Session, actor: Actor, incident: Incident, level: str, now: dt.datetime
) -> int:
    """Inside the risk assessment's transaction: close the incident's open events."""
    rows = session.execute(
        select(TriggerEvent)
        .where(TriggerEvent.incident_id == incident.id, TriggerEvent.closed_at.is_(None))
        .order_by(TriggerEvent.id)
    ).scalars()
    closed = 0
    for row in rows:
        why = f"Risk assessment recorded on incident {incident.ref}: level {level}."
        _close(session, actor, row, f"reassessed: {level}", why, now)
        closed += 1
    return closed

"""Taking a call: open an incident from the new-call form, correct its details, list the
shift's incidents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.domain.caller_location import parse_caller_location
from callhandler.domain.lifecycle import details_problems
from callhandler.domain.normalise import (
    MAX_FIELD,
    address_key,
    clean_text,
    format_phone,
    name_key,
    normalise_phone,
    normalise_postcode,
    parse_dob,
)
from callhandler.errors import BadInput, PermissionDenied
from callhandler.messages import Said
from callhandler.services import audit
from callhandler.services.context import Actor, current_actor, recheck, require_role
from callhandler.services.incident_changes import changing, record_edit
from callhandler.services.records import address_for, person_for, phone_for
from callhandler.services.references import next_reference
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Person

SHIFT_HOURS = 12
NAME_LIMIT = 200
ADDRESS_LIMIT = 300
SUMMARY_LIMIT = 20000
FORM_ROLES = (("caller", "caller_name"), ("victim", "victim_name"), ("suspect", "suspect_name"))


@dataclass(frozen=True)
class NewCall:
    """What the handler typed in the new-call form."""

    phone: str = ""
    address: str = ""
    postcode: str = ""
    caller_name: str = ""
    victim_name: str = ""
    suspect_name: str = ""
    summary: str = ""
    # As typed (day/month/year); optional and never blocking: with the name, it links the
    # person to the one already on record instead of making a second.
    victim_dob: str = ""
    suspect_dob: str = ""
    # Where the caller is now, if not at the address: words, a grid reference or
    # coordinates (callhandler.domain.caller_location).
    caller_location: str = ""


@dataclass(frozen=True)
class IncidentRow:
    """One incident as lists and panels show it (immutable, safe to pass to the UI)."""

    id: int
    ref: str
    opened_at: dt.datetime
    status: str
    phone: str
    address: str
    postcode: str
    caller: str
    victim: str
    suspect: str
    category: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    handler: str
    version: int
    dispatched_at: dt.datetime | None = None
    attended_at: dt.datetime | None = None
    victim_dob: str = ""  # day/month/year, as the form shows it
    suspect_dob: str = ""
    caller_location: str = ""


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str  # English; ``said`` is the same as a catalogue message (the window's)
    said: Said | None = None


def _problem(field: str, said: Said) -> FieldProblem:
    return FieldProblem(field, str(said), said)


def _refused(problems: list[FieldProblem]) -> BadInput:
    """The form's problems as one error (translatable when each is a catalogue message)."""
    saids = [p.said for p in problems if p.said is not None]
    if len(saids) == len(problems):
        return BadInput(*saids)
    return BadInput(" ".join(p.message for p in problems))


def check_new_call(call: NewCall) -> list[FieldProblem]:
    """Every problem with the form at once, each naming its field and the fix."""
    problems: list[FieldProblem] = []
    for field, limit in (
        ("phone", 40),
        ("address", ADDRESS_LIMIT),
        ("postcode", 16),
        ("caller_name", NAME_LIMIT),
        ("victim_name", NAME_LIMIT),
        ("suspect_name", NAME_LIMIT),
    ):
        value = getattr(call, field) or ""
        if len(value) > max(limit, MAX_FIELD) or "\x00" in value:
            problems.append(_problem(field, messages.FIELD_TOO_LONG(limit=limit)))
    if call.phone.strip() and normalise_phone(call.phone) is None:
        digits = "".join(c for c in call.phone if c.isdigit())
        if digits in ("999", "112", "101", "111"):
            said = messages.SERVICE_NUMBER()
        else:
            said = messages.NOT_A_PHONE()
        problems.append(_problem("phone", said))
    if not call.phone.strip() and not call.address.strip():
        problems.append(_problem("phone", messages.NUMBER_OR_ADDRESS()))
    for field in ("victim_dob", "suspect_dob"):
        try:
            parse_dob((getattr(call, field) or "")[:40])
        except ValueError as exc:  # its argument is a catalogue message
            arg = exc.args[0] if exc.args else None
            problems.append(FieldProblem(field, str(exc), arg if isinstance(arg, Said) else None))
    try:
        parse_caller_location(call.caller_location)
    except ValueError as exc:  # its argument is a catalogue message
        arg = exc.args[0] if exc.args else None
        problems.append(
            FieldProblem("caller_location", str(exc), arg if isinstance(arg, Said) else None)
        )
    pc = normalise_postcode(call.postcode)
    if pc is not None and not pc.valid:
        problems.append(
            _problem("postcode", messages.NOT_A_POSTCODE(postcode=call.postcode.strip()))
        )
    return problems


def open_incident(db: Database, actor: Actor, call: NewCall) -> IncidentRow:
    """Create an incident from the form; audited; refuses a form with problems."""
    if actor.role not in ("handler", "inspector"):
        raise PermissionDenied(messages.ONLY_TAKERS_TAKE_CALLS())
    problems = check_new_call(call)
    if problems:
        raise _refused(problems)
    now = dt.datetime.now(dt.UTC)
    with db.write() as session:
        actor = require_role(session, actor, ("handler", "inspector"), "take calls")
        incident = Incident(
            ref=next_reference(session, now),
            opened_at=now,
            phone=phone_for(session, normalise_phone(call.phone)),
            address=address_for(session, call.address, call.postcode),
            category="call in progress",
            domestic_abuse=False,
            risk_level="none",
            children_present=False,
            status="open",
            summary=clean_text(call.summary, SUMMARY_LIMIT),
            caller_location=parse_caller_location(call.caller_location).text or None,
            source="live",
            handler_id=actor.user_id,
            workstation=actor.workstation,
            updated_at=now,
        )
        session.add(incident)
        named: dict[tuple[str, dt.date | None], Person] = {}
        for role, field in FORM_ROLES:
            typed, dob = getattr(call, field), _dob(call, role)
            # The same name twice in one call (the victim is the caller) is one person.
            person = named.get((name_key(typed), dob)) or named.get((name_key(typed), None))
            if person is None:
                person = person_for(session, typed, dob, same_name_only=False)
            if person is not None:
                named[(person.name_key, dob)] = person
                incident.people.append(IncidentPerson(person=person, role=role))
        session.flush()
        audit.record(
            session,
            actor,
            "create",
            "incident",
            incident.ref,
            {
                "phone": incident.phone.e164 if incident.phone else None,
                "address": incident.address.display if incident.address else None,
                "people": [(p.role, p.person.name) for p in incident.people],
            },
        )
        return _row(incident)


def update_call_details(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    call: NewCall,
    *,
    provisional: bool = False,
) -> IncidentRow:
    """Correct what was recorded from the new-call form (a mistyped number or address
    would file the incident where no later look-up finds it).

    Only the incident's handler or an inspector, only before it is submitted for
    sign-off; the same checks as opening; refused (ConcurrentChange) when the incident
    changed since ``expected_version``. The phone, address and the caller, victim and
    suspect the form named are re-pointed; other people stay. Each changed field is
    audited before and after; when nothing changed nothing is written.

    ``provisional``: done on a workstation's cache while the server is unreachable. An
    incident opened there may not know its handler (the cache did not hold the user); the
    server checks who may correct it when the operation arrives.
    """
    problems = check_new_call(call)
    if problems:
        raise _refused(problems)
    with changing(db, actor, incident_id, expected_version, "correct_details", lifecycle=False) as (
        session,
        incident,
    ):
        refused = details_problems(incident.status)
        if refused:
            raise BadInput(f"Incident {incident.ref}: " + " ".join(refused))
        unknown = provisional and incident.handler_id is None
        if actor.role != "inspector" and incident.handler_id != actor.user_id and not unknown:
            raise PermissionDenied(messages.ONLY_OWN_HANDLER_CORRECTS(ref=incident.ref))
        changed = _apply_details(session, incident, call)
        if changed:
            record_edit(session, actor, incident, "correct_details", {"changed": changed})
        return _row(incident)


def _apply_details(session: Session, incident: Incident, call: NewCall) -> dict[str, object]:
    """Point the incident at the corrected phone, address and people; what changed, as
    {field: {"from": ..., "to": ...}} (the caller's words by length only, as on opening).

    The rows it needs are found or made first: the incident changes only after that, so
    it is written (and its version moves) once."""
    changed: dict[str, object] = {}
    links: dict[str, object] = {}
    number = normalise_phone(call.phone)
    old_phone = incident.phone.e164 if incident.phone else None
    if (number.e164 if number else None) != old_phone:
        links["phone"] = phone_for(session, number)
        changed["phone"] = {"from": old_phone, "to": number.e164 if number else None}
    old = incident.address
    pc = normalise_postcode(call.postcode)
    display = clean_text(call.address, ADDRESS_LIMIT)
    new_key = address_key(display, pc.text if pc else None) if display else None
    old_pc = (old.postcode or "") if old else ""
    if new_key != (old.key if old else None) or (pc.text if pc else "") != old_pc:
        new = address_for(session, call.address, call.postcode)
        new_pc = (new.postcode or "") if new else ""
        if new is not old:  # another place (not the same one typed differently)
            links["address"] = new
        if new is not old and (
            (new.display if new else None) != (old.display if old else None) or new_pc == old_pc
        ):
            changed["address"] = {
                "from": old.display if old else None,
                "to": new.display if new else None,
            }
        if new is not old and new_pc != old_pc:
            changed["postcode"] = {
                "from": old_pc or None,
                "to": (new.postcode if new else None) or None,
            }
    people: list[tuple[str, IncidentPerson | None, Person | None]] = []
    for role, field in FORM_ROLES:
        typed = clean_text(getattr(call, field), NAME_LIMIT)
        dob = _dob(call, role)
        current = next((p for p in incident.people if p.role == role), None)
        if name_key(typed) == (current.person.name_key if current else "") and (
            dob is None or current is None or current.person.dob == dob
        ):
            continue
        person = person_for(session, typed, dob, same_name_only=False)
        people.append((role, current, person))
        changed[role] = {
            "from": current.person.name if current else None,
            "to": person.name if person else None,
        }
    summary = clean_text(call.summary, SUMMARY_LIMIT)
    if summary != (incident.summary or ""):
        changed["summary"] = {
            "from": f"{len(incident.summary or '')} characters",
            "to": f"{len(summary)} characters",
        }
    location = parse_caller_location(call.caller_location).text or None
    if location != incident.caller_location:
        changed["caller_location"] = {"from": incident.caller_location, "to": location}
        incident.caller_location = location
    # Every row needed exists now: change the incident.
    for name, value in links.items():
        setattr(incident, name, value)
    for role, current, person in people:
        if current is not None:
            incident.people.remove(current)
        if person is not None:
            incident.people.append(IncidentPerson(person=person, role=role))
    incident.summary = summary
    return changed


def _dob(call: NewCall, role: str) -> dt.date | None:
    """The date of birth typed for the victim or suspect (checked already)."""
    field = {"victim": "victim_dob", "suspect": "suspect_dob"}.get(role)
    return parse_dob(getattr(call, field)[:40]) if field else None


def _row(incident: Incident) -> IncidentRow:
    def named(role: str) -> str:
        return "; ".join(p.person.name for p in incident.people if p.role == role)

    def born(role: str) -> str:
        dob = next((p.person.dob for p in incident.people if p.role == role), None)
        return f"{dob:%d/%m/%Y}" if dob else ""

    return IncidentRow(
        id=incident.id,
        ref=incident.ref,
        opened_at=incident.opened_at,
        status=incident.status,
        phone=format_phone(incident.phone.e164) if incident.phone else "",
        address=incident.address.display if incident.address else "",
        postcode=(incident.address.postcode or "") if incident.address else "",
        caller=named("caller"),
        victim=named("victim"),
        suspect=named("suspect"),
        category=incident.category,
        domestic_abuse=incident.domestic_abuse,
        grade=incident.grade,
        risk_level=incident.risk_level,
        handler=incident.handler.display_name if incident.handler else "",
        version=incident.version_id,
        dispatched_at=incident.dispatched_at,
        attended_at=incident.attended_at,
        victim_dob=born("victim"),
        suspect_dob=born("suspect"),
        caller_location=incident.caller_location or "",
    )


def _listing(session: Session, since: dt.datetime, handler_id: int | None) -> list[IncidentRow]:
    recent = Incident.opened_at >= since
    if handler_id is not None:
        # A handler's incident returned by an inspector (or back in closure after that)
        # stays in their list however old, until submitted again (issue 16).
        recent = or_(recent, Incident.status.in_((states.RETURNED, states.CLOSURE)))
    query = (
        select(Incident)
        .where(recent, Incident.source == "live")
        .options(
            joinedload(Incident.phone),
            joinedload(Incident.address),
            joinedload(Incident.handler),
            joinedload(Incident.people).joinedload(IncidentPerson.person),
        )
        .order_by(Incident.opened_at.desc())
        .limit(2000)
    )
    if handler_id is not None:
        query = query.where(Incident.handler_id == handler_id)
    return [_row(i) for i in session.execute(query).unique().scalars()]


def shift_incidents(db: Database, actor: Actor, *, hours: int = SHIFT_HOURS) -> list[IncidentRow]:
    """The incidents this handler opened in the current shift, newest first, and any
    older one of theirs an inspector returned that is not yet submitted again."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)
    with db.read() as session:
        current_actor(session, actor)
        return _listing(session, since, actor.user_id)


def control_room_incidents(
    db: Database, actor: Actor, *, hours: int = SHIFT_HOURS
) -> list[IncidentRow]:
    """Every handler's incidents in the shift: the inspector's view."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)
    with db.read() as session:
        recheck(session, actor, ("inspector", "admin"), messages.ONLY_INSPECTORS_SEE_ALL())
        return _listing(session, since, None)

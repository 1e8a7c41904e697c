"""One person per victim: possible matches offered to the handler, linked only on confirmation.

A name typed with a date of birth that matches a person on record links to them when the
incident is opened (``records.person_for``). A name that matches without a date of birth
on one side is only a *possible* match: ``possible_people`` lists them with their earlier
incidents, and the handler confirms one (``link_person``) or rejects them all; nothing is
linked silently.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from callhandler import messages
from callhandler.domain.normalise import name_key
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services.context import Actor, current_actor
from callhandler.services.incident_changes import changing, record_edit
from callhandler.storage.engine import Database
from callhandler.storage.models import IncidentPerson, Person

TAKING_CALLS = ("handler", "inspector")
LINKABLE_ROLES = ("victim", "suspect", "caller")
MAX_CANDIDATES = 10


@dataclass(frozen=True)
class PersonCandidate:
    """A person on record whose name matches what was typed."""

    person_id: int
    name: str
    dob: dt.date | None
    incidents: int
    exact: bool  # same name and date of birth: linked already, no question to ask


def possible_people(
    db: Database, actor: Actor, name: str, dob: dt.date | None = None, *, exclude_incident: int = -1
) -> tuple[PersonCandidate, ...]:
    """People on record with this name, with how many incidents each is in (newest first)."""
    if actor.role not in TAKING_CALLS:
        raise PermissionDenied(messages.ONLY_TAKERS_LOOK_UP())
    key = name_key(name)
    if not key:
        return ()
    counted = (
        select(IncidentPerson.person_id, func.count().label("n"))
        .where(IncidentPerson.incident_id != exclude_incident)
        .group_by(IncidentPerson.person_id)
        .subquery()
    )
    with db.read() as session:
        # read the account again, as the look-up does: a disabled account is shown nobody
        if current_actor(session, actor).role not in TAKING_CALLS:
            raise PermissionDenied(messages.ONLY_TAKERS_LOOK_UP())
        rows = session.execute(
            select(Person.id, Person.name, Person.dob, func.coalesce(counted.c.n, 0))
            .outerjoin(counted, counted.c.person_id == Person.id)
            .where(Person.name_key == key)
            .order_by(func.coalesce(counted.c.n, 0).desc(), Person.id)
            .limit(MAX_CANDIDATES)
        ).all()
    found = [
        PersonCandidate(int(pid), pname, pdob, int(n), dob is not None and pdob == dob)
        for pid, pname, pdob, n in rows
    ]
    # Someone born on another day is another person: never offered; nor a name left in
    # no incident (the twin made when a typed name was then linked to the one on record).
    return tuple(
        c
        for c in found
        if (dob is None or c.dob is None or c.dob == dob) and (c.incidents or c.exact)
    )


def link_person(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    *,
    role: str,
    person_id: int,
) -> int:
    """The handler confirmed a possible match: the incident's victim (or suspect, caller)
    is that person on record. A date of birth known on either side is kept. Audited;
    returns the incident's new version."""
    if actor.role not in TAKING_CALLS:
        raise PermissionDenied(messages.ONLY_TAKERS_LINK())
    if role not in LINKABLE_ROLES:
        raise BadInput(messages.NOT_A_PART(role=role, parts=", ".join(LINKABLE_ROLES)))
    with changing(db, actor, incident_id, expected_version, "link_person", lifecycle=False) as (
        session,
        incident,
    ):
        chosen = session.get(Person, person_id)
        if chosen is None:
            raise BadInput(messages.NO_PERSON(person_id=person_id))
        current = next((p for p in incident.people if p.role == role), None)
        if current is not None and current.person_id == chosen.id:
            return incident.version_id
        if current is not None:
            if name_key(current.person.name) != chosen.name_key:
                raise BadInput(messages.NOT_THE_NAMED(name=chosen.name, role=role))
            typed_dob = current.person.dob
            if typed_dob and chosen.dob and typed_dob != chosen.dob:
                raise BadInput(messages.OTHER_DOB(name=chosen.name))
            if typed_dob and chosen.dob is None:
                chosen.dob = typed_dob
            # The person made from the name typed is left in no incident; it is never
            # deleted (workstations may not delete people) and possible_people leaves
            # people in no incident out.
            incident.people.remove(current)
        incident.people.append(IncidentPerson(person=chosen, role=role))
        record_edit(
            session,
            actor,
            incident,
            "link_person",
            {
                "role": role,
                "person_id": chosen.id,
                "replaced": current.person_id if current else None,
            },
        )
        session.flush()
        return incident.version_id

"""Whom a trigger event can be recorded against for one incident: the incident, its victims."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from callhandler import messages
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor
from callhandler.services.trigger_events import TRIGGER_ROLES
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Person


@dataclass(frozen=True)
class TriggerSubjects:
    """The incident and the people recorded as its victims (id, name), oldest link first."""

    incident_id: int
    incident_ref: str
    victims: tuple[tuple[int, str], ...]


def trigger_subjects(db: Database, actor: Actor, incident_id: int) -> TriggerSubjects:
    """For the trigger-event dialog: who the event may be about. Audited as a consultation."""
    if actor.role not in TRIGGER_ROLES:
        raise PermissionDenied(messages.ONLY_STAFF_CAN(doing="record trigger events"))
    with db.write() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        victims = tuple(
            (int(person_id), str(name))
            for person_id, name in session.execute(
                select(Person.id, Person.name)
                .join(IncidentPerson, IncidentPerson.person_id == Person.id)
                .where(IncidentPerson.incident_id == incident_id, IncidentPerson.role == "victim")
                .order_by(IncidentPerson.id)
            )
        )
        audit.record(
            session,
            actor,
            "view_trigger_subjects",
            "incident",
            incident_id,
            {"victims": len(victims)},
        )
        return TriggerSubjects(incident_id, incident.ref, victims)

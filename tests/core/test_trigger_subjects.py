"""Whom the trigger-event dialog offers: the incident and its victims, audited; refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from builders import add_incident
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services.context import Actor
from callhandler.services.trigger_subjects import trigger_subjects
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent

HANDLER = Actor(None, "hand", "Handler Hale", "handler", "ws")
OBSERVER = Actor(None, "obs", "Observer", "readonly", "ws")


def test_the_incident_and_its_victims_not_its_suspect(db: Database) -> None:
    incident = add_incident(
        db,
        "S-1",
        days_ago=3,
        people=[("victim", "Vera Vale"), ("suspect", "Sid Vale"), ("victim", "Val Vale")],
    )
    subjects = trigger_subjects(db, HANDLER, incident)
    assert (subjects.incident_id, subjects.incident_ref) == (incident, "S-1")
    assert [name for _id, name in subjects.victims] == ["Vera Vale", "Val Vale"]
    with db.read() as session:
        actions = session.execute(
            select(AuditEvent.action, AuditEvent.username).where(
                AuditEvent.action == "view_trigger_subjects"
            )
        ).all()
    assert [tuple(a) for a in actions] == [("view_trigger_subjects", "hand")]

    bare = add_incident(db, "S-2", days_ago=1)
    assert trigger_subjects(db, HANDLER, bare).victims == ()


def test_an_unknown_incident_or_role_is_refused(db: Database) -> None:
    with pytest.raises(BadInput, match="There is no incident 999"):
        trigger_subjects(db, HANDLER, 999)
    incident = add_incident(db, "S-3", days_ago=1, people=[("victim", "Vera Vale")])
    with pytest.raises(PermissionDenied, match="record trigger events"):
        trigger_subjects(db, OBSERVER, incident)

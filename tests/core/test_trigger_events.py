"""Trigger events: recorded with checks, listed, closed with a rationale, closed by a DASH."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from builders import NOW, add_incident
from callhandler.domain import risk
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import risk as risk_service
from callhandler.services import trigger_events as te
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, IncidentPerson
from closure_helpers import make_staff, new_incident

HANDLER = Actor(None, "hand", "Handler Hale", "handler", "ws")
OBSERVER = Actor(None, "obs", "Observer", "readonly", "ws")


def victim_of(db: Database, incident_id: int) -> int:
    with db.read() as session:
        return session.execute(
            select(IncidentPerson.person_id).where(
                IncidentPerson.incident_id == incident_id, IncidentPerson.role == "victim"
            )
        ).scalar_one()


def audit_actions(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.detail).order_by(AuditEvent.id)
        ).all()
    return [(r.action, r.entity, r.detail) for r in rows]


def test_record_list_and_close_an_event_against_incident_and_person(db: Database) -> None:
    incident = add_incident(db, "T-1", days_ago=30, people=[("victim", "Vera Vale")])
    person = victim_of(db, incident)
    release = te.record_trigger_event(
        db,
        HANDLER,
        kind="release_from_custody",
        due_on="2026-11-04",
        incident_id=incident,
        person_id=person,
        note="  Released on licence; will return to the area.  ",
        now=NOW,
    )
    court = te.record_trigger_event(
        db, HANDLER, kind="court_date", due_on=dt.date(2026, 11, 20), person_id=person, now=NOW
    )
    assert (release.incident_ref, release.person_name) == ("T-1", "Vera Vale")
    assert release.note == "Released on licence; will return to the area."
    assert release.is_open and release.kind_words == "release from custody"

    assert [e.id for e in te.events_for_person(db, HANDLER, person)] == [release.id, court.id]
    assert [e.id for e in te.events_for_incident(db, HANDLER, incident)] == [release.id]

    closed = te.close_trigger_event(
        db,
        HANDLER,
        release.id,
        outcome="no reassessment needed",
        rationale="He is recalled to prison the same day; no contact possible.",
        now=NOW,
    )
    assert not closed.is_open and closed.closed_by == "hand"
    assert closed.outcome == "no reassessment needed"
    # Open events come first; the closed one moves after the open court date.
    assert [e.id for e in te.events_for_person(db, HANDLER, person)] == [court.id, release.id]
    actions = [a for a, _e, _d in audit_actions(db)]
    assert actions.count("record_trigger_event") == 2
    assert actions.count("view_trigger_events") == 3
    assert actions.count("close_trigger_event") == 1
    with pytest.raises(BadInput, match="already closed by hand"):
        te.close_trigger_event(
            db, HANDLER, release.id, outcome="reassessed", rationale="A second try at it."
        )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "parole"}, "not a kind of trigger event: choose release_from_custody"),
        ({"incident_id": None, "person_id": None}, "Say whom the trigger event is about"),
        ({"incident_id": 999_999}, "There is no incident 999999"),
        ({"person_id": 999_999}, "There is no person 999999"),
        ({"due_on": "next tuesday"}, "is not a date: write it as YYYY-MM-DD"),
        ({"due_on": "2032-01-01"}, "more than 5 years from today"),
        ({"due_on": dt.date(2021, 10, 31)}, "more than 5 years from today"),
        ({"due_on": 20261104}, "as a date"),
        ({"note": "x" * 4001}, "keep it under 4,000"),
        ({"note": "PNG\x00\x01\x02"}, "binary data"),
    ],
)
def test_bad_trigger_events_are_refused_with_a_reason(
    db: Database, changes: dict[str, object], message: str
) -> None:
    incident = add_incident(db, "T-2", days_ago=3, people=[("victim", "Una Urn")])
    args: dict[str, object] = {
        "kind": "court_date",
        "due_on": "2026-11-05",
        "incident_id": incident,
        "person_id": None,
        "note": "",
    } | changes
    with pytest.raises(BadInput, match=message):
        te.record_trigger_event(db, HANDLER, now=NOW, **args)  # type: ignore[arg-type]
    assert te.events_for_incident(db, HANDLER, incident) == []


def test_the_edges_of_the_five_years_are_accepted(db: Database) -> None:
    incident = add_incident(db, "T-3", days_ago=3)
    for due in ("2031-11-01", "2021-11-01"):
        te.record_trigger_event(
            db, HANDLER, kind="other", due_on=due, incident_id=incident, now=NOW
        )
    assert len(te.events_for_incident(db, HANDLER, incident)) == 2


def test_closing_needs_an_outcome_and_a_rationale_and_a_role(db: Database) -> None:
    incident = add_incident(db, "T-4", days_ago=3)
    event = te.record_trigger_event(
        db, HANDLER, kind="bail_expiry", due_on="2026-11-02", incident_id=incident, now=NOW
    )
    with pytest.raises(BadInput, match="outcome must be one of"):
        te.close_trigger_event(db, HANDLER, event.id, outcome="done", rationale="Long enough text.")
    with pytest.raises(BadInput, match="Say why"):
        te.close_trigger_event(db, HANDLER, event.id, outcome="reassessed", rationale="  ok  ")
    with pytest.raises(BadInput, match="no trigger event 4242"):
        te.close_trigger_event(
            db, HANDLER, 4242, outcome="reassessed", rationale="Long enough text."
        )
    for call in (
        lambda: te.record_trigger_event(
            db, OBSERVER, kind="other", due_on="2026-11-02", incident_id=incident
        ),
        lambda: te.events_for_incident(db, OBSERVER, incident),
        lambda: te.close_trigger_event(
            db, OBSERVER, event.id, outcome="reassessed", rationale="Long enough text."
        ),
    ):
        with pytest.raises(PermissionDenied, match="handlers, inspectors and administrators"):
            call()
    assert te.events_for_incident(db, HANDLER, incident)[0].is_open


def test_a_risk_assessment_closes_the_incidents_open_events_only(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    other = new_incident(db, staff.handler, phone="07700 900555")
    mine = te.record_trigger_event(
        db, staff.handler, kind="court_date", due_on=dt.date.today(), incident_id=row.id
    )
    already = te.record_trigger_event(
        db, staff.handler, kind="other", due_on=dt.date.today(), incident_id=row.id
    )
    te.close_trigger_event(
        db,
        staff.handler,
        already.id,
        outcome="no reassessment needed",
        rationale="Hearing adjourned without a date.",
    )
    elsewhere = te.record_trigger_event(
        db, staff.handler, kind="court_date", due_on=dt.date.today(), incident_id=other.id
    )
    dash = risk.shipped_instrument()
    answers = {q.number: "yes" if q.number <= 14 else "no" for q in dash.questions}

    risk_service.record_assessment(
        db, staff.handler, row.id, row.version, answers, officer_collar="PC1"
    )

    events = {e.id: e for e in te.events_for_incident(db, staff.handler, row.id)}
    assert events[mine.id].outcome == "reassessed: high" and not events[mine.id].is_open
    assert "level high" in (events[mine.id].rationale or "")
    assert events[already.id].outcome == "no reassessment needed"
    assert te.events_for_incident(db, staff.handler, other.id)[0].id == elsewhere.id
    assert te.events_for_incident(db, staff.handler, other.id)[0].is_open
    assessment = [json.loads(d) for a, _e, d in audit_actions(db) if a == "risk_assessment"]
    assert assessment[-1]["trigger_events_closed"] == 1

"""The newer oversight lists on crafted histories: reassessment due, closure completion,
attendance against target, sign-off turnaround and downgrades; who is in, who is out."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select, update

from builders import NOW, add_incident
from callhandler.domain.oversight import OversightSettings
from callhandler.errors import PermissionDenied
from callhandler.services import closure, lifecycle, oversight
from callhandler.services import trigger_events as te
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, User
from callhandler.storage.triage_models import GradeDecision
from closure_helpers import PASSWORD, make_staff, new_incident, signoff, to_awaiting_sign_off

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
HANDLER = Actor(None, "hand", "Handler Hale", "handler", "test-ws")
TODAY = NOW.date()  # Sunday 1 November 2026


def person_of(db: Database, incident_id: int) -> int:
    with db.read() as session:
        return session.execute(
            select(IncidentPerson.person_id).where(IncidentPerson.incident_id == incident_id)
        ).scalar_one()


def set_incident(db: Database, incident_id: int, **values: Any) -> None:
    with db.write() as session:
        session.execute(update(Incident).where(Incident.id == incident_id).values(**values))


# -- reassessment due -------------------------------------------------------------------


def test_reassessment_due_is_open_events_due_within_seven_days_or_past(db: Database) -> None:
    old = add_incident(
        db, "RV-1", days_ago=200, people=[("victim", "Rose Vale")], risk_level="high"
    )
    recent = add_incident(
        db, "RV-2", days_ago=20, people=[("victim", "Rose Vale")], risk_level="medium"
    )
    rose = person_of(db, old)
    lone = add_incident(db, "LN-1", days_ago=5, people=[("victim", "Lia North")])

    def event(kind: str, days: int, **subject: int) -> int:
        due = TODAY + dt.timedelta(days=days)
        return te.record_trigger_event(db, HANDLER, kind=kind, due_on=due, now=NOW, **subject).id

    in_7 = event("court_date", 7, person_id=rose)
    out_8 = event("order_expiry", 8, person_id=rose)
    past = event("release_from_custody", -3, incident_id=lone)
    both = event("bail_expiry", 0, incident_id=recent, person_id=rose)
    closed = event("other", 1, person_id=rose)
    te.close_trigger_event(
        db,
        HANDLER,
        closed,
        outcome="reassessed",
        rationale="DASH repeated by phone today.",
        now=NOW,
    )

    rows = oversight.reassessment_due(db, INSPECTOR, now=NOW)

    assert [r.event_id for r in rows] == [past, both, in_7]
    assert out_8 not in {r.event_id for r in rows} and closed not in {r.event_id for r in rows}
    by_id = {r.event_id: r for r in rows}
    assert (by_id[past].subject, by_id[past].incident_ref, by_id[past].days_until_due) == (
        "Lia North",
        "LN-1",
        -3,
    )
    assert by_id[past].last_risk_level == "standard"  # the incident's own level
    assert (by_id[in_7].subject, by_id[in_7].days_until_due, by_id[in_7].due_on) == (
        "Rose Vale",
        7,
        TODAY + dt.timedelta(days=7),
    )
    assert by_id[in_7].last_risk_level == "medium"  # her latest assessed incident
    assert by_id[both].kind == "bail_expiry" and by_id[both].incident_ref == "RV-2"
    wider = OversightSettings(reassessment_days=8)
    assert out_8 in {
        r.event_id for r in oversight.reassessment_due(db, INSPECTOR, now=NOW, settings=wider)
    }

    # Drill-down: the event's incident first, then the person's other incidents.
    drilled = oversight.drill_down(db, INSPECTOR, "reassessment-due", by_id[both], now=NOW)
    assert [d.ref for d in drilled] == ["RV-2", "RV-1"]
    assert drilled[0].why.startswith("trigger event: bail expiry due")
    assert drilled[1].why == "Rose Vale: victim"
    assert [
        d.ref for d in oversight.drill_down(db, INSPECTOR, "reassessment-due", by_id[past])
    ] == ["LN-1"]


# -- closure completion -----------------------------------------------------------------


def test_closure_completion_counts_each_handlers_incidents_by_the_checklist_rules(
    db: Database,
) -> None:
    staff = make_staff(db)
    h1, inspector = staff.handler, staff.inspector
    awaiting = new_incident(db, h1, phone="07700 900701")
    to_awaiting_sign_off(db, h1, awaiting.id, awaiting.version)
    returned = new_incident(db, h1, phone="07700 900702")
    version = to_awaiting_sign_off(db, h1, returned.id, returned.version)
    signoff.return_to_handler(
        db,
        inspector,
        returned.id,
        version,
        reason="Add the neighbour's account.",
        password=PASSWORD,
    )
    done = new_incident(db, h1, phone="07700 900703")
    version = to_awaiting_sign_off(db, h1, done.id, done.version)
    signoff.finalise(db, inspector, done.id, version, password=PASSWORD)
    partial = new_incident(db, h1, phone="07700 900704")
    version = lifecycle.dispatch(db, h1, partial.id, partial.version, grade=2, officers=["PC1"])
    version = lifecycle.record_attendance(db, h1, partial.id, version, officer="PC1")
    version = lifecycle.start_closure(db, h1, partial.id, version)
    closure.answer_item(
        db,
        h1,
        partial.id,
        version,
        item_id="victim_spoken_to_alone",
        value="yes",
        officer_collar="PC1",
    )
    new_incident(db, staff.handler2, phone="07700 900705")
    # An incident of h1's from before the quarter is not counted.
    old = new_incident(db, h1, phone="07700 900706")
    set_incident(db, old.id, opened_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=92))

    rows = {r.username: r for r in oversight.closure_completion(db, inspector)}

    assert set(rows) == {"h1", "h2"}
    h1_row = rows["h1"]
    assert (
        h1_row.incidents,
        h1_row.finalised,
        h1_row.awaiting_sign_off,
        h1_row.returned,
        h1_row.in_closure,
        h1_row.checklist_missing,
        h1_row.narrative_incomplete,
    ) == (4, 1, 1, 1, 2, 1, 1)
    assert (rows["h2"].incidents, rows["h2"].finalised, rows["h2"].checklist_missing) == (1, 0, 0)

    drilled = {
        d.incident_id: d.why
        for d in oversight.drill_down(db, inspector, "closure-completion", h1_row)
    }
    assert set(drilled) == {awaiting.id, returned.id, partial.id}  # the clean finalised one is out
    assert drilled[awaiting.id] == "awaiting sign-off"
    assert "returned by an inspector 1 time(s)" in drilled[returned.id]
    assert "checklist item(s) missing" in drilled[partial.id]
    assert "narrative incomplete" in drilled[partial.id]
    assert "checklist" not in drilled[returned.id]  # its answers are all there


# -- attendance against grade targets --------------------------------------------------


def dispatched(db: Database, ref: str, grade: int, days_ago: float, minutes: float | None) -> int:
    incident = add_incident(db, ref, days_ago=days_ago, grade=grade)
    sent = NOW - dt.timedelta(days=days_ago)
    arrived = sent + dt.timedelta(minutes=minutes) if minutes is not None else None
    set_incident(
        db,
        incident,
        status="dispatched" if arrived is None else "finalised",
        dispatched_at=sent,
        attended_at=arrived,
    )
    return incident


def test_attendance_against_target_per_grade_within_late_and_not_attended(db: Database) -> None:
    dispatched(db, "G1-10", 1, 10, 10)
    dispatched(db, "G1-15", 1, 9, 15)  # exactly on the target is within it
    dispatched(db, "G1-16", 1, 8, 16)
    dispatched(db, "G1-none", 1, 7, None)
    dispatched(db, "G1-edge", 1, 90.9, 40)  # inside the 91 days
    dispatched(db, "G1-old", 1, 91.1, 5)  # outside
    dispatched(db, "G2-30", 2, 3, 30)
    dispatched(db, "G3-90", 3, 3, 90)  # grade 3 has no attendance target

    rows = {r.grade: r for r in oversight.attendance_against_target(db, INSPECTOR, now=NOW)}

    assert set(rows) == {1, 2}
    g1, g2 = rows[1], rows[2]
    assert (g1.target_minutes, g1.dispatched, g1.within_target, g1.late, g1.not_attended) == (
        15,
        5,
        2,
        2,
        1,
    )
    assert g1.within_target_pct == 50.0 and g1.median_minutes == 15.5  # of 10, 15, 16, 40
    assert (g2.dispatched, g2.within_target, g2.within_target_pct, g2.median_minutes) == (
        1,
        1,
        100.0,
        30.0,
    )

    drilled = oversight.drill_down(db, INSPECTOR, "attendance", g1, now=NOW)
    assert [d.ref for d in drilled] == ["G1-none", "G1-edge", "G1-16", "G1-15", "G1-10"]
    assert drilled[0].why.startswith("OVERDUE")
    assert "25 min over" in drilled[1].why and "within" in drilled[3].why


# -- sign-off turnaround ------------------------------------------------------------------


def finalised(db: Database, ref: str, at: dt.datetime, hours: float) -> int:
    incident = add_incident(db, ref, days_ago=30)
    set_incident(db, incident, submitted_at=at - dt.timedelta(hours=hours), finalised_at=at)
    return incident


def test_sign_off_turnaround_by_week_with_empty_weeks_at_zero(db: Database) -> None:
    monday = dt.datetime(2026, 10, 26, tzinfo=dt.UTC)
    finalised(db, "T-2", monday + dt.timedelta(hours=1), 2)
    finalised(db, "T-4", monday + dt.timedelta(days=3), 4)
    finalised(db, "T-10", NOW, 10)
    finalised(db, "T-prev", monday - dt.timedelta(seconds=1), 7)  # Sunday: the week before
    finalised(db, "T-3w", monday - dt.timedelta(weeks=2), 5)
    finalised(db, "T-old", monday - dt.timedelta(weeks=13), 1)  # before the 13 weeks

    rows = oversight.sign_off_turnaround(db, INSPECTOR, now=NOW)

    assert len(rows) == 13 and rows[0].week_start == monday.date()
    assert [(r.finalised, r.median_hours, r.p90_hours) for r in rows[:4]] == [
        (3, 4.0, 10.0),
        (1, 7.0, 7.0),
        (1, 5.0, 5.0),
        (0, None, None),
    ]
    assert sum(r.finalised for r in rows) == 5
    drilled = oversight.drill_down(db, INSPECTOR, "sign-off-turnaround", rows[0], now=NOW)
    assert [d.ref for d in drilled] == ["T-10", "T-4", "T-2"]
    assert drilled[0].why == "finalised 10.0 h after submission"


# -- downgrades ----------------------------------------------------------------------------


def decision(
    session: Any, incident: int, who: str, recommended: int, chosen: int, **kw: Any
) -> None:
    session.add(
        GradeDecision(
            incident_id=incident,
            policy_id="p",
            policy_version=1,
            recommended_grade=recommended,
            policy_floor=kw.get("floor", 1),
            chosen_grade=chosen,
            overridden=kw.get("overridden", recommended != chosen),
            below_floor=kw.get("below", False),
            rationale="r",
            domestic_abuse=True,
            reasons_json="[]",
            flags_json="[]",
            facts_json="{}",
            decided_by=who,
            decided_at=NOW - dt.timedelta(days=kw.get("days", 1)),
        )
    )


def test_overrides_count_downgrades_by_handler(db: Database) -> None:
    a = add_incident(db, "DG-1", days_ago=2)
    b = add_incident(db, "UP-1", days_ago=2)
    c = add_incident(db, "OK-1", days_ago=2)
    with db.write() as session:
        session.add(
            User(
                username="down",
                display_name="Dee Down",
                role="handler",
                password_hash="x",
                created_at=NOW,
            )
        )
        decision(session, a, "down", 2, 3)
        decision(
            session, a, "down", 1, 2, overridden=False, days=2
        )  # flagged or not, less urgent counts
        decision(session, c, "down", 2, 2)
        decision(session, b, "up", 3, 2)
        decision(session, c, "fine", 2, 2)
        decision(session, a, "down", 1, 4, days=366)  # outside the 12 months

    rows = {r.username: r for r in oversight.overrides(db, INSPECTOR, now=NOW)}

    assert set(rows) == {"down", "up"}  # "fine" followed every recommendation
    assert (rows["down"].decisions, rows["down"].downgraded, rows["down"].overridden) == (3, 2, 1)
    assert (rows["up"].downgraded, rows["up"].overridden) == (0, 1)
    assert [r.username for r in oversight.overrides(db, INSPECTOR, now=NOW)] == ["down", "up"]
    drilled = oversight.drill_down(db, INSPECTOR, "overrides", rows["down"], now=NOW)
    assert [d.why for d in drilled] == [
        "recommended Grade 2, chose Grade 3 (less urgent)",
        "recommended Grade 1, chose Grade 2 (less urgent)",
    ]
    assert [
        d.why for d in oversight.drill_down(db, INSPECTOR, "overrides", rows["up"], now=NOW)
    ] == ["recommended Grade 3, chose Grade 2"]


def test_a_handler_cannot_drill_down(db: Database) -> None:
    row = oversight.TurnaroundRow(TODAY, 0, None, None)
    with pytest.raises(PermissionDenied):
        oversight.drill_down(db, HANDLER, "sign-off-turnaround", row)

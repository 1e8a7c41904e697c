"""Drill-down from a row of the safeguarding lists to exactly the incidents behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from builders import NOW, add_incident
from callhandler.errors import BadInput
from callhandler.services import oversight
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
ADMIN = Actor(None, "adm", "Admin", "admin", "test-ws")


def refs(rows: list[oversight.DrillRow]) -> list[str]:
    return [r.ref for r in rows]


def test_repeat_victim_rows_drill_to_their_incidents_in_the_window(db: Database) -> None:
    for ref, days in (("A-1", 10), ("A-2", 30), ("A-3", 364), ("A-old", 366)):
        add_incident(db, ref, days_ago=days, people=[("victim", "Alice Ash")], risk_level="none")
    add_incident(db, "A-theft", days_ago=5, people=[("victim", "Alice Ash")], domestic_abuse=False)
    for n in range(3):
        add_incident(db, f"oak-{n}", days_ago=20 + n, address="1 Oak Road", postcode="CB1 1AA")
    add_incident(
        db,
        "oak-named",
        days_ago=25,
        address="1 Oak Road",
        postcode="CB1 1AA",
        people=[("victim", "Olive Oak")],
    )
    rows = {r.subject: r for r in oversight.repeat_victims(db, INSPECTOR, now=NOW)}

    alice = oversight.drill_down(db, INSPECTOR, "repeat-victims", rows["Alice Ash"], now=NOW)
    assert refs(alice) == ["A-1", "A-2", "A-3"]
    assert {(r.why, r.domestic_abuse, r.status) for r in alice} == {("victim", True, "finalised")}
    assert alice[0].opened_at == NOW - dt.timedelta(days=10)
    oak = oversight.drill_down(db, ADMIN, "repeat-victims", rows["1 Oak Road"], now=NOW)
    assert refs(oak) == ["oak-0", "oak-1", "oak-2"]  # the incident naming a victim is hers
    assert oak[0].why == "at the address, no victim named"

    [unassessed] = oversight.repeat_non_crime(db, INSPECTOR, now=NOW)
    assert refs(oversight.drill_down(db, INSPECTOR, "repeat-non-crime", unassessed, now=NOW)) == [
        "A-1",
        "A-2",
        "A-3",
    ]


def test_gone_quiet_and_serial_perpetrator_rows_drill_down(db: Database) -> None:
    for ref, days in (("H-1", 100), ("H-2", 200), ("H-3", 300), ("H-old", 480)):
        add_incident(db, ref, days_ago=days, people=[("victim", "Hana Hart")])
    add_incident(db, "S1", days_ago=400, people=[("victim", "Ann Ash"), ("suspect", "Sam Stone")])
    add_incident(db, "S2", days_ago=30, people=[("victim", "Bea Bell"), ("suspect", "Sam Stone")])
    add_incident(
        db,
        "S-theft",
        days_ago=20,
        domestic_abuse=False,
        people=[("victim", "Cat Crow"), ("suspect", "Sam Stone")],
    )
    add_incident(
        db, "S-self", days_ago=10, people=[("victim", "Sam Stone"), ("suspect", "Sam Stone")]
    )

    [quiet] = oversight.gone_quiet(db, INSPECTOR, now=NOW)
    drilled = oversight.drill_down(db, INSPECTOR, "gone-quiet", quiet, now=NOW)
    assert refs(drilled) == ["H-1", "H-2", "H-3"]  # the 12 months before she went quiet

    [serial] = oversight.serial_perpetrators(db, INSPECTOR, now=NOW)
    drilled = oversight.drill_down(db, INSPECTOR, "serial-perpetrators", serial, now=NOW)
    assert [(r.ref, r.why) for r in drilled] == [
        ("S2", "suspect; victim Bea Bell"),
        ("S1", "suspect; victim Ann Ash"),
    ]


def test_high_risk_backlog_and_overdue_rows_drill_down(db: Database) -> None:
    add_incident(db, "L-1", days_ago=50, people=[("victim", "Lee Lark")], risk_level="medium")
    add_incident(db, "L-2", days_ago=5, people=[("victim", "Lee Lark")], risk_level="high")
    add_incident(db, "L-call", days_ago=2, people=[("caller", "Lee Lark")], domestic_abuse=False)
    waiting = add_incident(db, "W1", days_ago=1)
    late = add_incident(db, "D1", days_ago=0.1, grade=1)
    with db.write() as session:
        session.execute(
            update(Incident)
            .where(Incident.id == waiting)
            .values(status="awaiting_sign_off", submitted_at=NOW - dt.timedelta(hours=6))
        )
        session.execute(
            update(Incident)
            .where(Incident.id == late)
            .values(status="dispatched", dispatched_at=NOW - dt.timedelta(hours=1))
        )

    [lee] = oversight.high_risk_victims(db, INSPECTOR, now=NOW)
    drilled = oversight.drill_down(db, INSPECTOR, "high-risk-victims", lee, now=NOW)
    assert [(r.ref, r.why) for r in drilled] == [
        ("L-call", "caller; risk none"),
        ("L-2", "victim; risk high"),
        ("L-1", "victim; risk medium"),
    ]

    [backlog] = oversight.sign_off_backlog(db, INSPECTOR, now=NOW)
    [row] = oversight.drill_down(db, INSPECTOR, "sign-off-backlog", backlog, now=NOW)
    assert (row.ref, row.status, row.why) == (
        "W1",
        "awaiting_sign_off",
        "awaiting sign-off for 6.0 h",
    )

    [overdue] = oversight.overdue_attendance(db, ADMIN, now=NOW)
    [row] = oversight.drill_down(db, INSPECTOR, "overdue-attendance", overdue, now=NOW)
    assert (row.ref, row.grade, row.why) == ("D1", 1, "45 min over the 15 min target")


def test_a_row_of_another_list_is_refused(db: Database) -> None:
    row = oversight.TurnaroundRow(NOW.date(), 0, None, None)
    with pytest.raises(BadInput, match="TurnaroundRow is not a row of the report 'gone-quiet'"):
        oversight.drill_down(db, INSPECTOR, "gone-quiet", row)
    with pytest.raises(BadInput, match="There is no report 'nothing'"):
        oversight.drill_down(db, INSPECTOR, "nothing", row)


def test_every_report_has_a_drill_down() -> None:
    assert all(callable(report.drill) for report in oversight.REPORTS.values())

"""Chart series: one row per week, empty weeks at zero, counts from crafted histories."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import update

from builders import NOW, add_incident
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import oversight_charts as charts
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
HANDLER = Actor(None, "hand", "Handler Hale", "handler", "test-ws")
# NOW is Sunday 1 November 2026, 12:00 UTC: four weeks start Monday 5 October.
WEEKS = [dt.date(2026, 10, 5), dt.date(2026, 10, 12), dt.date(2026, 10, 19), dt.date(2026, 10, 26)]


def at(day: dt.date, hour: int = 9) -> float:
    """``days_ago`` for ``day`` at ``hour``:00 UTC."""
    moment = dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC)
    return (NOW - moment).total_seconds() / 86400


def set_incident(db: Database, incident_id: int, **values: Any) -> None:
    with db.write() as session:
        session.execute(update(Incident).where(Incident.id == incident_id).values(**values))


def test_domestic_abuse_per_week_counts_repeat_victims_and_fills_empty_weeks(
    db: Database,
) -> None:
    add_incident(db, "before", days_ago=at(WEEKS[0]) + 0.5, people=[("victim", "Olga Old")])
    add_incident(db, "w0-da", days_ago=at(WEEKS[0]), people=[("victim", "Ada Ant")])
    add_incident(db, "w0-theft", days_ago=at(WEEKS[0]), domestic_abuse=False)
    for days in (200, 100):
        add_incident(db, f"rita-{days}", days_ago=days, people=[("victim", "Rita Reed")])
    add_incident(db, "rita-now", days_ago=at(WEEKS[3]), people=[("victim", "Rita Reed")])
    for days in (400, 300):  # a third call, but the first is outside the 12 months
        add_incident(db, f"sue-{days}", days_ago=days, people=[("victim", "Sue Salt")])
    add_incident(db, "sue-now", days_ago=at(WEEKS[3], 10), people=[("victim", "Sue Salt")])
    add_incident(db, "future", days_ago=-1, people=[("victim", "Rita Reed")])

    rows = charts.da_calls_per_week(db, INSPECTOR, weeks=4, now=NOW)

    assert [r.week_start for r in rows] == WEEKS
    assert [(r.domestic_abuse, r.all_incidents, r.repeat_victim_da) for r in rows] == [
        (1, 2, 0),
        (0, 0, 0),
        (0, 0, 0),
        (2, 2, 1),
    ]


def test_grade_mix_per_week(db: Database) -> None:
    for n, grade in enumerate((1, 2, 2, 4, None)):
        add_incident(db, f"g-{n}", days_ago=at(WEEKS[1]), grade=grade)
    add_incident(db, "g3", days_ago=at(WEEKS[3]), grade=3)

    rows = charts.grade_mix(db, INSPECTOR, weeks=4, now=NOW)

    assert [
        (r.week_start, r.grade_1, r.grade_2, r.grade_3, r.grade_4, r.ungraded) for r in rows
    ] == [
        (WEEKS[0], 0, 0, 0, 0, 0),
        (WEEKS[1], 1, 2, 0, 1, 1),
        (WEEKS[2], 0, 0, 0, 0, 0),
        (WEEKS[3], 0, 0, 1, 0, 0),
    ]


def test_attendance_share_within_target_per_week_and_grade(db: Database) -> None:
    def sent(ref: str, grade: int, day: dt.date, minutes: float | None) -> None:
        incident = add_incident(db, ref, days_ago=at(day), grade=grade)
        moment = NOW - dt.timedelta(days=at(day))
        arrived = moment + dt.timedelta(minutes=minutes) if minutes is not None else None
        set_incident(db, incident, dispatched_at=moment, attended_at=arrived)

    sent("a", 1, WEEKS[0], 10)
    sent("b", 1, WEEKS[0], 20)  # late
    sent("c", 1, WEEKS[0], None)  # never attended: counts against the target
    sent("d", 2, WEEKS[0], 59)
    sent("e", 1, WEEKS[2], 15)
    sent("f", 3, WEEKS[2], 5)  # no target for grade 3

    rows = charts.attendance_vs_target(db, INSPECTOR, weeks=4, now=NOW)

    assert [r.week_start for r in rows] == WEEKS
    assert rows[0].within_target_pct == {1: 33.3, 2: 100.0}
    assert rows[0].dispatched == {1: 3, 2: 1}
    assert rows[1].within_target_pct == {1: None, 2: None} and rows[1].dispatched == {1: 0, 2: 0}
    assert rows[2].within_target_pct == {1: 100.0, 2: None}


def test_sign_off_turnaround_chart_weeks(db: Database) -> None:
    for n, hours in enumerate((1.0, 3.0)):
        incident = add_incident(db, f"t{n}", days_ago=40)
        done = dt.datetime(2026, 10, 21, 9, tzinfo=dt.UTC)
        set_incident(db, incident, submitted_at=done - dt.timedelta(hours=hours), finalised_at=done)

    rows = charts.sign_off_turnaround(db, INSPECTOR, weeks=4, now=NOW)

    assert [(r.week_start, r.finalised, r.median_hours, r.p90_hours) for r in rows] == [
        (WEEKS[0], 0, None, None),
        (WEEKS[1], 0, None, None),
        (WEEKS[2], 2, 2.0, 3.0),
        (WEEKS[3], 0, None, None),
    ]


def test_charts_are_for_inspectors_and_check_the_number_of_weeks(db: Database) -> None:
    for name, series in charts.CHARTS.items():
        with pytest.raises(PermissionDenied):
            series(db, HANDLER, now=NOW)
        with pytest.raises(BadInput, match="1 to 260 weeks"):
            series(db, INSPECTOR, weeks=0, now=NOW)
        rows = series(db, INSPECTOR, now=NOW)
        assert len(rows) == 26, name
        assert rows[-1].week_start == WEEKS[-1], name

"""The faster oversight statements (issue 18, 10,000,000 incidents) give exactly the rows
the statements before them gave (``tests/oversight_reference.py``), on a synthetic history
plus crafted edges: the 12-month boundary to the microsecond, incidents after ``now``,
ties on the opened time, a victim named twice in one incident, a suspect who is also the
victim, markers expired, expiring at ``now`` and still active, latest incidents with no
address."""

from __future__ import annotations

import datetime as dt
from typing import Any

import oversight_reference as before
import pytest
from sqlalchemy import update

from builders import NOW, add_incident
from callhandler.bench.oversight import prepare
from callhandler.domain.oversight import DEFAULT_SETTINGS
from callhandler.services import oversight, oversight_charts
from callhandler.services import oversight_sql as sql
from callhandler.services import oversight_sql_performance as perf_sql
from callhandler.services.context import Actor
from callhandler.services.oversight_drill import week_start
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.synthetic.seeding import seed

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
WINDOW_DAYS = DEFAULT_SETTINGS.window / dt.timedelta(days=1)
TICK = 1e-6 / 86400  # a microsecond, in days


def _edges(db: Database) -> None:
    """Incidents at the edges each list's statement decides on."""
    # The 12-month window: exactly its start (in), a microsecond before (out), now (in),
    # a second after now (out).
    for n, days in enumerate((WINDOW_DAYS, WINDOW_DAYS + TICK, 0, -1 / 86400, 40, 80)):
        add_incident(db, f"edge-{n}", days_ago=days, people=[("victim", "Edie Edge")])
    for n, days in enumerate((WINDOW_DAYS + TICK, 30, 60)):
        add_incident(db, f"out-{n}", days_ago=days, people=[("victim", "Olive Out")])
    # Two incidents at the same moment: the later id decides the latest risk level.
    for n, level in enumerate(("high", "standard", "high")):
        add_incident(db, f"tie-{n}", days_ago=5, people=[("victim", "Tia Tie")], risk_level=level)
    for n, level in enumerate(("standard", "high", "medium")):
        add_incident(
            db,
            f"tie2-{n}",
            days_ago=7 if n else 9,
            people=[("victim", "Tom Tie")],
            risk_level=level,
        )
    # High then standard later (not high-risk); standard then high (high-risk).
    add_incident(db, "hs-1", days_ago=50, people=[("victim", "Hal Was")], risk_level="high")
    add_incident(db, "hs-2", days_ago=20, people=[("victim", "Hal Was")], risk_level="standard")
    add_incident(db, "sh-1", days_ago=50, people=[("victim", "Sue Now")], risk_level="standard")
    add_incident(db, "sh-2", days_ago=20, people=[("victim", "Sue Now")], risk_level="high")
    # A victim named twice in one incident; a suspect who is also a victim.
    add_incident(db, "twice", days_ago=3, people=[("victim", "Dot Dup"), ("victim", "Dot Dup")])
    for n in range(2):
        add_incident(db, f"dup-{n}", days_ago=10 + n, people=[("victim", "Dot Dup")])
    for n, victim in enumerate(("Vi One", "Vi Two", "Sam Self")):
        add_incident(
            db,
            f"serial-{n}",
            days_ago=100 + n,
            people=[("suspect", "Sam Self"), ("victim", victim)],
            risk_level="none",
        )
    # No victim named: counted against the address; with none either, nowhere.
    for n in range(3):
        add_incident(db, f"oak-{n}", days_ago=20 + n, address="1 Oak Road", postcode="CB1 1AA")
        add_incident(db, f"bare-{n}", days_ago=20 + n, risk_level="none")
    # Never assessed (repeat non-crime), one of them a caller elsewhere later.
    for n in range(3):
        add_incident(
            db,
            f"na-{n}",
            days_ago=30 * n + 1,
            people=[("victim", "Nia None")],
            risk_level="none",
            address=f"{n} Elm Street",
            postcode="CB2 2BB",
        )
    add_incident(
        db,
        "na-call",
        days_ago=0.5,
        people=[("caller", "Nia None")],
        domestic_abuse=False,
        address="9 Far Lane",
        postcode="CB3 3CC",
    )
    add_incident(
        db, "na-noaddr", days_ago=0.25, people=[("witness", "Nia None")], domestic_abuse=False
    )
    # Gone quiet: three calls, then nothing for more than the quiet period.
    for n in range(3):
        add_incident(db, f"gq-{n}", days_ago=100 + 10 * n, people=[("victim", "Gail Quiet")])
    add_incident(
        db, "gq-edge", days_ago=DEFAULT_SETTINGS.gone_quiet_days, people=[("victim", "Gil Edge")]
    )
    for n in range(2):
        add_incident(db, f"gqe-{n}", days_ago=120 + n, people=[("victim", "Gil Edge")])
    # Markers: expired, expiring exactly now, active, no expiry.
    for name, expires in (
        ("Exp Ired", -1.0),
        ("Now Ends", 0.0),
        ("Act Ive", 1.0),
        ("Ever Ok", None),
    ):
        add_incident(
            db,
            f"m-{name}",
            days_ago=400,
            people=[("victim", name)],
            risk_level="standard",
            markers=[("victim", "marac")],
            marker_expires_days=expires,
        )
    # Opened later than the lists' now: out of every window.
    add_incident(db, "future", days_ago=-2, people=[("victim", "Edie Edge")], risk_level="high")


@pytest.fixture
def history(db: Database) -> Database:
    seed(db, 3000, seed=7, now=NOW + dt.timedelta(days=30))
    _edges(db)
    with db.write() as session:  # some DA incidents of the history never assessed
        session.execute(
            update(Incident)
            .where(Incident.id % 7 == 0, Incident.domestic_abuse, Incident.ref.startswith("S7-"))
            .values(risk_level="none")
        )
    return db


def _params(now: dt.datetime) -> dict[str, dict[str, Any]]:
    quiet_from = now - dt.timedelta(days=DEFAULT_SETTINGS.gone_quiet_days)
    since = now - DEFAULT_SETTINGS.window
    return {
        "REPEAT": {"since": since, "now": now, "min_incidents": 3, "max_assessed": 1},
        "REPEAT-unassessed": {"since": since, "now": now, "min_incidents": 3, "max_assessed": 0},
        "REPEAT-two": {"since": since, "now": now, "min_incidents": 2, "max_assessed": 1},
        "GONE_QUIET": {
            "since": quiet_from - DEFAULT_SETTINGS.window,
            "now": now,
            "quiet_from": quiet_from,
            "min_calls": 3,
        },
        "SERIAL": {"min_victims": 2},
        "SERIAL-one": {"min_victims": 1},
        "HIGH_RISK": {"now": now, "marker_types": list(DEFAULT_SETTINGS.high_risk_markers)},
    }


@pytest.mark.parametrize("now", [NOW, NOW - dt.timedelta(days=200)], ids=["now", "earlier"])
def test_every_safeguarding_list_gives_the_rows_it_gave_before(
    history: Database, now: dt.datetime
) -> None:
    compared = 0
    for case, params in _params(now).items():
        name = case.split("-")[0]
        statement = getattr(sql, name.lower())("sqlite" if history.is_sqlite else "postgresql")
        with history.read() as session:
            expected = session.execute(getattr(before, name), params).all()
            found = session.execute(statement, params).all()
        assert found == expected, case
        compared += len(found)
    assert compared > 100


def test_the_edges_land_where_they_did(history: Database) -> None:
    repeat = {r.subject: r for r in oversight.repeat_victims(history, INSPECTOR, now=NOW)}
    assert repeat["Edie Edge"].incidents_12m == 4  # the window's start and now; not after
    assert "Olive Out" not in repeat  # a microsecond too early
    assert repeat["Tia Tie"].last_risk_level == "high"  # the later of two at one moment
    assert repeat["Dot Dup"].incidents_12m == 3
    assert repeat["1 Oak Road"].kind == "address"
    assert repeat["Nia None"].address == "9 Far Lane, CB3 3CC"  # latest with an address
    unassessed = oversight.repeat_non_crime(history, INSPECTOR, now=NOW)
    assert "Nia None" in {r.subject for r in unassessed}
    quiet = {r.name for r in oversight.gone_quiet(history, INSPECTOR, now=NOW)}
    assert "Gail Quiet" in quiet and "Gil Edge" not in quiet
    serial = {r.name: r for r in oversight.serial_perpetrators(history, INSPECTOR, now=NOW)}
    assert serial["Sam Self"].victims == 2  # not himself
    high = {r.name: r for r in oversight.high_risk_victims(history, INSPECTOR, now=NOW)}
    assert "Sue Now" in high and "Hal Was" not in high
    assert {"Act Ive", "Ever Ok"} <= set(high) and not {"Exp Ired", "Now Ends"} & set(high)


def test_the_weekly_charts_give_the_counts_they_gave_before(history: Database) -> None:
    """Each week's range replaces each row's week number: the same counts."""
    name = "sqlite" if history.is_sqlite else "postgresql"
    for weeks in (1, 26, 60):
        start = week_start(NOW) - dt.timedelta(weeks=weeks - 1)
        params = {"start": start, "end": NOW, "history": start - DEFAULT_SETTINGS.window}
        minutes = int(DEFAULT_SETTINGS.window.total_seconds() // 60)
        with history.read() as session:
            old_da = {
                r.week: (int(r.da_n), int(r.all_n), int(r.repeat_n))
                for r in session.execute(before._da_statement(name, 2, minutes), params)
            }
            old_grades = {
                r.week: (int(r.g1), int(r.g2), int(r.g3), int(r.g4), int(r.ungraded))
                for r in session.execute(before._grade_statement(name), params)
            }
        da = oversight_charts.da_calls_per_week(history, INSPECTOR, weeks=weeks, now=NOW)
        assert [(w.domestic_abuse, w.all_incidents, w.repeat_victim_da) for w in da] == [
            old_da.get(n, (0, 0, 0)) for n in range(weeks)
        ]
        grades = oversight_charts.grade_mix(history, INSPECTOR, weeks=weeks, now=NOW)
        assert [(w.grade_1, w.grade_2, w.grade_3, w.grade_4, w.ungraded) for w in grades] == [
            old_grades.get(n, (0,) * 5) for n in range(weeks)
        ]
        assert sum(w.repeat_victim_da for w in da) > 0 or weeks == 1


def test_closure_counts_per_handler_are_what_they_were(history: Database) -> None:
    """Finalised, awaiting, in closure and returned (a return counted once however many
    times it was returned, and only inside the window) per handler."""
    prepare(history, NOW)  # handlers, live statuses and returns on the recent history
    for days in (91, 30, 1000):
        params = {"since": NOW - dt.timedelta(days=days), "now": NOW}
        with history.read() as session:
            expected = session.execute(before.CLOSURE_COUNTS, params).all()
            found = session.execute(perf_sql.CLOSURE_COUNTS, params).all()
        assert found == expected, days
        assert sum(r.returned for r in found) > 0 and len(found) > 1

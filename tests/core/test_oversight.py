"""Oversight lists: crafted histories prove who is on each list and who is not."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import update

from builders import NOW, add_incident
from callhandler.domain.oversight import OversightSettings
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import oversight
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User
from callhandler.storage.risk_models import RiskAssessment
from callhandler.storage.triage_models import GradeDecision

INSPECTOR = Actor(None, "insp", "Inspector Ives", "inspector", "test-ws")
HANDLER = Actor(None, "hand", "Handler Hale", "handler", "test-ws")


def victim_incidents(db: Database, name: str, days: list[float], **kwargs: object) -> list[int]:
    return [
        add_incident(db, f"{name}-{n}", days_ago=d, people=[("victim", name)], **kwargs)
        for n, d in enumerate(days)
    ]


def subjects(rows: list[oversight.RepeatVictimRow]) -> dict[str, oversight.RepeatVictimRow]:
    return {r.subject: r for r in rows}


def test_repeat_victims_count_three_in_twelve_months_to_the_day(db: Database) -> None:
    add_incident(db, "A-old", days_ago=30, people=[("victim", "Alice Ash")], risk_level="medium")
    add_incident(db, "A-new", days_ago=10, people=[("victim", "Alice Ash")], risk_level="high")
    add_incident(db, "A-edge", days_ago=364, people=[("victim", "Alice Ash")])
    victim_incidents(db, "Beth Birch", [10, 100, 366])
    victim_incidents(db, "Cara Cole", [10, 100])
    add_incident(db, "C-theft", days_ago=5, people=[("victim", "Cara Cole")], domestic_abuse=False)
    for n in range(3):
        add_incident(db, f"oak-{n}", days_ago=20 + n, address="1 Oak Road", postcode="CB1 1AA")
    add_incident(db, "future", days_ago=-2, people=[("victim", "Beth Birch")])

    found = subjects(oversight.repeat_victims(db, INSPECTOR, now=NOW))

    assert set(found) == {"Alice Ash", "1 Oak Road"}
    alice = found["Alice Ash"]
    assert (alice.kind, alice.incidents_12m, alice.last_risk_level) == ("person", 3, "high")
    assert alice.last_incident_at == NOW - dt.timedelta(days=10)
    assert alice.risk_assessed
    assert found["1 Oak Road"].kind == "address"
    # A stricter force setting drops them.
    strict = OversightSettings(repeat_victim_min=4)
    assert oversight.repeat_victims(db, INSPECTOR, now=NOW, settings=strict) == []


def test_repeat_non_crime_lists_only_patterns_never_risk_assessed(db: Database) -> None:
    victim_incidents(db, "Dana Dale", [5, 50, 364], risk_level="none")
    eve = victim_incidents(db, "Eve Elm", [5, 50, 150], risk_level="none")
    victim_incidents(db, "Fern Fox", [5, 50, 150], risk_level="standard")
    victim_incidents(db, "Gwen Gray", [5, 50, 366], risk_level="none")
    with db.write() as session:
        session.add(
            RiskAssessment(
                incident_id=eve[1],
                instrument_id="dash",
                instrument_version=1,
                answers_json="{}",
                yes_count=0,
                not_known_count=0,
                computed_level="standard",
                final_level="standard",
                previous_da_12m=1,
                marac_json="{}",
                marac_referral=False,
                officer_collar="PC1",
                assessed_by="insp",
                assessed_at=NOW - dt.timedelta(days=50),
            )
        )

    found = subjects(oversight.repeat_non_crime(db, INSPECTOR, now=NOW))

    assert set(found) == {"Dana Dale"}
    assert found["Dana Dale"].incidents_12m == 3
    assert not found["Dana Dale"].risk_assessed
    everyone = subjects(oversight.repeat_victims(db, INSPECTOR, now=NOW))
    assert everyone["Eve Elm"].risk_assessed and everyone["Fern Fox"].risk_assessed


def test_gone_quiet_is_a_victim_who_stopped_not_one_still_calling(db: Database) -> None:
    victim_incidents(db, "Hana Hart", [100, 200, 300])
    victim_incidents(db, "Iris Ivy", [20, 100, 200, 300])
    victim_incidents(db, "Jo Jay", [100, 200])
    victim_incidents(db, "Kay Kent", [100, 200, 460])  # the third is before the 12 months

    rows = oversight.gone_quiet(db, INSPECTOR, now=NOW)

    assert [(r.name, r.calls_before, r.days_quiet) for r in rows] == [("Hana Hart", 3, 100)]
    assert rows[0].last_call_at == NOW - dt.timedelta(days=100)
    longer = OversightSettings(gone_quiet_days=120)
    assert oversight.gone_quiet(db, INSPECTOR, now=NOW, settings=longer) == []


def test_serial_perpetrators_need_two_distinct_victims(db: Database) -> None:
    add_incident(db, "S1", days_ago=400, people=[("victim", "Ann Ash"), ("suspect", "Sam Stone")])
    add_incident(db, "S2", days_ago=30, people=[("victim", "Bea Bell"), ("suspect", "Sam Stone")])
    add_incident(db, "S3", days_ago=20, people=[("victim", "Ann Ash"), ("suspect", "Sam Stone")])
    add_incident(db, "T1", days_ago=40, people=[("victim", "Cat Crow"), ("suspect", "Tom Todd")])
    add_incident(db, "T2", days_ago=10, people=[("victim", "Cat Crow"), ("suspect", "Tom Todd")])
    add_incident(
        db,
        "U1",
        days_ago=10,
        domestic_abuse=False,
        people=[("victim", "Dee Dunn"), ("suspect", "Uma Urn")],
    )
    add_incident(db, "U2", days_ago=9, people=[("victim", "Eva Eden"), ("suspect", "Uma Urn")])

    rows = oversight.serial_perpetrators(db, INSPECTOR, now=NOW)

    assert [(r.name, r.victims, r.incidents) for r in rows] == [("Sam Stone", 2, 3)]
    assert rows[0].last_incident_at == NOW - dt.timedelta(days=20)


def test_high_risk_victims_by_latest_level_or_active_marker(db: Database) -> None:
    add_incident(db, "H1", days_ago=50, people=[("victim", "Lee Lark")], risk_level="medium")
    add_incident(db, "H2", days_ago=5, people=[("victim", "Lee Lark")], risk_level="high")
    add_incident(db, "M1", days_ago=50, people=[("victim", "May Moss")], risk_level="high")
    add_incident(db, "M2", days_ago=5, people=[("victim", "May Moss")], risk_level="medium")
    add_incident(
        db,
        "N1",
        days_ago=5,
        people=[("victim", "Nia Nash")],
        risk_level="standard",
        markers=[("victim", "marac")],
    )
    add_incident(
        db,
        "O1",
        days_ago=5,
        people=[("victim", "Ola Oak")],
        risk_level="standard",
        markers=[("victim", "high_risk_da_victim")],
        marker_expires_days=-1,
    )

    rows = {r.name: r for r in oversight.high_risk_victims(db, INSPECTOR, now=NOW)}

    assert set(rows) == {"Lee Lark", "Nia Nash"}
    assert (rows["Lee Lark"].latest_risk_level, rows["Lee Lark"].marker) == ("high", "")
    assert (rows["Nia Nash"].latest_risk_level, rows["Nia Nash"].marker) == ("standard", "marac")


def test_sign_off_backlog_overrides_and_overdue_attendance(db: Database) -> None:
    waiting = add_incident(db, "W1", days_ago=1)
    add_incident(db, "done", days_ago=1)
    dispatched = add_incident(db, "D1", days_ago=0.1, grade=1)
    with db.write() as session:
        user = User(
            username="hand",
            display_name="Handler Hale",
            role="handler",
            password_hash="x",
            created_at=NOW,
        )
        session.add(user)
        session.flush()
        session.execute(
            update(Incident)
            .where(Incident.id == waiting)
            .values(
                status="awaiting_sign_off",
                submitted_at=NOW - dt.timedelta(hours=6),
                handler_id=user.id,
            )
        )
        session.execute(
            update(Incident)
            .where(Incident.id == dispatched)
            .values(status="dispatched", dispatched_at=NOW - dt.timedelta(hours=1))
        )
        for n, (overridden, below, chosen) in enumerate(
            [(True, True, 3), (True, False, 1), (False, False, 2)]
        ):
            session.add(
                GradeDecision(
                    incident_id=waiting,
                    policy_id="p",
                    policy_version=1,
                    recommended_grade=2,
                    policy_floor=2,
                    chosen_grade=chosen,
                    overridden=overridden,
                    below_floor=below,
                    rationale="r",
                    domestic_abuse=True,
                    reasons_json="[]",
                    flags_json="[]",
                    facts_json="{}",
                    decided_by="hand",
                    decided_at=NOW - dt.timedelta(days=n),
                )
            )
        session.add(
            GradeDecision(
                incident_id=waiting,
                policy_id="p",
                policy_version=1,
                recommended_grade=2,
                policy_floor=2,
                chosen_grade=4,
                overridden=True,
                below_floor=True,
                rationale="r",
                domestic_abuse=True,
                reasons_json="[]",
                flags_json="[]",
                facts_json="{}",
                decided_by="old",
                decided_at=NOW - dt.timedelta(days=400),
            )
        )

    backlog = oversight.sign_off_backlog(db, INSPECTOR, now=NOW)
    assert [(b.ref, b.age_hours, b.handler) for b in backlog] == [("W1", 6.0, "Handler Hale")]

    by_handler = oversight.overrides(db, INSPECTOR, now=NOW)
    assert [
        (o.username, o.display_name, o.decisions, o.overridden, o.downgraded, o.below_floor)
        for o in by_handler
    ] == [("hand", "Handler Hale", 3, 2, 1, 1)]
    assert by_handler[0].last_override_at == NOW

    late = oversight.overdue_attendance(db, system_actor(), now=NOW)
    assert [(r.ref, r.grade) for r in late] == [("D1", 1)]
    assert late[0].overdue_minutes == 60 - late[0].target_minutes  # type: ignore[operator]


def test_a_handler_is_refused_every_list(db: Database) -> None:
    for name, report in oversight.REPORTS.items():
        with pytest.raises(PermissionDenied):
            report.function(db, HANDLER, now=NOW)
        rows = report.function(db, system_actor(), now=NOW)
        if name in ("sign-off-turnaround", "attendance"):  # every week / grade, at zero
            assert rows and all(
                getattr(r, "finalised", 0) == getattr(r, "dispatched", 0) == 0 for r in rows
            ), name
        else:
            assert rows == [], name


def test_rows_export_as_plain_dicts_in_column_order(db: Database) -> None:
    victim_incidents(db, "Pat Pine", [1, 2, 3])
    rows = oversight.repeat_victims(db, INSPECTOR, now=NOW)
    [plain] = oversight.report_rows_as_dicts("repeat-victims", rows)
    assert list(plain) == list(oversight.REPORTS["repeat-victims"].columns)
    assert plain["subject"] == "Pat Pine"
    assert plain["last_incident_at"] == (NOW - dt.timedelta(days=1)).isoformat()
    assert set(plain) == {f.name for f in dataclasses.fields(oversight.RepeatVictimRow)}
    with pytest.raises(BadInput, match="repeat-victims"):
        oversight.report("nobody")


def test_each_list_declares_the_settings_that_change_it_and_no_other_does(db: Database) -> None:
    fields = {f.name for f in dataclasses.fields(OversightSettings)}
    for name, report in oversight.REPORTS.items():
        assert set(report.settings) <= fields, name
    victim_incidents(db, "Dana Dale", [5, 40, 80], risk_level="high")
    victim_incidents(db, "Erin Eve", [150, 200, 250])  # quiet for 150 days
    add_incident(
        db, "M-1", days_ago=3, people=[("victim", "Hana Hill")], markers=[("victim", "marac")]
    )
    for n, victim in enumerate(("Fay Fox", "Gil Gray")):
        add_incident(
            db, f"S-{n}", days_ago=20 + n, people=[("victim", victim), ("suspect", "Sam Stone")]
        )
    extreme = {
        "window": dt.timedelta(days=30),
        "repeat_victim_min": 1,
        "repeat_non_crime_min": 1,
        "gone_quiet_min_calls": 1,
        "gone_quiet_days": 1,
        "serial_min_victims": 3,
        "reassessment_days": 365,
        "performance_days": 1,
        "high_risk_markers": ("none",),
    }
    for name in ("repeat-victims", "gone-quiet", "serial-perpetrators", "high-risk-victims"):
        report = oversight.REPORTS[name]
        baseline = report.function(db, INSPECTOR, now=NOW)
        assert baseline, name  # the history above puts someone in each of these lists
        for setting, value in extreme.items():
            changed = dataclasses.replace(OversightSettings(), **{setting: value})
            rows = report.function(db, INSPECTOR, now=NOW, settings=changed)
            if setting not in report.settings:
                assert rows == baseline, (name, setting)
        moved = [
            s
            for s in report.settings
            if s in extreme
            and report.function(
                db,
                INSPECTOR,
                now=NOW,
                settings=dataclasses.replace(OversightSettings(), **{s: extreme[s]}),
            )
            != baseline
        ]
        assert moved, name  # at least one declared threshold really changes the list

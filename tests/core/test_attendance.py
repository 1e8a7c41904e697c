"""Attendance: the clock against the grade's target, the overdue list, decisions, regrades."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from callhandler.domain.attendance import (
    attendance_status,
    describe,
    load_attendance_targets,
    shipped_attendance_targets,
)
from callhandler.domain.datafiles import DataFileError
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import attendance, lifecycle
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import Staff, make_staff, new_incident

T = dt.datetime(2026, 11, 26, 22, 0, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Call:
    grade: int | None
    dispatched_at: dt.datetime | None
    attended_at: dt.datetime | None = None


# -- the clock (pure) -----------------------------------------------------------------


def test_grade_1_urban_is_on_time_at_15_minutes_and_overdue_one_second_later() -> None:
    call = Call(1, T)
    at_target = attendance_status(call, T + 15 * MINUTE)
    assert (at_target.target_minutes, at_target.overdue) == (15, False)
    assert at_target.remaining == dt.timedelta(0) and at_target.elapsed_minutes == 15
    late = attendance_status(call, T + 15 * MINUTE + dt.timedelta(seconds=1))
    assert late.overdue and late.overdue_by == dt.timedelta(seconds=1)
    assert late.remaining == dt.timedelta(0) and late.deadline == T + 15 * MINUTE
    assert describe(late).startswith("OVERDUE: 15 min since dispatch")
    early = attendance_status(call, T + 10 * MINUTE)
    assert early.remaining == 5 * MINUTE and describe(early) == (
        "10 min since dispatch, 5 min left of the 15 min urban target."
    )


def test_rural_targets_and_grades_without_a_clock() -> None:
    assert attendance_status(Call(1, T), T + 19 * MINUTE, "rural").overdue is False
    assert attendance_status(Call(1, T), T + 21 * MINUTE, "rural").overdue is True
    assert attendance_status(Call(2, T), T + 60 * MINUTE).overdue is False
    assert attendance_status(Call(2, T), T + 61 * MINUTE).overdue is True
    scheduled = attendance_status(Call(3, T), T + 600 * MINUTE)
    assert scheduled.target_minutes is None and not scheduled.overdue and not scheduled.timed
    assert attendance_status(Call(1, None), T).dispatched_at is None
    with pytest.raises(BadInput, match="urban or rural"):
        attendance_status(Call(1, T), T, "suburban")


def test_attendance_stops_the_clock_and_says_whether_the_target_was_met() -> None:
    late = attendance_status(Call(1, T, T + 18 * MINUTE), T + 90 * MINUTE)
    assert late.attended and not late.overdue and late.met_target is False
    assert late.elapsed_minutes == 18 and "3 min over" in describe(late)
    on_time = attendance_status(Call(1, T, T + 12 * MINUTE), T + 90 * MINUTE)
    assert on_time.met_target is True


def test_targets_are_data_with_rural_postcodes(tmp_path: Path) -> None:
    shipped = shipped_attendance_targets()
    assert shipped.target_minutes(1, "urban") == 15 and shipped.target_minutes(1, "rural") == 20
    assert shipped.target_minutes(2) == 60 and shipped.target_minutes(3) is None
    path = tmp_path / "targets.yaml"
    path.write_text(
        "id: force\nversion: 2\ntitle: Force targets\n"
        "targets:\n  - {grade: 1, urban_minutes: 10, rural_minutes: 25}\n"
        "rural_postcodes: [LD, PE38]\n",
        encoding="utf-8",
    )
    force = load_attendance_targets(path)
    assert force.area_for("LD1 5AB") == "rural" and force.area_for("PE38 9AA") == "rural"
    assert force.area_for("PE3 8AA") == "urban" and force.area_for(None) == "urban"
    assert attendance_status(Call(1, T), T + 24 * MINUTE, "rural", force).overdue is False
    assert attendance_status(Call(1, T), T + 11 * MINUTE, "urban", force).overdue is True


def test_a_broken_targets_file_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "targets.yaml"
    path.write_text(
        "id: force\nversion: 1\ntitle: Force targets\ntargets:\n"
        "  - {grade: 1, urban_minutes: 15, rural_minutes: 20}\n"
        "  - {grade: 1, urban_minutes: 30, rural_minutes: 20}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        load_attendance_targets(path)
    assert err.value.first_line == 6 and "grade 1 has two targets" in str(err.value)
    assert "rural target cannot be shorter" in str(err.value)


# -- the services ---------------------------------------------------------------------


def dispatched(db: Database, staff: Staff, grade: int = 1, phone: str = "07700 900444") -> int:
    row = new_incident(db, staff.handler, phone)
    lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=grade, officers=["PC4521"])
    return int(row.id)


def test_the_overdue_list_follows_the_clock_until_the_inspector_decides(db: Database) -> None:
    staff = make_staff(db)
    incident_id = dispatched(db, staff)
    view = attendance.attendance_for(db, staff.handler, incident_id)
    start = view.status.dispatched_at
    assert start is not None and view.officers_sent == "PC4521"

    assert attendance.overdue_incidents(db, staff.handler, start + 15 * MINUTE) == []
    late = attendance.overdue_incidents(db, staff.handler, start + 16 * MINUTE)
    assert [v.incident_id for v in late] == [incident_id] and late[0].alert
    assert late[0].status.overdue_by == MINUTE and late[0].address == "3 Test Street"
    assert [
        v.incident_id
        for v in attendance.overdue_incidents(db, staff.inspector, start + 16 * MINUTE)
    ] == [incident_id]

    with pytest.raises(PermissionDenied, match="Only an inspector"):
        attendance.record_inspector_decision(
            db, staff.handler, incident_id, late[0].version, "Nearest unit is 20 minutes away."
        )
    with pytest.raises(BadInput, match="at least 10"):
        attendance.record_inspector_decision(
            db, staff.inspector, incident_id, late[0].version, "ok"
        )
    decided = attendance.record_inspector_decision(
        db,
        staff.inspector,
        incident_id,
        late[0].version,
        "Both units committed to a fatal RTC; ARV diverted, ETA 10 minutes.",
        now=start + 17 * MINUTE,
    )
    assert decided.decision is not None and not decided.alert and decided.version > late[0].version
    assert attendance.overdue_incidents(db, staff.handler, start + 40 * MINUTE) == []
    with db.read() as session:
        detail = json.loads(
            session.execute(
                select(AuditEvent.detail).where(AuditEvent.action == "attendance_decision")
            ).scalar_one()
        )
    assert detail["overdue"] is True and detail["overdue_minutes"] == 2.0
    with pytest.raises(PermissionDenied):
        attendance.overdue_incidents(db, system_actor(), start)


def test_recorded_attendance_clears_the_alert(db: Database) -> None:
    staff = make_staff(db)
    first = dispatched(db, staff)
    second = dispatched(db, staff, phone="07700 900555")
    view = attendance.attendance_for(db, staff.handler, second)
    start = view.status.dispatched_at
    assert start is not None
    lifecycle.record_attendance(db, staff.handler, second, view.version, officer="PC4521")
    listed = attendance.overdue_incidents(db, staff.handler, start + 30 * MINUTE)
    assert [v.incident_id for v in listed] == [first]


def test_a_regrade_restarts_the_clock_and_is_audited(db: Database) -> None:
    staff = make_staff(db)
    incident_id = dispatched(db, staff)
    view = attendance.attendance_for(db, staff.handler, incident_id)
    start = view.status.dispatched_at
    assert start is not None
    decided = attendance.record_inspector_decision(
        db, staff.inspector, incident_id, view.version, "Unit delayed by road closure, accepted."
    )
    with pytest.raises(BadInput, match="at least 10"):
        attendance.regrade(db, staff.handler, incident_id, decided.version, 2, "because")
    with pytest.raises(BadInput, match="already Grade 1"):
        attendance.regrade(
            db, staff.handler, incident_id, decided.version, 1, "No change at all here."
        )
    with pytest.raises(BadInput, match="sends nobody"):
        attendance.regrade(
            db, staff.handler, incident_id, decided.version, 4, "Caller says all calm now."
        )

    regraded = attendance.regrade(
        db,
        staff.handler,
        incident_id,
        decided.version,
        2,
        "Suspect has left in a taxi; victim safe with neighbour.",
        now=start + 20 * MINUTE,
    )
    assert regraded.grade == 2 and regraded.status.dispatched_at == start + 20 * MINUTE
    assert regraded.decision is None  # the decision answered the old clock
    assert attendance.overdue_incidents(db, staff.handler, start + 80 * MINUTE) == []
    late = attendance.overdue_incidents(db, staff.handler, start + 81 * MINUTE)
    assert [v.incident_id for v in late] == [incident_id]
    assert late[0].status.target_minutes == 60

    with db.read() as session:
        detail = json.loads(
            session.execute(
                select(AuditEvent.detail).where(AuditEvent.action == "regrade")
            ).scalar_one()
        )
    assert (detail["from"], detail["to"]) == (1, 2)
    assert detail["reason"].startswith("Suspect has left")
    assert detail["clock_restarted_at"] == (start + 20 * MINUTE).isoformat()


def test_regrade_before_dispatch_has_no_clock_and_after_attendance_is_refused(
    db: Database,
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    opened = attendance.regrade(
        db, staff.handler, row.id, row.version, 2, "Caller now says he has gone."
    )
    assert opened.grade == 2 and opened.status.dispatched_at is None
    attended = lifecycle.dispatch(
        db, staff.handler, row.id, opened.version, grade=2, officers=["PC1"]
    )
    attended = lifecycle.record_attendance(db, staff.handler, row.id, attended, officer="PC1")
    with pytest.raises(BadInput, match="only before an officer attends"):
        attendance.regrade(db, staff.handler, row.id, attended, 1, "Officer asks for backup now.")

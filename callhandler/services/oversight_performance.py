"""The inspector's performance lists: sign-off backlog and turnaround, grade overrides
and downgrades, closure completion and attendance against the grade targets.

Each is one query of ``oversight_sql_performance`` (closure completion adds the closure checklist's
own verdict on the few incidents still in closure). Inspectors and administrators only;
registered with the safeguarding lists in ``oversight.REPORTS``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from callhandler.domain import lifecycle as states
from callhandler.domain.attendance import shipped_attendance_targets
from callhandler.domain.checklist import default_checklist
from callhandler.domain.oversight import (
    DEFAULT_SETTINGS,
    AttendanceRow,
    BacklogRow,
    ClosureCompletionRow,
    OverdueRow,
    OverrideRow,
    OversightSettings,
    TurnaroundRow,
)
from callhandler.services import oversight_sql_performance as sql
from callhandler.services.attendance import overdue_for_oversight
from callhandler.services.closure import closure_status
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.services.oversight_drill import dialect, recheck_oversight, week_start
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

Settings = OversightSettings


def sign_off_backlog(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[BacklogRow]:
    """Incidents awaiting an inspector's sign-off, the longest waiting first."""
    recheck_oversight(db, actor)
    now = now or now_utc()
    with db.read() as session:
        rows = session.execute(sql.BACKLOG, {"status": states.AWAITING}).all()
    return [
        BacklogRow(
            r.incident_id,
            r.ref,
            r.submitted,
            round((now - r.submitted).total_seconds() / 3600, 1),
            r.grade,
            r.risk_level,
            bool(r.domestic_abuse),
            r.handler,
            r.address,
        )
        for r in rows
    ]


def overrides(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[OverrideRow]:
    """Handlers with overridden, downgraded or below-floor grades in 12 months, worst first."""
    recheck_oversight(db, actor)
    now = now or now_utc()
    with db.read() as session:
        rows = session.execute(sql.OVERRIDES, {"since": now - settings.window, "now": now}).all()
    return [
        OverrideRow(
            r.username,
            r.display_name,
            r.decisions,
            int(r.overridden),
            int(r.downgraded),
            int(r.below_floor),
            r.last_override_at,
        )
        for r in rows
    ]


def overdue_attendance(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[OverdueRow]:
    """Dispatched incidents past their grade's target with no attendance or decision."""
    recheck_oversight(db, actor)
    return [
        OverdueRow(
            v.incident_id,
            v.incident_ref,
            v.grade,
            v.address,
            v.status.dispatched_at,
            v.status.target_minutes,
            int(v.status.overdue_by.total_seconds() // 60),
        )
        for v in overdue_for_oversight(db, actor, now)
    ]


def closure_completion(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[ClosureCompletionRow]:
    """Per handler, incidents opened in the performance window: how far closure has got."""
    recheck_oversight(db, actor)
    now = now or now_utc()
    params = {"since": now - settings.performance_window, "now": now}
    checklist = default_checklist()
    missing: dict[str, int] = {}
    thin: dict[str, int] = {}
    with db.read() as session:
        counts = session.execute(sql.CLOSURE_COUNTS, params).all()
        for live in session.execute(sql.CLOSURE_LIVE, params).all():
            incident = session.get(Incident, live.id)
            assert incident is not None
            state = closure_status(session, incident, checklist)
            missing[live.username] = missing.get(live.username, 0) + bool(state.missing)
            thin[live.username] = thin.get(live.username, 0) + bool(state.narrative_missing)
    return [
        ClosureCompletionRow(
            r.username,
            r.display_name,
            r.incidents,
            int(r.finalised),
            int(r.awaiting),
            int(r.returned),
            int(r.in_closure),
            missing.get(r.username, 0),
            thin.get(r.username, 0),
        )
        for r in counts
    ]


def attendance_target_params(
    now: dt.datetime, since: dt.datetime
) -> tuple[dict[str, Any], int, int]:
    targets = shipped_attendance_targets()
    params: dict[str, Any] = {"since": since, "now": now}
    for n, target in enumerate(targets.targets.values()):
        params |= {f"g_{n}": target.grade, f"urban_{n}": target.urban_minutes}
        params[f"rural_min_{n}"] = target.rural_minutes
    for n, code in enumerate(targets.rural_postcodes):
        params |= {f"rural_{n}": code, f"rural_alpha_{n}": int(code.isalpha())}
    return params, len(targets.targets), len(targets.rural_postcodes)


def attendance_against_target(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[AttendanceRow]:
    """Per graded target, incidents dispatched in the performance window and how they went."""
    recheck_oversight(db, actor)
    now = now or now_utc()
    params, n_targets, n_rural = attendance_target_params(now, now - settings.performance_window)
    if not n_targets:
        return []
    with db.read() as session:
        found = {
            r.grade: r
            for r in session.execute(sql.attendance(dialect(db), n_targets, n_rural), params)
        }
    rows = []
    for grade, target in shipped_attendance_targets().targets.items():
        r = found.get(grade)
        within, late = (int(r.within), int(r.late)) if r else (0, 0)
        rows.append(
            AttendanceRow(
                grade,
                target.urban_minutes,
                r.dispatched if r else 0,
                within,
                late,
                int(r.not_attended) if r else 0,
                round(100 * within / (within + late), 1) if within + late else None,
                round(r.median, 1) if r and r.median is not None else None,
            )
        )
    return rows


def ranked_value(counts: Sequence[tuple[int, int]], rank: int) -> int:
    """The value at 1-based ``rank`` of a sorted (value, count) histogram."""
    seen = 0
    for value, count in counts:
        seen += count
        if seen >= rank:
            return value
    raise ValueError("rank beyond the histogram")


def turnaround_weeks(db: Database, weeks: int, now: dt.datetime) -> list[TurnaroundRow]:
    """Finalised count, median and p90 hours per week (oldest first, empty weeks as 0)."""
    start = week_start(now) - dt.timedelta(weeks=weeks - 1)
    params = {"start": start, "end": start + dt.timedelta(weeks=weeks)}
    found: dict[int, list[tuple[int, int]]] = {}
    with db.read() as session:
        for r in session.execute(sql.turnaround(dialect(db)), params):
            found.setdefault(r.week, []).append((r.tenths, r.n))
    rows = []
    for week in range(weeks):
        counts = found.get(week, [])
        n = sum(c for _v, c in counts)
        day = (start + dt.timedelta(weeks=week)).date()
        if not n:
            rows.append(TurnaroundRow(day, 0, None, None))
            continue
        middle = ranked_value(counts, (n + 1) // 2) + ranked_value(counts, (n + 2) // 2)
        p90 = ranked_value(counts, -(-9 * n // 10))
        rows.append(TurnaroundRow(day, n, round(middle / 20, 2), p90 / 10))
    return rows


def sign_off_turnaround(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[TurnaroundRow]:
    """Per week of the performance window, newest first: hours from submission to sign-off."""
    recheck_oversight(db, actor)
    weeks = -(-settings.performance_days // 7)
    return list(reversed(turnaround_weeks(db, weeks, now or now_utc())))

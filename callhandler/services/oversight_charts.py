"""Weekly series for the inspector's charts: one query each, every week present.

Each function returns one frozen row per week, oldest first, for the ``weeks`` weeks
ending with the week holding ``now`` (weeks start on Monday 00:00 UTC). A week with no
incidents is still there with zeros (or ``None`` where an average has nothing to average),
so a chart never has a gap. Inspectors and administrators only; nothing is audited
because no person's record is read, only counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Integer, text
from sqlalchemy.sql.selectable import TextualSelect

from callhandler import messages
from callhandler.domain.oversight import DEFAULT_SETTINGS, OversightSettings, TurnaroundRow
from callhandler.errors import BadInput
from callhandler.services import oversight_sql as sql
from callhandler.services import oversight_sql_performance as perf_sql
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.services.oversight_drill import dialect, require_oversight, week_start
from callhandler.services.oversight_performance import attendance_target_params, turnaround_weeks
from callhandler.storage.engine import Database

MAX_WEEKS = 260


@dataclass(frozen=True)
class DomesticAbuseWeek:
    """Incidents opened in the week: all, domestic abuse, and domestic abuse against a
    repeat victim (3+ domestic-abuse incidents in the 12 months up to this one)."""

    week_start: dt.date
    domestic_abuse: int
    all_incidents: int
    repeat_victim_da: int


@dataclass(frozen=True)
class GradeMixWeek:
    """Incidents opened in the week by the grade they were given (None: not graded)."""

    week_start: dt.date
    grade_1: int
    grade_2: int
    grade_3: int
    grade_4: int
    ungraded: int


@dataclass(frozen=True)
class AttendanceWeek:
    """Incidents dispatched in the week, per grade with a target.

    ``within_target_pct[g]`` is the share of grade ``g`` incidents whose clock has run out
    (attended, or overdue and not attended) that were attended within the target; None
    when there were none. ``dispatched[g]`` counts every grade ``g`` dispatch.
    """

    week_start: dt.date
    within_target_pct: Mapping[int, float | None]
    dispatched: Mapping[int, int]


# sign_off_turnaround returns TurnaroundRow (week_start, finalised, median_hours, p90_hours).
TurnaroundWeek = TurnaroundRow


def _window(actor: Actor, weeks: int, now: dt.datetime | None) -> tuple[dt.datetime, dt.datetime]:
    require_oversight(actor)
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= MAX_WEEKS:
        raise BadInput(messages.CHART_WEEKS(largest=MAX_WEEKS, weeks=weeks))
    now = now or now_utc()
    return week_start(now) - dt.timedelta(weeks=weeks - 1), now


def _day(start: dt.datetime, week: int) -> dt.date:
    return (start + dt.timedelta(weeks=week)).date()


@cache
def _da_statement(name: str, weeks: int, back: int, window_minutes: int) -> TextualSelect:
    gap = sql.minutes_between(name, "opened_at", "earlier")
    return sql.dates(
        text(
            f"WITH {sql.weeks_cte(weeks)},"
            " da AS (SELECT v.incident_id, v.person_id, i.opened_at"
            "  FROM incidents AS i CROSS JOIN incident_people AS v"
            "  WHERE i.domestic_abuse AND i.opened_at >= :history AND i.opened_at < :end"
            f"  AND {sql.victims_of('i')}),"
            f" lagged AS (SELECT incident_id, opened_at, LAG(opened_at, {back}) OVER ("
            "  PARTITION BY person_id ORDER BY opened_at, incident_id) AS earlier FROM da),"
            " repeats AS MATERIALIZED (SELECT DISTINCT incident_id, opened_at FROM lagged"
            f"  WHERE earlier IS NOT NULL AND opened_at >= :start AND {gap} < {window_minutes}),"
            " counted AS (SELECT w.n, COUNT(*) AS all_n,"
            "  SUM(CASE WHEN i.domestic_abuse THEN 1 ELSE 0 END) AS da_n"
            "  FROM weeks AS w CROSS JOIN incidents AS i"
            "  WHERE i.opened_at >= w.s AND i.opened_at < w.e GROUP BY w.n),"
            " repeated AS (SELECT w.n, COUNT(*) AS repeat_n FROM weeks AS w"
            "  CROSS JOIN repeats AS r WHERE r.opened_at >= w.s AND r.opened_at < w.e"
            "  GROUP BY w.n)"
            " SELECT c.n AS week, c.all_n, c.da_n, COALESCE(r.repeat_n, 0) AS repeat_n"
            " FROM counted AS c LEFT JOIN repeated AS r ON r.n = c.n"
        ),
        "start",
        "end",
        "history",
        *sql.week_names(weeks),
    ).columns(week=Integer, all_n=Integer, da_n=Integer, repeat_n=Integer)


def da_calls_per_week(
    db: Database,
    actor: Actor,
    *,
    weeks: int = 26,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[DomesticAbuseWeek]:
    """Domestic-abuse incidents per week beside all incidents and repeat-victim ones."""
    start, now = _window(actor, weeks, now)
    minutes = int(settings.window.total_seconds() // 60)
    statement = _da_statement(dialect(db), weeks, settings.repeat_victim_min - 1, minutes)
    params = {"start": start, "end": now, "history": start - settings.window}
    params |= sql.week_bounds(start, now, weeks)
    with db.read() as session:
        found = {r.week: r for r in session.execute(statement, params)}
    return [
        DomesticAbuseWeek(
            _day(start, w),
            int(found[w].da_n) if w in found else 0,
            int(found[w].all_n) if w in found else 0,
            int(found[w].repeat_n) if w in found else 0,
        )
        for w in range(weeks)
    ]


@cache
def _grade_statement(name: str, weeks: int) -> TextualSelect:
    counts = ", ".join(
        f"SUM(CASE WHEN i.grade = {g} THEN 1 ELSE 0 END) AS g{g}" for g in (1, 2, 3, 4)
    )
    return sql.dates(
        text(
            f"WITH {sql.weeks_cte(weeks)} SELECT w.n AS week, {counts},"
            " SUM(CASE WHEN i.grade IS NULL THEN 1 ELSE 0 END) AS ungraded"
            " FROM weeks AS w CROSS JOIN incidents AS i"
            " WHERE i.opened_at >= w.s AND i.opened_at < w.e GROUP BY w.n"
        ),
        *sql.week_names(weeks),
    ).columns(week=Integer, g1=Integer, g2=Integer, g3=Integer, g4=Integer, ungraded=Integer)


def grade_mix(
    db: Database, actor: Actor, *, weeks: int = 26, now: dt.datetime | None = None
) -> list[GradeMixWeek]:
    """Incidents opened per week by grade 1 to 4 and not graded."""
    start, now = _window(actor, weeks, now)
    with db.read() as session:
        found = {
            r.week: r
            for r in session.execute(
                _grade_statement(dialect(db), weeks), sql.week_bounds(start, now, weeks)
            )
        }
    rows = []
    for w in range(weeks):
        r = found.get(w)
        counts = (int(r.g1), int(r.g2), int(r.g3), int(r.g4), int(r.ungraded)) if r else (0,) * 5
        rows.append(GradeMixWeek(_day(start, w), *counts))
    return rows


def sign_off_turnaround(
    db: Database, actor: Actor, *, weeks: int = 26, now: dt.datetime | None = None
) -> list[TurnaroundRow]:
    """Per week: incidents finalised, median and 90th-percentile hours from submission."""
    _start, now = _window(actor, weeks, now)
    return turnaround_weeks(db, weeks, now)


@cache
def _attendance_statement(name: str, target_count: int, rural_count: int) -> TextualSelect:
    return sql.dates(
        text(
            f"WITH {perf_sql.targets_cte(target_count)},"
            f" {perf_sql.attendance_clock(name, rural_count)}"
            f" SELECT {sql.week_index(name, 'c.dispatched_at')} AS week, c.grade,"
            " COUNT(*) AS dispatched,"
            " SUM(CASE WHEN c.attended_at IS NOT NULL AND c.minutes <= c.target THEN 1 ELSE 0"
            "  END) AS within,"
            " SUM(CASE WHEN c.attended_at IS NOT NULL OR c.minutes > c.target THEN 1 ELSE 0"
            "  END) AS finished"
            " FROM clock AS c"
            f" GROUP BY {sql.week_index(name, 'c.dispatched_at')}, c.grade"
        ),
        "start",
        "since",
        "now",
    ).columns(week=Integer, grade=Integer, dispatched=Integer, within=Integer, finished=Integer)


def attendance_vs_target(
    db: Database, actor: Actor, *, weeks: int = 26, now: dt.datetime | None = None
) -> list[AttendanceWeek]:
    """Per week and graded target: the share of dispatches attended within the target."""
    start, now = _window(actor, weeks, now)
    params, n_targets, n_rural = attendance_target_params(now, start)
    params["start"] = start
    found: dict[tuple[int, int], Any] = {}
    if n_targets:
        with db.read() as session:
            statement = _attendance_statement(dialect(db), n_targets, n_rural)
            found = {(r.week, r.grade): r for r in session.execute(statement, params)}
    grades = sorted({g for n, g in params.items() if n.startswith("g_")})
    rows = []
    for w in range(weeks):
        shares: dict[int, float | None] = {}
        sent: dict[int, int] = {}
        for g in grades:
            r = found.get((w, g))
            finished = int(r.finished) if r else 0
            shares[g] = round(100 * int(r.within) / finished, 1) if r and finished else None
            sent[g] = int(r.dispatched) if r else 0
        rows.append(AttendanceWeek(_day(start, w), shares, sent))
    return rows


CHARTS = {
    "da-calls-per-week": da_calls_per_week,
    "grade-mix": grade_mix,
    "sign-off-turnaround": sign_off_turnaround,
    "attendance-vs-target": attendance_vs_target,
}

"""The inspector's oversight lists (seed recommendations 11, 13, 15) and their drill-down.

Every list is one query (the SQL is in ``oversight_sql``) that groups in the database, so
it stays well under a second on a million incidents; rows are the frozen dataclasses of
``domain.oversight``. ``drill_down`` gives the incidents behind any row of any list.
Inspectors and administrators only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from callhandler.domain import lifecycle as states
from callhandler.domain.attendance import shipped_attendance_targets
from callhandler.domain.checklist import default_checklist
from callhandler.domain.oversight import (
    DEFAULT_SETTINGS,
    AttendanceRow,
    BacklogRow,
    ClosureCompletionRow,
    DrillRow,
    GoneQuietRow,
    HighRiskVictimRow,
    OverdueRow,
    OverrideRow,
    OversightSettings,
    ReassessmentDueRow,
    RepeatVictimRow,
    SerialPerpetratorRow,
    TurnaroundRow,
)
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import oversight_drill as drill
from callhandler.services import oversight_sql as sql
from callhandler.services.attendance import overdue_for_oversight
from callhandler.services.closure import closure_status
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

OVERSIGHT_ROLES = ("inspector", "admin")
Settings = OversightSettings


def require_oversight(actor: Actor) -> None:
    if actor.role not in OVERSIGHT_ROLES:
        raise PermissionDenied("Only inspectors and administrators see the oversight lists.")


def _repeat(
    db: Database, now: dt.datetime, settings: Settings, minimum: int, unassessed: bool
) -> list[RepeatVictimRow]:
    params = {
        "since": now - settings.window,
        "now": now,
        "min_incidents": minimum,
        "max_assessed": 0 if unassessed else 1,
    }
    with db.read() as session:
        rows = session.execute(sql.REPEAT, params).all()
    return [
        RepeatVictimRow(
            r.kind,
            r.key_id,
            r.subject,
            r.incidents,
            r.last_at,
            r.last_risk_level,
            bool(r.any_assessed),
        )
        for r in rows
    ]


def repeat_victims(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[RepeatVictimRow]:
    """Victims (or addresses with no victim named) with 3+ DA incidents in 12 months."""
    require_oversight(actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_victim_min, False)


def repeat_non_crime(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[RepeatVictimRow]:
    """Repeat victims none of whose incidents in 12 months was risk assessed (rec. 15)."""
    require_oversight(actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_non_crime_min, True)


def gone_quiet(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[GoneQuietRow]:
    """Victims with 3+ DA incidents in the 12 months before the quiet period, none since."""
    require_oversight(actor)
    now = now or now_utc()
    quiet_from = drill.quiet_from(now, settings)
    params = {
        "since": quiet_from - settings.window,
        "now": now,
        "quiet_from": quiet_from,
        "min_calls": settings.gone_quiet_min_calls,
    }
    with db.read() as session:
        rows = session.execute(sql.GONE_QUIET, params).all()
    return [
        GoneQuietRow(r.person_id, r.name, r.calls, r.last_at, (now - r.last_at).days) for r in rows
    ]


def serial_perpetrators(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[SerialPerpetratorRow]:
    """Suspects in DA incidents against 2+ distinct victims, over the whole history."""
    require_oversight(actor)
    with db.read() as session:
        rows = session.execute(sql.SERIAL, {"min_victims": settings.serial_min_victims}).all()
    return [
        SerialPerpetratorRow(r.person_id, r.name, r.victims, r.incidents, r.last_at) for r in rows
    ]


def high_risk_victims(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[HighRiskVictimRow]:
    """Victims whose latest recorded risk level is high, or with an active high-risk marker."""
    require_oversight(actor)
    params = {"now": now or now_utc(), "marker_types": list(settings.high_risk_markers)}
    with db.read() as session:
        rows = session.execute(sql.HIGH_RISK, params).all()
    return [
        HighRiskVictimRow(r.person_id, r.name, r.risk_level, r.assessed_at, r.marker_type)
        for r in rows
    ]


def sign_off_backlog(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[BacklogRow]:
    """Incidents awaiting an inspector's sign-off, the longest waiting first."""
    require_oversight(actor)
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
    require_oversight(actor)
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
    require_oversight(actor)
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


def reassessment_due(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[ReassessmentDueRow]:
    """Open trigger events due within ``reassessment_days`` or already past due, soonest first."""
    require_oversight(actor)
    today = (now or now_utc()).astimezone(dt.UTC).date()
    until = today + dt.timedelta(days=settings.reassessment_days)
    with db.read() as session:
        rows = session.execute(sql.REASSESSMENT_DUE, {"until": until}).all()
    return [
        ReassessmentDueRow(
            r.event_id,
            r.kind,
            r.due_on,
            (r.due_on - today).days,
            r.subject,
            r.person_id,
            r.incident_id,
            r.incident_ref,
            r.last_risk,
            r.note,
        )
        for r in rows
    ]


def closure_completion(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[ClosureCompletionRow]:
    """Per handler, incidents opened in the performance window: how far closure has got."""
    require_oversight(actor)
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
    require_oversight(actor)
    now = now or now_utc()
    params, n_targets, n_rural = attendance_target_params(now, now - settings.performance_window)
    if not n_targets:
        return []
    with db.read() as session:
        found = {
            r.grade: r
            for r in session.execute(sql.attendance(drill.dialect(db), n_targets, n_rural), params)
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


def week_start(moment: dt.datetime) -> dt.datetime:
    """Monday 00:00 UTC of the week holding ``moment``."""
    day = moment.astimezone(dt.UTC).date()
    monday = day - dt.timedelta(days=day.weekday())
    return dt.datetime(monday.year, monday.month, monday.day, tzinfo=dt.UTC)


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
        for r in session.execute(sql.turnaround(drill.dialect(db)), params):
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
    require_oversight(actor)
    weeks = -(-settings.performance_days // 7)
    return list(reversed(turnaround_weeks(db, weeks, now or now_utc())))


# -- the registry for the command line, the oversight view and exports ----------------

ReportFunction = Callable[..., Sequence[Any]]


@dataclass(frozen=True)
class Report:
    title: str
    function: ReportFunction
    row_type: type[Any]
    drill: drill.Drill

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.row_type))


REPORTS: Mapping[str, Report] = {
    "repeat-victims": Report("Repeat victims", repeat_victims, RepeatVictimRow, drill.drill_repeat),
    "repeat-non-crime": Report(
        "Repeat domestic abuse with no risk assessment",
        repeat_non_crime,
        RepeatVictimRow,
        drill.drill_repeat,
    ),
    "gone-quiet": Report(
        "Victims who have gone quiet", gone_quiet, GoneQuietRow, drill.drill_quiet
    ),
    "serial-perpetrators": Report(
        "Serial perpetrators", serial_perpetrators, SerialPerpetratorRow, drill.drill_serial
    ),
    "high-risk-victims": Report(
        "High-risk victims", high_risk_victims, HighRiskVictimRow, drill.drill_person
    ),
    "reassessment-due": Report(
        "Risk reassessment due", reassessment_due, ReassessmentDueRow, drill.drill_trigger
    ),
    "sign-off-backlog": Report(
        "Sign-off backlog", sign_off_backlog, BacklogRow, drill.drill_backlog
    ),
    "sign-off-turnaround": Report(
        "Sign-off turnaround by week", sign_off_turnaround, TurnaroundRow, drill.drill_turnaround
    ),
    "overrides": Report(
        "Grade overrides and downgrades by handler", overrides, OverrideRow, drill.drill_overrides
    ),
    "closure-completion": Report(
        "Closure completion by handler",
        closure_completion,
        ClosureCompletionRow,
        drill.drill_closure,
    ),
    "attendance": Report(
        "Attendance against grade targets",
        attendance_against_target,
        AttendanceRow,
        drill.drill_attendance,
    ),
    "overdue-attendance": Report(
        "Attendance overdue", overdue_attendance, OverdueRow, drill.drill_overdue
    ),
}


def report(name: str) -> Report:
    """The report called ``name``; BadInput naming the valid ones otherwise."""
    found = REPORTS.get(name)
    if found is None:
        raise BadInput(f"There is no report {name!r}: choose one of {', '.join(REPORTS)}.")
    return found


def drill_down(
    db: Database,
    actor: Actor,
    name: str,
    row: Any,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[DrillRow]:
    """The incidents behind ``row`` of report ``name`` (at most 500), most telling first.

    Pass the same ``now`` and ``settings`` the list was made with. BadInput when the row
    is not one of that report's rows.
    """
    require_oversight(actor)
    found = report(name)
    if not isinstance(row, found.row_type):
        raise BadInput(f"A {type(row).__name__} is not a row of the report {name!r}.")
    with db.read() as session:
        return found.drill(db, session, row, now or now_utc(), settings)


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def report_rows_as_dicts(name: str, rows: Sequence[Any]) -> list[dict[str, object]]:
    """Rows as plain dicts in column order (dates as ISO text) for JSON and CSV."""
    columns = report(name).columns
    return [{c: _plain(getattr(row, c)) for c in columns} for row in rows]

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
from callhandler.errors import BadInput
from callhandler.services import oversight_drill as drill
from callhandler.services import oversight_sql as sql
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.services.oversight_drill import (
    OVERSIGHT_ROLES,
    recheck_oversight,
    require_oversight,
)
from callhandler.services.oversight_performance import (
    attendance_against_target,
    closure_completion,
    overdue_attendance,
    overrides,
    sign_off_backlog,
    sign_off_turnaround,
)
from callhandler.storage.engine import Database

Settings = OversightSettings

__all__ = [  # the lists, their rows, the registry and the drill-down, from one place
    "DEFAULT_SETTINGS",
    "OVERSIGHT_ROLES",
    "REPORTS",
    "AttendanceRow",
    "BacklogRow",
    "ClosureCompletionRow",
    "DrillRow",
    "GoneQuietRow",
    "HighRiskVictimRow",
    "OverdueRow",
    "OverrideRow",
    "ReassessmentDueRow",
    "RepeatVictimRow",
    "Report",
    "SerialPerpetratorRow",
    "TurnaroundRow",
    "attendance_against_target",
    "closure_completion",
    "drill_down",
    "gone_quiet",
    "high_risk_victims",
    "overdue_attendance",
    "overrides",
    "reassessment_due",
    "repeat_non_crime",
    "repeat_victims",
    "report",
    "report_rows_as_dicts",
    "recheck_oversight",
    "require_oversight",
    "serial_perpetrators",
    "sign_off_backlog",
    "sign_off_turnaround",
]


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
        rows = session.execute(sql.repeat(drill.dialect(db)), params).all()
    return [
        RepeatVictimRow(
            r.kind,
            r.key_id,
            r.subject,
            r.incidents,
            r.last_at,
            r.last_risk_level,
            bool(r.any_assessed),
            r.address,
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
    recheck_oversight(db, actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_victim_min, False)


def repeat_non_crime(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[RepeatVictimRow]:
    """Repeat victims none of whose incidents in 12 months was risk assessed (rec. 15)."""
    recheck_oversight(db, actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_non_crime_min, True)


def gone_quiet(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[GoneQuietRow]:
    """Victims with 3+ DA incidents in the 12 months before the quiet period, none since."""
    recheck_oversight(db, actor)
    now = now or now_utc()
    quiet_from = drill.quiet_from(now, settings)
    params = {
        "since": quiet_from - settings.window,
        "now": now,
        "quiet_from": quiet_from,
        "min_calls": settings.gone_quiet_min_calls,
    }
    with db.read() as session:
        rows = session.execute(sql.gone_quiet(drill.dialect(db)), params).all()
    return [
        GoneQuietRow(r.person_id, r.name, r.calls, r.last_at, (now - r.last_at).days, r.address)
        for r in rows
    ]


def serial_perpetrators(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[SerialPerpetratorRow]:
    """Suspects in DA incidents against 2+ distinct victims, over the whole history."""
    recheck_oversight(db, actor)
    with db.read() as session:
        rows = session.execute(
            sql.serial(drill.dialect(db)), {"min_victims": settings.serial_min_victims}
        ).all()
    return [
        SerialPerpetratorRow(r.person_id, r.name, r.victims, r.incidents, r.last_at, r.address)
        for r in rows
    ]


def high_risk_victims(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[HighRiskVictimRow]:
    """Victims whose latest recorded risk level is high, or with an active high-risk marker."""
    recheck_oversight(db, actor)
    params = {"now": now or now_utc(), "marker_types": list(settings.high_risk_markers)}
    with db.read() as session:
        rows = session.execute(sql.high_risk(drill.dialect(db)), params).all()
    return [
        HighRiskVictimRow(
            r.person_id, r.name, r.risk_level, r.assessed_at, r.marker_type, r.address
        )
        for r in rows
    ]


def reassessment_due(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: Settings = DEFAULT_SETTINGS,
) -> list[ReassessmentDueRow]:
    """Open trigger events due within ``reassessment_days`` or already past due, soonest first."""
    recheck_oversight(db, actor)
    today = (now or now_utc()).astimezone(dt.UTC).date()
    until = today + dt.timedelta(days=settings.reassessment_days)
    with db.read() as session:
        rows = session.execute(sql.reassessment_due(drill.dialect(db)), {"until": until}).all()
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
            r.address,
        )
        for r in rows
    ]


# -- the registry for the command line, the oversight view and exports ----------------

ReportFunction = Callable[..., Sequence[Any]]


@dataclass(frozen=True)
class Report:
    """One oversight list: its title, query, row type, drill-down, and the
    ``OversightSettings`` fields it reads (so a window shows only the thresholds that
    change it; a test checks every name is a real setting)."""

    title: str
    function: ReportFunction
    row_type: type[Any]
    drill: drill.Drill
    settings: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.row_type))


REPORTS: Mapping[str, Report] = {
    "repeat-victims": Report(
        "Repeat victims",
        repeat_victims,
        RepeatVictimRow,
        drill.drill_repeat,
        ("window", "repeat_victim_min"),
    ),
    "repeat-non-crime": Report(
        "Repeat domestic abuse with no risk assessment",
        repeat_non_crime,
        RepeatVictimRow,
        drill.drill_repeat,
        ("window", "repeat_non_crime_min"),
    ),
    "gone-quiet": Report(
        "Victims who have gone quiet",
        gone_quiet,
        GoneQuietRow,
        drill.drill_quiet,
        ("window", "gone_quiet_min_calls", "gone_quiet_days"),
    ),
    "serial-perpetrators": Report(
        "Serial perpetrators",
        serial_perpetrators,
        SerialPerpetratorRow,
        drill.drill_serial,
        ("serial_min_victims",),
    ),
    "high-risk-victims": Report(
        "High-risk victims",
        high_risk_victims,
        HighRiskVictimRow,
        drill.drill_person,
        ("high_risk_markers",),
    ),
    "reassessment-due": Report(
        "Risk reassessment due",
        reassessment_due,
        ReassessmentDueRow,
        drill.drill_trigger,
        ("reassessment_days",),
    ),
    "sign-off-backlog": Report(
        "Sign-off backlog", sign_off_backlog, BacklogRow, drill.drill_backlog
    ),
    "sign-off-turnaround": Report(
        "Sign-off turnaround by week",
        sign_off_turnaround,
        TurnaroundRow,
        drill.drill_turnaround,
        ("performance_days",),
    ),
    "overrides": Report(
        "Grade overrides and downgrades by handler",
        overrides,
        OverrideRow,
        drill.drill_overrides,
        ("window",),
    ),
    "closure-completion": Report(
        "Closure completion by handler",
        closure_completion,
        ClosureCompletionRow,
        drill.drill_closure,
        ("performance_days",),
    ),
    "attendance": Report(
        "Attendance against grade targets",
        attendance_against_target,
        AttendanceRow,
        drill.drill_attendance,
        ("performance_days",),
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
    recheck_oversight(db, actor)
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

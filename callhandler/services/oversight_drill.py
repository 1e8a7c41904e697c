"""Drill-down for the oversight lists: the incidents behind one row of a list (and the
few helpers every oversight module shares: the role check, the dialect, the week).

One function per list, registered beside the list in ``oversight.REPORTS``; each runs
one statement of ``oversight_sql_drill`` (at most ``DRILL_LIMIT`` incidents, most telling
first) and says in ``why`` how the incident belongs to the row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.domain.attendance import attendance_status, describe, shipped_attendance_targets
from callhandler.domain.checklist import default_checklist
from callhandler.domain.oversight import DrillRow, OversightSettings
from callhandler.errors import PermissionDenied
from callhandler.services import oversight_sql_drill as sql
from callhandler.services.closure import closure_status
from callhandler.services.context import Actor, recheck_first
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

Settings = OversightSettings
OVERSIGHT_ROLES = ("inspector", "admin")


def require_oversight(actor: Actor) -> None:
    """Every chart (counts, no one named): inspectors and administrators only."""
    if actor.role not in OVERSIGHT_ROLES:
        raise PermissionDenied(messages.ONLY_INSPECTORS_OVERSIGHT())


def recheck_oversight(db: Database, actor: Actor) -> Actor:
    """Every oversight list and drill-down (they name victims and suspects): the account
    read again (SessionEnded when disabled or its role changed), then inspectors and
    administrators only."""
    return recheck_first(db, actor, OVERSIGHT_ROLES, messages.ONLY_INSPECTORS_OVERSIGHT())


def dialect(db: Database) -> str:
    return "sqlite" if db.is_sqlite else "postgresql"


def week_start(moment: dt.datetime) -> dt.datetime:
    """Monday 00:00 UTC of the week holding ``moment``."""
    day = moment.astimezone(dt.UTC).date()
    monday = day - dt.timedelta(days=day.weekday())
    return dt.datetime(monday.year, monday.month, monday.day, tzinfo=dt.UTC)


def quiet_from(now: dt.datetime, settings: Settings) -> dt.datetime:
    return now - dt.timedelta(days=settings.gone_quiet_days)


Drill = Callable[[Database, Session, Any, dt.datetime, Settings], list[DrillRow]]


def _rows(
    session: Session, statement: Any, why: Callable[[Any], str], **params: Any
) -> list[DrillRow]:
    return [
        DrillRow(
            r.id,
            r.ref,
            r.opened_at,
            r.status,
            bool(r.domestic_abuse),
            r.grade,
            r.risk_level,
            why(r),
        )
        for r in session.execute(statement, params)
    ]


def drill_repeat(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    statement = sql.DRILL_VICTIM if row.kind == "person" else sql.DRILL_ADDRESS
    return _rows(
        s, statement, lambda r: str(r.why), key=row.subject_id, since=now - st.window, now=now
    )


def drill_quiet(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    since = quiet_from(now, st) - st.window
    return _rows(s, sql.DRILL_VICTIM, lambda r: str(r.why), key=row.person_id, since=since, now=now)


def drill_serial(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    return _rows(s, sql.DRILL_SUSPECT, lambda r: f"suspect; victim {r.why}", key=row.person_id)


def drill_person(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    return _rows(
        s, sql.DRILL_PERSON, lambda r: f"{r.why}; risk {r.risk_level}", key=row.person_id, now=now
    )


def drill_backlog(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    why = f"awaiting sign-off for {row.age_hours:.1f} h"
    return _rows(s, sql.DRILL_INCIDENT, lambda r: why, key=row.incident_id)


def drill_overdue(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    why = f"{row.overdue_minutes} min over the {row.target_minutes} min target"
    return _rows(s, sql.DRILL_INCIDENT, lambda r: why, key=row.incident_id)


def _override_why(r: Any) -> str:
    text = f"recommended Grade {r.recommended}, chose Grade {r.chosen}"
    if r.chosen > r.recommended:
        text += " (less urgent)"
    return text + (", below the policy floor" if r.below_floor else "")


def drill_overrides(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    return _rows(
        s, sql.DRILL_DECISIONS, _override_why, key=row.username, since=now - st.window, now=now
    )


def drill_trigger(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    found: list[DrillRow] = []
    if row.incident_id is not None:
        why = f"trigger event: {row.kind.replace('_', ' ')} due {row.due_on.isoformat()}"
        found = _rows(s, sql.DRILL_INCIDENT, lambda r: why, key=row.incident_id)
    if row.person_id is not None:
        seen = {d.incident_id for d in found}
        person = _rows(
            s, sql.DRILL_PERSON, lambda r: f"{row.subject}: {r.why}", key=row.person_id, now=now
        )
        found += [d for d in person if d.incident_id not in seen]
    return found


def _closure_why(s: Session, r: Any) -> str:
    words = [states.STATE_WORDS.get(r.status, r.status)]
    if r.returned:
        words.append(f"returned by an inspector {r.returned} time(s)")
    if states.editable_closure(r.status):
        incident = s.get(Incident, r.id)
        assert incident is not None
        state = closure_status(s, incident, default_checklist())
        if state.missing:
            words.append(f"{len(state.missing)} checklist item(s) missing")
        if state.narrative_missing:
            words.append("narrative incomplete")
    return "; ".join(words)


def drill_closure(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    since = now - st.performance_window
    return _rows(
        s, sql.DRILL_HANDLER, lambda r: _closure_why(s, r), key=row.username, since=since, now=now
    )


def drill_attendance(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    targets = shipped_attendance_targets()

    def why(r: Any) -> str:
        return describe(attendance_status(r, now, targets.area_for(r.postcode), targets))

    statement = sql.drill_attendance(dialect(db))
    return _rows(s, statement, why, key=row.grade, since=now - st.performance_window, now=now)


def drill_turnaround(
    db: Database, s: Session, row: Any, now: dt.datetime, st: Settings
) -> list[DrillRow]:
    start = dt.datetime(
        row.week_start.year, row.week_start.month, row.week_start.day, tzinfo=dt.UTC
    )
    statement = sql.drill_turnaround(dialect(db))
    return _rows(
        s,
        statement,
        lambda r: f"finalised {r.hours:.1f} h after submission",
        since=start,
        now=start + dt.timedelta(weeks=1),
    )

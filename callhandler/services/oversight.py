"""The inspector's oversight lists (seed recommendations 11, 13, 15): one query each.

Every list is one portable text statement (SQLite and PostgreSQL) that groups in the
database, so it stays well under a second on a million incidents; rows come back as
frozen dataclasses. Inspectors and administrators only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, String, bindparam, text
from sqlalchemy.sql.elements import TextClause

from callhandler.domain import lifecycle as states
from callhandler.domain.oversight import DEFAULT_SETTINGS, OversightSettings
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services.attendance import overdue_incidents
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from callhandler.storage.models import UTCDateTime

OVERSIGHT_ROLES = ("inspector", "admin")


def _require_oversight(actor: Actor) -> None:
    if actor.role not in OVERSIGHT_ROLES:
        raise PermissionDenied("Only inspectors and administrators see the oversight lists.")


def _dates(statement: TextClause, *names: str) -> TextClause:
    return statement.bindparams(*(bindparam(name, type_=UTCDateTime()) for name in names))


# Materialised so SQLite reads incident_people once in order, rather than walking the
# person index and fetching every row to test its role (five times slower on 1M).
def _people_in(role: str) -> str:
    return (
        f"{role}s AS MATERIALIZED (SELECT incident_id, person_id FROM incident_people"
        f" WHERE role = '{role}')"
    )


# -- repeat victims and repeat non-crime incidents ------------------------------------

# A victim is the person; a domestic-abuse incident with no victim named counts against
# its address instead. "Assessed" means a risk level was recorded or a DASH row exists.
_REPEAT = _dates(
    text(
        f"WITH {_people_in('victim')}, da AS ("
        " SELECT 'person' AS kind, v.person_id AS key_id, i.id AS incident_id, i.opened_at,"
        "  i.risk_level, CASE WHEN i.risk_level <> 'none' OR EXISTS (SELECT 1 FROM"
        "  risk_assessments AS r WHERE r.incident_id = i.id) THEN 1 ELSE 0 END AS assessed"
        " FROM victims AS v JOIN incidents AS i ON i.id = v.incident_id"
        " WHERE i.domestic_abuse AND i.opened_at >= :since AND i.opened_at <= :now"
        " UNION ALL"
        " SELECT 'address', i.address_id, i.id, i.opened_at, i.risk_level,"
        "  CASE WHEN i.risk_level <> 'none' OR EXISTS (SELECT 1 FROM risk_assessments AS r"
        "  WHERE r.incident_id = i.id) THEN 1 ELSE 0 END"
        " FROM incidents AS i WHERE i.domestic_abuse AND i.address_id IS NOT NULL"
        "  AND i.opened_at >= :since AND i.opened_at <= :now"
        "  AND NOT EXISTS (SELECT 1 FROM incident_people AS v"
        "  WHERE v.incident_id = i.id AND v.role = 'victim')"
        "), counted AS ("
        " SELECT kind, key_id, COUNT(DISTINCT incident_id) AS incidents,"
        "  MAX(opened_at) AS last_at, MAX(assessed) AS any_assessed"
        " FROM da GROUP BY kind, key_id"
        " HAVING COUNT(DISTINCT incident_id) >= :min_incidents AND MAX(assessed) <= :max_assessed"
        "), ranked AS ("
        " SELECT kind, key_id, risk_level, ROW_NUMBER() OVER (PARTITION BY kind, key_id"
        "  ORDER BY opened_at DESC, incident_id DESC) AS rn FROM da WHERE risk_level <> 'none'"
        ")"
        " SELECT c.kind, c.key_id, COALESCE(p.name, a.display, '') AS subject, c.incidents,"
        "  c.last_at, COALESCE(l.risk_level, 'none') AS last_risk_level, c.any_assessed"
        " FROM counted AS c"
        " LEFT JOIN people AS p ON c.kind = 'person' AND p.id = c.key_id"
        " LEFT JOIN addresses AS a ON c.kind = 'address' AND a.id = c.key_id"
        " LEFT JOIN ranked AS l ON l.kind = c.kind AND l.key_id = c.key_id AND l.rn = 1"
        " ORDER BY c.incidents DESC, c.last_at DESC, c.kind, c.key_id"
    ),
    "since",
    "now",
).columns(
    kind=String,
    key_id=Integer,
    subject=String,
    incidents=Integer,
    last_at=UTCDateTime,
    last_risk_level=String,
    any_assessed=Integer,
)


@dataclass(frozen=True)
class RepeatVictimRow:
    """A victim (or an address where no victim was named) and their recent pattern."""

    kind: str  # "person" or "address"
    subject_id: int
    subject: str
    incidents_12m: int
    last_incident_at: dt.datetime
    last_risk_level: str
    risk_assessed: bool


def _repeat(
    db: Database, now: dt.datetime, settings: OversightSettings, minimum: int, unassessed: bool
) -> list[RepeatVictimRow]:
    params = {
        "since": now - settings.window,
        "now": now,
        "min_incidents": minimum,
        "max_assessed": 0 if unassessed else 1,
    }
    with db.read() as session:
        rows = session.execute(_REPEAT, params).all()
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
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[RepeatVictimRow]:
    """Victims (or addresses with no victim named) with 3+ DA incidents in 12 months."""
    _require_oversight(actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_victim_min, False)


def repeat_non_crime(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[RepeatVictimRow]:
    """Repeat victims none of whose incidents in 12 months was risk assessed (rec. 15)."""
    _require_oversight(actor)
    return _repeat(db, now or now_utc(), settings, settings.repeat_non_crime_min, True)


# -- gone quiet -----------------------------------------------------------------------

_GONE_QUIET = _dates(
    text(
        f"WITH {_people_in('victim')}, quiet AS ("
        " SELECT v.person_id, COUNT(DISTINCT i.id) AS calls, MAX(i.opened_at) AS last_at"
        " FROM victims AS v JOIN incidents AS i ON i.id = v.incident_id"
        " WHERE i.domestic_abuse AND i.opened_at >= :since AND i.opened_at <= :now"
        " GROUP BY v.person_id"
        " HAVING MAX(i.opened_at) < :quiet_from AND COUNT(DISTINCT i.id) >= :min_calls)"
        " SELECT q.person_id, p.name, q.calls, q.last_at FROM quiet AS q"
        " JOIN people AS p ON p.id = q.person_id ORDER BY q.last_at, q.person_id"
    ),
    "since",
    "now",
    "quiet_from",
).columns(person_id=Integer, name=String, calls=Integer, last_at=UTCDateTime)


@dataclass(frozen=True)
class GoneQuietRow:
    """A victim who called repeatedly and then stopped: why, nobody yet knows."""

    person_id: int
    name: str
    calls_before: int
    last_call_at: dt.datetime
    days_quiet: int


def gone_quiet(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[GoneQuietRow]:
    """Victims with 3+ DA incidents in the 12 months before the quiet period, none since."""
    _require_oversight(actor)
    now = now or now_utc()
    quiet_from = now - dt.timedelta(days=settings.gone_quiet_days)
    params = {
        "since": quiet_from - settings.window,
        "now": now,
        "quiet_from": quiet_from,
        "min_calls": settings.gone_quiet_min_calls,
    }
    with db.read() as session:
        rows = session.execute(_GONE_QUIET, params).all()
    return [
        GoneQuietRow(r.person_id, r.name, r.calls, r.last_at, (now - r.last_at).days) for r in rows
    ]


# -- serial perpetrators --------------------------------------------------------------

_SERIAL = text(
    f"WITH {_people_in('victim')}, {_people_in('suspect')}, serial AS ("
    " SELECT s.person_id, COUNT(DISTINCT v.person_id) AS victims,"
    " COUNT(DISTINCT i.id) AS incidents, MAX(i.opened_at) AS last_at"
    " FROM suspects AS s JOIN incidents AS i ON i.id = s.incident_id"
    " JOIN victims AS v ON v.incident_id = s.incident_id"
    " WHERE i.domestic_abuse AND v.person_id <> s.person_id"
    " GROUP BY s.person_id HAVING COUNT(DISTINCT v.person_id) >= :min_victims)"
    " SELECT x.person_id, p.name, x.victims, x.incidents, x.last_at FROM serial AS x"
    " JOIN people AS p ON p.id = x.person_id"
    " ORDER BY x.victims DESC, x.last_at DESC, x.person_id"
).columns(person_id=Integer, name=String, victims=Integer, incidents=Integer, last_at=UTCDateTime)


@dataclass(frozen=True)
class SerialPerpetratorRow:
    person_id: int
    name: str
    victims: int
    incidents: int
    last_incident_at: dt.datetime


def serial_perpetrators(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[SerialPerpetratorRow]:
    """Suspects in DA incidents against 2+ distinct victims, over the whole history."""
    _require_oversight(actor)
    with db.read() as session:
        rows = session.execute(_SERIAL, {"min_victims": settings.serial_min_victims}).all()
    return [
        SerialPerpetratorRow(r.person_id, r.name, r.victims, r.incidents, r.last_at) for r in rows
    ]


# -- high-risk victims ----------------------------------------------------------------

_HIGH_RISK = _dates(
    text(
        f"WITH {_people_in('victim')}, ranked AS ("
        " SELECT v.person_id AS pid, i.risk_level, i.opened_at, ROW_NUMBER() OVER ("
        "  PARTITION BY v.person_id ORDER BY i.opened_at DESC, i.id DESC) AS rn"
        " FROM victims AS v JOIN incidents AS i ON i.id = v.incident_id"
        " WHERE i.risk_level <> 'none' AND i.opened_at <= :now"
        "), latest AS (SELECT pid, risk_level, opened_at FROM ranked WHERE rn = 1"
        "), marked AS ("
        " SELECT person_id AS pid, MIN(marker_type) AS marker_type FROM markers"
        " WHERE person_id IS NOT NULL AND marker_type IN :marker_types"
        "  AND (expires_at IS NULL OR expires_at > :now) GROUP BY person_id"
        "), chosen AS ("
        " SELECT pid FROM latest WHERE risk_level = 'high' UNION SELECT pid FROM marked)"
        " SELECT c.pid AS person_id, p.name AS name,"
        "  COALESCE(l.risk_level, 'none') AS risk_level, l.opened_at AS assessed_at,"
        "  COALESCE(m.marker_type, '') AS marker_type"
        " FROM chosen AS c JOIN people AS p ON p.id = c.pid"
        " LEFT JOIN latest AS l ON l.pid = c.pid LEFT JOIN marked AS m ON m.pid = c.pid"
        " ORDER BY l.opened_at DESC, c.pid"
    ).bindparams(bindparam("marker_types", expanding=True)),
    "now",
).columns(
    person_id=Integer, name=String, risk_level=String, assessed_at=UTCDateTime, marker_type=String
)


@dataclass(frozen=True)
class HighRiskVictimRow:
    """A victim for the neighbourhood team's list (recommendation 13)."""

    person_id: int
    name: str
    latest_risk_level: str
    latest_risk_at: dt.datetime | None
    marker: str  # an active high-risk or MARAC marker on the person, or ""


def high_risk_victims(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[HighRiskVictimRow]:
    """Victims whose latest recorded risk level is high, or with an active high-risk marker."""
    _require_oversight(actor)
    params = {"now": now or now_utc(), "marker_types": list(settings.high_risk_markers)}
    with db.read() as session:
        rows = session.execute(_HIGH_RISK, params).all()
    return [
        HighRiskVictimRow(r.person_id, r.name, r.risk_level, r.assessed_at, r.marker_type)
        for r in rows
    ]


# -- sign-off backlog, overrides, attendance ------------------------------------------

_BACKLOG = text(
    "SELECT i.id AS incident_id, i.ref AS ref, COALESCE(i.submitted_at, i.opened_at) AS submitted,"
    " i.grade AS grade, i.risk_level AS risk_level, i.domestic_abuse AS domestic_abuse,"
    " COALESCE(u.display_name, '') AS handler"
    " FROM incidents AS i LEFT JOIN users AS u ON u.id = i.handler_id"
    " WHERE i.status = :status ORDER BY COALESCE(i.submitted_at, i.opened_at), i.id"
).columns(
    incident_id=Integer,
    ref=String,
    submitted=UTCDateTime,
    grade=Integer,
    risk_level=String,
    domestic_abuse=Boolean,
    handler=String,
)


@dataclass(frozen=True)
class BacklogRow:
    incident_id: int
    ref: str
    submitted_at: dt.datetime
    age_hours: float
    grade: int | None
    risk_level: str
    domestic_abuse: bool
    handler: str


def sign_off_backlog(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[BacklogRow]:
    """Incidents awaiting an inspector's sign-off, the longest waiting first."""
    _require_oversight(actor)
    now = now or now_utc()
    with db.read() as session:
        rows = session.execute(_BACKLOG, {"status": states.AWAITING}).all()
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


_OVERRIDES = _dates(
    text(
        "SELECT g.decided_by AS username, COALESCE(MAX(u.display_name), '') AS display_name,"
        " COUNT(*) AS decisions,"
        " SUM(CASE WHEN g.overridden THEN 1 ELSE 0 END) AS overridden,"
        " SUM(CASE WHEN g.below_floor THEN 1 ELSE 0 END) AS below_floor,"
        " SUM(CASE WHEN g.chosen_grade > g.recommended_grade THEN 1 ELSE 0 END) AS downgraded,"
        " MAX(CASE WHEN g.overridden OR g.below_floor THEN g.decided_at END) AS last_override_at"
        " FROM grade_decisions AS g LEFT JOIN users AS u ON u.username = g.decided_by"
        " WHERE g.decided_at >= :since AND g.decided_at <= :now"
        " GROUP BY g.decided_by"
        " HAVING SUM(CASE WHEN g.overridden OR g.below_floor THEN 1 ELSE 0 END) > 0"
        " ORDER BY SUM(CASE WHEN g.below_floor THEN 1 ELSE 0 END) DESC,"
        "  SUM(CASE WHEN g.overridden THEN 1 ELSE 0 END) DESC, g.decided_by"
    ),
    "since",
    "now",
).columns(
    username=String,
    display_name=String,
    decisions=Integer,
    overridden=Integer,
    below_floor=Integer,
    downgraded=Integer,
    last_override_at=UTCDateTime,
)


@dataclass(frozen=True)
class OverrideRow:
    """One handler's grade decisions in 12 months: how many departed from the policy."""

    username: str
    display_name: str
    decisions: int
    overridden: int
    downgraded: int
    below_floor: int
    last_override_at: dt.datetime | None


def overrides(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[OverrideRow]:
    """Handlers with overridden or below-floor grade decisions in 12 months, worst first."""
    _require_oversight(actor)
    now = now or now_utc()
    with db.read() as session:
        rows = session.execute(_OVERRIDES, {"since": now - settings.window, "now": now}).all()
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


@dataclass(frozen=True)
class OverdueRow:
    incident_id: int
    ref: str
    grade: int | None
    address: str
    dispatched_at: dt.datetime | None
    target_minutes: int | None
    overdue_minutes: int


def overdue_attendance(
    db: Database,
    actor: Actor,
    *,
    now: dt.datetime | None = None,
    settings: OversightSettings = DEFAULT_SETTINGS,
) -> list[OverdueRow]:
    """Dispatched incidents past their grade's target with no attendance or decision."""
    _require_oversight(actor)
    # The attendance alert is for handlers and inspectors; an administrator reads it here
    # with an inspector's view (read only: nothing is recorded under this role).
    viewer = dataclasses.replace(actor, role="inspector")
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
        for v in overdue_incidents(db, viewer, now)
    ]


# -- the registry for the command line and exports -----------------------------------

ReportFunction = Callable[..., Sequence[Any]]


@dataclass(frozen=True)
class Report:
    title: str
    function: ReportFunction
    row_type: type[Any]

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.row_type))


REPORTS: Mapping[str, Report] = {
    "repeat-victims": Report("Repeat victims", repeat_victims, RepeatVictimRow),
    "repeat-non-crime": Report(
        "Repeat domestic abuse with no risk assessment", repeat_non_crime, RepeatVictimRow
    ),
    "gone-quiet": Report("Victims who have gone quiet", gone_quiet, GoneQuietRow),
    "serial-perpetrators": Report("Serial perpetrators", serial_perpetrators, SerialPerpetratorRow),
    "high-risk-victims": Report("High-risk victims", high_risk_victims, HighRiskVictimRow),
    "sign-off-backlog": Report("Sign-off backlog", sign_off_backlog, BacklogRow),
    "overrides": Report("Grade overrides by handler", overrides, OverrideRow),
    "overdue-attendance": Report("Attendance overdue", overdue_attendance, OverdueRow),
}


def report(name: str) -> Report:
    """The report called ``name``; BadInput naming the valid ones otherwise."""
    found = REPORTS.get(name)
    if found is None:
        raise BadInput(f"There is no report {name!r}: choose one of {', '.join(REPORTS)}.")
    return found


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


def report_rows_as_dicts(name: str, rows: Sequence[Any]) -> list[dict[str, object]]:
    """Rows as plain dicts in column order (datetimes as ISO text) for JSON and CSV."""
    columns = report(name).columns
    return [{c: _plain(getattr(row, c)) for c in columns} for row in rows]

"""The SQL behind the oversight lists, their drill-downs and the chart series.

One text statement per list, portable between SQLite and PostgreSQL; the few that do
date arithmetic take the dialect's name and splice in its spelling of "minutes between"
(``julianday`` on SQLite, ``EXTRACT(EPOCH ...)`` on PostgreSQL). Everything groups in
the database so a list stays well under a second on a million incidents.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, bindparam, text
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.selectable import TextualSelect

from callhandler.storage.models import UTCDateTime


def dates(statement: TextClause, *names: str) -> TextClause:
    return statement.bindparams(*(bindparam(name, type_=UTCDateTime()) for name in names))


def minutes_between(dialect: str, later: str, earlier: str) -> str:
    """SQL for the minutes from ``earlier`` to ``later`` (both timestamp expressions)."""
    if dialect == "sqlite":
        return f"((julianday({later}) - julianday({earlier})) * 1440.0)"
    return f"(EXTRACT(EPOCH FROM ({later} - {earlier})) / 60.0)"


def week_index(dialect: str, column: str) -> str:
    """SQL for whole weeks from :start to ``column`` (never negative: rows start there)."""
    if dialect == "sqlite":
        return f"CAST((julianday({column}) - julianday(:start)) / 7 AS INTEGER)"
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM ({column} - :start)) / 604800) AS INTEGER)"


# Materialised so SQLite reads incident_people once in order, rather than walking the
# person index and fetching every row to test its role (five times slower on 1M).
def people_in(role: str) -> str:
    return (
        f"{role}s AS MATERIALIZED (SELECT incident_id, person_id FROM incident_people"
        f" WHERE role = '{role}')"
    )


def address_text(alias: str) -> str:
    """SQL for an address as lists show it: "14 Mill Road, CB1 2AD" (no postcode: the line)."""
    return f"{alias}.display || COALESCE(', ' || {alias}.postcode, '')"


def latest_address(person: str) -> str:
    """SQL for the address of the latest incident naming the person ``person`` (an id
    expression), '' when none: what the text filter finds a person's list row by."""
    return (
        f"COALESCE((SELECT {address_text('la')} FROM incident_people AS lp"
        " JOIN incidents AS li ON li.id = lp.incident_id"
        " JOIN addresses AS la ON la.id = li.address_id"
        f" WHERE lp.person_id = {person} ORDER BY li.opened_at DESC, li.id DESC LIMIT 1), '')"
    )


# -- repeat victims and repeat non-crime incidents ------------------------------------

# A victim is the person; a domestic-abuse incident with no victim named counts against
# its address instead. "Assessed" means a risk level was recorded or a DASH row exists.
REPEAT = dates(
    text(
        f"WITH {people_in('victim')}, da AS ("
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
        "  c.last_at, COALESCE(l.risk_level, 'none') AS last_risk_level, c.any_assessed,"
        f"  CASE WHEN c.kind = 'person' THEN {latest_address('c.key_id')} ELSE '' END AS address"
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
    address=String,
)

GONE_QUIET = dates(
    text(
        f"WITH {people_in('victim')}, quiet AS ("
        " SELECT v.person_id, COUNT(DISTINCT i.id) AS calls, MAX(i.opened_at) AS last_at"
        " FROM victims AS v JOIN incidents AS i ON i.id = v.incident_id"
        " WHERE i.domestic_abuse AND i.opened_at >= :since AND i.opened_at <= :now"
        " GROUP BY v.person_id"
        " HAVING MAX(i.opened_at) < :quiet_from AND COUNT(DISTINCT i.id) >= :min_calls)"
        " SELECT q.person_id, p.name, q.calls, q.last_at,"
        f" {latest_address('q.person_id')} AS address FROM quiet AS q"
        " JOIN people AS p ON p.id = q.person_id ORDER BY q.last_at, q.person_id"
    ),
    "since",
    "now",
    "quiet_from",
).columns(person_id=Integer, name=String, calls=Integer, last_at=UTCDateTime, address=String)

SERIAL = text(
    f"WITH {people_in('victim')}, {people_in('suspect')}, serial AS ("
    " SELECT s.person_id, COUNT(DISTINCT v.person_id) AS victims,"
    " COUNT(DISTINCT i.id) AS incidents, MAX(i.opened_at) AS last_at"
    " FROM suspects AS s JOIN incidents AS i ON i.id = s.incident_id"
    " JOIN victims AS v ON v.incident_id = s.incident_id"
    " WHERE i.domestic_abuse AND v.person_id <> s.person_id"
    " GROUP BY s.person_id HAVING COUNT(DISTINCT v.person_id) >= :min_victims)"
    " SELECT x.person_id, p.name, x.victims, x.incidents, x.last_at,"
    f" {latest_address('x.person_id')} AS address FROM serial AS x"
    " JOIN people AS p ON p.id = x.person_id"
    " ORDER BY x.victims DESC, x.last_at DESC, x.person_id"
).columns(
    person_id=Integer,
    name=String,
    victims=Integer,
    incidents=Integer,
    last_at=UTCDateTime,
    address=String,
)

HIGH_RISK = dates(
    text(
        f"WITH {people_in('victim')}, ranked AS ("
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
        "  COALESCE(m.marker_type, '') AS marker_type,"
        f"  {latest_address('c.pid')} AS address"
        " FROM chosen AS c JOIN people AS p ON p.id = c.pid"
        " LEFT JOIN latest AS l ON l.pid = c.pid LEFT JOIN marked AS m ON m.pid = c.pid"
        " ORDER BY l.opened_at DESC, c.pid"
    ).bindparams(bindparam("marker_types", expanding=True)),
    "now",
).columns(
    person_id=Integer,
    name=String,
    risk_level=String,
    assessed_at=UTCDateTime,
    marker_type=String,
    address=String,
)

BACKLOG = text(
    "SELECT i.id AS incident_id, i.ref AS ref, COALESCE(i.submitted_at, i.opened_at) AS submitted,"
    " i.grade AS grade, i.risk_level AS risk_level, i.domestic_abuse AS domestic_abuse,"
    " COALESCE(u.display_name, '') AS handler,"
    f" COALESCE({address_text('a')}, '') AS address"
    " FROM incidents AS i LEFT JOIN users AS u ON u.id = i.handler_id"
    " LEFT JOIN addresses AS a ON a.id = i.address_id"
    " WHERE i.status = :status ORDER BY COALESCE(i.submitted_at, i.opened_at), i.id"
).columns(
    incident_id=Integer,
    ref=String,
    submitted=UTCDateTime,
    grade=Integer,
    risk_level=String,
    domestic_abuse=Boolean,
    handler=String,
    address=String,
)

_DEPARTED = "g.overridden OR g.below_floor OR g.chosen_grade > g.recommended_grade"

OVERRIDES = dates(
    text(
        "SELECT g.decided_by AS username, COALESCE(MAX(u.display_name), '') AS display_name,"
        " COUNT(*) AS decisions,"
        " SUM(CASE WHEN g.overridden THEN 1 ELSE 0 END) AS overridden,"
        " SUM(CASE WHEN g.below_floor THEN 1 ELSE 0 END) AS below_floor,"
        " SUM(CASE WHEN g.chosen_grade > g.recommended_grade THEN 1 ELSE 0 END) AS downgraded,"
        f" MAX(CASE WHEN {_DEPARTED} THEN g.decided_at END) AS last_override_at"
        " FROM grade_decisions AS g LEFT JOIN users AS u ON u.username = g.decided_by"
        " WHERE g.decided_at >= :since AND g.decided_at <= :now"
        " GROUP BY g.decided_by"
        f" HAVING SUM(CASE WHEN {_DEPARTED} THEN 1 ELSE 0 END) > 0"
        " ORDER BY SUM(CASE WHEN g.below_floor THEN 1 ELSE 0 END) DESC,"
        "  SUM(CASE WHEN g.chosen_grade > g.recommended_grade THEN 1 ELSE 0 END) DESC,"
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

# -- reassessment due -----------------------------------------------------------------

REASSESSMENT_DUE = (
    text(
        "SELECT t.id AS event_id, t.kind, t.due_on, t.person_id, t.incident_id,"
        " COALESCE(i.ref, '') AS incident_ref, t.note,"
        " COALESCE(p.name, (SELECT MIN(vp.name) FROM incident_people AS v"
        "  JOIN people AS vp ON vp.id = v.person_id"
        "  WHERE v.incident_id = t.incident_id AND v.role = 'victim'), '') AS subject,"
        " COALESCE((SELECT li.risk_level FROM incident_people AS lv"
        "  JOIN incidents AS li ON li.id = lv.incident_id"
        "  WHERE lv.person_id = t.person_id AND lv.role = 'victim' AND li.risk_level <> 'none'"
        "  ORDER BY li.opened_at DESC, li.id DESC LIMIT 1), i.risk_level, 'none') AS last_risk,"
        f" CASE WHEN t.incident_id IS NOT NULL THEN COALESCE({address_text('ta')}, '')"
        f" ELSE {latest_address('t.person_id')} END AS address"
        " FROM trigger_events AS t LEFT JOIN incidents AS i ON i.id = t.incident_id"
        " LEFT JOIN addresses AS ta ON ta.id = i.address_id"
        " LEFT JOIN people AS p ON p.id = t.person_id"
        " WHERE t.closed_at IS NULL AND t.due_on <= :until"
        " ORDER BY t.due_on, t.id"
    )
    .bindparams(bindparam("until", type_=Date()))
    .columns(
        event_id=Integer,
        kind=String,
        due_on=Date,
        person_id=Integer,
        incident_id=Integer,
        incident_ref=String,
        note=String,
        subject=String,
        last_risk=String,
        address=String,
    )
)

# -- closure completion ---------------------------------------------------------------

CLOSURE_COUNTS = dates(
    text(
        "WITH returns AS (SELECT DISTINCT incident_id FROM sign_offs WHERE decision = 'returned')"
        " SELECT u.username, u.display_name, COUNT(*) AS incidents,"
        " SUM(CASE WHEN i.status = 'finalised' THEN 1 ELSE 0 END) AS finalised,"
        " SUM(CASE WHEN i.status = 'awaiting_sign_off' THEN 1 ELSE 0 END) AS awaiting,"
        " SUM(CASE WHEN r.incident_id IS NULL THEN 0 ELSE 1 END) AS returned,"
        " SUM(CASE WHEN i.status IN ('attended', 'closure_in_progress', 'returned')"
        "  THEN 1 ELSE 0 END) AS in_closure"
        " FROM incidents AS i JOIN users AS u ON u.id = i.handler_id"
        " LEFT JOIN returns AS r ON r.incident_id = i.id"
        " WHERE i.opened_at >= :since AND i.opened_at <= :now"
        " GROUP BY u.username, u.display_name ORDER BY u.username"
    ),
    "since",
    "now",
).columns(
    username=String,
    display_name=String,
    incidents=Integer,
    finalised=Integer,
    awaiting=Integer,
    returned=Integer,
    in_closure=Integer,
)

# The live incidents whose checklist the closure rules judge (few: closure is in hand),
# found from the status index rather than from every incident of the window.
CLOSURE_LIVE = dates(
    text(
        "WITH live AS MATERIALIZED (SELECT id, handler_id, opened_at FROM incidents"
        "  WHERE status IN ('attended', 'closure_in_progress', 'returned'))"
        " SELECT live.id, u.username FROM live JOIN users AS u ON u.id = live.handler_id"
        " WHERE live.opened_at >= :since AND live.opened_at <= :now"
    ),
    "since",
    "now",
).columns(id=Integer, username=String)

# -- attendance -----------------------------------------------------------------------


def rural_case(count: int) -> str:
    """SQL true when the address's postcode is in the targets' rural list (:rural_N).

    The same rule as ``AttendanceTargets.area_for``: the outward code equals a listed
    district, or its leading letters equal a listed area (:rural_alpha_N = 1).
    """
    if count == 0:
        return "0 = 1"
    tests = []
    for n in range(count):
        code = f"CAST(:rural_{n} AS VARCHAR(16))"
        tests.append(
            f"(a.postcode = {code} OR a.postcode LIKE {code} || ' %'"
            f" OR (:rural_alpha_{n} = 1 AND substr(a.postcode, 1, length({code})) = {code}"
            f" AND substr(a.postcode, length({code}) + 1, 1) BETWEEN '0' AND '9'))"
        )
    return "(" + " OR ".join(tests) + ")"


@cache
def attendance_clock(dialect: str, rural_count: int) -> str:
    """A CTE ``clock``: each incident dispatched since :since, its target and minutes.

    Targets come as :g_N / :urban_N / :rural_min_N parameters, one per graded target.
    """
    elapsed = minutes_between(dialect, "COALESCE(i.attended_at, :now)", "i.dispatched_at")
    join = " LEFT JOIN addresses AS a ON a.id = i.address_id" if rural_count else ""
    rural = rural_case(rural_count)
    return (
        "clock AS (SELECT i.id, i.grade, i.dispatched_at, i.attended_at,"
        f" {elapsed} AS minutes,"
        f" CASE WHEN {rural} THEN t.rural_minutes ELSE t.urban_minutes END AS target"
        f" FROM incidents AS i{join} JOIN targets AS t ON t.grade = i.grade"
        " WHERE i.dispatched_at >= :since AND i.dispatched_at <= :now)"
    )


def targets_cte(count: int) -> str:
    rows = " UNION ALL ".join(
        f"SELECT CAST(:g_{n} AS INTEGER) AS grade, CAST(:urban_{n} AS INTEGER) AS urban_minutes,"
        f" CAST(:rural_min_{n} AS INTEGER) AS rural_minutes"
        for n in range(count)
    )
    return f"targets AS ({rows})"


@cache
def attendance(dialect: str, target_count: int, rural_count: int) -> TextualSelect:
    return dates(
        text(
            f"WITH {targets_cte(target_count)}, {attendance_clock(dialect, rural_count)},"
            " ranked AS (SELECT grade, minutes, ROW_NUMBER() OVER (PARTITION BY grade"
            "  ORDER BY minutes) AS rn, COUNT(*) OVER (PARTITION BY grade) AS n"
            "  FROM clock WHERE attended_at IS NOT NULL),"
            " med AS (SELECT grade, AVG(minutes) AS median FROM ranked"
            "  WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY grade)"
            " SELECT c.grade, COUNT(*) AS dispatched,"
            " SUM(CASE WHEN c.attended_at IS NOT NULL AND c.minutes <= c.target THEN 1 ELSE 0"
            "  END) AS within,"
            " SUM(CASE WHEN c.attended_at IS NOT NULL AND c.minutes > c.target THEN 1 ELSE 0"
            "  END) AS late,"
            " SUM(CASE WHEN c.attended_at IS NULL THEN 1 ELSE 0 END) AS not_attended,"
            " MAX(m.median) AS median"
            " FROM clock AS c LEFT JOIN med AS m ON m.grade = c.grade"
            " GROUP BY c.grade ORDER BY c.grade"
        ),
        "since",
        "now",
    ).columns(
        grade=Integer,
        dispatched=Integer,
        within=Integer,
        late=Integer,
        not_attended=Integer,
        median=Float,
    )


# -- sign-off turnaround (the list and the chart) -------------------------------------


@cache
def turnaround(dialect: str) -> TextualSelect:
    """Finalised incidents per week and tenth of an hour from submission to sign-off.

    Counting per tenth (the precision the list shows) instead of ranking every incident
    keeps 26 weeks on a million incidents to one grouping pass; the caller reads the
    median and the 90th percentile off the counts.
    """
    tenths = f"CAST(ROUND({minutes_between(dialect, 'i.finalised_at', 'i.submitted_at')} / 6.0) AS INTEGER)"
    week = week_index(dialect, "i.finalised_at")
    return dates(
        text(
            f"SELECT {week} AS week, {tenths} AS tenths, COUNT(*) AS n"
            " FROM incidents AS i WHERE i.finalised_at >= :start AND i.finalised_at < :end"
            " AND i.submitted_at IS NOT NULL"
            f" GROUP BY {week}, {tenths} ORDER BY 1, 2"
        ),
        "start",
        "end",
    ).columns(week=Integer, tenths=Integer, n=Integer)


# -- drill-down: the incidents behind a row ---------------------------------------------

_INCIDENT = "i.id, i.ref, i.opened_at, i.status, i.domestic_abuse, i.grade, i.risk_level"
_DRILL_COLUMNS: dict[str, Any] = {
    "id": Integer,
    "ref": String,
    "opened_at": UTCDateTime,
    "status": String,
    "domestic_abuse": Boolean,
    "grade": Integer,
    "risk_level": String,
}
DRILL_LIMIT = 500


def drill(sql: str, *date_names: str, **extra: Any) -> TextualSelect:
    statement = text(f"SELECT {_INCIDENT}{sql} LIMIT {DRILL_LIMIT}")
    return dates(statement, *date_names).columns(**_DRILL_COLUMNS, **extra)


DRILL_VICTIM = drill(
    ", v.role AS why FROM incident_people AS v JOIN incidents AS i ON i.id = v.incident_id"
    " WHERE v.person_id = :key AND v.role = 'victim' AND i.domestic_abuse"
    " AND i.opened_at >= :since AND i.opened_at <= :now ORDER BY i.opened_at DESC, i.id DESC",
    "since",
    "now",
    why=String,
)
DRILL_ADDRESS = drill(
    ", 'at the address, no victim named' AS why FROM incidents AS i"
    " WHERE i.address_id = :key AND i.domestic_abuse"
    " AND i.opened_at >= :since AND i.opened_at <= :now"
    " AND NOT EXISTS (SELECT 1 FROM incident_people AS v"
    "  WHERE v.incident_id = i.id AND v.role = 'victim')"
    " ORDER BY i.opened_at DESC, i.id DESC",
    "since",
    "now",
    why=String,
)
DRILL_SUSPECT = drill(
    ", (SELECT MIN(p.name) FROM incident_people AS v JOIN people AS p ON p.id = v.person_id"
    "  WHERE v.incident_id = i.id AND v.role = 'victim' AND v.person_id <> s.person_id) AS why"
    " FROM incident_people AS s JOIN incidents AS i ON i.id = s.incident_id"
    " WHERE s.person_id = :key AND s.role = 'suspect' AND i.domestic_abuse"
    " AND EXISTS (SELECT 1 FROM incident_people AS v WHERE v.incident_id = i.id"
    "  AND v.role = 'victim' AND v.person_id <> s.person_id)"
    " ORDER BY i.opened_at DESC, i.id DESC",
    why=String,
)
DRILL_PERSON = drill(
    ", p.role AS why FROM incident_people AS p JOIN incidents AS i ON i.id = p.incident_id"
    " WHERE p.person_id = :key AND i.opened_at <= :now ORDER BY i.opened_at DESC, i.id DESC",
    "now",
    why=String,
)
DRILL_INCIDENT = drill(" , '' AS why FROM incidents AS i WHERE i.id = :key", why=String)
DRILL_DECISIONS = drill(
    ", g.recommended_grade AS recommended, g.chosen_grade AS chosen,"
    " g.below_floor AS below_floor"
    " FROM grade_decisions AS g JOIN incidents AS i ON i.id = g.incident_id"
    f" WHERE g.decided_by = :key AND ({_DEPARTED})"
    " AND g.decided_at >= :since AND g.decided_at <= :now"
    " ORDER BY g.decided_at DESC, g.id DESC",
    "since",
    "now",
    recommended=Integer,
    chosen=Integer,
    below_floor=Integer,
)
DRILL_HANDLER = drill(
    ", (SELECT COUNT(*) FROM sign_offs AS s WHERE s.incident_id = i.id"
    "  AND s.decision = 'returned') AS returned"
    " FROM incidents AS i JOIN users AS u ON u.id = i.handler_id"
    " WHERE u.username = :key AND i.opened_at >= :since AND i.opened_at <= :now"
    " AND (i.status <> 'finalised' OR EXISTS (SELECT 1 FROM sign_offs AS s"
    "  WHERE s.incident_id = i.id AND s.decision = 'returned'))"
    " ORDER BY i.opened_at DESC, i.id DESC",
    "since",
    "now",
    returned=Integer,
)


@cache
def drill_attendance(dialect: str) -> TextualSelect:
    elapsed = minutes_between(dialect, "COALESCE(i.attended_at, :now)", "i.dispatched_at")
    return drill(
        ", i.dispatched_at, i.attended_at, COALESCE(a.postcode, '') AS postcode"
        " FROM incidents AS i LEFT JOIN addresses AS a ON a.id = i.address_id"
        " WHERE i.grade = :key AND i.dispatched_at >= :since AND i.dispatched_at <= :now"
        f" ORDER BY i.attended_at IS NOT NULL, {elapsed} DESC, i.id",
        "since",
        "now",
        dispatched_at=UTCDateTime,
        attended_at=UTCDateTime,
        postcode=String,
    )


@cache
def drill_turnaround(dialect: str) -> TextualSelect:
    hours = minutes_between(dialect, "i.finalised_at", "i.submitted_at") + " / 60.0"
    return drill(
        f", {hours} AS hours FROM incidents AS i"
        " WHERE i.finalised_at >= :since AND i.finalised_at < :now"
        " AND i.submitted_at IS NOT NULL ORDER BY hours DESC, i.id",
        "since",
        "now",
        hours=Float,
    )

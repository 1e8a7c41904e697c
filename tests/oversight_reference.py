"""The oversight lists' statements as they were before issue 18's work on 10,000,000
incidents (commit 8159f15): the reference the tests compare the faster statements with,
on the same data. Kept exactly as they were."""

# ruff: noqa
from __future__ import annotations

from functools import cache

from sqlalchemy import Integer, String, bindparam, text
from sqlalchemy.sql.selectable import TextualSelect

from callhandler.services import oversight_sql as sql
from callhandler.services.oversight_sql import dates
from callhandler.storage.models import UTCDateTime


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


# -- the weekly charts (callhandler/services/oversight_charts.py) --


@cache
def _da_statement(name: str, back: int, window_minutes: int) -> TextualSelect:
    gap = sql.minutes_between(name, "opened_at", "earlier")
    return sql.dates(
        text(
            f"WITH w AS (SELECT i.id, i.domestic_abuse, {sql.week_index(name, 'i.opened_at')}"
            "  AS week FROM incidents AS i WHERE i.opened_at >= :start AND i.opened_at < :end),"
            " da AS (SELECT v.incident_id, v.person_id, i.opened_at FROM incidents AS i"
            "  JOIN incident_people AS v ON v.incident_id = i.id AND v.role = 'victim'"
            "  WHERE i.domestic_abuse AND i.opened_at >= :history AND i.opened_at < :end),"
            f" lagged AS (SELECT incident_id, opened_at, LAG(opened_at, {back}) OVER ("
            "  PARTITION BY person_id ORDER BY opened_at, incident_id) AS earlier FROM da),"
            " repeats AS (SELECT DISTINCT incident_id FROM lagged WHERE earlier IS NOT NULL"
            f"  AND opened_at >= :start AND {gap} < {window_minutes})"
            " SELECT w.week, COUNT(*) AS all_n,"
            " SUM(CASE WHEN w.domestic_abuse THEN 1 ELSE 0 END) AS da_n,"
            " SUM(CASE WHEN r.incident_id IS NULL THEN 0 ELSE 1 END) AS repeat_n"
            " FROM w LEFT JOIN repeats AS r ON r.incident_id = w.id GROUP BY w.week"
        ),
        "start",
        "end",
        "history",
    ).columns(week=Integer, all_n=Integer, da_n=Integer, repeat_n=Integer)


@cache
def _grade_statement(name: str) -> TextualSelect:
    counts = ", ".join(
        f"SUM(CASE WHEN i.grade = {g} THEN 1 ELSE 0 END) AS g{g}" for g in (1, 2, 3, 4)
    )
    return sql.dates(
        text(
            f"SELECT {sql.week_index(name, 'i.opened_at')} AS week, {counts},"
            " SUM(CASE WHEN i.grade IS NULL THEN 1 ELSE 0 END) AS ungraded"
            " FROM incidents AS i WHERE i.opened_at >= :start AND i.opened_at < :end"
            f" GROUP BY {sql.week_index(name, 'i.opened_at')}"
        ),
        "start",
        "end",
    ).columns(week=Integer, g1=Integer, g2=Integer, g3=Integer, g4=Integer, ungraded=Integer)


# -- closure completion's counts --

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

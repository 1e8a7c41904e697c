"""The SQL behind the oversight lists, their drill-downs and the chart series.

One text statement per list, portable between SQLite and PostgreSQL; the few that do
date arithmetic take the dialect's name and splice in its spelling of "minutes between"
(``julianday`` on SQLite, ``EXTRACT(EPOCH ...)`` on PostgreSQL). Everything groups in
the database so a list stays well under a second on a million incidents.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import Date, Integer, String, bindparam, text
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


# How these scale (issue 18: every list within 2 s on 10,000,000 incidents): each list
# starts from the domestic-abuse incidents of its window, read off the partial index
# ix_incidents_da_opened (migration 0018), and finds their victims and suspects in the
# partial indexes ix_incident_people_victim / _suspect, so it reads the window's few
# hundred thousand index entries rather than every row of incident_people. CROSS JOIN
# keeps that order on SQLite (its planner otherwise walks the person index to save the
# GROUP BY's sort, and fetches an incident for every row); PostgreSQL plans it freely.


def weeks_cte(count: int) -> str:
    """A CTE ``weeks`` (n, s, e): week n from :ws_n up to (not including) :we_n.

    A weekly series counts each week's index range (``opened_at >= w.s AND opened_at <
    w.e``) instead of working out every row's week with date arithmetic: a third less
    work on 10,000,000 incidents, and exact to the microsecond."""
    rows = " UNION ALL ".join(f"SELECT {n} AS n, :ws_{n} AS s, :we_{n} AS e" for n in range(count))
    return f"weeks AS ({rows})"


def week_names(count: int) -> list[str]:
    return [f"w{edge}_{n}" for n in range(count) for edge in "se"]


def week_bounds(start: dt.datetime, end: dt.datetime, count: int) -> dict[str, dt.datetime]:
    """The parameters of ``weeks_cte``: ``count`` weeks from ``start``, the last ending at
    ``end`` (now) if that is earlier."""
    bounds = {}
    for n in range(count):
        begins = start + dt.timedelta(weeks=n)
        bounds[f"ws_{n}"] = begins
        bounds[f"we_{n}"] = min(begins + dt.timedelta(weeks=1), end)
    return bounds


def victims_of(incidents: str) -> str:
    """SQL joining the victims ``v`` of ``incidents`` (an alias), for a WHERE clause."""
    return f"v.incident_id = {incidents}.id AND v.role = 'victim'"


def address_text(alias: str) -> str:
    """SQL for an address as lists show it: "14 Mill Road, CB1 2AD" (no postcode: the line)."""
    return f"{alias}.display || COALESCE(', ' || {alias}.postcode, '')"


def latest_address(person: str, dialect: str) -> str:
    """SQL for the address of the latest incident with an address naming the person
    ``person`` (an id expression), '' when none: what the text filter finds a person's
    list row by. Kept per person in ``person_latest`` (migration 0019) by triggers, so a
    list row reads one row there and one address instead of all the person's incidents
    (on 10,000,000 incidents about eleven scattered incidents a person). ``dialect`` is
    kept for the statements' signatures (they are built per dialect)."""
    del dialect
    return (
        f"COALESCE((SELECT {address_text('la')} FROM person_latest AS pl"
        f" JOIN addresses AS la ON la.id = pl.address_id WHERE pl.person_id = {person}), '')"
    )


# -- repeat victims and repeat non-crime incidents ------------------------------------


def _last_level(dialect: str) -> str:
    """SQL aggregate over ``keyed``: the risk level of the group's latest incident with a
    level (opened time, then id, as ``ORDER BY opened_at DESC, incident_id DESC``), in the
    same grouping pass as the counts instead of ranking every row apart (on 10,000,000
    incidents the repeat-victims statement's CPU 1.06 -> 0.75 s). SQLite: the largest of
    opened time, a byte below any character, the id (offset and zero-padded so the text
    orders as the number, negative ids of a workstation cache too) and the level; read
    back by ``_level_of``."""
    if dialect == "sqlite":
        return (
            "MAX(CASE WHEN risk_level <> 'none' THEN opened_at || char(1) ||"
            " printf('%013d', incident_id + 1000000000000) || risk_level END)"
        )
    return (
        "(ARRAY_AGG(risk_level ORDER BY opened_at DESC, incident_id DESC)"
        " FILTER (WHERE risk_level <> 'none'))[1]"
    )


def _level_of(aggregate: str, dialect: str) -> str:
    if dialect == "sqlite":
        return f"substr({aggregate}, instr({aggregate}, char(1)) + 14)"
    return aggregate


# A victim is the person; a domestic-abuse incident with no victim named counts against
# its address instead. "Assessed" means a risk level was recorded or a DASH row exists.
@cache
def repeat(dialect: str) -> TextualSelect:
    return dates(
        text(
            "WITH da AS MATERIALIZED (SELECT i.id, i.opened_at, i.address_id, i.risk_level,"
            "  CASE WHEN i.risk_level <> 'none' OR EXISTS (SELECT 1 FROM risk_assessments AS r"
            "  WHERE r.incident_id = i.id) THEN 1 ELSE 0 END AS assessed"
            " FROM incidents AS i"
            " WHERE i.domestic_abuse AND i.opened_at >= :since AND i.opened_at <= :now"
            "), keyed AS MATERIALIZED ("
            " SELECT 'person' AS kind, v.person_id AS key_id, da.id AS incident_id, da.opened_at,"
            "  da.risk_level, da.assessed"
            f" FROM da CROSS JOIN incident_people AS v WHERE {victims_of('da')}"
            " UNION ALL"
            " SELECT 'address', da.address_id, da.id, da.opened_at, da.risk_level, da.assessed"
            " FROM da WHERE da.address_id IS NOT NULL AND NOT EXISTS (SELECT 1"
            f"  FROM incident_people AS v WHERE {victims_of('da')})"
            "), counted AS ("
            " SELECT kind, key_id, COUNT(DISTINCT incident_id) AS incidents,"
            "  MAX(opened_at) AS last_at, MAX(assessed) AS any_assessed,"
            f"  {_last_level(dialect)} AS last_level"
            " FROM keyed GROUP BY kind, key_id"
            " HAVING COUNT(DISTINCT incident_id) >= :min_incidents"
            "  AND MAX(assessed) <= :max_assessed"
            ")"
            " SELECT c.kind, c.key_id, COALESCE(p.name, a.display, '') AS subject, c.incidents,"
            f"  c.last_at, COALESCE({_level_of('c.last_level', dialect)}, 'none')"
            " AS last_risk_level, c.any_assessed,"
            f"  CASE WHEN c.kind = 'person' THEN {latest_address('c.key_id', dialect)}"
            " ELSE '' END AS address"
            " FROM counted AS c"
            " LEFT JOIN people AS p ON c.kind = 'person' AND p.id = c.key_id"
            " LEFT JOIN addresses AS a ON c.kind = 'address' AND a.id = c.key_id"
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


@cache
def gone_quiet(dialect: str) -> TextualSelect:
    return dates(
        text(
            "WITH quiet AS ("
            " SELECT v.person_id, COUNT(DISTINCT i.id) AS calls, MAX(i.opened_at) AS last_at"
            " FROM incidents AS i CROSS JOIN incident_people AS v"
            " WHERE i.domestic_abuse AND i.opened_at >= :since AND i.opened_at <= :now"
            f" AND {victims_of('i')} GROUP BY v.person_id"
            " HAVING MAX(i.opened_at) < :quiet_from AND COUNT(DISTINCT i.id) >= :min_calls)"
            " SELECT q.person_id, p.name, q.calls, q.last_at,"
            f" {latest_address('q.person_id', dialect)} AS address FROM quiet AS q"
            " JOIN people AS p ON p.id = q.person_id ORDER BY q.last_at, q.person_id"
        ),
        "since",
        "now",
        "quiet_from",
    ).columns(person_id=Integer, name=String, calls=Integer, last_at=UTCDateTime, address=String)


# Over the whole history: every domestic-abuse incident's suspects and victims.
@cache
def serial(dialect: str) -> TextualSelect:
    return text(
        "WITH serial AS ("
        " SELECT s.person_id, COUNT(DISTINCT v.person_id) AS victims,"
        " COUNT(DISTINCT i.id) AS incidents, MAX(i.opened_at) AS last_at"
        " FROM incidents AS i CROSS JOIN incident_people AS s CROSS JOIN incident_people AS v"
        " WHERE i.domestic_abuse AND s.incident_id = i.id AND s.role = 'suspect'"
        f" AND {victims_of('i')} AND v.person_id <> s.person_id"
        " GROUP BY s.person_id HAVING COUNT(DISTINCT v.person_id) >= :min_victims)"
        " SELECT x.person_id, p.name, x.victims, x.incidents, x.last_at,"
        f" {latest_address('x.person_id', dialect)} AS address FROM serial AS x"
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


# Over the whole history: each victim's latest risk level, from person_latest (migration
# 0019) for everyone whose latest is no later than :now (with today's now, everyone);
# the few whose latest is later are worked out from their incidents up to :now
# (``earlier``). Each chosen row reads its person_latest row once, for the level and the
# address (no index built over everyone's levels per query: half the time on 10,000,000).
@cache
def high_risk(dialect: str) -> TextualSelect:
    return dates(
        text(
            "WITH earlier AS MATERIALIZED (SELECT pid, risk_level, opened_at FROM ("
            "  SELECT v.person_id AS pid, i.risk_level, i.opened_at, ROW_NUMBER() OVER ("
            "   PARTITION BY v.person_id ORDER BY i.opened_at DESC, i.id DESC) AS rn"
            "  FROM person_latest AS f CROSS JOIN incident_people AS v CROSS JOIN incidents AS i"
            "  WHERE f.risk_opened_at > :now AND v.person_id = f.person_id AND v.role = 'victim'"
            "  AND i.id = v.incident_id AND i.risk_level <> 'none' AND i.opened_at <= :now"
            " ) AS e WHERE rn = 1"
            "), marked AS ("
            " SELECT person_id AS pid, MIN(marker_type) AS marker_type FROM markers"
            " WHERE person_id IS NOT NULL AND marker_type IN :marker_types"
            "  AND (expires_at IS NULL OR expires_at > :now) GROUP BY person_id"
            "), chosen AS ("
            " SELECT person_id AS pid FROM person_latest"
            " WHERE risk_opened_at <= :now AND risk_level = 'high'"
            " UNION SELECT pid FROM earlier WHERE risk_level = 'high'"
            " UNION SELECT pid FROM marked)"
            " SELECT c.pid AS person_id, p.name AS name,"
            f"  COALESCE({_as_of('risk_level')}, 'none') AS risk_level,"
            f"  {_as_of('opened_at')} AS assessed_at,"
            "  COALESCE(m.marker_type, '') AS marker_type,"
            f"  COALESCE({address_text('la')}, '') AS address"
            " FROM chosen AS c JOIN people AS p ON p.id = c.pid"
            " LEFT JOIN person_latest AS pl ON pl.person_id = c.pid"
            " LEFT JOIN addresses AS la ON la.id = pl.address_id"
            " LEFT JOIN earlier AS e ON e.pid = c.pid LEFT JOIN marked AS m ON m.pid = c.pid"
            f" ORDER BY {_as_of('opened_at')} DESC, c.pid"
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


def _as_of(column: str) -> str:
    """SQL: a chosen victim's latest risk ``column`` (risk_level or opened_at) as of :now:
    person_latest's (``pl``) when no later than :now, else the one worked out up to :now
    (``e``); NULL when neither."""
    stored = "risk_level" if column == "risk_level" else "risk_opened_at"
    return f"CASE WHEN pl.risk_opened_at <= :now THEN pl.{stored} ELSE e.{column} END"


# -- reassessment due -----------------------------------------------------------------


@cache
def reassessment_due(dialect: str) -> TextualSelect:
    return (
        text(
            "SELECT t.id AS event_id, t.kind, t.due_on, t.person_id, t.incident_id,"
            " COALESCE(i.ref, '') AS incident_ref, t.note,"
            " COALESCE(p.name, (SELECT MIN(vp.name) FROM incident_people AS v"
            "  JOIN people AS vp ON vp.id = v.person_id"
            "  WHERE v.incident_id = t.incident_id AND v.role = 'victim'), '') AS subject,"
            " COALESCE((SELECT pl.risk_level FROM person_latest AS pl"
            "  WHERE pl.person_id = t.person_id), i.risk_level, 'none') AS last_risk,"
            f" CASE WHEN t.incident_id IS NOT NULL THEN COALESCE({address_text('ta')}, '')"
            f" ELSE {latest_address('t.person_id', dialect)} END AS address"
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

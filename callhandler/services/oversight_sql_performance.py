"""The SQL behind the inspector's performance lists (sign-off backlog and turnaround, grade
overrides, closure completion, attendance) and the turnaround chart.

Portable between SQLite and PostgreSQL; the statements that do date arithmetic take the
dialect's name (``oversight_sql.minutes_between``).
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import Boolean, Float, Integer, String, text
from sqlalchemy.sql.selectable import TextualSelect

from callhandler.services.oversight_sql import address_text, dates, minutes_between, week_index
from callhandler.storage.models import UTCDateTime

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

DEPARTED = "g.overridden OR g.below_floor OR g.chosen_grade > g.recommended_grade"

OVERRIDES = dates(
    text(
        "SELECT g.decided_by AS username, COALESCE(MAX(u.display_name), '') AS display_name,"
        " COUNT(*) AS decisions,"
        " SUM(CASE WHEN g.overridden THEN 1 ELSE 0 END) AS overridden,"
        " SUM(CASE WHEN g.below_floor THEN 1 ELSE 0 END) AS below_floor,"
        " SUM(CASE WHEN g.chosen_grade > g.recommended_grade THEN 1 ELSE 0 END) AS downgraded,"
        f" MAX(CASE WHEN {DEPARTED} THEN g.decided_at END) AS last_override_at"
        " FROM grade_decisions AS g LEFT JOIN users AS u ON u.username = g.decided_by"
        " WHERE g.decided_at >= :since AND g.decided_at <= :now"
        " GROUP BY g.decided_by"
        f" HAVING SUM(CASE WHEN {DEPARTED} THEN 1 ELSE 0 END) > 0"
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


# -- closure completion ---------------------------------------------------------------

# Grouped by handler id straight off the index (one grouping, no user looked up per
# incident); the returned incidents (few) are counted apart from the sign-offs.
CLOSURE_COUNTS = dates(
    text(
        "WITH per AS (SELECT i.handler_id, COUNT(*) AS incidents,"
        " SUM(CASE WHEN i.status = 'finalised' THEN 1 ELSE 0 END) AS finalised,"
        " SUM(CASE WHEN i.status = 'awaiting_sign_off' THEN 1 ELSE 0 END) AS awaiting,"
        " SUM(CASE WHEN i.status IN ('attended', 'closure_in_progress', 'returned')"
        "  THEN 1 ELSE 0 END) AS in_closure"
        " FROM incidents AS i WHERE i.opened_at >= :since AND i.opened_at <= :now"
        "  AND i.handler_id IS NOT NULL GROUP BY i.handler_id),"
        " ret AS (SELECT i.handler_id, COUNT(*) AS returned FROM incidents AS i"
        "  WHERE i.id IN (SELECT incident_id FROM sign_offs WHERE decision = 'returned')"
        "  AND i.opened_at >= :since AND i.opened_at <= :now GROUP BY i.handler_id)"
        " SELECT u.username, u.display_name, per.incidents, per.finalised, per.awaiting,"
        " COALESCE(ret.returned, 0) AS returned, per.in_closure"
        " FROM per JOIN users AS u ON u.id = per.handler_id"
        " LEFT JOIN ret ON ret.handler_id = per.handler_id ORDER BY u.username"
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

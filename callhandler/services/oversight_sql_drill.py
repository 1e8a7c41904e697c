"""The SQL of the oversight drill-downs: the incidents behind one row of a list (at most
``DRILL_LIMIT``, most telling first, each with why it belongs to the row)."""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Boolean, Float, Integer, String, text
from sqlalchemy.sql.selectable import TextualSelect

from callhandler.services.oversight_sql import dates, minutes_between
from callhandler.services.oversight_sql_performance import DEPARTED
from callhandler.storage.models import UTCDateTime

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
    f" WHERE g.decided_by = :key AND ({DEPARTED})"
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

"""The SQL behind previous-call look-ups, written once (portable SQLite/PostgreSQL) and reused.

Text statements with bound parameters: building SQLAlchemy expressions on every keystroke
cost more than running the queries (measured: 60 % of a look-up on 20k incidents).
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Boolean, Integer, String, bindparam, text
from sqlalchemy.sql.elements import TextClause
from sqlalchemy.sql.selectable import TextualSelect

from callhandler.storage.models import UTCDateTime

Statement = TextClause | TextualSelect

_INCIDENT_COLUMNS = (
    "i.id, i.ref, i.opened_at, i.category, i.domestic_abuse, i.grade, i.risk_level, "
    "i.children_present, i.status, i.summary, i.address_id, p.e164, a.display"
)
_INCIDENT_FROM = (
    "FROM incidents AS i LEFT JOIN phones AS p ON p.id = i.phone_id "
    "LEFT JOIN addresses AS a ON a.id = i.address_id"
)


def _typed(statement: TextClause) -> TextualSelect:
    return statement.columns(
        id=Integer,
        ref=String,
        opened_at=UTCDateTime,
        category=String,
        domestic_abuse=Boolean,
        grade=Integer,
        risk_level=String,
        children_present=Boolean,
        status=String,
        summary=String,
        address_id=Integer,
        e164=String,
        display=String,
    )


PHONE_ID = text("SELECT id FROM phones WHERE e164 = :e164")
ADDRESS_IDS_BY_UPRN = text("SELECT id FROM addresses WHERE uprn = :uprn LIMIT 50")
ADDRESS_IDS_BY_KEY = text("SELECT id FROM addresses WHERE key = :key LIMIT 50")
PEOPLE_BY_NAME = text("SELECT id, dob FROM people WHERE name_key = :key LIMIT 200").columns(
    id=Integer
)

BY_PHONE = _typed(
    text(
        f"SELECT {_INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.phone_id = :phone_id "
        "AND i.id <> :exclude ORDER BY i.opened_at DESC LIMIT :limit"
    )
)
BY_ADDRESSES = _typed(
    text(
        f"SELECT {_INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.address_id IN :ids "
        "AND i.id <> :exclude ORDER BY i.opened_at DESC LIMIT :limit"
    ).bindparams(bindparam("ids", expanding=True))
)
BY_PEOPLE = _typed(
    text(
        f"SELECT {_INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.id IN ("
        "SELECT incident_id FROM incident_people WHERE person_id IN :ids "
        "AND role IN ('victim', 'caller')) AND i.id <> :exclude "
        "ORDER BY i.opened_at DESC LIMIT :limit"
    ).bindparams(bindparam("ids", expanding=True))
)


def _expand(statement: Statement, where: str) -> Statement:
    for name in ("address_ids", "person_ids", "phone_ids"):
        if f":{name}" in where:
            statement = statement.bindparams(bindparam(name, expanding=True))
    return statement


@lru_cache(maxsize=64)
def counts_statement(where: str) -> Statement:
    """Aggregates over every exact match; ``where`` is built from fixed fragments only."""
    return _expand(
        text(
            "SELECT COUNT(*), "
            "COALESCE(SUM(CASE WHEN opened_at >= :since AND opened_at <= :until "
            "THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN opened_at >= :since AND opened_at <= :until "
            "AND domestic_abuse THEN 1 ELSE 0 END), 0), "
            "COALESCE(MAX(CASE WHEN children_present THEN 1 ELSE 0 END), 0) "
            f"FROM incidents WHERE {where}"
        ).bindparams(
            bindparam("since", type_=UTCDateTime()), bindparam("until", type_=UTCDateTime())
        ),
        where,
    )


@lru_cache(maxsize=64)
def last_risk_statement(where: str) -> Statement:
    return _expand(
        text(
            f"SELECT risk_level, opened_at FROM incidents WHERE ({where}) AND risk_level <> 'none' "
            "AND opened_at <= :until ORDER BY opened_at DESC LIMIT 1"
        )
        .bindparams(bindparam("until", type_=UTCDateTime()))
        .columns(risk_level=String, opened_at=UTCDateTime),
        where,
    )


WHERE_PHONE = "phone_id = :phone_id"
WHERE_ADDRESSES = "address_id IN :address_ids"
WHERE_PEOPLE = (
    "id IN (SELECT incident_id FROM incident_people WHERE person_id IN :person_ids "
    "AND role IN ('victim', 'caller'))"
)

INCIDENT_MARKERS = text(
    "SELECT source_incident_id, marker_type FROM markers WHERE source_incident_id IN :ids"
).bindparams(bindparam("ids", expanding=True))

VICTIMS_AND_SUSPECTS = text(
    "SELECT DISTINCT person_id, role FROM incident_people "
    "WHERE incident_id IN :ids AND role IN ('victim', 'suspect')"
).bindparams(bindparam("ids", expanding=True))

SERIAL = text(
    "SELECT s.person_id FROM incident_people AS s "
    "JOIN incidents AS i ON i.id = s.incident_id AND i.domestic_abuse "
    "JOIN incident_people AS v ON v.incident_id = s.incident_id AND v.role = 'victim' "
    "WHERE s.role = 'suspect' AND s.person_id IN :ids "
    "GROUP BY s.person_id HAVING COUNT(DISTINCT v.person_id) >= 2"
).bindparams(bindparam("ids", expanding=True))

NAMES = text("SELECT name FROM people WHERE id IN :ids ORDER BY name").bindparams(
    bindparam("ids", expanding=True)
)


@lru_cache(maxsize=64)
def markers_statement(where: str) -> Statement:
    return _expand(
        text(
            "SELECT m.marker_type, m.text, m.phone_id, m.address_id, m.person_id, m.set_by, "
            "m.set_at, m.expires_at, p.e164, a.display, pe.name FROM markers AS m "
            "LEFT JOIN phones AS p ON p.id = m.phone_id "
            "LEFT JOIN addresses AS a ON a.id = m.address_id "
            "LEFT JOIN people AS pe ON pe.id = m.person_id "
            f"WHERE ({where}) AND (m.expires_at IS NULL OR m.expires_at > :now) LIMIT 500"
        )
        .bindparams(bindparam("now", type_=UTCDateTime()))
        .columns(set_at=UTCDateTime, expires_at=UTCDateTime),
        where,
    )

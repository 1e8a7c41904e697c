"""The SQL behind previous-call look-ups, written once (portable SQLite/PostgreSQL).

Plain text with ``:name`` parameters and ``IN :name`` lists, run on the driver's cursor
by ``history_raw.Raw`` (rendered once per backend, then prepared and cached by the
driver). Building SQLAlchemy statements on every keystroke cost more than running them.
"""

from __future__ import annotations

from functools import lru_cache

# The last column: the incident's marker types, comma-separated in the order they were
# set (read with the incident, not in a statement of their own).
INCIDENT_COLUMNS = (
    "i.id, i.ref, i.opened_at, i.category, i.domestic_abuse, i.grade, i.risk_level, "
    "i.children_present, i.status, i.summary, i.address_id, p.e164, a.display, "
    "(SELECT GROUP_CONCAT(mk.marker_type, ',') FROM markers AS mk "
    "WHERE mk.source_incident_id = i.id)"
)
_INCIDENT_FROM = (
    "FROM incidents AS i LEFT JOIN phones AS p ON p.id = i.phone_id "
    "LEFT JOIN addresses AS a ON a.id = i.address_id"
)

PHONE_ID = "SELECT id FROM phones WHERE e164 = :e164"
ADDRESS_IDS_BY_UPRN = "SELECT id FROM addresses WHERE uprn = :uprn LIMIT 50"
ADDRESS_IDS_BY_KEY = "SELECT id FROM addresses WHERE key = :key LIMIT 50"
PEOPLE_BY_NAME = "SELECT id, dob FROM people WHERE name_key = :key LIMIT 200"

BY_PHONE = (
    f"SELECT {INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.phone_id = :phone_id "
    "AND i.id <> :exclude ORDER BY i.opened_at DESC LIMIT :limit"
)
BY_ADDRESSES = (
    f"SELECT {INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.address_id IN :ids "
    "AND i.id <> :exclude ORDER BY i.opened_at DESC LIMIT :limit"
)
BY_PEOPLE = (
    f"SELECT {INCIDENT_COLUMNS} {_INCIDENT_FROM} WHERE i.id IN ("
    "SELECT incident_id FROM incident_people WHERE person_id IN :ids "
    "AND role IN ('victim', 'caller')) AND i.id <> :exclude "
    "ORDER BY i.opened_at DESC LIMIT :limit"
)

WHERE_PHONE = "phone_id = :phone_id"
WHERE_ADDRESSES = "address_id IN :address_ids"
WHERE_PEOPLE = (
    "id IN (SELECT incident_id FROM incident_people WHERE person_id IN :person_ids "
    "AND role IN ('victim', 'caller'))"
)


@lru_cache(maxsize=64)
def counts_statement(where: str) -> str:
    """Aggregates over every exact match and the newest risk level, in one statement and
    one pass over the (covering) index: the newest assessed incident's time is found with
    the counts, its risk level then read at that time; ``where`` is built from the fixed
    fragments above only."""
    counted = (
        "SELECT COUNT(*) AS total, "
        "COUNT(*) FILTER (WHERE opened_at >= :since AND opened_at <= :until) AS recent, "
        "COUNT(*) FILTER (WHERE opened_at >= :since AND opened_at <= :until "
        "AND domestic_abuse) AS recent_da, "
        "COUNT(*) FILTER (WHERE children_present) AS children, "
        "MAX(opened_at) FILTER (WHERE risk_level <> 'none' AND opened_at <= :until) AS last_at "
        f"FROM incidents WHERE ({where}) AND id <> :exclude"
    )
    return (
        "SELECT c.total, c.recent, c.recent_da, c.children, "
        f"(SELECT risk_level FROM incidents WHERE ({where}) AND id <> :exclude "
        "AND risk_level <> 'none' AND opened_at = c.last_at LIMIT 1), c.last_at "
        f"FROM ({counted}) AS c"
    )


INCIDENT_MARKERS = (
    "SELECT source_incident_id, marker_type FROM markers WHERE source_incident_id IN :ids"
)

SERIAL_NAMES = (
    "SELECT name FROM people WHERE id IN ("
    "SELECT s.person_id FROM incident_people AS s "
    "JOIN incidents AS i ON i.id = s.incident_id AND i.domestic_abuse "
    "JOIN incident_people AS v ON v.incident_id = s.incident_id AND v.role = 'victim' "
    "WHERE s.role = 'suspect' AND s.person_id IN :ids "
    "GROUP BY s.person_id HAVING COUNT(DISTINCT v.person_id) >= 2) ORDER BY name"
)

NAMES = "SELECT name FROM people WHERE id IN :ids ORDER BY name"

# For the newest matched incidents, in one statement: their victims and suspects (kind
# "victim" or "suspect", the person's id as text), then the newest codeword and the newest
# safety plan agreed at them (kind, the answer, when, the incident's reference).
LINKED = (
    "SELECT * FROM (SELECT DISTINCT role, CAST(person_id AS VARCHAR(20)), "
    "CAST(NULL AS TIMESTAMP), CAST(NULL AS VARCHAR(32)) FROM incident_people "
    "WHERE incident_id IN :ids AND role IN ('victim', 'suspect')) AS people "
    "UNION ALL "
    "SELECT * FROM (SELECT 'codeword', t.value_json, t.answered_at, i.ref "
    "FROM triage_answers AS t JOIN incidents AS i ON i.id = t.incident_id "
    "WHERE t.incident_id IN :ids AND t.fact = 'codeword' AND t.superseded_at IS NULL "
    "ORDER BY t.answered_at DESC LIMIT 1) AS codeword "
    "UNION ALL "
    "SELECT * FROM (SELECT 'safety_plan', c.value_json, c.taken_at, i.ref "
    "FROM checklist_answers AS c JOIN incidents AS i ON i.id = c.incident_id "
    "WHERE c.incident_id IN :ids AND c.item_id = 'safety_plan' "
    "ORDER BY c.taken_at DESC LIMIT 1) AS plan"
)


@lru_cache(maxsize=64)
def markers_statement(where: str) -> str:
    return (
        "SELECT m.marker_type, m.text, m.phone_id, m.address_id, m.person_id, m.set_by, "
        "m.set_at, m.expires_at, p.e164, a.display, pe.name FROM markers AS m "
        "LEFT JOIN phones AS p ON p.id = m.phone_id "
        "LEFT JOIN addresses AS a ON a.id = m.address_id "
        "LEFT JOIN people AS pe ON pe.id = m.person_id "
        f"WHERE ({where}) AND (m.expires_at IS NULL OR m.expires_at > :now) LIMIT 500"
    )

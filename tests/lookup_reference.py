"""The look-up as it was before issue 18's fast path (commit 8159f15): the reference the
tests compare the service with. Its statements and Python are kept exactly as they were."""

# ruff: noqa
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from callhandler.domain.history import (
    REPEAT_WINDOW,
    HistoryCounts,
    HistorySummary,
    MarkerView,
    PreviousCall,
    SafetyNote,
    active,
    marker_label,
    summarise,
)
from callhandler.domain.lookup_rules import MAX_QUERY_CHARS, MIN_QUERY_CHARS
from callhandler.domain.normalise import format_phone, name_key
from callhandler.services.address_search import fuzzy_addresses
from callhandler.services.history_lookup import HistoryQuery, NormalisedQuery, PersonQuery
from callhandler.services.history_raw import Raw, a_date, aware, when


class _Sql:
    pass


sql = _Sql()


INCIDENT_COLUMNS = (
    "i.id, i.ref, i.opened_at, i.category, i.domestic_abuse, i.grade, i.risk_level, "
    "i.children_present, i.status, i.summary, i.address_id, p.e164, a.display"
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


def counts_statement(where: str) -> str:
    """Aggregates over every exact match and the newest risk level, in one statement;
    ``where`` is built from the fixed fragments above only."""
    last = (
        f"FROM incidents WHERE ({where}) AND id <> :exclude AND risk_level <> 'none' "
        "AND opened_at <= :until ORDER BY opened_at DESC LIMIT 1"
    )
    return (
        "SELECT COUNT(*), "
        "COALESCE(SUM(CASE WHEN opened_at >= :since AND opened_at <= :until "
        "THEN 1 ELSE 0 END), 0), "
        "COALESCE(SUM(CASE WHEN opened_at >= :since AND opened_at <= :until "
        "AND domestic_abuse THEN 1 ELSE 0 END), 0), "
        "COALESCE(MAX(CASE WHEN children_present THEN 1 ELSE 0 END), 0), "
        f"(SELECT risk_level {last}), (SELECT opened_at {last}) "
        f"FROM incidents WHERE ({where}) AND id <> :exclude"
    )


INCIDENT_MARKERS = (
    "SELECT source_incident_id, marker_type FROM markers WHERE source_incident_id IN :ids"
)

VICTIMS_AND_SUSPECTS = (
    "SELECT DISTINCT person_id, role FROM incident_people "
    "WHERE incident_id IN :ids AND role IN ('victim', 'suspect')"
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

# The newest codeword and the newest safety plan agreed at the matched incidents.
SAFETY_NOTES = (
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


def markers_statement(where: str) -> str:
    return (
        "SELECT m.marker_type, m.text, m.phone_id, m.address_id, m.person_id, m.set_by, "
        "m.set_at, m.expires_at, p.e164, a.display, pe.name FROM markers AS m "
        "LEFT JOIN phones AS p ON p.id = m.phone_id "
        "LEFT JOIN addresses AS a ON a.id = m.address_id "
        "LEFT JOIN people AS pe ON pe.id = m.person_id "
        f"WHERE ({where}) AND (m.expires_at IS NULL OR m.expires_at > :now) LIMIT 500"
    )


LIST_LIMIT = 200  # the most one look-up lists (callhandler lookup --limit)
LINKED_LIMIT = 25  # newest exact matches whose places, victims and suspects are checked
FUZZY_LIMIT = 50
MIN_FUZZY_CHARS = MIN_QUERY_CHARS
NAME_ONLY_SCORE = 90.0


class Row(NamedTuple):
    """An incident as the list statements return it (sql.INCIDENT_COLUMNS)."""

    id: int
    ref: str
    opened_at: Any
    category: str
    domestic_abuse: Any
    grade: int | None
    risk_level: str
    children_present: Any
    status: str
    summary: str
    address_id: int | None
    e164: str | None
    display: str | None


Found = tuple[tuple[PreviousCall, ...], tuple[PreviousCall, ...], HistorySummary, tuple[str, ...]]


def lookup(
    raw: Raw,
    query: HistoryQuery,
    q: NormalisedQuery,
    now: dt.datetime,
    limit: int,
    exclude: int,
    until: dt.datetime,
) -> Found:
    phone_id = raw.scalar(sql.PHONE_ID, e164=q.phone) if q.phone else None
    uprn = query.uprn.strip()[:12]
    address_ids = raw.column(sql.ADDRESS_IDS_BY_UPRN, uprn=uprn) if uprn else []
    if q.address_key and not address_ids:
        address_ids = raw.column(sql.ADDRESS_IDS_BY_KEY, key=q.address_key)
    exact_people, possible_people = _people(raw, query.people)
    victim_ids = sorted({pid for pid, role in exact_people if role != "suspect"})

    # Each criterion lists its newest incidents; an incident found several ways says so.
    searches: list[tuple[str, str, dict[str, Any], str]] = []
    params: dict[str, Any] = {"exclude": exclude}
    if phone_id is not None:
        searches.append(("phone", sql.BY_PHONE, {"phone_id": phone_id}, sql.WHERE_PHONE))
        params["phone_id"] = phone_id
    if address_ids:
        label = "uprn" if uprn else "address"
        searches.append((label, sql.BY_ADDRESSES, {"ids": address_ids}, sql.WHERE_ADDRESSES))
        params["address_ids"] = address_ids
    if victim_ids:
        searches.append(("person", sql.BY_PEOPLE, {"ids": victim_ids}, sql.WHERE_PEOPLE))
        params["person_ids"] = victim_ids
    matched: dict[int, set[str]] = {}
    rows: dict[int, Row] = {}
    for label, statement, bind, _where in searches:
        for found in raw.rows(statement, **bind, limit=limit, exclude=exclude):
            row = Row._make(found)
            matched.setdefault(row.id, set()).add(label)
            rows[row.id] = row
    exact_ids = sorted(rows, key=lambda i: when(rows[i].opened_at), reverse=True)[:limit]
    possible_rows = _possible(raw, q, address_ids, possible_people, rows, exclude)

    incident_markers = _incident_markers(raw, exact_ids + list(possible_rows))
    exact = tuple(
        _previous(rows[i], tuple(sorted(matched[i])), 100.0, True, incident_markers)
        for i in exact_ids
    )
    possible = tuple(
        sorted(
            (
                _previous(r, (label,), score, False, incident_markers)
                for r, label, score in possible_rows.values()
            ),
            key=lambda c: (-c.score, -c.opened_at.timestamp()),
        )
    )
    where = " OR ".join(w for *_, w in searches)
    counts = _counts(raw, where, {**params, "until": raw.stamp(until)}, now)
    # Markers on the places and victims of the newest matched incidents count too: a
    # number's recent calls from an address marked high-risk must show that marker.
    linked = exact_ids[:LINKED_LIMIT]
    linked_addresses: set[int] = {a for i in linked if (a := rows[i].address_id)}
    linked_victims: set[int] = set()
    suspects = {pid for pid, role in exact_people if role == "suspect"}
    if linked:
        for person_id, role in raw.rows(sql.VICTIMS_AND_SUSPECTS, ids=linked):
            (linked_victims if role == "victim" else suspects).add(int(person_id))
    markers = _markers(
        raw,
        phone_id,
        sorted(set(address_ids) | linked_addresses),
        sorted(set(victim_ids) | linked_victims),
        now,
    )
    serial = raw.column(sql.SERIAL_NAMES, ids=sorted(suspects)[:500]) if suspects else []
    people_found = tuple(_names(raw, sorted({p for p, _ in exact_people})))
    notes = _safety_notes(raw, linked)
    return exact, possible, summarise(counts, markers, serial, notes), people_found


def _possible(
    raw: Raw,
    q: NormalisedQuery,
    address_ids: list[int],
    possible_people: list[tuple[int, str]],
    rows: dict[int, Row],
    exclude: int,
) -> dict[int, tuple[Row, str, float]]:
    possible_rows: dict[int, tuple[Row, str, float]] = {}
    # Fuzzy only when the address typed matched nothing exactly: a handler who typed the
    # right address does not need every neighbouring flat offered as "possible".
    if q.address_key and not address_ids and len(q.address_key) >= MIN_FUZZY_CHARS:
        scores = dict(fuzzy_addresses(raw, q.address_key))
        if scores:
            for found in raw.rows(
                sql.BY_ADDRESSES, ids=list(scores), limit=FUZZY_LIMIT, exclude=exclude
            ):
                row = Row._make(found)
                if row.id not in rows:
                    possible_rows[row.id] = (row, "address_fuzzy", scores[row.address_id or 0])
    fuzzy_person_ids = sorted({pid for pid, role in possible_people if role != "suspect"})
    if fuzzy_person_ids:
        for found in raw.rows(
            sql.BY_PEOPLE, ids=fuzzy_person_ids, limit=FUZZY_LIMIT, exclude=exclude
        ):
            row = Row._make(found)
            if row.id not in rows and row.id not in possible_rows:
                possible_rows[row.id] = (row, "person_name", NAME_ONLY_SCORE)
    return possible_rows


def _safety_notes(raw: Raw, incident_ids: list[int]) -> list[SafetyNote]:
    """The newest codeword and safety plan agreed at the matched incidents."""
    if not incident_ids:
        return []
    notes = []
    for kind, value_json, agreed_at, ref in raw.rows(sql.SAFETY_NOTES, ids=incident_ids):
        text = _text(value_json)
        if text:
            notes.append(SafetyNote(str(kind), text, when(agreed_at), str(ref)))
    return sorted(notes, key=lambda n: n.kind != "codeword")


def _text(value_json: str) -> str:
    try:
        value = json.loads(value_json)
    except ValueError:
        return ""
    return value.strip() if isinstance(value, str) else ""


def _previous(
    row: Row, matched_on: tuple[str, ...], score: float, exact: bool, markers: dict[int, list[str]]
) -> PreviousCall:
    return PreviousCall(
        incident_id=row.id,
        incident_ref=row.ref,
        opened_at=when(row.opened_at),
        matched_on=matched_on,
        score=round(float(score), 1),
        exact=exact,
        category=row.category,
        domestic_abuse=bool(row.domestic_abuse),
        grade=row.grade,
        risk_level=row.risk_level,
        children_present=bool(row.children_present),
        status=row.status,
        summary=row.summary,
        phone=_display_phone(row.e164) if row.e164 else "",
        address=row.display or "",
        markers=tuple(markers.get(row.id, ())),
    )


@lru_cache(maxsize=4096)
def _display_phone(e164: str) -> str:
    return format_phone(e164)


def _people(
    raw: Raw, people: Sequence[PersonQuery]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """People in earlier incidents: exact by name and date of birth, possible by name alone."""
    exact: list[tuple[int, str]] = []
    possible: list[tuple[int, str]] = []
    for person in people:
        key = name_key(person.name[:MAX_QUERY_CHARS])
        if len(key) < MIN_FUZZY_CHARS:
            continue
        for pid, dob in raw.rows(sql.PEOPLE_BY_NAME, key=key):
            if person.dob is not None and a_date(dob) == person.dob:
                exact.append((int(pid), person.role))
            else:
                possible.append((int(pid), person.role))
    return exact, possible


def _names(raw: Raw, ids: list[int]) -> list[str]:
    if not ids:
        return []
    return [str(n) for n in raw.column(sql.NAMES, ids=ids)]


def _counts(raw: Raw, where: str, params: dict[str, Any], now: dt.datetime) -> HistoryCounts:
    if not where:
        return HistoryCounts(0, 0, 0, False, None, None)
    found = raw.first(sql.counts_statement(where), **params, since=raw.stamp(now - REPEAT_WINDOW))
    assert found is not None  # an aggregate always returns one row
    total, in_12m, da_12m, children, last_risk, last_at = found
    return HistoryCounts(
        int(total), int(in_12m), int(da_12m), bool(children), last_risk, aware(last_at)
    )


def _markers(
    raw: Raw,
    phone_id: int | None,
    address_ids: list[int],
    person_ids: list[int],
    now: dt.datetime,
) -> list[MarkerView]:
    clauses: list[str] = []
    params: dict[str, Any] = {"now": raw.stamp(now)}
    if phone_id is not None:
        clauses.append("m.phone_id = :phone_id")
        params["phone_id"] = phone_id
    if address_ids:
        clauses.append("m.address_id IN :address_ids")
        params["address_ids"] = address_ids
    if person_ids:
        clauses.append("m.person_id IN :person_ids")
        params["person_ids"] = person_ids
    if not clauses:
        return []
    views = []
    for found in raw.rows(sql.markers_statement(" OR ".join(clauses)), **params):
        kind, text, m_phone, m_address, _person, set_by, set_at, expires, e164, display, name = (
            found
        )
        expires_at = aware(expires)
        if not active(expires_at, now):
            continue
        if m_phone:
            on, target = "phone", _display_phone(e164)
        elif m_address:
            on, target = "address", display or ""
        else:
            on, target = "person", name or ""
        views.append(
            MarkerView(kind, marker_label(kind), text, on, target, set_by, when(set_at), expires_at)
        )
    return views


def _incident_markers(raw: Raw, incident_ids: list[int]) -> dict[int, list[str]]:
    if not incident_ids:
        return {}
    found: dict[int, list[str]] = {}
    for incident_id, marker_type in raw.rows(sql.INCIDENT_MARKERS, ids=incident_ids):
        kinds = found.setdefault(int(incident_id), [])
        if marker_type not in kinds:
            kinds.append(marker_type)
    return found


for _name in [
    "INCIDENT_COLUMNS",
    "PHONE_ID",
    "ADDRESS_IDS_BY_UPRN",
    "ADDRESS_IDS_BY_KEY",
    "PEOPLE_BY_NAME",
    "BY_PHONE",
    "BY_ADDRESSES",
    "BY_PEOPLE",
    "WHERE_PHONE",
    "WHERE_ADDRESSES",
    "WHERE_PEOPLE",
    "counts_statement",
    "INCIDENT_MARKERS",
    "VICTIMS_AND_SUSPECTS",
    "SERIAL_NAMES",
    "NAMES",
    "SAFETY_NOTES",
    "markers_statement",
]:
    setattr(sql, _name, globals()[_name])

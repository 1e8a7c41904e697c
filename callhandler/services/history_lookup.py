"""The look-up itself: the statements one history query runs, on the driver's cursor.

A number or an exact address costs about six short statements (phone or address id; the
newest matches with their markers; the counts with the newest risk level; the victims and
suspects of the newest matches with the codeword and safety plan agreed at them; the
active markers; and, when there are suspects, which of them are serial), each prepared
once per connection by the driver. ``find_previous_calls`` (services.history) wraps this
in one transaction with the consultation audit.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
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
from callhandler.domain.lookup_rules import MAX_QUERY_CHARS as MAX_QUERY_CHARS
from callhandler.domain.lookup_rules import MIN_QUERY_CHARS
from callhandler.domain.normalise import display_phone, name_key
from callhandler.services import history_sql as sql
from callhandler.services.address_search import fuzzy_addresses
from callhandler.services.history_raw import Raw, a_date, aware, when

LIST_LIMIT = 200  # the most one look-up lists (callhandler lookup --limit)
LINKED_LIMIT = 25  # newest exact matches whose places, victims and suspects are checked
FUZZY_LIMIT = 50
MIN_FUZZY_CHARS = MIN_QUERY_CHARS
NAME_ONLY_SCORE = 90.0


@dataclass(frozen=True)
class PersonQuery:
    name: str
    dob: dt.date | None = None
    role: str = "victim"  # the part they play in this call: caller, victim or suspect


@dataclass(frozen=True)
class HistoryQuery:
    phone: str = ""
    address: str = ""
    postcode: str = ""
    uprn: str = ""
    people: tuple[PersonQuery, ...] = ()


@dataclass(frozen=True)
class NormalisedQuery:
    phone: str | None
    address_key: str | None
    postcode: str | None
    people: tuple[str, ...]
    problems: tuple[str, ...] = ()
    uprn: str | None = None  # searched as given (lookup()), so audited when alone too

    @property
    def empty(self) -> bool:
        return not (self.phone or self.address_key or self.people or self.uprn)


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
    markers: str | None  # the incident's marker types, comma-separated


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
    matched: dict[int, list[str]] = {}
    rows: dict[int, Row] = {}
    opened: dict[int, dt.datetime] = {}
    for label, statement, bind, _where in searches:
        for found in raw.rows(statement, **bind, limit=limit, exclude=exclude):
            row = Row._make(found)
            labels = matched.get(row.id)
            if labels is None:
                matched[row.id] = [label]
                rows[row.id] = row
                opened[row.id] = when(row.opened_at)
            elif label not in labels:
                labels.append(label)
    # One criterion's rows come newest first already; several are merged (stable: ties
    # keep the order they were found in, as a sort of the one list would).
    if len(searches) == 1:
        exact_ids = list(rows)
    else:
        exact_ids = sorted(rows, key=opened.__getitem__, reverse=True)[:limit]
    possible_rows = _possible(raw, q, address_ids, possible_people, rows, exclude)
    exact = tuple(
        _previous(rows[i], tuple(sorted(matched[i])), 100.0, True, opened[i]) for i in exact_ids
    )
    possible = tuple(
        sorted(
            (
                _previous(r, (label,), score, False, when(r.opened_at))
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
    notes: list[SafetyNote] = []
    for kind, value, agreed_at, ref in raw.rows(sql.LINKED, ids=linked) if linked else ():
        if kind == "victim":
            linked_victims.add(int(value))
        elif kind == "suspect":
            suspects.add(int(value))
        elif text := _text(value):
            notes.append(SafetyNote(str(kind), text, when(agreed_at), str(ref)))
    markers = _markers(
        raw,
        phone_id,
        sorted(set(address_ids) | linked_addresses),
        sorted(set(victim_ids) | linked_victims),
        now,
    )
    serial = raw.column(sql.SERIAL_NAMES, ids=sorted(suspects)[:500]) if suspects else []
    people_found = tuple(_names(raw, sorted({p for p, _ in exact_people})))
    notes.sort(key=lambda n: n.kind != "codeword")
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


def _text(value_json: str) -> str:
    try:
        value = json.loads(value_json)
    except ValueError:
        return ""
    return value.strip() if isinstance(value, str) else ""


def _previous(
    row: Row, matched_on: tuple[str, ...], score: float, exact: bool, opened_at: dt.datetime
) -> PreviousCall:
    return PreviousCall(
        row.id,
        row.ref,
        opened_at,
        matched_on,
        score if score == 100.0 else round(float(score), 1),
        exact,
        row.category,
        bool(row.domestic_abuse),
        row.grade,
        row.risk_level,
        bool(row.children_present),
        row.status,
        row.summary,
        display_phone(row.e164) if row.e164 else "",
        row.display or "",
        _kinds(row.markers) if row.markers else (),
    )


@lru_cache(maxsize=256)
def _kinds(markers: str) -> tuple[str, ...]:
    """ "a,b,a" as ("a", "b"): each marker type once, in the order first set."""
    return tuple(dict.fromkeys(markers.split(",")))


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
            on, target = "phone", display_phone(e164)
        elif m_address:
            on, target = "address", display or ""
        else:
            on, target = "person", name or ""
        views.append(
            MarkerView(kind, marker_label(kind), text, on, target, set_by, when(set_at), expires_at)
        )
    return views

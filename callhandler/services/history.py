"""Previous calls for a number, an address or a person: ``find_previous_calls``.

Every look-up is a consultation under the Data Protection Act 2018 s.62 and is audited.
Exact matches (number, normalised address, UPRN, name with date of birth) and possible
matches (fuzzy address, name without date of birth) are kept apart: the summary banners
are computed from exact matches only.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, select

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
from callhandler.domain.normalise import (
    address_key,
    format_phone,
    name_key,
    normalise_phone,
    normalise_postcode,
)
from callhandler.services import audit
from callhandler.services import history_sql as sql
from callhandler.services.address_search import fuzzy_addresses
from callhandler.services.context import Actor, current_actor
from callhandler.storage.closure_models import ChecklistAnswer
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import TriageAnswer

LIST_LIMIT = 200  # the most one look-up lists (callhandler lookup --limit)
LINKED_LIMIT = 25  # newest exact matches whose places, victims and suspects are checked
PANEL_LIMIT = 50  # what the call window lists at first; the banners count everything
FUZZY_LIMIT = 50
MIN_FUZZY_CHARS = 3
MAX_QUERY_CHARS = 300
NAME_ONLY_SCORE = 90.0
# The codeword and safety plan are for those who take the next call and oversee it.
SEES_SAFETY_NOTES = ("handler", "inspector")
NO_LIMIT = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


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

    @property
    def empty(self) -> bool:
        return not (self.phone or self.address_key or self.people)


@dataclass(frozen=True)
class HistoryResult:
    """What the history panel and ``callhandler lookup`` show."""

    query: NormalisedQuery
    exact: tuple[PreviousCall, ...]
    possible: tuple[PreviousCall, ...]
    summary: HistorySummary
    elapsed_ms: float
    listed_limit: int = LIST_LIMIT
    person_matches: tuple[str, ...] = field(default=())


def normalise_query(query: HistoryQuery) -> NormalisedQuery:
    problems: list[str] = []
    phone = None
    if query.phone.strip():
        number = normalise_phone(query.phone[:MAX_QUERY_CHARS])
        if number is None:
            problems.append(
                "The number is not a telephone number (type it as dialled, e.g. 07700 900123)."
            )
        else:
            phone = number.e164
    postcode = normalise_postcode(query.postcode[:MAX_QUERY_CHARS])
    if postcode is not None and not postcode.valid:
        problems.append(f"{postcode.text!r} is not a UK postcode; searched without it.")
    key = address_key(query.address[:MAX_QUERY_CHARS], postcode.text if postcode else None)
    people = tuple(k for k in (name_key(p.name[:MAX_QUERY_CHARS]) for p in query.people) if k)
    return NormalisedQuery(
        phone, key or None, postcode.text if postcode else None, people, tuple(problems)
    )


def find_previous_calls(
    db: Database,
    actor: Actor,
    query: HistoryQuery,
    *,
    now: dt.datetime | None = None,
    limit: int = PANEL_LIMIT,
    audit_consultation: bool = True,
    exclude_incident_id: int | None = None,
    as_at: dt.datetime | None = None,
) -> HistoryResult:
    """Every earlier incident for the number, address and people of a call, newest first.

    ``exclude_incident_id``: the incident being worked on, when the query is its own
    number and address (briefing, sign-off review): it is not its own history.
    ``as_at``: count only incidents opened by then (a replay of an earlier decision);
    a live look-up counts everything, so a workstation whose clock runs behind the
    server's never misses the incident another opened a moment ago.
    """
    started = time.perf_counter()
    limit = max(1, min(limit, LIST_LIMIT))
    now = now or dt.datetime.now(dt.UTC)
    normalised = normalise_query(query)
    with db.read_connection() as conn:
        result = _lookup(
            conn, query, normalised, now, limit, exclude_incident_id or -1, as_at or NO_LIMIT
        )
    if audit_consultation and not normalised.empty:
        with db.write() as session:
            # Once per look-up, not per row: a disabled account's window stops here.
            actor = current_actor(session, actor)
            audit.record(
                session,
                actor,
                "consultation",
                "history",
                (normalised.phone or normalised.address_key or ",".join(normalised.people))[:64],
                {
                    "phone": normalised.phone,
                    "address": normalised.address_key,
                    "people": list(normalised.people),
                    "exact": len(result[0]),
                    "possible": len(result[1]),
                },
            )
    exact, possible, summary, people = result
    if actor.role not in SEES_SAFETY_NOTES and summary.safety_notes:
        summary = replace(summary, safety_notes=())
    return HistoryResult(
        normalised, exact, possible, summary, (time.perf_counter() - started) * 1000, limit, people
    )


_Lookup = tuple[tuple[PreviousCall, ...], tuple[PreviousCall, ...], HistorySummary, tuple[str, ...]]


def _ids(session: Connection, statement: Any, **params: Any) -> list[int]:
    return [int(r[0]) for r in session.execute(statement, params)]


def _lookup(
    session: Connection,
    query: HistoryQuery,
    q: NormalisedQuery,
    now: dt.datetime,
    limit: int,
    exclude: int,
    until: dt.datetime,
) -> _Lookup:
    phone_id = session.execute(sql.PHONE_ID, {"e164": q.phone}).scalar() if q.phone else None
    uprn = query.uprn.strip()[:12]
    address_ids = _ids(session, sql.ADDRESS_IDS_BY_UPRN, uprn=uprn) if uprn else []
    if q.address_key and not address_ids:
        address_ids = _ids(session, sql.ADDRESS_IDS_BY_KEY, key=q.address_key)
    exact_people, possible_people = _people(session, query.people)
    victim_ids = sorted({pid for pid, role in exact_people if role != "suspect"})

    # Each criterion lists its newest incidents; an incident found several ways says so.
    searches: list[tuple[str, Any, dict[str, Any], str]] = []
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
    rows: dict[int, Any] = {}
    for label, statement, bind, _where in searches:
        for row in session.execute(statement, {**bind, "limit": limit, "exclude": exclude}):
            matched.setdefault(row.id, set()).add(label)
            rows[row.id] = row
    exact_ids = sorted(rows, key=lambda i: rows[i].opened_at, reverse=True)[:limit]

    possible_rows: dict[int, tuple[Any, str, float]] = {}
    # Fuzzy only when the address typed matched nothing exactly: a handler who typed the
    # right address does not need every neighbouring flat offered as "possible".
    if q.address_key and not address_ids and len(q.address_key) >= MIN_FUZZY_CHARS:
        scores = dict(fuzzy_addresses(session, q.address_key))
        if scores:
            for row in session.execute(
                sql.BY_ADDRESSES, {"ids": list(scores), "limit": FUZZY_LIMIT, "exclude": exclude}
            ):
                if row.id not in rows:
                    possible_rows[row.id] = (row, "address_fuzzy", scores[row.address_id])
    fuzzy_person_ids = sorted({pid for pid, role in possible_people if role != "suspect"})
    if fuzzy_person_ids:
        for row in session.execute(
            sql.BY_PEOPLE, {"ids": fuzzy_person_ids, "limit": FUZZY_LIMIT, "exclude": exclude}
        ):
            if row.id not in rows and row.id not in possible_rows:
                possible_rows[row.id] = (row, "person_name", NAME_ONLY_SCORE)

    incident_markers = _incident_markers(session, exact_ids + list(possible_rows))
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
    if where:
        where = f"({where}) AND id <> :exclude"
    counts = _counts(session, where, {**params, "until": until}, now)
    # Markers on the places and victims of the newest matched incidents count too: a
    # number's recent calls from an address marked high-risk must show that marker.
    linked = exact_ids[:LINKED_LIMIT]
    linked_addresses = {rows[i].address_id for i in linked if rows[i].address_id}
    linked_victims: set[int] = set()
    suspects = {pid for pid, role in exact_people if role == "suspect"}
    if linked:
        for person_id, role in session.execute(sql.VICTIMS_AND_SUSPECTS, {"ids": linked}):
            (linked_victims if role == "victim" else suspects).add(int(person_id))
    markers = _markers(
        session,
        phone_id,
        sorted(set(address_ids) | linked_addresses),
        sorted(set(victim_ids) | linked_victims),
        now,
    )
    serial = (
        _names(session, _ids(session, sql.SERIAL, ids=sorted(suspects)[:500])) if suspects else []
    )
    people_found = tuple(_names(session, sorted({p for p, _ in exact_people})))
    notes = _safety_notes(session, exact_ids[:LINKED_LIMIT])
    return exact, possible, summarise(counts, markers, serial, notes), people_found


def _safety_notes(session: Connection, incident_ids: list[int]) -> list[SafetyNote]:
    """The newest codeword and safety plan agreed at the matched incidents."""
    if not incident_ids:
        return []
    notes = []
    codeword = session.execute(
        select(TriageAnswer.value_json, TriageAnswer.answered_at, Incident.ref)
        .join(Incident, Incident.id == TriageAnswer.incident_id)
        .where(
            TriageAnswer.incident_id.in_(incident_ids),
            TriageAnswer.fact == "codeword",
            TriageAnswer.superseded_at.is_(None),
        )
        .order_by(TriageAnswer.answered_at.desc())
        .limit(1)
    ).first()
    if codeword is not None:
        notes.append(SafetyNote("codeword", _text(codeword[0]), codeword[1], codeword[2]))
    plan = session.execute(
        select(ChecklistAnswer.value_json, ChecklistAnswer.taken_at, Incident.ref)
        .join(Incident, Incident.id == ChecklistAnswer.incident_id)
        .where(
            ChecklistAnswer.incident_id.in_(incident_ids),
            ChecklistAnswer.item_id == "safety_plan",
        )
        .order_by(ChecklistAnswer.taken_at.desc())
        .limit(1)
    ).first()
    if plan is not None:
        notes.append(SafetyNote("safety_plan", _text(plan[0]), plan[1], plan[2]))
    return [note for note in notes if note.text]


def _text(value_json: str) -> str:
    try:
        value = json.loads(value_json)
    except ValueError:
        return ""
    return value.strip() if isinstance(value, str) else ""


def _previous(
    row: Any, matched_on: tuple[str, ...], score: float, exact: bool, markers: dict[int, list[str]]
) -> PreviousCall:
    return PreviousCall(
        incident_id=row.id,
        incident_ref=row.ref,
        opened_at=row.opened_at,
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
    session: Connection, people: Sequence[PersonQuery]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """People in earlier incidents: exact by name and date of birth, possible by name alone."""
    exact: list[tuple[int, str]] = []
    possible: list[tuple[int, str]] = []
    for person in people:
        key = name_key(person.name[:MAX_QUERY_CHARS])
        if len(key) < MIN_FUZZY_CHARS:
            continue
        for pid, dob in session.execute(sql.PEOPLE_BY_NAME, {"key": key}):
            if isinstance(dob, str):
                dob = dt.date.fromisoformat(dob)
            if person.dob is not None and dob == person.dob:
                exact.append((pid, person.role))
            else:
                possible.append((pid, person.role))
    return exact, possible


def _names(session: Connection, ids: Iterable[int]) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    return [str(n) for n in session.execute(sql.NAMES, {"ids": ids}).scalars()]


def _counts(
    session: Connection, where: str, params: dict[str, Any], now: dt.datetime
) -> HistoryCounts:
    if not where:
        return HistoryCounts(0, 0, 0, False, None, None)
    total, in_12m, da_12m, children = session.execute(
        sql.counts_statement(where), {**params, "since": now - REPEAT_WINDOW}
    ).one()
    last = session.execute(sql.last_risk_statement(where), params).first()
    return HistoryCounts(
        int(total),
        int(in_12m),
        int(da_12m),
        bool(children),
        last.risk_level if last else None,
        last.opened_at if last else None,
    )


def _markers(
    session: Connection,
    phone_id: int | None,
    address_ids: list[int],
    person_ids: list[int],
    now: dt.datetime,
) -> list[MarkerView]:
    clauses: list[str] = []
    params: dict[str, Any] = {"now": now}
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
    for row in session.execute(sql.markers_statement(" OR ".join(clauses)), params):
        if not active(row.expires_at, now):
            continue
        if row.phone_id:
            on, target = "phone", _display_phone(row.e164)
        elif row.address_id:
            on, target = "address", row.display or ""
        else:
            on, target = "person", row.name or ""
        views.append(
            MarkerView(
                row.marker_type,
                marker_label(row.marker_type),
                row.text,
                on,
                target,
                row.set_by,
                row.set_at,
                row.expires_at,
            )
        )
    return views


def _incident_markers(session: Connection, incident_ids: list[int]) -> dict[int, list[str]]:
    if not incident_ids:
        return {}
    found: dict[int, list[str]] = {}
    for incident_id, marker_type in session.execute(sql.INCIDENT_MARKERS, {"ids": incident_ids}):
        kinds = found.setdefault(int(incident_id), [])
        if marker_type not in kinds:
            kinds.append(marker_type)
    return found

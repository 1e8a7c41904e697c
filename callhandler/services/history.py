"""Previous calls for a number, an address or a person: ``find_previous_calls``.

Every look-up is a consultation under the Data Protection Act 2018 s.62 and is audited.
Exact matches (number, normalised address, UPRN, name with date of birth) and possible
matches (fuzzy address, name without date of birth) are kept apart: the summary banners
are computed from exact matches only.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from callhandler.domain.history import (
    REPEAT_WINDOW,
    HistoryCounts,
    HistorySummary,
    MarkerView,
    PreviousCall,
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
from callhandler.services.address_search import fuzzy_addresses
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Address, Incident, IncidentPerson, Marker, Person, Phone

LIST_LIMIT = 200
FUZZY_LIMIT = 50
MIN_FUZZY_CHARS = 3
MAX_QUERY_CHARS = 300


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
    limit: int = LIST_LIMIT,
    audit_consultation: bool = True,
) -> HistoryResult:
    """Every earlier incident for the number, address and people of a call, newest first."""
    started = time.perf_counter()
    now = now or dt.datetime.now(dt.UTC)
    normalised = normalise_query(query)
    with db.read() as session:
        result = _lookup(session, query, normalised, now, limit)
    if audit_consultation and not normalised.empty:
        with db.write() as session:
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
    return HistoryResult(
        normalised, exact, possible, summary, (time.perf_counter() - started) * 1000, limit, people
    )


_Lookup = tuple[tuple[PreviousCall, ...], tuple[PreviousCall, ...], HistorySummary, tuple[str, ...]]


def _lookup(
    session: Session, query: HistoryQuery, q: NormalisedQuery, now: dt.datetime, limit: int
) -> _Lookup:
    phone_id = None
    if q.phone:
        phone_id = session.execute(select(Phone.id).where(Phone.e164 == q.phone)).scalar()
    address_ids: list[int] = []
    uprn = query.uprn.strip()[:12]
    if uprn:
        address_ids = list(
            session.execute(select(Address.id).where(Address.uprn == uprn)).scalars()
        )
    if q.address_key and not address_ids:
        address_ids = list(
            session.execute(
                select(Address.id).where(Address.key == q.address_key).limit(50)
            ).scalars()
        )
    exact_people, possible_people = _people(session, query.people)

    criteria: dict[str, ColumnElement[bool]] = {}
    if phone_id is not None:
        criteria["phone"] = Incident.phone_id == phone_id
    if address_ids:
        criteria["uprn" if uprn else "address"] = Incident.address_id.in_(address_ids)
    victim_ids = [pid for pid, role in exact_people if role != "suspect"]
    if victim_ids:
        criteria["person"] = Incident.id.in_(
            select(IncidentPerson.incident_id).where(
                IncidentPerson.person_id.in_(victim_ids),
                IncidentPerson.role.in_(("victim", "caller")),
            )
        )

    matched: dict[int, set[str]] = {}
    rows: dict[int, object] = {}
    for label, condition in criteria.items():
        for row in session.execute(
            _incident_select().where(condition).order_by(Incident.opened_at.desc()).limit(limit)
        ):
            matched.setdefault(row.id, set()).add(label)
            rows[row.id] = row
    exact_ids = sorted(rows, key=lambda i: rows[i].opened_at, reverse=True)[:limit]  # type: ignore[attr-defined]

    possible_rows: dict[int, tuple[object, str, float]] = {}
    if q.address_key and len(q.address_key) >= MIN_FUZZY_CHARS:
        near = [(a, s) for a, s in fuzzy_addresses(session, q.address_key) if a not in address_ids]
        if near:
            scores = dict(near)
            for row in session.execute(
                _incident_select()
                .where(Incident.address_id.in_(list(scores)))
                .order_by(Incident.opened_at.desc())
                .limit(FUZZY_LIMIT)
            ):
                if row.id not in rows:
                    possible_rows[row.id] = (row, "address_fuzzy", scores[row.address_id])
    fuzzy_person_ids = [pid for pid, role in possible_people if role != "suspect"]
    if fuzzy_person_ids:
        for row in session.execute(
            _incident_select()
            .where(
                Incident.id.in_(
                    select(IncidentPerson.incident_id).where(
                        IncidentPerson.person_id.in_(fuzzy_person_ids),
                        IncidentPerson.role.in_(("victim", "caller")),
                    )
                )
            )
            .order_by(Incident.opened_at.desc())
            .limit(FUZZY_LIMIT)
        ):
            if row.id not in rows and row.id not in possible_rows:
                possible_rows[row.id] = (row, "person_name", 90.0)

    all_ids = list(exact_ids) + list(possible_rows)
    incident_markers = _incident_markers(session, all_ids)
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

    conditions = list(criteria.values())
    counts = _counts(session, conditions, now)
    # Markers on the places and victims of the matched incidents count too: a number's
    # earlier calls from an address marked high-risk must show that marker.
    linked_addresses = {rows[i].address_id for i in exact_ids if rows[i].address_id}  # type: ignore[attr-defined]
    linked_victims = _victims(session, exact_ids)
    markers = _markers(
        session,
        phone_id,
        sorted(set(address_ids) | linked_addresses),
        sorted(set(victim_ids) | linked_victims),
        now,
    )
    suspect_ids = [pid for pid, role in exact_people if role == "suspect"]
    serial = _serial_perpetrators(session, exact_ids, suspect_ids)
    people_found = tuple(sorted({n for n in _names(session, [p for p, _ in exact_people])}))
    return exact, possible, summarise(counts, markers, serial), people_found


def _incident_select() -> Any:
    return (
        select(
            Incident.id,
            Incident.ref,
            Incident.opened_at,
            Incident.category,
            Incident.domestic_abuse,
            Incident.grade,
            Incident.risk_level,
            Incident.children_present,
            Incident.status,
            Incident.summary,
            Incident.address_id,
            Phone.e164,
            Address.display,
        )
        .outerjoin(Phone, Phone.id == Incident.phone_id)
        .outerjoin(Address, Address.id == Incident.address_id)
    )


def _previous(row, matched_on, score, exact, markers) -> PreviousCall:  # type: ignore[no-untyped-def]
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
        phone=format_phone(row.e164) if row.e164 else "",
        address=row.display or "",
        markers=tuple(markers.get(row.id, ())),
    )


def _people(
    session: Session, people: Sequence[PersonQuery]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """People in earlier incidents: exact by name and date of birth, possible by name alone."""
    exact: list[tuple[int, str]] = []
    possible: list[tuple[int, str]] = []
    for person in people:
        key = name_key(person.name[:MAX_QUERY_CHARS])
        if len(key) < MIN_FUZZY_CHARS:
            continue
        ids = session.execute(
            select(Person.id, Person.dob).where(Person.name_key == key).limit(200)
        ).all()
        for pid, dob in ids:
            if person.dob is not None and dob == person.dob:
                exact.append((pid, person.role))
            else:
                possible.append((pid, person.role))
    return exact, possible


def _victims(session: Session, incident_ids: list[int]) -> set[int]:
    if not incident_ids:
        return set()
    return set(
        session.execute(
            select(IncidentPerson.person_id).where(
                IncidentPerson.incident_id.in_(incident_ids[:LIST_LIMIT]),
                IncidentPerson.role == "victim",
            )
        ).scalars()
    )


def _names(session: Session, ids: Iterable[int]) -> list[str]:
    ids = list(ids)
    if not ids:
        return []
    return list(session.execute(select(Person.name).where(Person.id.in_(ids))).scalars())


def _counts(
    session: Session, conditions: list[ColumnElement[bool]], now: dt.datetime
) -> HistoryCounts:
    if not conditions:
        return HistoryCounts(0, 0, 0, False, None, None)
    since = now - REPEAT_WINDOW
    where = or_(*conditions)
    recent = Incident.opened_at >= since
    total, in_12m, da_12m, children = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((recent, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(recent, Incident.domestic_abuse), 1), else_=0)), 0),
            func.coalesce(func.max(case((Incident.children_present, 1), else_=0)), 0),
        ).where(where)
    ).one()
    last = session.execute(
        select(Incident.risk_level, Incident.opened_at)
        .where(where, Incident.risk_level != "none")
        .order_by(Incident.opened_at.desc())
        .limit(1)
    ).first()
    return HistoryCounts(
        int(total),
        int(in_12m),
        int(da_12m),
        bool(children),
        last.risk_level if last else None,
        last.opened_at if last else None,
    )


def _markers(
    session: Session,
    phone_id: int | None,
    address_ids: list[int],
    person_ids: list[int],
    now: dt.datetime,
) -> list[MarkerView]:
    targets = []
    if phone_id is not None:
        targets.append(Marker.phone_id == phone_id)
    if address_ids:
        targets.append(Marker.address_id.in_(address_ids))
    if person_ids:
        targets.append(Marker.person_id.in_(person_ids))
    if not targets:
        return []
    rows = session.execute(
        select(Marker, Phone.e164, Address.display, Person.name)
        .outerjoin(Phone, Phone.id == Marker.phone_id)
        .outerjoin(Address, Address.id == Marker.address_id)
        .outerjoin(Person, Person.id == Marker.person_id)
        .where(or_(*targets))
        .limit(500)
    ).all()
    views = []
    for marker, e164, address, person in rows:
        if not active(marker.expires_at, now):
            continue
        on, target = (
            ("phone", format_phone(e164))
            if marker.phone_id
            else ("address", address or "")
            if marker.address_id
            else ("person", person or "")
        )
        views.append(
            MarkerView(
                marker.marker_type,
                marker_label(marker.marker_type),
                marker.text,
                on,
                target,
                marker.set_by,
                marker.set_at,
                marker.expires_at,
            )
        )
    return views


def _incident_markers(session: Session, incident_ids: list[int]) -> dict[int, list[str]]:
    if not incident_ids:
        return {}
    found: dict[int, list[str]] = {}
    for incident_id, marker_type in session.execute(
        select(Marker.source_incident_id, Marker.marker_type).where(
            Marker.source_incident_id.in_(incident_ids)
        )
    ):
        if incident_id is None:
            continue
        kinds = found.setdefault(incident_id, [])
        if marker_type not in kinds:
            kinds.append(marker_type)
    return found


def _serial_perpetrators(
    session: Session, incident_ids: list[int], suspect_ids: list[int]
) -> list[str]:
    """Suspects in these incidents (or named now) who abused two or more different victims."""
    suspects = set(suspect_ids)
    if incident_ids:
        suspects.update(
            session.execute(
                select(IncidentPerson.person_id).where(
                    IncidentPerson.incident_id.in_(incident_ids[:LIST_LIMIT]),
                    IncidentPerson.role == "suspect",
                )
            ).scalars()
        )
    if not suspects:
        return []
    suspect = IncidentPerson.__table__.alias("s")
    victim = IncidentPerson.__table__.alias("v")
    rows = session.execute(
        select(suspect.c.person_id)
        .join(Incident, and_(Incident.id == suspect.c.incident_id, Incident.domestic_abuse))
        .join(
            victim, and_(victim.c.incident_id == suspect.c.incident_id, victim.c.role == "victim")
        )
        .where(suspect.c.role == "suspect", suspect.c.person_id.in_(list(suspects)[:500]))
        .group_by(suspect.c.person_id)
        .having(func.count(func.distinct(victim.c.person_id)) >= 2)
    ).scalars()
    return _names(session, rows)

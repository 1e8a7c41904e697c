"""Previous calls for a number, an address or a person: ``find_previous_calls``.

Every look-up is a consultation under the Data Protection Act 2018 s.62 and is audited.
Exact matches (number, normalised address, UPRN, name with date of birth) and possible
matches (fuzzy address, name without date of birth) are kept apart: the summary banners
are computed from exact matches only.

The look-up and its consultation audit are one transaction on one connection
(SQLite: ``BEGIN IMMEDIATE``; the statements run on the driver's cursor, see
history_lookup): the history is returned only once the event saying who consulted it is
committed. Durable means committed to the database's log: SQLite in WAL mode with
``synchronous = NORMAL`` (the event survives the application or the operating system
being killed; a power cut may lose the last transactions since the WAL was last synced,
the same as every other write on the workstation), PostgreSQL's commit (the server's
``synchronous_commit``).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from callhandler import messages
from callhandler.domain.history import HistorySummary, PreviousCall
from callhandler.domain.normalise import (
    address_key,
    name_key,
    normalise_postcode,
    phone_e164,
)
from callhandler.errors import PermissionDenied
from callhandler.services import audit, audit_lookup
from callhandler.services.context import Actor, current_actor
from callhandler.services.history_lookup import (
    FUZZY_LIMIT as FUZZY_LIMIT,
)
from callhandler.services.history_lookup import (
    LINKED_LIMIT as LINKED_LIMIT,
)
from callhandler.services.history_lookup import (
    LIST_LIMIT as LIST_LIMIT,
)
from callhandler.services.history_lookup import (
    MAX_QUERY_CHARS as MAX_QUERY_CHARS,
)
from callhandler.services.history_lookup import (
    MIN_FUZZY_CHARS as MIN_FUZZY_CHARS,
)
from callhandler.services.history_lookup import (
    NAME_ONLY_SCORE as NAME_ONLY_SCORE,
)
from callhandler.services.history_lookup import (
    HistoryQuery as HistoryQuery,
)
from callhandler.services.history_lookup import (
    NormalisedQuery as NormalisedQuery,
)
from callhandler.services.history_lookup import (
    PersonQuery as PersonQuery,
)
from callhandler.services.history_lookup import lookup
from callhandler.services.history_raw import Raw
from callhandler.storage.engine import Database

PANEL_LIMIT = 50  # what the call window lists at first; the banners count everything
# The codeword and safety plan are for those who take the next call and oversee it.
SEES_SAFETY_NOTES = ("handler", "inspector")
LOOKING_UP = ("handler", "inspector")  # the look-up itself (cli_common.TAKING_CALLS)
LOOK_UP = "look up previous calls"
NO_LIMIT = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


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
    statements: int = 0  # SQL statements the look-up and its audit issued


def normalise_query(query: HistoryQuery) -> NormalisedQuery:
    """The keys a query is looked up by. Remembered (queries and their keys are frozen):
    the window asks again with the same number as the address and names are typed."""
    try:
        return _normalised(query)
    except TypeError:  # people given as a list: not hashable, so not remembered
        return _normalised.__wrapped__(query)


@lru_cache(maxsize=1024)
def _normalised(query: HistoryQuery) -> NormalisedQuery:
    problems: list[str] = []
    phone = None
    if query.phone.strip():
        phone = phone_e164(query.phone[:MAX_QUERY_CHARS])
        if phone is None:
            problems.append(
                "The number is not a telephone number (type it as dialled, e.g. 07700 900123)."
            )
    postcode = normalise_postcode(query.postcode[:MAX_QUERY_CHARS])
    if postcode is not None and not postcode.valid:
        problems.append(f"{postcode.text!r} is not a UK postcode; searched without it.")
    address = query.address[:MAX_QUERY_CHARS]
    key = address_key(address, postcode.text if postcode else None) if address or postcode else ""
    people = tuple(k for k in (name_key(p.name[:MAX_QUERY_CHARS]) for p in query.people) if k)
    return NormalisedQuery(
        phone,
        key or None,
        postcode.text if postcode else None,
        people,
        tuple(problems),
        query.uprn.strip()[:12] or None,
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
    roles: tuple[str, ...] = LOOKING_UP,
) -> HistoryResult:
    """Every earlier incident for the number, address and people of a call, newest first.

    ``roles``: who may look up (call handlers and inspectors; a service that shows history
    inside its own screen, such as the inspector's review, passes its own). An audited
    look-up reads the account again in its append (disabled or its role changed:
    SessionEnded, nothing shown), so the role checked is the current one; an unaudited one
    is part of a service that re-read it in its own transaction.

    ``exclude_incident_id``: the incident being worked on, when the query is its own
    number and address (briefing, sign-off review): it is not its own history.
    ``as_at``: count only incidents opened by then (a replay of an earlier decision);
    a live look-up counts everything, so a workstation whose clock runs behind the
    server's never misses the incident another opened a moment ago.
    """
    started = time.perf_counter()
    if actor.role not in roles and not actor.is_system:
        raise PermissionDenied(messages.ROLE_CANNOT(role=actor.role, doing=LOOK_UP))
    limit = max(1, min(limit, LIST_LIMIT))
    now = now or dt.datetime.now(dt.UTC)
    normalised = normalise_query(query)
    audited = audit_consultation and not normalised.empty
    detail: dict[str, Any] = {}
    appended: audit_lookup.Appended | None = None
    with db.driver_transaction(write=audited) as driver:
        raw = Raw(driver, db.backend)
        try:
            exact, possible, summary, people = lookup(
                raw, query, normalised, now, limit, exclude_incident_id or -1, as_at or NO_LIMIT
            )
            if audited:
                detail = {
                    "phone": normalised.phone,
                    "address": normalised.address_key,
                    "people": list(normalised.people),
                    "exact": len(exact),
                    "possible": len(possible),
                }
                if normalised.uprn:
                    detail["uprn"] = normalised.uprn
                appended = audit_lookup.append(raw, db, actor, _consulted(normalised), detail)
        finally:
            raw.close()
    statements = raw.statements
    if appended is not None:
        appended.witness()
    elif audited:
        actor = _audit_the_slow_way(db, actor, normalised, detail)
        statements += 1
    if actor.role not in SEES_SAFETY_NOTES and summary.safety_notes:
        summary = replace(summary, safety_notes=())
    elapsed = (time.perf_counter() - started) * 1000
    return HistoryResult(normalised, exact, possible, summary, elapsed, limit, people, statements)


def _consulted(q: NormalisedQuery) -> str:
    return (q.phone or q.address_key or ",".join(q.people) or f"UPRN {q.uprn}")[:64]


def _audit_the_slow_way(
    db: Database, actor: Actor, q: NormalisedQuery, detail: dict[str, Any]
) -> Actor:
    """The ordinary writer, for what the look-up's own append leaves to it (a chain not yet
    keyed, an account disabled or changed: SessionEnded says so and nothing is shown)."""
    with db.write() as session:
        actor = current_actor(session, actor)
        audit.record(session, actor, "consultation", "history", _consulted(q), detail)
    return actor

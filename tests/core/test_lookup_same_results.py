"""The look-up's fast path (issue 18) finds exactly what the look-up found before it.

``lookup_reference`` is the look-up as it was (its statements and Python unchanged); each
test asks both the same questions on the same database, in the same transaction, and
compares everything the window shows: the incidents listed (order, markers, phone and
address as displayed), the possible matches, the banners' counts and flags, the markers,
the safety notes and the people found. Run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import lookup_reference
from sqlalchemy import select

from builders import NOW, add_incident
from callhandler.bench.lookup import sample_queries
from callhandler.domain.normalise import (
    display_phone,
    format_phone,
    normalise_phone,
    phone_e164,
)
from callhandler.services import accounts, audit, history, history_lookup
from callhandler.services.context import Actor, system_actor
from callhandler.services.history_raw import Raw, aware
from callhandler.storage.closure_models import ChecklistAnswer
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from callhandler.storage.triage_models import TriageAnswer
from callhandler.synthetic.seeding import seed
from callhandler.synthetic.world import DRAMA_NUMBERS, WORST_CASE_FROM, WORST_CASE_NUMBER
from signin_helpers import PASSWORD

Q = history.HistoryQuery
P = history.PersonQuery
VICTIM = ("victim", "Ann Sample", dt.date(1985, 6, 7))


def _handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def _both(db: Database, query: history.HistoryQuery, limit: int = 50) -> tuple[object, object]:
    """What the fast path and the reference find for ``query``, in one transaction."""
    normalised = history.normalise_query(query)
    with db.driver_transaction(write=False) as driver:
        raw = Raw(driver, db.backend)
        args = (raw, query, normalised, NOW, limit, -1, history.NO_LIMIT)
        fast = history_lookup.lookup(*args)
        reference = lookup_reference.lookup(*args)
        raw.close()
    return fast, reference


def _history(db: Database) -> None:
    """Four calls from one number and flat (two suspects, one of them against two victims,
    markers on the incident, the address, the number and the victim), a call from the
    same flat with another number, a neighbour's flat, and a codeword and safety plan."""
    suspect = ("suspect", "Bob Sample", dt.date(1980, 1, 2))
    ids = [
        add_incident(
            db,
            f"S-{n}",
            days_ago=20 + 100 * n,
            phone="07700 900321",
            address="Flat 1, 3 Orchard Way",
            postcode="CB1 2AD",
            risk_level=("high", "none", "medium", "standard")[n],
            domestic_abuse=n != 1,
            children=n == 2,
            people=[VICTIM, suspect] if n != 3 else [("victim", "Cat Sample"), suspect],
            markers=[("address", "high_risk_da_victim"), ("phone", "weapons")]
            if n == 0
            else [("victim", "marac"), ("victim", "marac")]
            if n == 2
            else [],
        )
        for n in range(4)
    ]
    add_incident(db, "S-4", days_ago=5, phone="01632 960001", address="Flat 1, 3 Orchard Way",
                 postcode="CB1 2AD", people=[("caller", "Dee Sample")])  # fmt: skip
    add_incident(db, "S-5", days_ago=50, phone="0113 496 0000", address="Flat 2, 3 Orchard Way",
                 postcode="CB1 2AD", domestic_abuse=False)  # fmt: skip
    at = NOW - dt.timedelta(days=20)
    with db.write() as session:
        session.add(TriageAnswer(
            incident_id=ids[0], script_id="da", script_version=1, question_id="q",
            fact="codeword", value_json=json.dumps("bluebell"), counted=True,
            answered_by="h1", answered_at=at, recorded_at=at, superseded_at=None,
        ))  # fmt: skip
        session.add(ChecklistAnswer(
            incident_id=ids[2], checklist_id="c", checklist_version=1, item_id="safety_plan",
            value_json=json.dumps("With her sister"), officer_collar="1", taken_by="o1",
            taken_at=at,
        ))  # fmt: skip


QUERIES = [
    Q(phone="07700 900321"),
    Q(phone="07700900321"),
    Q(phone="+44 7700 900321"),
    Q(phone="+447700900321"),
    Q(phone="+44 (0)7700 900321"),  # libphonenumber's way
    Q(phone="0044 7700 900321"),
    Q(phone="07700 900999"),  # never called
    Q(phone="12"),  # not a number
    Q(address="flat 1, 3 orchard way", postcode="cb12ad"),
    Q(address="3 Orchard Way Flat 1"),
    Q(address="3 Orchad Way Flat 1"),  # a typo: possible matches only
    Q(phone="07700 900321", address="Flat 1, 3 Orchard Way", postcode="CB1 2AD"),
    Q(phone="01632 960001", address="Flat 2 3 Orchard Way", postcode="CB1 2AD"),
    Q(people=(P("Ann Sample", dt.date(1985, 6, 7)),)),
    Q(people=(P("Ann Sample"),)),  # no date of birth: possible only
    Q(phone="07700 900321", people=(P("Bob Sample", dt.date(1980, 1, 2), "suspect"),)),
    Q(postcode="CB1 2AD"),
]


def test_the_fast_look_up_finds_what_the_reference_finds_for_every_way_of_asking(
    db: Database, private_folders: Path
) -> None:
    _history(db)
    seen = []
    for query in QUERIES:
        fast, reference = _both(db, query)
        assert fast == reference, query
        seen.append(fast)
    exact, _possible, summary, _people = seen[0]
    # The comparison is not of empty answers: the number's four calls, newest first, with
    # every banner fact.
    assert [c.incident_ref for c in exact] == ["S-0", "S-1", "S-2", "S-3"]  # type: ignore[attr-defined]
    assert exact[0].markers == ("high_risk_da_victim", "weapons")  # type: ignore[index]
    assert exact[2].markers == ("marac",)  # type: ignore[index]
    assert exact[0].phone == "07700 900321"  # type: ignore[index]
    assert summary.serial_perpetrators == ("Bob Sample",)  # type: ignore[attr-defined]
    assert summary.last_risk_level == "high" and summary.children_previously_present  # type: ignore[attr-defined]
    assert {n.kind for n in summary.safety_notes} == {"codeword", "safety_plan"}  # type: ignore[attr-defined]
    assert seen[1] == seen[2] == seen[3] == seen[0]  # the number however typed
    assert seen[6][0] == () and seen[6][2].first_call  # type: ignore[index]
    assert seen[10][0] == () and seen[10][1]  # type: ignore[index]


def test_the_service_shows_the_reference_answer_audits_it_and_the_chain_verifies(
    db: Database, private_folders: Path
) -> None:
    handler = _handler(db)
    _history(db)
    for query in QUERIES[:4] + QUERIES[8:12]:
        shown = history.find_previous_calls(db, handler, query, now=NOW)
        _fast, (exact, possible, summary, people) = _both(db, query)
        assert (shown.exact, shown.possible, shown.summary, shown.person_matches) == (
            exact,
            possible,
            summary,
            people,
        )
    with db.read() as session:
        consulted = session.execute(
            select(AuditEvent.entity_id).where(AuditEvent.action == "consultation")
        ).scalars()
        assert list(consulted)[:4] == ["+447700900321"] * 4
    result = audit.verify(db)
    assert result.ok, result.problem


def test_on_a_seeded_history_the_fast_look_up_matches_for_numbers_addresses_and_the_worst_case(
    db: Database, private_folders: Path
) -> None:
    seed(db, WORST_CASE_FROM, seed=11)
    samples = sample_queries(db, 25, seed=3)
    queries = [s.query for kind in samples for s in samples[kind]]
    queries += [Q(phone=WORST_CASE_NUMBER), Q(phone="+44 7700 900500"), Q(phone="07700 900999")]
    listed = 0
    for query in queries:
        fast, reference = _both(db, query)
        assert fast == reference, query
        listed += len(fast[0])  # type: ignore[index]
    worst, _reference = _both(db, Q(phone=WORST_CASE_NUMBER), limit=200)
    assert worst == _reference
    assert len(worst[0]) == 200 and worst[2].total_incidents == 500  # type: ignore[index]
    assert listed > 100


def test_a_number_typed_as_digits_is_read_as_libphonenumber_reads_it() -> None:
    rng = random.Random(5)
    numbers = [n.replace(" ", "") for n in rng.sample(DRAMA_NUMBERS, 300)]  # Ofcom's ranges
    numbers += ["0" + str(rng.randint(1_000_000_000, 9_999_999_999)) for _ in range(400)]
    numbers += ["0180020" + str(rng.randint(1000, 9999)), "07700 9003"]
    for national in numbers:
        for typed in (national, f" {national[:5]} {national[5:]} ", "+44" + national[1:],
                      "+44 " + national[1:], "0" + national, "+44 0" + national[1:]):  # fmt: skip
            expected = normalise_phone(typed)
            assert phone_e164(typed) == (expected.e164 if expected else None), typed
        e164 = "+44" + national[1:]
        assert display_phone(e164) == format_phone(e164), e164
    for odd in ("", "999", "abc", "+1 202 555 0100", "07700-900-321", "٠٧٧٠٠٩٠٠٣٢١", "0" * 600):
        expected = normalise_phone(odd)
        assert phone_e164(odd) == (expected.e164 if expected else None), odd
    assert display_phone("+12025550100") == format_phone("+12025550100")


def test_a_stored_time_is_read_and_written_as_before(db: Database) -> None:
    with db.driver_transaction(write=False) as driver:
        raw = Raw(driver, db.backend)
        raw.close()
    for when in (NOW, dt.datetime(9999, 12, 31, tzinfo=dt.UTC), NOW + dt.timedelta(microseconds=7)):
        naive = when.replace(tzinfo=None)
        stamp = raw.stamp(when)
        assert stamp == (naive.strftime("%Y-%m-%d %H:%M:%S.%f") if raw.sqlite else naive)
        assert aware(stamp) == when
    for text in ("2026-11-01 12:00:00", "2026-11-01 12:00:00.000000", "2026-11-01T12:00:00.5"):
        assert aware(text) == dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)

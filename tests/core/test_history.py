"""Previous calls for a number, an address and the people of a call."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from builders import NOW, add_incident
from callhandler.services import accounts, history
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from signin_helpers import PASSWORD

Q = history.HistoryQuery


@pytest.fixture
def handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


@pytest.fixture
def mill_road(db: Database) -> Database:
    """A repeat victim at Flat 2, 14 Mill Road: three DA calls, a marker, children once."""
    victim = ("victim", "Jane Example", dt.date(1990, 5, 17))
    suspect = ("suspect", "John Example", dt.date(1988, 1, 2))
    add_incident(
        db,
        "A-1",
        days_ago=400,
        phone="07700 900123",
        address="Flat 2, 14 Mill Road",
        postcode="CB1 2AD",
        risk_level="medium",
        people=[victim, suspect],
    )
    add_incident(
        db,
        "A-2",
        days_ago=120,
        phone="07700900123",
        address="14 Mill Rd Flat 2",
        postcode="cb12ad",
        risk_level="high",
        children=True,
        people=[victim, suspect],
        markers=[("address", "high_risk_da_victim"), ("phone", "marac")],
    )
    add_incident(
        db,
        "A-3",
        days_ago=30,
        phone="+44 7700 900123",
        address="2/14 Mill Road",
        postcode="CB1 2AD",
        risk_level="standard",
        people=[victim, suspect],
    )
    add_incident(
        db,
        "B-1",
        days_ago=10,
        phone="07700 900555",
        address="99 Other Street",
        postcode="CB4 1AA",
        category="theft",
        domestic_abuse=False,
        people=[("victim", "Someone Else")],
    )
    # the same suspect with an unconnected victim elsewhere: a serial perpetrator
    add_incident(
        db,
        "C-1",
        days_ago=200,
        phone="01632 960001",
        address="7 Far Lane",
        postcode="PE1 1AA",
        people=[("victim", "Ann Other"), suspect],
    )
    return db


def test_number_typed_any_way_finds_every_call_newest_first(
    mill_road: Database, handler: Actor
) -> None:
    for typed in ("07700 900123", "+44 (0)7700 900 123", "0044 7700 900123"):
        result = history.find_previous_calls(mill_road, handler, Q(phone=typed), now=NOW)
        assert [c.incident_ref for c in result.exact] == ["A-3", "A-2", "A-1"]
        assert all("phone" in c.matched_on and c.score == 100 for c in result.exact)


def test_summary_banners(mill_road: Database, handler: Actor) -> None:
    s = history.find_previous_calls(mill_road, handler, Q(phone="07700 900123"), now=NOW).summary
    assert (s.total_incidents, s.incidents_12m, s.domestic_abuse_12m) == (3, 2, 2)
    assert s.repeat_victim and s.children_previously_present and s.marac_case
    assert s.last_risk_level == "standard"
    assert s.marker_types == ("high_risk_da_victim", "marac")
    assert s.serial_perpetrators == ("John Example",)
    assert not s.first_call


def test_address_variants_match_exactly(mill_road: Database, handler: Actor) -> None:
    result = history.find_previous_calls(
        mill_road, handler, Q(address="flat 2 14 mill rd", postcode="CB1 2AD"), now=NOW
    )
    assert [c.incident_ref for c in result.exact] == ["A-3", "A-2", "A-1"]
    assert result.summary.marker_types[0] == "high_risk_da_victim"


def test_a_typo_is_a_possible_match_never_an_exact_one(mill_road: Database, handler: Actor) -> None:
    result = history.find_previous_calls(
        mill_road, handler, Q(address="Flat 2 14 Mil Road"), now=NOW
    )
    assert result.exact == ()
    assert {c.incident_ref for c in result.possible} == {"A-1", "A-2", "A-3"}
    assert all(c.matched_on == ("address_fuzzy",) and 80 <= c.score < 100 for c in result.possible)
    assert result.summary.first_call  # banners come from exact matches only


def test_people_named_in_the_call_are_matched(mill_road: Database, handler: Actor) -> None:
    exact = history.find_previous_calls(
        mill_road,
        handler,
        Q(people=(history.PersonQuery("jane  EXAMPLE", dt.date(1990, 5, 17)),)),
        now=NOW,
    )
    assert [c.incident_ref for c in exact.exact] == ["A-3", "A-2", "A-1"]
    no_dob = history.find_previous_calls(
        mill_road, handler, Q(people=(history.PersonQuery("Jane Example"),)), now=NOW
    )
    assert no_dob.exact == () and len(no_dob.possible) == 3


def test_first_call_and_bad_input_are_clear_answers(mill_road: Database, handler: Actor) -> None:
    for query in (
        Q(),
        Q(phone="07700 900999"),
        Q(address="ab"),
        Q(phone="not a number"),
        Q(address="x" * 10_000),
        Q(address="'; DROP TABLE incidents; --"),
        Q(address="שלום 14 רחוב"),
        Q(address="🏠🔪 14 Mill"),
        Q(phone="0" * 10_000),
    ):
        result = history.find_previous_calls(mill_road, handler, query, now=NOW)
        assert result.exact == ()
        assert result.summary.first_call
    bad = history.find_previous_calls(mill_road, handler, Q(phone="all letters"), now=NOW)
    assert "not a telephone number" in bad.query.problems[0]
    with mill_road.read() as session:
        assert session.execute(select(func.count()).select_from(AuditEvent)).scalar_one() > 0
    again = history.find_previous_calls(mill_road, handler, Q(phone="07700 900123"), now=NOW)
    assert len(again.exact) == 3  # nothing was damaged by the nasty input


def test_every_lookup_is_an_audited_consultation(mill_road: Database, handler: Actor) -> None:
    history.find_previous_calls(mill_road, handler, Q(phone="07700 900123"), now=NOW)
    with mill_road.read() as session:
        event = session.execute(
            select(AuditEvent.username, AuditEvent.workstation, AuditEvent.entity_id).where(
                AuditEvent.action == "consultation"
            )
        ).one()
    assert tuple(event) == ("h1", "ws-1", "+447700900123")


def test_expired_markers_are_not_shown(db: Database, handler: Actor) -> None:
    add_incident(
        db,
        "M-1",
        days_ago=5,
        phone="07700 900777",
        markers=[("phone", "weapons")],
        marker_expires_days=-1,
    )
    add_incident(db, "M-2", days_ago=4, phone="07700 900777", markers=[("phone", "officer_safety")])
    s = history.find_previous_calls(db, handler, Q(phone="07700 900777"), now=NOW).summary
    assert s.marker_types == ("officer_safety",)


def test_an_address_typed_without_its_postcode_is_a_possible_match(
    mill_road: Database, handler: Actor
) -> None:
    result = history.find_previous_calls(
        mill_road, handler, Q(address="14 Mill Road flat 2"), now=NOW
    )
    assert result.exact == ()
    assert {c.incident_ref for c in result.possible} == {"A-1", "A-2", "A-3"}
    assert {c.score for c in result.possible} == {95.0}

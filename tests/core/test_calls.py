"""Opening incidents from the new-call form through the service layer."""

from __future__ import annotations

import pytest

from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import accounts, audit, calls
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from signin_helpers import PASSWORD


@pytest.fixture
def handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def test_new_call_creates_incident_with_people_and_normalised_number(db: Database, handler) -> None:
    row = calls.open_incident(
        db,
        handler,
        calls.NewCall(
            phone="+44 (0)7700 900 123",
            address="Flat 2, 14 Mill Rd",
            postcode="cb12ad",
            caller_name="Jane Example",
            victim_name="Jane Example",
            suspect_name="John Example",
        ),
    )
    assert row.ref.startswith("CH")
    assert row.phone == "07700 900123"
    assert row.postcode == "CB1 2AD"
    assert (row.caller, row.victim, row.suspect) == ("Jane Example", "Jane Example", "John Example")
    listed = calls.shift_incidents(db, handler)
    assert [r.ref for r in listed] == [row.ref]
    # the same caller phoning again reuses the same number and person records
    again = calls.open_incident(
        db, handler, calls.NewCall(phone="07700900123", victim_name="JANE  example")
    )
    assert again.ref != row.ref
    assert again.phone == row.phone


def test_bad_form_is_refused_with_every_problem_named(db: Database, handler) -> None:
    with pytest.raises(BadInput) as err:
        calls.open_incident(db, handler, calls.NewCall(phone="call me maybe", postcode="XX"))
    assert "telephone number" in str(err.value)
    assert "postcode" in str(err.value)
    assert calls.shift_incidents(db, handler) == []


def test_empty_form_needs_number_or_address(db: Database, handler) -> None:
    problems = calls.check_new_call(calls.NewCall())
    assert [p.field for p in problems] == ["phone"]


def test_injection_and_unicode_are_stored_as_typed(db: Database, handler) -> None:
    nasty = "Robert'); DROP TABLE incidents;-- Zoë Ñúñez 👩"
    row = calls.open_incident(
        db, handler, calls.NewCall(address="1 Test Street", victim_name=nasty)
    )
    assert row.victim == nasty
    assert calls.shift_incidents(db, handler)[0].victim == nasty


def test_handlers_cannot_see_the_control_room_list(db: Database, handler) -> None:
    with pytest.raises(PermissionDenied):
        calls.control_room_incidents(db, handler)


def test_every_create_and_login_is_audited_in_an_intact_chain(db: Database, handler) -> None:
    calls.open_incident(db, handler, calls.NewCall(phone="07700 900001"))
    result = audit.verify(db)
    assert result.ok
    # user created, login, incident created
    assert result.events_checked == 3

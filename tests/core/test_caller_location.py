"""The caller's location on the new-call form (issue 16): words, a grid reference or
coordinates; malformed references refused with one message saying how to write them."""

from __future__ import annotations

import pytest

from callhandler.domain.caller_location import parse_caller_location
from callhandler.errors import BadInput
from callhandler.services import calls, signoff
from callhandler.services.briefing import briefing_text, build_briefing
from callhandler.services.calls import NewCall, check_new_call
from callhandler.storage.engine import Database
from closure_helpers import make_staff


def test_words_alone_are_kept_as_typed() -> None:
    where = parse_caller_location("  in the car park   behind the Co-op, No 12 ")
    assert where.text == "in the car park behind the Co-op, No 12"
    assert where.grid_reference is None and where.coordinates is None
    assert where.describe() == where.text


@pytest.mark.parametrize(
    ("typed", "grid"),
    [
        ("TL 45123 57890", "TL 45123 57890"),
        ("tl4512357890", "TL 45123 57890"),
        ("by the lock gates, SU 123 456", "SU 123 456"),
        ("field gate TQ3080", "TQ 30 80"),
    ],
)
def test_a_grid_reference_is_recognised_and_normalised(typed: str, grid: str) -> None:
    assert parse_caller_location(typed).grid_reference == grid


def test_coordinates_are_recognised() -> None:
    where = parse_caller_location("on the towpath 52.2053, 0.1218")
    assert (where.latitude, where.longitude) == (52.2053, 0.1218)
    assert where.describe() == "on the towpath 52.2053, 0.1218 (lat/long 52.20530, 0.12180)"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("TL 4512 578", "two halves with the same number of digits"),
        ("TL 451235789", "two halves with the same number of digits"),
        ("XZ 45123 57890", "XZ is not an Ordnance Survey 100 km square"),
        ("0.1218, 52.2053", "Give latitude first, then longitude, e.g. 52.2053, 0.1218"),
        ("TL 45123 57890 and SU 123 456", "give one grid reference"),
    ],
)
def test_a_malformed_reference_is_refused_with_how_to_write_it(typed: str, says: str) -> None:
    with pytest.raises(ValueError, match=says) as refused:
        parse_caller_location(typed)
    assert str(refused.value).startswith("Caller's location: ")


def test_the_new_call_check_names_the_location_field() -> None:
    problems = check_new_call(NewCall(phone="07700 900123", caller_location="TL 4512 578"))
    assert [p.field for p in problems] == ["caller_location"]
    assert "e.g. TL 45123 57890" in problems[0].message
    said = problems[0].said  # a catalogue message: the window shows it in Welsh too
    assert said is not None and said.message.id == "call.location_not_a_grid"
    assert check_new_call(NewCall(phone="07700 900123", caller_location="TL 45123 57890")) == []


def test_the_location_is_stored_with_the_call_corrected_and_carried_to_the_briefing(
    db: Database,
) -> None:
    staff = make_staff(db)
    call = NewCall(
        phone="07700 900321",
        address="3 Test Street",
        postcode="CB1 2AD",
        victim_name="Jane Example",
        caller_location="phone box on the green, tl 45123 57890",
    )
    row = calls.open_incident(db, staff.handler, call)
    assert row.caller_location == "phone box on the green, tl 45123 57890"
    [listed] = calls.shift_incidents(db, staff.handler)
    assert listed.caller_location == row.caller_location

    review = signoff.review(db, staff.inspector, row.id)
    assert review.caller_location == "phone box on the green, tl 45123 57890"
    text = briefing_text(build_briefing(db, staff.handler, row.id))
    assert "Caller is at: phone box on the green" in text
    assert "TL 45123 57890" in text.replace("\n", " ")

    moved = NewCall(**{**call.__dict__, "caller_location": "52.2053, 0.1218"})
    corrected = calls.update_call_details(db, staff.handler, row.id, row.version, moved)
    assert corrected.caller_location == "52.2053, 0.1218"
    with pytest.raises(BadInput, match="Give latitude first"):
        bad = NewCall(**{**call.__dict__, "caller_location": "0.1218, 52.2053"})
        calls.update_call_details(db, staff.handler, row.id, corrected.version, bad)
    [listed] = calls.shift_incidents(db, staff.handler)
    assert listed.caller_location == "52.2053, 0.1218"


def test_correcting_the_location_after_a_return_counts_as_a_change(db: Database) -> None:
    from callhandler.services import lifecycle
    from closure_helpers import PASSWORD, new_incident, to_awaiting_sign_off

    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    version = signoff.return_to_handler(
        db, staff.inspector, row.id, version, reason="Where was the caller?", password=PASSWORD
    )
    version = lifecycle.start_closure(db, staff.handler, row.id, version)
    with pytest.raises(BadInput):  # nothing changed and no reason: refused
        lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    current = calls.shift_incidents(db, staff.handler)[0]
    call = NewCall(
        phone=current.phone,
        address=current.address,
        postcode=current.postcode,
        victim_name=current.victim,
        suspect_name=current.suspect,
        caller_location="at the neighbour's, No 5",
    )
    corrected = calls.update_call_details(db, staff.handler, row.id, current.version, call)
    lifecycle.submit_for_sign_off(db, staff.handler, row.id, corrected.version)  # accepted
    assert signoff.review(db, staff.inspector, row.id).resubmitted_unchanged is False

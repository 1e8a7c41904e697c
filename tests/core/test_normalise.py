"""Numbers, postcodes, addresses and names as handlers type them reduce to one key."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from callhandler.domain.normalise import (
    address_key,
    name_key,
    normalise_phone,
    normalise_postcode,
)

SAME_NUMBER = [
    ("+44 (0)7700 900 123", "07700900123"),
    ("0044 7700 900123", "07700 900123"),
    ("07700-900-123", "+447700900123"),
    ("(07700) 900123", "7700 900123 "),
    ("020 7946 0000", "+44 20 7946 0000"),
    ("02079460999", "0044 (0)20 7946 0999"),
    ("01632 960001", "+44 1632 960001"),
    ("01632-960-001", "(01632) 960001"),
    ("tel: 07700 900500", "07700900500"),
    ("+44 7700 900 999", "07700 900999"),
]
DIFFERENT_NUMBER = [
    ("07700 900123", "07700 900124"),
    ("020 7946 0000", "01632 960000"),
    ("07700 900123", "+33 7700 900123"),
    ("01632 960001", "01632 960010"),
    ("020 7946 0001", "020 7946 0010"),
]
SAME_ADDRESS = [
    ("Flat 2, 14 Mill Road", "14 Mill Rd Flat 2"),
    ("Flat 2, 14 Mill Road", "2/14 Mill Road"),
    ("flat 2 14 mill rd", "FLAT 2, 14, MILL ROAD."),
    ("Apt 2, 14 Mill Road", "Flat 2 14 Mill Road"),
    ("14b Mill Road", "14B MILL RD"),
    ("3 Station St", "3 station street"),
    ("7 Orchard Cl", "7 Orchard Close"),
    ("12 Kings Ct", "12 Kings Court"),
    ("5 Park Ave", "5 Park Avenue"),
    ("8 Rose Gdns", "8 Rose Gardens"),
    ("1 High St, CB1 2AD", "1 High Street cb12ad"),
    ("10 Church Ln", "10  church   lane"),
    ("Flat 10, 1 The Crescent", "10/1 The Crescent"),
    ("22 St. John's Tce", "22 St Johns Terrace"),
    ("4 Meadow Dr", "4 Meadow Drive"),
    ("6 Elm Gr", "6 Elm Grove"),
    ("No. 9 Mill Lane", "9 Mill Lane"),
    ("Flat 3 Rose House, 2 Hill Rd", "Rose House Flat 3, 2 Hill Road"),
    ("11 Orchard Pl", "11 orchard place"),
    ("Café 1, Zoë Street", "CAFE 1 ZOE STREET"),
]
DIFFERENT_ADDRESS = [
    ("Flat 2, 14 Mill Road", "Flat 3, 14 Mill Road"),
    ("14 Mill Road", "14a Mill Road"),
    ("14 Mill Road", "41 Mill Road"),
    ("14 Mill Road", "14 Mill Lane"),
    ("Flat 2, 14 Mill Road", "14 Mill Road"),
    ("3 Station Street", "3 Station Road"),
    ("1 High Street, CB1 2AD", "1 High Street, PE1 1AA"),
    ("2/14 Mill Road", "14/2 Mill Road"),
]


@pytest.mark.parametrize(("a", "b"), SAME_NUMBER)
def test_same_number(a: str, b: str) -> None:
    na, nb = normalise_phone(a), normalise_phone(b)
    assert na is not None and na == nb


@pytest.mark.parametrize(("a", "b"), DIFFERENT_NUMBER)
def test_different_number(a: str, b: str) -> None:
    assert normalise_phone(a) != normalise_phone(b)


@pytest.mark.parametrize(("a", "b"), SAME_ADDRESS)
def test_same_address(a: str, b: str) -> None:
    assert address_key(a) == address_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ADDRESS)
def test_different_address(a: str, b: str) -> None:
    assert address_key(a) != address_key(b)


def test_there_are_enough_variant_pairs() -> None:
    assert len(SAME_NUMBER + DIFFERENT_NUMBER + SAME_ADDRESS + DIFFERENT_ADDRESS) >= 30


def test_drama_numbers_are_kept_though_not_valid() -> None:
    number = normalise_phone("07700 900123")
    assert number is not None and number.e164 == "+447700900123" and not number.valid


@pytest.mark.parametrize("short", ["999", "112", "101", "1 0 1", "+999"])
def test_short_codes_are_not_subscriber_numbers(short: str) -> None:
    assert normalise_phone(short) is None


@pytest.mark.parametrize(
    ("typed", "formatted", "valid"),
    [
        ("cb12ad", "CB1 2AD", True),
        (" sw1a 1aa ", "SW1A 1AA", True),
        ("PE11AA", "PE1 1AA", True),
        ("M1 1AE", "M1 1AE", True),
        ("QQ1 1QQ", "QQ1 1QQ", False),
        ("not a postcode", "not a postcode", False),
    ],
)
def test_postcodes(typed: str, formatted: str, valid: bool) -> None:
    pc = normalise_postcode(typed)
    assert pc is not None and (pc.text, pc.valid) == (formatted, valid)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Anne-Marie O'Brien", "anne marie obrien"),
        ("  JOHN   SMITH ", "John Smith"),
        ("Zoë Ñúñez", "zoe nunez"),
        ("Mary-Jane", "mary jane"),
    ],
)
def test_names_tolerate_case_hyphens_and_spacing(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_normalisers_never_raise_on_any_text(text: str) -> None:
    normalise_phone(text)
    normalise_postcode(text)
    address_key(text, text)
    name_key(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
@example("A¼ß:0")  # a postcode that only appears once punctuation is gone
def test_normalisers_are_idempotent(text: str) -> None:
    key = address_key(text)
    assert address_key(key) == key
    assert name_key(name_key(text)) == name_key(text)
    number = normalise_phone(text)
    if number is not None:
        assert normalise_phone(number.e164) == number
    postcode = normalise_postcode(text)
    if postcode is not None and postcode.valid:
        assert normalise_postcode(postcode.text) == postcode


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(
        r"(Flat|flat|FLAT|Apt) [1-9][0-9]?, [1-9][0-9]{0,2} [A-Z][a-z]{2,8} (Road|Rd|Street|St)",
        fullmatch=True,
    )
)
@example("Flat 1, 1 Apt Road")  # "Apt" is also a street name, not always a flat
def test_flat_first_and_flat_last_agree(address: str) -> None:
    flat_part, rest = address.split(", ", 1)
    assert address_key(address) == address_key(f"{rest} {flat_part}")

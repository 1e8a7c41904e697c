"""Names typed in a call are stored without control, bidi or zero-width characters, and
JSON from a file or a person is read with bounds (callhandler.safe_json)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from callhandler import safe_json
from callhandler.domain.normalise import clean_line, name_key
from callhandler.services import accounts, calls
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, Person

INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\ufeff"
CONTROL = "".join(chr(c) for c in range(32)) + "\x7f\x85"
PASSWORD = "Tawny-Owl-Lantern-93"  # long, not common, not the username


@pytest.fixture
def handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "clean1", "Clean One", "handler", PASSWORD)
    return accounts.authenticate(db, "clean1", PASSWORD, "ws-1", failure_delay_s=0)


def test_clean_line_drops_what_makes_text_print_unlike_it_compares() -> None:
    assert clean_line("Jo\u202ehn\u200b  Smith", 200) == "John Smith"
    assert clean_line("CH2024\u2066-0001\x07", 40) == "CH2024-0001"
    assert clean_line("Ann\nMarie\tO'Neil\u2028Jr", 200) == "Ann Marie O'Neil Jr"
    assert clean_line("\ufeff\u200d", 200) == ""
    assert clean_line("Zoë Ångström-Ó Briain", 200) == "Zoë Ångström-Ó Briain"


@given(st.text())
def test_clean_line_leaves_no_invisible_or_control_character_and_is_idempotent(
    text: str,
) -> None:
    cleaned = clean_line(text, 200)
    assert not any(c in INVISIBLE or c in CONTROL for c in cleaned)
    assert clean_line(cleaned, 200) == cleaned
    assert len(cleaned) <= 200


def test_names_typed_in_a_new_call_are_stored_clean(db: Database, handler: Actor) -> None:
    row = calls.open_incident(
        db,
        handler,
        calls.NewCall(
            phone="07700 900123",
            caller_name="Jane\u202e Exa\u200bmple",
            victim_name="Jane\tExample",
            suspect_name="\u2066John\x1b Example\u2069",
        ),
    )
    assert (row.caller, row.victim, row.suspect) == ("Jane Example", "Jane Example", "John Example")
    with db.read() as session:
        names = sorted(session.execute(select(Person.name)).scalars())
    assert names == ["Jane Example", "John Example"]


def test_names_typed_in_a_correction_are_stored_clean(db: Database, handler: Actor) -> None:
    row = calls.open_incident(db, handler, calls.NewCall(phone="07700 900123"))
    with db.read() as session:
        version = session.execute(select(Incident.version_id).where(Incident.id == row.id)).scalar()
    corrected = calls.update_call_details(
        db,
        handler,
        row.id,
        version,
        calls.NewCall(phone="07700 900123", victim_name="Ann\u202e\nVictim\u200b"),
    )
    assert corrected.victim == "Ann Victim"
    assert name_key(corrected.victim) == "ann victim"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"weapon": "yes", "weapon": "no"}', "'weapon' appears more than once"),
        ('{"a": {"b": 1, "b": 2}}', "'b' appears more than once"),
        ("[" * 30_000 + "]" * 30_000, "nested more than 20 levels"),
        ("{" * 5 + "", "not valid JSON"),
        ('{"n": ' + "9" * 5000 + "}", "5,000 digits long"),
        ('{"n": -' + "9" * 50 + "}", "51 digits long"),
        ('{"n": 1' + "0" * 400 + ".5}", "characters long"),
        ('{"n": 1e400}', "too large"),
        ('{"n": Infinity}', "Infinity is not a number"),
    ],
)
def test_safe_json_refuses_with_a_reason(text: str, words: str) -> None:
    with pytest.raises(safe_json.JSONProblem, match=words.replace("(", r"\(")):
        safe_json.loads(text)


def test_safe_json_reads_ordinary_documents() -> None:
    text = '{"weapon": "yes", "count": 3, "ratio": 0.5, "tags": ["a", "[["], "n": null}'
    assert safe_json.loads(text) == {
        "weapon": "yes",
        "count": 3,
        "ratio": 0.5,
        "tags": ["a", "[["],
        "n": None,
    }
    assert safe_json.loads('"{{{{{{{{{{{{{{{{{{{{{{{{{{{{"') == "{" * 28  # brackets in text

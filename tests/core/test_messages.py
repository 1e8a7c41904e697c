"""The core's user-facing messages have ids the window translates (issue 15)."""

from __future__ import annotations

import ast
import pickle
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from callhandler import messages
from callhandler.domain.normalise import check_collar
from callhandler.errors import BadInput
from callhandler.services import closure
from callhandler.services.calls import NewCall, check_new_call
from closure_helpers import make_staff, new_incident, to_awaiting_sign_off

REPO = Path(__file__).resolve().parents[2]


def _uses() -> dict[str, list[str]]:
    """Every ``messages.NAME`` the core refers to, with where."""
    found: dict[str, list[str]] = {}
    for path in sorted((REPO / "callhandler").rglob("*.py")):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "messages"
            ):
                found.setdefault(node.attr, []).append(str(path.relative_to(REPO)))
    return found


def test_every_message_used_exists_and_at_least_forty_are_raised() -> None:
    uses = _uses()
    missing = {
        name: where
        for name, where in uses.items()
        if not isinstance(getattr(messages, name, None), messages.Message)
    }
    assert not missing, f"used but not in callhandler/messages.py: {missing}"
    assert len(uses) >= 40, sorted(uses)
    unused = {m.id for m in messages.catalogue().values()} - {
        getattr(messages, name).id for name in uses
    }
    assert not unused, f"defined but never raised (remove them): {sorted(unused)}"


def test_ids_are_unique_and_a_second_definition_is_refused() -> None:
    entries = messages.catalogue()
    defined = [v for v in vars(messages).values() if isinstance(v, messages.Message)]
    assert len({m.id for m in defined}) == len(defined) == len(entries)
    with pytest.raises(ValueError, match="defined twice"):
        messages.message("incident.missing", "Another text.")
    with pytest.raises(ValueError, match="area.what"):
        messages.message("NoDot", "Text.")


def test_an_error_is_english_for_the_command_line_and_carries_its_ids() -> None:
    with pytest.raises(BadInput) as caught:
        check_collar("constable")
    error = caught.value
    assert str(error) == (
        "'constable' is not a collar number: up to four letters then up to six digits, e.g. PC4521."
    )
    assert [s.id for s in error.said] == ["dispatch.not_a_collar"]
    assert error.said[0].params == {"text": "constable"}
    # Errors cross processes and the outbox as pickles or text: both keep the English.
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error) and again.said == error.said


def test_the_new_call_forms_problems_each_carry_a_message() -> None:
    problems = check_new_call(NewCall(phone="999", postcode="XX", victim_dob="31/02"))
    assert [(p.field, p.said.id if p.said else None) for p in problems] == [
        ("phone", "call.service_number"),
        ("victim_dob", "call.dob_not_a_date"),
        ("postcode", "call.not_a_postcode"),
    ]
    assert [p.message for p in problems] == [str(p.said) for p in problems]
    assert problems[1].message == (
        "'31/02' is not a date of birth: type it as day/month/year, e.g. 04/03/1991."
    )


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@pytest.mark.parametrize(
    "ts", sorted((REPO / "resources" / "translations").glob("callhandler_*.ts")), ids=str
)
def test_the_translations_core_context_matches_the_catalogue(ts: Path) -> None:
    """scripts/translations.py update wrote every id, and no translation uses a value the
    message does not have (the window would fall back to English)."""
    root = ET.parse(ts).getroot()
    core = next(c for c in root.iter("context") if c.findtext("name") == "core")
    found = {m.findtext("comment"): m for m in core.iter("message")}
    catalogue = messages.catalogue()
    assert set(found) == set(catalogue), "run: python scripts/translations.py update"
    for message_id, item in found.items():
        assert item.findtext("source") == catalogue[message_id].text, message_id
        text = item.findtext("translation") or ""
        if text:  # a translation may leave a value out (Welsh has no "a"/"an"), never add one
            assert _placeholders(text) <= _placeholders(catalogue[message_id].text), message_id


def test_a_refusal_of_a_frozen_incident_carries_its_ids(db) -> None:
    """The freeze is what a handler meets most after submitting: the refusal reads as it
    always did, and the window can translate each part of it."""
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    with pytest.raises(BadInput) as caught:
        closure.set_narrative(db, staff.handler, row.id, version, section="who", text="More words.")
    error = caught.value
    assert str(error) == (
        f"Incident {row.ref}: It is awaiting sign-off, so its narrative can no longer change "
        "until an inspector returns it; add a note saying what is wrong (or ask the inspector "
        "to return it to you)."
    )
    assert [s.id for s in error.said] == ["lifecycle.refused", "freeze.awaiting"]
    assert error.said[1].params == {"what": "narrative"}

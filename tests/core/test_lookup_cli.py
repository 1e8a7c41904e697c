"""``callhandler lookup --json`` as SPEC section 5 describes it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from builders import add_incident
from callhandler.cli import main
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as


@pytest.fixture(autouse=True)
def signed_in_handler(monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    sign_in_as(monkeypatch, db_url, "hand1", "handler")


def test_lookup_json_lists_matches_newest_first_with_a_summary(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.datetime.now(dt.UTC)
    days = (today - dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)).days
    add_incident(
        db,
        "L-1",
        days_ago=days + 40,
        phone="07700 900321",
        address="3 Quay Street",
        postcode="CB5 8AB",
        children=True,
        markers=[("address", "weapons")],
    )
    add_incident(
        db,
        "L-2",
        days_ago=days + 5,
        phone="07700 900321",
        address="3 Quay St",
        postcode="cb58ab",
        risk_level="high",
    )
    code = main(["lookup", "--phone", "+44 7700 900 321", "--json", "--db", db_url, "--quiet"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["query"]["phone"] == "+447700900321"
    assert [m["incident_ref"] for m in doc["matches"]] == ["L-2", "L-1"]
    first = doc["matches"][0]
    assert first["matched_on"] == ["phone"] and first["score"] == 100 and first["match"] == "exact"
    assert {
        "opened_at",
        "domestic_abuse",
        "grade",
        "risk_level",
        "children_present",
        "markers",
    } <= set(first)
    assert doc["matches"][1]["markers"] == ["weapons"]
    summary = doc["summary"]
    assert (summary["incidents_12m"], summary["domestic_abuse_12m"]) == (2, 2)
    assert summary["repeat_victim"] is True
    assert summary["children_previously_present"] is True
    assert [m["type"] for m in summary["markers"]] == ["weapons"]


def test_lookup_needs_something_to_look_for(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lookup", "--json", "--db", db_url]) == 2
    assert "Give --phone, --address or --name" in capsys.readouterr().err


def test_lookup_with_a_bad_date_of_birth_is_bad_input(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lookup", "--name", "Jane Example", "--dob", "17/05/1990", "--db", db_url]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err

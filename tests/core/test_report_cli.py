"""``callhandler report NAME [--json|--csv]``: the oversight lists on the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from builders import add_incident
from callhandler.cli import main
from callhandler.services import trigger_events
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as


@pytest.fixture(autouse=True)
def signed_in_inspector(monkeypatch: pytest.MonkeyPatch, db_url: str) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")


def test_serial_perpetrators_as_json_and_csv(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.datetime.now(dt.UTC)
    suspect = ("suspect", "Vic Serial", dt.date(1980, 1, 1))
    add_incident(
        db,
        "R-1",
        days_ago=40,
        now=today,
        phone="07700 900601",
        address="1 North Way",
        postcode="CB1 1AA",
        people=[("victim", "Ann One"), suspect],
    )
    add_incident(
        db,
        "R-2",
        days_ago=10,
        now=today,
        phone="07700 900602",
        address="9 South Way",
        postcode="CB2 2BB",
        people=[("victim", "Bea Two"), suspect],
    )
    assert main(["report", "serial-perpetrators", "--json", "--db", db_url]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["report"] == "serial-perpetrators"
    assert [row["name"] for row in document["rows"]] == ["Vic Serial"]
    assert main(["report", "serial-perpetrators", "--csv", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",") == document["columns"] and "Vic Serial" in lines[1]


def test_an_unknown_report_lists_the_valid_names(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "everything", "--db", db_url]) == 2
    assert "repeat-victims" in capsys.readouterr().err


def test_reassessment_due_as_csv_and_json(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = Actor(None, "hand", "Handler Hale", "handler", "ws")
    incident = add_incident(
        db, "RD-1", days_ago=3, now=dt.datetime.now(dt.UTC), people=[("victim", "Nell Oak")]
    )
    today = dt.datetime.now(dt.UTC).date()
    for days, kind in ((3, "court_date"), (30, "order_expiry")):
        trigger_events.record_trigger_event(
            db,
            handler,
            kind=kind,
            due_on=today + dt.timedelta(days=days),
            incident_id=incident,
            note="Hearing at 10:00, court 3",
        )

    assert main(["report", "reassessment-due", "--json", "--db", db_url]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["title"] == "Risk reassessment due"
    [row] = document["rows"]  # the order expiring in 30 days is not due this week
    assert (row["kind"], row["subject"], row["incident_ref"], row["days_until_due"]) == (
        "court_date",
        "Nell Oak",
        "RD-1",
        3,
    )
    assert row["due_on"] == (today + dt.timedelta(days=3)).isoformat()

    assert main(["report", "reassessment-due", "--csv", "--db", db_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split(",") == document["columns"]
    assert len(lines) == 2 and "Nell Oak" in lines[1] and "court_date" in lines[1]

"""``callhandler report NAME [--json|--csv]``: the oversight lists on the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from builders import add_incident
from callhandler.cli import main
from callhandler.storage.engine import Database


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

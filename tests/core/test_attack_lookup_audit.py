"""Attacks on the look-up's audit (red team): a look-up by UPRN alone (``callhandler lookup
--uprn N --name .``: a name of punctuation normalises to nothing) listed the address's
incidents with no consultation audited, because the audit was skipped whenever the number,
the address and the names normalised to nothing, though the UPRN still searched. Every
look-up that searched something is audited, SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_history_fast import _consultations, _handler

from builders import add_incident
from callhandler.cli import main
from callhandler.services import audit, history
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as

UPRN = "100090000123"


def _at_the_uprn(db: Database) -> None:
    for n in range(3):
        add_incident(
            db,
            f"U-{n}",
            days_ago=20 + n,
            address="4 Quarry Row",
            postcode="CB1 2AD",
            uprn=UPRN,
        )


def test_a_look_up_by_uprn_alone_is_audited(db: Database, private_folders: Path) -> None:
    handler = _handler(db)
    _at_the_uprn(db)
    result = history.find_previous_calls(
        db, handler, history.HistoryQuery(uprn=UPRN, people=(history.PersonQuery("."),))
    )
    assert len(result.exact) == 3
    [event] = _consultations(db)
    assert json.loads(event.detail)["uprn"] == UPRN and json.loads(event.detail)["exact"] == 3
    assert event.entity_id == f"UPRN {UPRN}" and event.username == "h1"
    assert audit.verify(db).ok


def test_the_command_line_cannot_look_up_a_uprn_unaudited(
    db: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _at_the_uprn(db)
    sign_in_as(monkeypatch, db_url, "hand1", "handler")
    assert main(["lookup", "--uprn", UPRN, "--name", ".", "--json", "--db", db_url]) == 0
    assert "U-0" in capsys.readouterr().out
    [event] = _consultations(db)
    assert event.username == "hand1" and json.loads(event.detail)["uprn"] == UPRN

"""``callhandler qa sample``, ``qa compliance`` and ``report qa-compliance`` on the command
line: signed-in inspectors, options before or after the command, text, JSON and CSV."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from callhandler.cli import main
from callhandler.services import accounts, qa
from callhandler.storage.engine import Database
from qa_history import WEEK, add_handler, all_compliant, seeded_history
from signin_helpers import PASSWORD, sign_in_as


def test_a_week_drawn_with_the_setting_and_repeated_from_its_seed(
    db: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")
    add_handler(db, "h1")
    seeded_history(db, ["h1"], calls_each=12)
    monkeypatch.setenv("CALLHANDLER_QA_SAMPLE", "4")
    week = (WEEK + dt.timedelta(days=2)).isoformat()

    assert main(["--db", db_url, "qa", "sample", "--week", week, "--seed", "5", "--json"]) == 0
    kept = json.loads(capsys.readouterr().out)
    assert kept["kept"] and kept["per_handler"] == 4 and len(kept["calls"]) == 4
    assert kept["week_start"] == WEEK.isoformat() and kept["seed"] == 5

    assert main(["qa", "sample", "--week", week, "--seed", "5", "--dry-run", "--db", db_url]) == 0
    text = capsys.readouterr().out
    assert "4 of 12 finalised domestic-abuse calls drawn, 4 per handler, seed 5" in text
    assert all(call["ref"] in text for call in kept["calls"])

    assert main(["qa", "sample", "--week", week, "--db", db_url]) == 2
    assert "already drawn by insp1 (seed 5)" in capsys.readouterr().err


def test_a_bad_week_or_a_handler_is_refused_in_one_line(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sign_in_as(monkeypatch, db_url, "hand1", "handler")
    assert main(["qa", "sample", "--week", "last tuesday", "--db", db_url]) == 2
    assert "give it as YYYY-MM-DD" in capsys.readouterr().err
    assert main(["qa", "sample", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "handler" in err and "Traceback" not in err


def test_compliance_report_as_text_json_and_csv(
    db: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")
    add_handler(db, "h1")
    inspector = accounts.authenticate(db, "insp1", PASSWORD, "ws", failure_delay_s=0)
    this_week = dt.datetime.now(dt.UTC).date()
    seeded_history(db, ["h1"], calls_each=2, week=qa.qa.week_start(this_week))
    sample = qa.draw_weekly_sample(db, inspector, week=this_week, seed=2, per_handler=2)
    first, second = (c.id for c in sample.calls)
    qa.save_review(db, inspector, first, all_compliant())
    missed = {"briefing_given": ("not_compliant", "No briefing recorded.")}
    qa.save_review(db, inspector, second, all_compliant() | missed)

    assert main(["report", "qa-compliance", "--db", db_url]) == 0
    text = capsys.readouterr().out
    assert "QA compliance for the team (every handler)" in text and "2 review(s)" in text
    assert "briefing_given" in text and " 50.0 %" in text
    assert "Most often missed: briefing_given" in text

    assert (
        main(["qa", "compliance", "--handler", "h1", "--weeks", "2", "--json", "--db", db_url]) == 0
    )
    document = json.loads(capsys.readouterr().out)
    assert document["scope"] == "h1" and len(document["weeks"]) == 2
    overall = {i["item"]: i["percent"] for i in document["overall"]}
    assert overall["briefing_given"] == 50.0 and overall["dash_completed"] == 100.0

    assert main(["--db", db_url, "report", "qa-compliance", "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "week_start,item,percent,reviewed,missed"
    assert f"{qa.qa.week_start(this_week)},briefing_given,50.0,2,1" in rows

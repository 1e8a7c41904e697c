"""Attacks on ``callhandler qa sample`` from the command line (red team): a size of 0 is
refused like any other size out of range (it was silently replaced by the setting), and a
week that has not begun is refused in one line (9999-12-31 was an OverflowError; a future
week could be drawn and kept empty, blocking its real draw)."""

from __future__ import annotations

import datetime as dt

import pytest

from callhandler.cli import main
from signin_helpers import sign_in_as


def test_a_sample_of_zero_calls_is_refused_not_replaced_by_the_setting(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")
    assert main(["qa", "sample", "--size", "0", "--dry-run", "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "The sample size must be 1 to 50 calls per handler" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("week", ["9999-12-31", "next"])
def test_a_week_that_has_not_begun_is_refused_in_one_line(
    week: str,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")
    if week == "next":
        week = (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=8)).isoformat()
    assert main(["qa", "sample", "--week", week, "--db", db_url]) == 2
    err = capsys.readouterr().err
    assert "has not begun" in err and "unexpected error" not in err
    assert len(err.strip().splitlines()) == 1
    # nothing was kept: last week can still be drawn
    assert main(["qa", "sample", "--seed", "3", "--db", db_url]) == 0

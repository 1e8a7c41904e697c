"""The bench adds a live control room to the bench database once, then times every list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callhandler.bench.oversight import format_oversight, run_oversight, target_ms
from callhandler.cli import main
from callhandler.progress import NoProgress
from callhandler.services import oversight, oversight_charts
from callhandler.services.database import open_database
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User
from callhandler.storage.oversight_models import TriggerEvent
from callhandler.synthetic.seeding import seed


def test_bench_times_every_list_and_chart_on_non_empty_live_data(db: Database) -> None:
    seed(db, 6000, seed=5)

    first = run_oversight(db, progress=NoProgress())

    timed = {t["name"]: t for t in first["timings"]}
    assert set(timed) == set(oversight.REPORTS) | set(oversight_charts.CHARTS)
    for name in ("sign-off-backlog", "overrides", "reassessment-due", "closure-completion"):
        assert timed[name]["rows"] > 0, name
    assert first["prepared"]["awaiting_sign_off"] == 2000
    assert first["incidents"] == 6000 and first["target_ms"] == 1000
    assert all(t["met"] == (t["max_ms"] <= 1000) for t in first["timings"])
    lines = format_oversight(first)
    assert "oversight on 6,000 incidents: every list and chart within 1000 ms" in lines[1]
    assert any(line.startswith("list reassessment-due") for line in lines)

    with db.read() as session:
        events = session.execute(select(func.count()).select_from(TriggerEvent)).scalar_one()
        awaiting = session.execute(
            select(func.count()).where(Incident.status == "awaiting_sign_off")
        ).scalar_one()
    second = run_oversight(db, progress=NoProgress())
    assert second["prepared"] == {}  # prepared once per database
    with db.read() as session:
        assert (
            session.execute(select(func.count()).select_from(TriggerEvent)).scalar_one() == events
        )
    assert awaiting == 2000


def test_the_target_is_one_second_up_to_a_million_incidents_and_two_beyond() -> None:
    assert target_ms(1_000_000) == 1000
    assert target_ms(1_000_001) == target_ms(10_000_000) == 2000


def test_bench_oversight_only_times_the_lists_on_the_database_given(
    private_folders: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    db = open_database(url, data_dir=str(tmp_path / "data"))
    seed(db, 3000, seed=3)
    argv = ["--db", url, "--data-dir", str(tmp_path / "data"), "bench", "--incidents",
            "3000", "--oversight-only", "--json", "--quiet"]  # fmt: skip
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"oversight"}  # no look-ups, imports or build
    assert result["oversight"]["incidents"] == 3000
    assert {t["name"] for t in result["oversight"]["timings"]} == set(oversight.REPORTS) | set(
        oversight_charts.CHARTS
    )
    # Again: the accounts the first run added (nobody can sign in) keep it a bench database.
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["oversight"]["prepared"] == {}
    with db.write() as session:  # a database someone can sign in to: sign-in needed
        session.add(User(username="ann", display_name="Ann", role="admin",
                         password_hash="x", active=True, created_at=now_utc()))  # fmt: skip
    assert main(argv) != 0
    assert "signed in" in capsys.readouterr().err

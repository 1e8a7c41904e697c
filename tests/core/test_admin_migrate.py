"""Migrations on a shared PostgreSQL: only `callhandler db upgrade`, never from a workstation.

PostgreSQL only; skipped without CALLHANDLER_TEST_PG.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from callhandler.cli import main
from callhandler.storage import migrate
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as
from sync_helpers import PG_ENV, drop_database, pg_admin_url

pytestmark = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV}")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_pg() -> Iterator[str]:
    """An empty PostgreSQL database (no schema at all), dropped afterwards."""
    admin = pg_admin_url()
    assert admin
    name = f"callhandler_migrate_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    drop_database(engine, name)
    engine.dispose()


def revision(url: str) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if "alembic_version" not in inspect(conn).get_table_names():
                return []
            return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    finally:
        engine.dispose()


def test_two_administrators_upgrading_at_once_both_succeed(fresh_pg: str, tmp_path: Path) -> None:
    env = {**os.environ, "CALLHANDLER_DATA_DIR": str(tmp_path / "data")}
    command_line = [sys.executable, "-m", "callhandler", "db", "upgrade", "--db", fresh_pg]
    runs = [
        subprocess.Popen(command_line, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert revision(fresh_pg) == [migrate.code_head()]
    assert sum("→" in out for out in outputs) == 1  # one migrated…
    assert sum("already at schema" in out for out in outputs) == 1  # …the other found it done


def test_a_workstation_never_migrates_a_shared_database_that_is_behind(
    fresh_pg: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(fresh_pg)
    with db.engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    db.dispose()
    code = main(["lookup", "--db", fresh_pg, "--phone", "07700 900123"])
    err = capsys.readouterr().err
    assert code == 1
    assert "is at schema 0007" in err and f"needs schema {migrate.code_head()}" in err
    assert "callhandler db upgrade --db" in err and "has not been changed" in err
    assert revision(fresh_pg) == ["0007"]
    engine = create_engine(fresh_pg)
    with engine.connect() as conn:
        assert "sync_tombstones" not in inspect(conn).get_table_names()
    engine.dispose()

    assert main(["db", "status", "--db", fresh_pg]) == 0
    assert "schema 0007" in capsys.readouterr().out
    assert main(["db", "upgrade", "--db", fresh_pg]) == 0
    assert "0007 → " in capsys.readouterr().out
    sign_in_as(monkeypatch, fresh_pg, "hand1", "handler")
    assert main(["lookup", "--db", fresh_pg, "--phone", "07700 900123"]) == 0


def test_an_empty_shared_database_is_not_created_by_a_workstation(
    fresh_pg: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lookup", "--db", fresh_pg, "--phone", "07700 900123"]) == 1
    assert "empty (no callhandler schema)" in capsys.readouterr().err
    assert revision(fresh_pg) == []


def test_an_embedded_sqlite_file_still_migrates_itself(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'embedded.sqlite3'}"
    assert main(["users", "list", "--db", url]) == 0
    assert revision(url) == [migrate.code_head()]

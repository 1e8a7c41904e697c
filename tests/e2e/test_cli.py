"""The installed ``callhandler`` command: exit codes and messages (SPEC section 5)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from signin_helpers import PASSWORD, credentials

pytestmark = pytest.mark.e2e


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("callhandler", path=str(Path(sys.executable).parent))
    assert exe, "the callhandler console script is not installed beside this Python"
    return subprocess.run(
        [exe, *args], capture_output=True, text=True, timeout=120, env=env or dict(os.environ)
    )


def test_unknown_database_scheme_exits_2_with_one_line(tmp_path: Path) -> None:
    done = run("users", "list", "--db", "mysql://root@localhost/police")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "Unknown database scheme 'mysql'" in done.stderr


def test_a_corrupt_database_exits_1_and_is_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    before = path.read_bytes()
    done = run("audit", "verify", "--db", f"sqlite:///{path}")
    assert done.returncode == 1
    assert "not a readable callhandler database" in done.stderr
    assert path.read_bytes() == before


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    assert run("users", "list", "--db", f"sqlite:///{path}").returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    done = run("users", "list", "--db", f"sqlite:///{path}")
    assert done.returncode == 1
    assert "newer version of callhandler" in done.stderr


def test_default_database_lives_in_the_data_dir_and_env_overrides(tmp_path: Path) -> None:
    data = tmp_path / "override"
    done = run(
        "users",
        "add",
        "chief1",
        "--role",
        "admin",
        "--password",
        PASSWORD,
        "--data-dir",
        str(data),
    )
    assert done.returncode == 0, done.stderr
    assert (data / "callhandler.sqlite3").exists()
    env = dict(os.environ, CALLHANDLER_DATA_DIR=str(data)) | credentials("chief1")
    listed = run("users", "list", "--json", env=env)
    assert [u["username"] for u in json.loads(listed.stdout)["users"]] == ["chief1"]


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    done = run("users", "add", "x1", "--role", "emperor", "--password", PASSWORD)
    assert done.returncode == 2
    assert "invalid choice" in done.stderr


def test_audit_verify_reports_an_intact_chain(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    assert (
        run(
            "users", "add", "chief1", "--role", "admin", "--password", PASSWORD, "--db", db
        ).returncode
        == 0
    )
    done = run("audit", "verify", "--json", "--db", db)
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert (report["ok"], report["events_checked"]) == (True, 1)

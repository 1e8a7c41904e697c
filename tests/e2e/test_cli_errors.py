"""Failures the command line used to answer with a traceback: now one clear line, exit 2,
and never a password echoed back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from signin_helpers import PASSWORD, credentials

pytestmark = pytest.mark.e2e

SECRET = "s3cretPassw0rd"


def run(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("callhandler", path=str(Path(sys.executable).parent))
    assert exe, "the callhandler console script is not installed beside this Python"
    return subprocess.run(
        [exe, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or dict(os.environ),
        input=stdin if stdin is not None else "",  # a pipe: no terminal
    )


def assert_one_clear_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("callhandler: ")
    assert words in done.stderr, done.stderr
    assert SECRET not in done.stderr + done.stdout


def test_users_add_without_a_terminal_or_password(tmp_path: Path) -> None:
    done = run("--data-dir", str(tmp_path / "d"), "users", "add", "bob1", "--role", "admin")
    assert_one_clear_line(done, "No terminal to ask for the password")


def test_users_add_with_an_empty_password(tmp_path: Path) -> None:
    done = run("users", "add", "bob1", "--role", "admin", "--password", "")
    assert_one_clear_line(done, "The password is empty")


def test_a_postgresql_port_that_is_not_a_number(tmp_path: Path) -> None:
    done = run("users", "list", "--db", f"postgresql+psycopg://clerk:{SECRET}@db.example:abc/ch")
    assert_one_clear_line(done, "port in the database URL")
    assert "clerk:***@db.example:abc/ch" in done.stderr


@pytest.mark.parametrize(
    "url",
    [
        f"clerk:{SECRET}@db.example/ch",  # no scheme
        f"//clerk:{SECRET}@db.example/ch",
        f"mysql://clerk:{SECRET}@db.example/ch",
        f"sqlite://clerk:{SECRET}@db.example/ch",
    ],
    ids=["no-scheme", "no-scheme-slashes", "other-scheme", "other-driver"],
)
def test_a_url_that_cannot_be_used_never_shows_its_password(url: str) -> None:
    for argv in (["users", "list", "--db", url], ["--db", url, "audit", "verify"]):
        assert_one_clear_line(run(*argv), "database")


def test_the_database_url_in_the_environment_is_checked_the_same_way() -> None:
    env = dict(os.environ, CALLHANDLER_DB=f"clerk:{SECRET}@db.example/ch")
    assert_one_clear_line(run("users", "list", env=env), "Cannot read the database URL")


def test_an_unreachable_server_is_named_without_its_password() -> None:
    done = run("users", "list", "--db", f"postgresql+psycopg://clerk:{SECRET}@127.0.0.1:1/ch")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stderr and "clerk:***@127.0.0.1" in done.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_pointing_at_a_file(tmp_path: Path, where: str) -> None:
    file = tmp_path / "not-a-folder"
    file.write_text("x", encoding="utf-8")
    options = ["--data-dir", str(file)]
    argv = ["users", "list"]
    done = run(*(options + argv if where == "before" else argv + options))
    assert_one_clear_line(done, f"{file} is a file, not a folder")


def test_data_dir_inside_a_file(tmp_path: Path) -> None:
    file = tmp_path / "not-a-folder"
    file.write_text("x", encoding="utf-8")
    done = run("users", "list", "--data-dir", str(file / "inside"))
    assert_one_clear_line(done, f"{file} is a file, not a folder")


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ('{"weapon": "yes", "weapon": "no"}', "the key 'weapon' appears more than once"),
        ("[" * 30_000 + "]" * 30_000, "nested more than"),
        ('{"weapon": "yes", "children_present": ' + "9" * 5000 + "}", "5,000 digits long"),
        ('{"weapon": NaN}', "NaN is not a number"),
        ('{"weapon": "yes"', "not valid JSON"),
    ],
    ids=["duplicate-key", "deep", "huge-integer", "nan", "malformed"],
)
def test_assess_refuses_answers_it_cannot_take_at_their_word(
    answers: str, words: str, tmp_path: Path
) -> None:
    file = tmp_path / "answers.json"
    file.write_text(answers, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    done = run("assess", "--answers", str(file), "--db", db, "--json")
    assert_one_clear_line(done, words)
    assert done.stdout == ""


def test_assess_with_one_weapon_answer_still_grades(tmp_path: Path) -> None:
    file = tmp_path / "answers.json"
    file.write_text('{"weapon": "yes"}', encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    done = run("assess", "--answers", str(file), "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["grade"] == 1


def test_a_failing_command_is_logged_without_what_was_typed(tmp_path: Path) -> None:
    """A database whose table was dropped behind the application's back: one line here
    (exit 1), and the log keeps the frames, never the number or name typed."""
    import sqlite3

    data = tmp_path / "d"
    made = run("--data-dir", str(data), "users", "add", "chief", "--role", "admin",
               "--password", PASSWORD)  # fmt: skip
    assert made.returncode == 0, made.stderr
    admin = dict(os.environ) | credentials("chief")
    made = run("--data-dir", str(data), "users", "add", "hand1", "--role", "handler",
               "--password", PASSWORD, env=admin)  # fmt: skip
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(data / "callhandler.sqlite3") as conn:
        conn.execute("DROP TABLE phones")
    done = run(
        "--data-dir", str(data), "lookup", "--phone", "07700 900123", "--name", "Jane Doe",
        env=dict(os.environ) | credentials("hand1"),
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    log_file = data / "logs" / "callhandler.log"
    assert log_file.stat().st_mode & 0o777 == 0o600
    assert (data / "logs").stat().st_mode & 0o777 == 0o700
    log = log_file.read_text(encoding="utf-8")
    assert "lookup started" in log and "failed: DatabaseError" in log
    assert "Traceback" in log and "OperationalError" in log
    assert "Jane" not in log and "7700" not in log and "900123" not in log

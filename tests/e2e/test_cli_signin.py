"""The real ``callhandler`` command signs in, checks the role and audits the person
(issue 13, "Roles and sign-in": the command line acted as an administrator with no sign-in;
``users add mallory --role inspector`` by anyone; ``report high-risk-victims --csv`` with no
role at all; the audit said only ``cli:root``)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from signin_helpers import PASSWORD, credentials

pytestmark = pytest.mark.e2e

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("callhandler", path=str(Path(sys.executable).parent))
    assert exe, "the callhandler console script is not installed beside this Python"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLHANDLER_USER")}
    environment.pop("CALLHANDLER_PASSWORD", None)
    environment |= NO_KEYRING | (env or {})
    return subprocess.run(
        [exe, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        input="",  # a pipe, as in a script: nobody to prompt
    )


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    return done


def refused(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    assert done.stderr.count("\n") == 1, done.stderr  # one clear line
    for word in words:
        assert word in done.stderr, done.stderr


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A database with history, its first administrator, an inspector and a handler."""
    url = f"sqlite:///{tmp_path / 'ch.sqlite3'}"
    ok(run("seed", "--incidents", "300", "--seed", "5", "--quiet", "--db", url))
    ok(run("users", "add", "boss", "--role", "admin", "--password", PASSWORD, "--db", url))
    admin = credentials("boss")
    for name, role in (("insp1", "inspector"), ("hand1", "handler")):
        ok(
            run(
                "users", "add", name, "--role", role, "--password", PASSWORD, "--db", url, env=admin
            )
        )
    return url


def audit_rows(url: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        return conn.execute(
            "SELECT username, action, entity_id FROM audit_events ORDER BY id"
        ).fetchall()


def test_help_lists_who_signs_in_for_what() -> None:
    shown = " ".join(ok(run("--help")).stdout.split())
    for words in (
        "CALLHANDLER_USER",
        "callhandler login",
        "first administrator",
        "report, policy impact",
    ):
        assert words in shown


def test_users_add_by_a_handler_is_refused_and_audited(db: str) -> None:
    refused(
        run("users", "add", "mallory", "--role", "inspector", "--password", PASSWORD, "--db", db),
        "needs you signed in",
    )
    refused(
        run(
            "users", "add", "mallory", "--role", "inspector", "--password", PASSWORD, "--db", db,
            env=credentials("hand1"),
        ),
        "administrators",
        "hand1 (handler)",
    )  # fmt: skip
    listed = json.loads(
        ok(run("users", "list", "--json", "--db", db, env=credentials("boss"))).stdout
    )
    assert "mallory" not in [u["username"] for u in listed["users"]]
    assert ("hand1", "refused", "users add") in audit_rows(db)


def test_the_first_account_needs_no_sign_in_but_must_be_an_administrator(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    refused(
        run("users", "add", "h1", "--role", "handler", "--password", PASSWORD, "--db", url),
        "first account",
    )
    made = ok(run("users", "add", "chief", "--role", "admin", "--password", PASSWORD, "--db", url))
    assert "first administrator" in made.stdout
    refused(
        run("users", "add", "chief2", "--role", "admin", "--password", PASSWORD, "--db", url),
        "signed in",
    )


def test_weak_passwords_are_refused_on_the_command_line_with_the_reason(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    for weak, reason in (
        ("        ", "at least 12"),
        ("aaaaaaaa", "at least 12"),
        ("chiefchiefchief", "username"),
        ("password1234", "most common"),
    ):
        refused(
            run("users", "add", "chief", "--role", "admin", "--password", weak, "--db", url), reason
        )


def test_report_csv_without_sign_in_is_refused(db: str) -> None:
    argv = ("report", "high-risk-victims", "--csv", "--db", db)
    done = run(*argv)
    refused(done, "needs you signed in", "inspectors and administrators")
    assert done.stdout == ""
    refused(run(*argv, env=credentials("hand1")), "inspectors")
    refused(run(*argv, env=credentials("insp1", "wrong-password-typed")), "Sign-in failed")
    shown = ok(run(*argv, env=credentials("insp1"))).stdout
    assert shown.startswith("person_id,name,")  # the CSV header, then the list
    assert ("insp1", "login") in [(u, a) for u, a, _ in audit_rows(db)]
    assert ("insp1", "report", "high-risk-victims") in audit_rows(db)  # who took the list


def test_lookup_is_audited_as_the_handler_not_cli_root(db: str) -> None:
    refused(run("lookup", "--phone", "07700 900123", "--db", db), "signed in")
    refused(
        run("lookup", "--phone", "07700 900123", "--db", db, env=credentials("boss")),
        "call handlers",
    )
    ok(run("lookup", "--phone", "07700 900123", "--json", "--db", db, env=credentials("hand1")))
    consultations = [u for u, a, _ in audit_rows(db) if a == "consultation"]
    assert consultations == ["hand1"]
    # Facts alone read nobody's history: no sign-in.
    answers = Path(db.removeprefix("sqlite:///")).with_name("answers.json")
    answers.write_text('{"weapon": "yes"}', encoding="utf-8")
    ok(run("assess", "--answers", str(answers), "--json", "--db", db))
    refused(
        run("assess", "--answers", str(answers), "--phone", "07700 900123", "--db", db), "signed in"
    )


def test_login_keeps_a_private_short_lived_sign_in_and_logout_ends_it(
    db: str, tmp_path: Path
) -> None:
    data = Path(os.environ["CALLHANDLER_DATA_DIR"])
    done = ok(run("login", "--hours", "2", "--json", "--db", db, env=credentials("insp1")))
    document = json.loads(done.stdout)
    assert document["username"] == "insp1" and document["role"] == "inspector"
    kept = Path(document["kept_in"])
    assert kept.parent == data / "signin"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert PASSWORD not in kept.read_text(encoding="utf-8")
    # Now commands run without the password, as insp1 …
    ok(run("report", "high-risk-victims", "--json", "--db", db))
    assert any(u == "insp1" and a == "cli_login" for u, a, _ in audit_rows(db))
    # … until an administrator disables the account: the sign-in is checked every time.
    ok(run("users", "disable", "insp1", "--db", db, env=credentials("boss")))
    refused(run("report", "high-risk-victims", "--db", db), "run `callhandler login` again")
    ok(run("users", "enable", "insp1", "--db", db, env=credentials("boss")))
    ok(run("login", "--db", db, env=credentials("insp1")))
    ok(run("report", "high-risk-victims", "--db", db))
    assert "Signed out" in ok(run("logout", "--db", db)).stdout
    assert not list((data / "signin").glob("*.json"))
    refused(run("report", "high-risk-victims", "--db", db), "signed in")


def test_a_role_changed_on_the_command_line_applies_at_the_next_command(db: str) -> None:
    admin = credentials("boss")
    ok(run("users", "set-role", "insp1", "handler", "--db", db, env=admin))
    refused(run("report", "high-risk-victims", "--db", db, env=credentials("insp1")), "handler")
    listed = json.loads(ok(run("users", "list", "--json", "--db", db, env=admin)).stdout)
    roles = {u["username"]: (u["role"], u["active"]) for u in listed["users"]}
    assert roles["insp1"] == ("handler", True)
    actions = [(u, a) for u, a, _ in audit_rows(db)]
    assert ("boss", "set_role") in actions


def test_thirty_wrong_passwords_lock_the_account_for_the_command_line_too(db: str) -> None:
    argv = ("report", "high-risk-victims", "--db", db)
    for _ in range(5):
        refused(run(*argv, env=credentials("insp1", "Wrong-Guess-Lantern")), "Sign-in failed")
    refused(run(*argv, env=credentials("insp1")), "locked until")
    ok(run("users", "unlock", "insp1", "--db", db, env=credentials("boss")))
    ok(run(*argv, env=credentials("insp1")))
    ok(run("users", "reset-password", "insp1", "--password", "Fjord-Velvet-Orbit-8", "--db", db,
           env=credentials("boss")))  # fmt: skip
    refused(run(*argv, env=credentials("insp1")), "Sign-in failed")
    ok(run(*argv, env=credentials("insp1", "Fjord-Velvet-Orbit-8")))


def test_on_either_database_a_handler_cannot_make_an_inspector_nor_read_the_lists(
    db_url: str,
) -> None:
    """The measured attack on a shared PostgreSQL (every workstation has the URL)."""
    ok(run("users", "add", "boss", "--role", "admin", "--password", PASSWORD, "--db", db_url))
    admin = credentials("boss")
    ok(
        run(
            "users",
            "add",
            "hand1",
            "--role",
            "handler",
            "--password",
            PASSWORD,
            "--db",
            db_url,
            env=admin,
        )
    )
    handler = credentials("hand1")
    add_mallory = ("users", "add", "mallory", "--role", "inspector", "--password", PASSWORD)
    refused(run(*add_mallory, "--db", db_url), "signed in")
    refused(run(*add_mallory, "--db", db_url, env=handler), "administrators")
    refused(run("report", "high-risk-victims", "--csv", "--db", db_url), "signed in")
    refused(run("report", "high-risk-victims", "--csv", "--db", db_url, env=handler), "inspectors")
    ok(run("users", "disable", "hand1", "--db", db_url, env=admin))
    refused(run("lookup", "--phone", "07700 900123", "--db", db_url, env=handler), "Sign-in failed")
    listed = json.loads(ok(run("users", "list", "--json", "--db", db_url, env=admin)).stdout)
    assert [(u["username"], u["active"]) for u in listed["users"]] == [
        ("boss", True),
        ("hand1", False),
    ]

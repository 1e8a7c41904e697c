"""--db, --data-dir and --quiet work before or after the command, for every (sub)command.

They used to be lost when given before the command: ``callhandler --db URL audit verify``
(the form ``--help`` shows) silently checked the default database and said "intact".
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.cli import build_parser

pytestmark = pytest.mark.e2e

PASSWORD = "Tawny-Owl-Lantern-93"  # long, not common, not the username
ANSWERS = '{"weapon": "no"}'
HISTORY = (
    "incident_ref,opened_at,phone,address,postcode,category\n"
    "G-1,2024-03-01T10:00:00Z,07700 900111,1 Glob Street,CB1 2AD,theft\n"
)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("callhandler", path=str(Path(sys.executable).parent))
    assert exe, "the callhandler console script is not installed beside this Python"
    return subprocess.run(
        [exe, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ) | (env or {}),
    )


def _commands(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command path (``("audit", "verify")``) with the parser that ends it."""
    choices = [
        a
        for a in parser._actions
        if isinstance(a, argparse._SubParsersAction)  # noqa: SLF001
    ]
    if not choices:
        yield path, parser
        return
    if path:
        yield path, parser  # a command with subcommands also takes the options itself
    for action in choices:
        for name, child in action.choices.items():
            yield from _commands(child, (*path, name))


def _required_arguments(parser: argparse.ArgumentParser) -> list[str]:
    """Values for the arguments a command cannot be parsed without."""
    values: list[str] = []
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction) or not action.required:  # noqa: SLF001
            continue
        value = str(next(iter(action.choices))) if action.choices else "1"
        values += [value] if not action.option_strings else [action.option_strings[0], value]
    return values


LEAVES = [
    path
    for path, parser in _commands(build_parser())
    if not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)  # noqa: SLF001
]


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_takes_the_global_options_before_or_after(path: tuple[str, ...]) -> None:
    """Also for a command added later: the test walks the parser, not a list."""
    parser = build_parser()
    command = parser
    for name in path:
        command = next(
            a
            for a in command._actions
            if isinstance(a, argparse._SubParsersAction)  # noqa: SLF001
        ).choices[name]
    rest = _required_arguments(command)
    given = ["--db", "sqlite:///x.db", "--data-dir", "D", "--quiet"]
    for argv in ([*given, *path, *rest], [*path, *rest, *given]):
        args = parser.parse_args(argv)
        assert (args.db, args.data_dir, args.quiet) == ("sqlite:///x.db", "D", True), argv
    plain = parser.parse_args([*path, *rest])
    assert (plain.db, plain.data_dir, plain.quiet) == (None, None, False)
    both = parser.parse_args(["--db", "first", *path, *rest, "--db", "second"])
    assert both.db == "second", "the one after the command wins, as --help says"


def test_help_says_where_the_global_options_go() -> None:
    for argv in (["--help"], ["audit", "verify", "--help"]):
        shown = " ".join(run(*argv).stdout.split())
        assert "may come before or after the command" in shown
        assert "the one after the command wins" in shown


def _argv(command: str, tmp_path: Path) -> list[str]:
    answers = tmp_path / "answers.json"
    answers.write_text(ANSWERS, encoding="utf-8")
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    return {
        "seed": ["seed", "--incidents", "3"],
        "import": ["import", str(history)],
        "lookup": ["lookup", "--phone", "07700 900111"],
        "assess": ["assess", "--answers", str(answers)],
        "bench": ["bench", "--incidents", "1000", "--queries", "10", "--naive", "1"],
        "users add": ["users", "add", "glob1", "--role", "handler", "--password", PASSWORD],
        "users list": ["users", "list"],
        "report": ["report", "repeat-victims"],
        "db upgrade": ["db", "upgrade"],
        "db status": ["db", "status"],
        "sync": ["sync"],
        "audit verify": ["audit", "verify"],
    }[command]


COMMANDS = [
    "seed", "import", "lookup", "assess", "bench", "users add", "users list", "report",
    "db upgrade", "db status", "sync", "audit verify",
]  # fmt: skip


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
@pytest.mark.parametrize("command", COMMANDS)
def test_the_real_command_uses_the_db_it_was_given(
    command: str, before: bool, tmp_path: Path
) -> None:
    """A database in a folder that does not exist: the command must fail naming it, not
    quietly work on the default database."""
    missing = tmp_path / "no-such-folder" / "given.sqlite3"
    options = ["--db", f"sqlite:///{missing}", "--quiet"]
    argv = _argv(command, tmp_path)
    done = run(*(options + argv if before else argv + options))
    assert done.returncode != 0, done.stdout
    assert str(missing.parent) in done.stderr, done.stderr
    assert not (tmp_path / "data" / "callhandler.sqlite3").exists(), "the default was opened"


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_audit_verify_checks_the_file_given_before_the_command(
    before: bool, tmp_path: Path
) -> None:
    file = tmp_path / "given.sqlite3"
    url = f"sqlite:///{file}"
    made = run("users", "add", "audited1", "--role", "admin", "--password", PASSWORD, "--db", url)
    assert made.returncode == 0, made.stderr
    argv = ["--db", url, "audit", "verify", "--json"] if before else [
        "audit", "verify", "--json", "--db", url
    ]  # fmt: skip
    done = run(*argv)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events_checked"] >= 1
    assert not (tmp_path / "data" / "callhandler.sqlite3").exists()


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_data_dir_given_before_the_command_holds_its_database_and_log(
    before: bool, tmp_path: Path
) -> None:
    folder = tmp_path / "chosen"
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    options = ["--data-dir", str(folder)]
    assert (
        run(*options, "users", "add", "chief", "--role", "admin", "--password", PASSWORD).returncode
        == 0
    )
    admin = {"CALLHANDLER_USER": "chief", "CALLHANDLER_PASSWORD": PASSWORD}
    add = ["users", "add", "hand1", "--role", "handler", "--password", PASSWORD]
    assert run(*options, *add, env=admin).returncode == 0
    assert run(*options, "import", str(history), "--quiet", env=admin).returncode == 0
    argv = ["lookup", "--phone", "07700 900111", "--json"]
    handler = {"CALLHANDLER_USER": "hand1", "CALLHANDLER_PASSWORD": PASSWORD}
    done = run(*(options + argv if before else argv + options), env=handler)
    assert done.returncode == 0, done.stderr
    assert [m["incident_ref"] for m in json.loads(done.stdout)["matches"]] == ["G-1"]
    with sqlite3.connect(folder / "callhandler.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM incidents").fetchone() == (1,)
    assert "lookup started" in (folder / "logs" / "callhandler.log").read_text(encoding="utf-8")
    assert not (tmp_path / "data" / "callhandler.sqlite3").exists()


def test_quiet_before_the_command_hides_the_progress_bar(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'q.sqlite3'}"
    done = run("--quiet", "--db", db, "seed", "--incidents", "50")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_the_one_after_the_command_wins(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "first.sqlite3"
    second = tmp_path / "second.sqlite3"
    done = run("--db", f"sqlite:///{missing}", "users", "list", "--db", f"sqlite:///{second}")
    assert done.returncode == 0, done.stderr
    assert second.exists() and not missing.parent.exists()

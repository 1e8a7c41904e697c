"""Files the window writes are 0600, and "it was written to the log" is true, without the
name or number typed in the action that failed."""

from __future__ import annotations

import datetime as dt
import os
import types
from pathlib import Path

import pytest
from PySide6.QtGui import QPainter, QPdfWriter

from callhandler.errors import DatabaseError
from callhandler.logfile import logging_to
from callhandler.services import calls
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui.briefing import pdf_export
from ui.oversight import export
from ui.worker import Failure, Worker
from uitools import WAIT_MS

NAME = "Jane Doughty"
NUMBER = "07700 900456"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


TABLE = export.TableSnapshot(
    "High-risk victims", (), dt.datetime.now(dt.UTC), ("Victim", "Phone"), ((NAME, NUMBER),)
)


@pytest.mark.parametrize("write", [export.export_csv, export.export_pdf], ids=["csv", "pdf"])
def test_oversight_exports_are_0600_also_over_an_older_readable_file(
    qapp, out: Path, write
) -> None:
    old_umask = os.umask(0o022)
    try:
        fresh = write(TABLE, out / "fresh.out")
        older = out / "older.out"
        older.write_text("last week's export", encoding="utf-8")
        older.chmod(0o644)
        write(TABLE, older)
    finally:
        os.umask(old_umask)
    assert mode(fresh) == 0o600
    assert mode(older) == 0o600


def test_a_briefing_pdf_is_0600(qapp, out: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def render(_briefing: object, writer: QPdfWriter) -> None:
        painter = QPainter(writer)
        painter.drawText(100, 100, "Briefing")
        painter.end()

    monkeypatch.setattr(pdf_export, "render", render)
    target = out / "briefing.pdf"
    target.write_text("an older briefing", encoding="utf-8")
    target.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        pdf_export.export_pdf(types.SimpleNamespace(incident_ref="CH-1"), target)  # type: ignore[arg-type]
    finally:
        os.umask(old_umask)
    assert mode(target) == 0o600
    assert target.read_bytes().startswith(b"%PDF")


def test_a_failing_action_in_the_window_is_written_to_the_log_without_what_was_typed(
    qtbot, db: Database, worker: Worker, handler: Actor, tmp_path: Path, monkeypatch
) -> None:
    """A bug whose message quotes the input: the handler is told it was logged, and the log
    has its type and frames, never the victim's name or number."""

    def broken_person_for(_session: object, name: str, *_args: object, **_kw: object) -> None:
        raise RuntimeError(f"cannot file {name!r} under {NUMBER}")

    monkeypatch.setattr(calls, "person_for", broken_person_for)
    failures: list[Failure] = []
    with logging_to(tmp_path / "logs") as log_file:
        with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
            worker.submit(
                calls.open_incident,
                db,
                handler,
                calls.NewCall(phone=NUMBER, victim_name=NAME),
                on_error=failures.append,
            )
    assert "it was written to the log" in failures[0].message
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error in background job callhandler.services.calls.open_incident" in text
    assert "builtins.RuntimeError: (message withheld)" in text
    assert "broken_person_for" in text
    for secret in (NAME, "Jane", "Doughty", "7700", "900456"):
        assert secret not in text
    assert mode(log_file) == 0o600 and mode(log_file.parent) == 0o700


def test_a_database_failure_in_the_window_is_logged_too(
    qtbot, worker: Worker, tmp_path: Path
) -> None:
    def full_disk() -> None:
        raise DatabaseError(f"The disk holding {NAME}'s database is full")

    with logging_to(tmp_path / "logs") as log_file:
        with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
            worker.submit(full_disk, on_error=lambda _f: None)
    text = log_file.read_text(encoding="utf-8")
    assert "DatabaseError in background job" in text and "full_disk" in text
    assert "Jane" not in text

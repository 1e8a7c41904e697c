"""Start-up: a control-room workstation (PostgreSQL) opens its encrypted cache, fills it
before the first call and shows its status; the embedded SQLite file makes no cache at
all; a server that cannot be reached at sign-in is said plainly."""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from builders import add_incident
from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from callhandler.sync.cache import open_cache
from callhandler.sync.keys import new_key
from callhandler.sync.pull import last_sync_at
from callhandler.sync.workstation import Workstation
from outage_helpers import closed_port_url
from sync_helpers import PG_ENV, empty_pg
from ui import app as app_module
from ui.call.handler_view import HandlerView
from ui.main_window import MainWindow
from ui.progress_dialog import DialogProgress
from ui.worker import Worker
from uitools import WAIT_MS, make_actor

needs_pg = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV}")


def args_for(url: str | None, data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(db=url, data_dir=str(data_dir), demo=False, quiet=True)


class FakeLogin:
    """Stands in for LoginDialog: answers with the next actor (None = Cancel)."""

    answers: list[object] = []

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self.actor = FakeLogin.answers.pop(0)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:
        pass


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """As on a workstation without a Secret Service: the key falls back to a file."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def look(window: MainWindow) -> dict[str, object]:
    """What the handler sees (read before the window is deleted)."""
    assert isinstance(window.view, HandlerView)
    status = window.sync
    return {
        "desk": window.view.workspace.desk,
        "indicator": status.indicator.text() if status else None,
        "key_warning": None
        if status is None or status.key_warning.isHidden()
        else (status.key_warning.toolTip()),
    }


def run_signed_in(
    qtbot, monkeypatch, url: str, data_dir: Path, actors: list[object]
) -> list[dict[str, object]]:
    """Run the application; each window signs out (the last one quits) once settled."""
    FakeLogin.answers = [*actors, None]
    windows: list[MainWindow] = []
    seen: list[dict[str, object]] = []
    real_build = app_module.build_main_window

    def build(*args: object) -> MainWindow:
        window = real_build(*args)  # type: ignore[arg-type]
        windows.append(window)
        last = len(windows) == len(actors)

        def leave_once_loaded() -> None:
            qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
            if window.sync is not None:
                qtbot.waitUntil(lambda: window.sync.state is not None, timeout=WAIT_MS)
            seen.append(look(window))
            (window.close if last else window.sign_out)()

        QTimer.singleShot(0, leave_once_loaded)
        return window

    monkeypatch.setattr(app_module, "LoginDialog", FakeLogin)
    monkeypatch.setattr(app_module, "build_main_window", build)
    assert app_module.run_application(args_for(url, data_dir)) == 0
    assert len(seen) == len(actors)
    return seen


def test_the_embedded_sqlite_file_makes_no_cache_and_no_status(
    qtbot, monkeypatch, sqlite_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "callhandler.sqlite3"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    db = Database(url)
    handler = make_actor(db, "handler1", "handler")
    db.dispose()
    data_dir = tmp_path / "data"
    [window] = run_signed_in(qtbot, monkeypatch, url, data_dir, [handler])
    assert isinstance(window["desk"], DatabaseDesk)
    assert not isinstance(window["desk"], WorkstationDesk)
    assert window["indicator"] is None  # no online/offline status: nothing to sync
    made = sorted(p.name for p in data_dir.rglob("*")) if data_dir.exists() else []
    assert not [name for name in made if "cache" in name or name.endswith(".key")], made


@needs_pg
def test_a_workstation_on_postgresql_fills_its_cache_first_and_warns_once_about_the_key(
    qtbot, monkeypatch, request, tmp_path: Path, no_keyring: None
) -> None:
    url: str = request.getfixturevalue("pg_database_url")
    empty_pg(url)
    server = Database(url)
    try:
        handler = make_actor(server, "handler1", "handler")
        add_incident(server, "OLD-1", days_ago=30, phone="07700 900461")
    finally:
        server.dispose()
    data_dir = tmp_path / "data"
    first, second = run_signed_in(qtbot, monkeypatch, url, data_dir, [handler, handler])

    assert (data_dir / "cache.sqlite3").exists()
    assert (data_dir / "cache.sqlite3.key").stat().st_mode & 0o077 == 0
    for window in (first, second):
        desk = window["desk"]
        assert isinstance(desk, WorkstationDesk)
        assert str(window["indicator"]).startswith("Online · cache synced")
    # The first sign-in pulled the history before the first call: a look-up finds it.
    assert last_sync_at(desk.workstation.cache) is not None
    try:
        found = desk.workstation.previous_calls(HistoryQuery(phone="07700 900461"))
    finally:  # the application disposed of both; this look-up opened them again
        desk.workstation.server.dispose()
        desk.workstation.cache.dispose()
    assert [c.incident_ref for c in found.exact] == ["OLD-1"]
    # The key fallback is shown once, in the window, with what to do about it.
    assert "cache.sqlite3.key" in str(first["key_warning"])
    assert "Secret Service keyring" in str(first["key_warning"])  # what to do about it
    assert second["key_warning"] is None


def test_a_server_that_cannot_be_reached_at_start_is_said_plainly(
    tmp_path: Path, capsys, no_modal_prompts, qapp
) -> None:
    code = app_module.run_application(args_for(closed_port_url(), tmp_path / "data"))
    assert code == 1
    [(title, message)] = no_modal_prompts
    assert "cannot start" in title
    assert "The server cannot be reached" in message and "signing in needs it" in message
    assert "Connection refused" in message  # the detail, for the administrator
    assert "signing in needs it" in capsys.readouterr().err
    assert not (tmp_path / "data" / "cache.sqlite3").exists()


@needs_pg
def test_cancelling_the_first_pull_leaves_a_cache_the_next_sync_completes(
    qtbot, monkeypatch, request, tmp_path: Path
) -> None:
    url: str = request.getfixturevalue("pg_database_url")
    empty_pg(url)
    server = Database(url)
    cache = open_cache(tmp_path / "cache.sqlite3", new_key())
    worker = Worker()
    try:
        handler = make_actor(server, "handler1", "handler")
        for i in range(3):
            add_incident(server, f"OLD-{i}", days_ago=30 + i, phone="07700 900461")
        dialogs: list[DialogProgress] = []

        class CancelledAtOnce(DialogProgress):
            """The handler presses Cancel as soon as the dialog says what it does."""

            def __init__(self, *args: object) -> None:
                super().__init__(*args)  # type: ignore[arg-type]
                dialogs.append(self)
                self.dialog.canceled.emit()

        monkeypatch.setattr(app_module, "DialogProgress", CancelledAtOnce)
        app_module.first_pull(server, cache, worker)
        assert dialogs and dialogs[0].cancelled()
        assert last_sync_at(cache) is None  # not complete, and nothing half-written shown
        ws = Workstation(server, cache, handler)
        state = ws.tick()  # the next tick (in the window: within seconds) completes it
        assert state.last_synced_at is not None and last_sync_at(cache) is not None
        found = ws.previous_calls(HistoryQuery(phone="07700 900461"))
        assert sorted(c.incident_ref for c in found.exact) == ["OLD-0", "OLD-1", "OLD-2"]
    finally:
        assert worker.shutdown(WAIT_MS)
        cache.dispose()
        server.dispose()

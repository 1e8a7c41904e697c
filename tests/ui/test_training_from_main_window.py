"""File → Training mode… in the live main window (issue 17): it starts ``callhandler
training start`` as a process of its own, and that process opens the training installation
(``<data dir>/training``), leaving the live database's rows, its audit chain and the live
data folder's files exactly as they were (the checks of tests/core/test_training_isolation).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from training_checks import audit_head, folder_digests, table_counts

from callhandler.paths import app_paths
from callhandler.services import audit
from callhandler.storage.engine import Database
from callhandler.training.database import training_paths
from closure_helpers import make_staff, new_incident
from ui.main_window import MainWindow, build_main_window
from ui.training import launch
from ui.worker import Worker


def _file_menu_action(window: MainWindow, name: str) -> QAction:
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None
    return next(a for a in file_menu.actions() if a.objectName() == name)


def test_the_file_menu_opens_training_without_touching_the_live_database(  # type: ignore[no-untyped-def]
    qtbot,
    db: Database,
    worker: Worker,
    private_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staff = make_staff(db)
    new_incident(db, staff.handler)  # live work exists first
    live = app_paths()
    live.ensure()
    audit.witness_head(db, "before training")
    live_counts, live_head = table_counts(db), audit_head(db)
    files_before = folder_digests(live.data_dir, skip=training_paths().data_dir)
    log = live.log_dir / "callhandler.log"
    log_before = log.read_text(encoding="utf-8") if log.is_file() else ""
    started: list[list[str]] = []
    monkeypatch.setattr(launch, "start", lambda command: started.append(command) or True)

    window = build_main_window(db, staff.handler, worker)
    qtbot.addWidget(window)
    item = _file_menu_action(window, "trainingModeAction")
    assert item.text() == "&Training mode…"
    item.trigger()
    assert "window of its own" in window.statusBar().currentMessage()
    (command,) = started
    assert command[:5] == [sys.executable, "-m", "callhandler", "training", "start"]
    assert "--db" not in command

    # The process the item starts, run for real: with no training accounts yet it creates
    # the training database, says how to add a trainer, and stops.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CALLHANDLER_DB": db.url.render_as_string(hide_password=False),
    }
    ran = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 2, ran.stderr
    assert "The training database has no accounts yet" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert (private_folders / "training" / "training.sqlite3").is_file()

    assert table_counts(db) == live_counts
    assert audit_head(db) == live_head
    assert audit.verify(db).ok
    # Every file as it was, but the application log: it notes the command that ran (no data).
    files_after = folder_digests(live.data_dir, skip=training_paths().data_dir)
    logged = str(log.relative_to(live.data_dir))
    assert {k: v for k, v in files_after.items() if k != logged} == {
        k: v for k, v in files_before.items() if k != logged
    }
    added = log.read_text(encoding="utf-8").removeprefix(log_before).splitlines()
    assert added and all("training start" in line for line in added)


def test_the_training_command_keeps_this_installations_data_folder() -> None:
    """A workstation started with --data-dir trains in that folder's training installation."""
    command = launch.training_command(["gui", "--data-dir", "/srv/ch-data", "--db", "x"])
    assert command[-2:] == ["--data-dir", "/srv/ch-data"] and "--db" not in command
    assert "--data-dir" not in launch.training_command(["gui", "--data", "elsewhere"])

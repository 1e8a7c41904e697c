"""Application wiring: the window for each role, start-up failures, sign-out, the demo."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from callhandler.progress import Cancelled
from ui import app as app_module
from ui.call.handler_view import HandlerView
from ui.inspector.control_room_view import ControlRoomView
from ui.main_window import MainWindow, build_main_window
from ui.progress_dialog import DialogProgress
from ui.worker import Worker
from uitools import WAIT_MS


def args_for(url: str | None, data_dir: Path, demo: bool = False) -> argparse.Namespace:
    return argparse.Namespace(db=url, data_dir=str(data_dir), demo=demo, quiet=True)


def test_handler_gets_the_call_form_and_a_status_bar_saying_who(qtbot, db, worker, handler) -> None:
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert isinstance(window.view, HandlerView)
    who = window.who_label.text()
    assert handler.display_name in who and "Call handler" in who and "ws-test" in who
    assert db.describe() in window.database_label.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]  # View: theme and text size
    assert window.sign_out_action.text() == "Sign &out"
    assert window.quit_action.text() == "&Quit"


def test_inspector_gets_the_control_room_view(qtbot, db, worker, inspector) -> None:
    window = build_main_window(db, inspector, worker)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert isinstance(window.view, ControlRoomView)
    assert "Inspector" in window.who_label.text()


def test_closing_with_an_unopened_call_asks_first(
    qtbot, db, worker, handler, no_modal_prompts
) -> None:
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    window.show()
    assert isinstance(window.view, HandlerView)
    window.view.form.editors["victim_name"].setText("Jane Example")
    assert not window.close()  # the test's answer is "keep it"
    assert window.isVisible()
    assert [kind for kind, _ in no_modal_prompts] == ["confirm_discard"]
    window.view.form.clear()
    assert window.close()


def test_a_database_that_cannot_be_opened_is_reported_and_exits_1(
    tmp_path: Path, capsys, no_modal_prompts, qapp
) -> None:
    bad = tmp_path / "not-a-database.sqlite3"
    bad.write_bytes(b"this is not SQLite" * 100)
    code = app_module.run_application(args_for(f"sqlite:///{bad}", tmp_path))
    assert code == 1
    err = capsys.readouterr().err
    assert "not a readable callhandler database" in err
    assert len(no_modal_prompts) == 1
    assert "not a readable callhandler database" in no_modal_prompts[0][1]


class FakeLogin:
    """Stands in for LoginDialog: answers with the next actor (None = Cancel)."""

    answers: list[object] = []

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self.actor = FakeLogin.answers.pop(0)

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

    def deleteLater(self) -> None:
        pass


def test_sign_in_window_and_sign_out_loop(
    qtbot, db_url, handler, monkeypatch, tmp_path: Path
) -> None:
    FakeLogin.answers = [handler, handler, None]
    windows: list[MainWindow] = []
    real_build = app_module.build_main_window

    def build(*args: object) -> MainWindow:
        window = real_build(*args)  # type: ignore[arg-type]
        windows.append(window)
        # first window: sign out; second: quit (each once its first refresh has landed)
        leave = window.sign_out if len(windows) == 1 else window.close

        def leave_once_loaded() -> None:
            qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
            leave()

        QTimer.singleShot(0, leave_once_loaded)
        return window

    monkeypatch.setattr(app_module, "LoginDialog", FakeLogin)
    monkeypatch.setattr(app_module, "build_main_window", build)
    # Garbage is collected on the GUI thread only (ui.worker.GuiThreadCollector, started by
    # the application and by tests/ui/conftest.py): the worker thread never collects the
    # signed-out window's Python-owned objects in the middle of a job.
    assert not gc.isenabled()
    code = app_module.run_application(args_for(db_url, tmp_path))
    assert not gc.isenabled()  # the application did not turn it back on
    assert code == 0
    assert len(windows) == 2
    assert windows[0].signed_out_requested and not windows[1].signed_out_requested
    assert FakeLogin.answers == [None]  # the loop ended without asking a third time
    assert QApplication.instance().property(app_module._READY)


def test_cancelling_the_demo_set_up_exits_cleanly(
    monkeypatch, tmp_path: Path, capsys, no_modal_prompts, qapp
) -> None:
    seen_progress: list[object] = []

    def cancelled_demo(db, *, progress, **_kwargs):
        seen_progress.append(progress)
        progress.start(100, "Synthetic history")
        progress.advance(10)
        raise Cancelled("Cancelled: nothing from this run was saved.")

    monkeypatch.setattr(app_module, "ensure_demo", cancelled_demo)
    monkeypatch.setattr(app_module, "LoginDialog", pytest.fail)  # never reached
    code = app_module.run_application(args_for(None, tmp_path, demo=True))
    assert code == 1
    out, err = capsys.readouterr()
    assert "Demo accounts" in out
    assert "Cancelled" in err
    assert no_modal_prompts == []  # cancelling is not an error box
    assert (tmp_path / "demo.sqlite3").exists()


def test_demo_progress_dialog_reports_and_cancels_across_threads(qtbot, qapp) -> None:
    progress = DialogProgress("Preparing")
    qtbot.addWidget(progress.dialog)
    worker = Worker()
    worker.submit(progress.start, 50, "Synthetic history")
    worker.submit(progress.advance, 20)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert progress.dialog.maximum() == 50
    assert progress.dialog.labelText() == "Synthetic history"
    assert progress.dialog.value() == 20
    assert not progress.cancelled()
    cancel = progress.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert progress.cancelled()
    progress.finish()
    assert worker.shutdown(WAIT_MS)


def test_a_compiled_translation_is_found_for_the_locale(qapp, tmp_path: Path) -> None:
    """The README's pipeline: a .ts compiled by pyside6-lrelease, found for cy_GB as _cy."""
    source = tmp_path / "callhandler_cy.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy">'
        "<context><name>MainWindow</name><message><source>&amp;Quit</source>"
        "<translation>&amp;Gadael</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source)], check=True, capture_output=True)
    installed = app_module.install_translators(qapp, QLocale("cy_GB"), tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", "&Quit") == "&Gadael"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Quit"

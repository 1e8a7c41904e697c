"""The handler's main window for the call tests: shown, active, idle; its call workspace,
and typing where the keyboard focus is (imported as a plain module, like uitools)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui.call.call_workspace import CallWorkspace
from ui.call.handler_view import HandlerView
from ui.main_window import MainWindow, build_main_window
from ui.worker import Worker
from uitools import WAIT_MS


def handler_window(qtbot, db: Database, worker: Worker, actor: Actor) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window signed in as ``actor``, shown at 1400x850, active, its first look-ups done."""
    main = build_main_window(db, actor, worker)
    qtbot.addWidget(main)
    main.resize(1400, 850)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    return main


def workspace_of(window: MainWindow) -> CallWorkspace:
    assert isinstance(window.view, HandlerView)
    return window.view.workspace


def keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type where the handler's focus is, as the handler would."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)

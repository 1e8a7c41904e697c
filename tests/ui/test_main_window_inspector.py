"""The inspector's window: the sign-off queue first (Ctrl+1) with its count, the control room (Ctrl+2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from closure_helpers import make_staff, new_incident, to_awaiting_sign_off
from ui.inspector.control_room_view import ControlRoomView
from ui.inspector.sign_off_view import SignOffView
from ui.main_window import build_main_window
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_inspector_tabs_queue_first_with_count_and_keys(qtbot, db, worker) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    window = build_main_window(db, staff.inspector, worker)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    tabs = window.tabs
    assert tabs is not None and isinstance(window.sign_off_view, SignOffView)
    assert tabs.currentWidget() is window.sign_off_view
    assert tabs.tabText(0) == "Sign-off queue (1)"
    assert tabs.tabText(1) == "Control room"
    assert QApplication.focusWidget() is window.sign_off_view.table

    qtbot.keyClick(window.sign_off_view.table, Qt.Key.Key_2, CTRL)
    assert tabs.currentWidget() is window.view and isinstance(window.view, ControlRoomView)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert tabs.currentWidget() is window.sign_off_view
    assert QApplication.focusWidget() is window.sign_off_view.table


def test_a_handler_has_no_tabs(qtbot, db, worker, handler) -> None:
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert window.tabs is None and window.sign_off_view is None

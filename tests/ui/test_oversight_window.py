"""The Oversight tab in the inspector's and the administrator's windows: Ctrl+3 the lists,
Ctrl+4 the charts, loaded only once opened, F5 reloads; the reassessment-due list closes
a trigger event with an outcome and rationale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from builders import add_incident
from callhandler.services import trigger_events
from closure_helpers import make_staff
from ui.main_window import build_main_window
from ui.oversight.oversight_view import CHARTS, LISTS
from ui.oversight.trigger_dialog import CloseTriggerDialog
from uitools import WAIT_MS, make_actor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def shown_window(qtbot, db, worker, actor):
    window = build_main_window(db, actor, worker)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    return window


def test_inspector_opens_oversight_with_ctrl_3_and_f5_reloads(qtbot, db, worker) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    for ref, days in (("R-1", 3), ("R-2", 30), ("R-3", 90)):
        add_incident(db, ref, days_ago=days, people=[("victim", "Jane Example")], now=now)
    window = shown_window(qtbot, db, worker, staff.inspector)
    tabs = window.tabs
    assert tabs is not None and window.oversight is not None
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Sign-off queue (0)",
        "Control room",
        "Oversight",
    ]
    lists = window.oversight.lists
    assert lists.generated_at is None  # nothing ran at sign-in

    with qtbot.waitSignal(lists.loaded, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    assert tabs.currentWidget() is window.oversight
    assert window.oversight.pages.currentIndex() == LISTS
    assert QApplication.focusWidget() is lists.reports
    assert lists.model.rowCount() == 1 and lists.table.model().index(0, 2).data() == "Jane Example"
    first = lists.generated_at

    add_incident(db, "R-4", days_ago=1, people=[("victim", "Ann Other")], now=now)
    add_incident(db, "R-5", days_ago=2, people=[("victim", "Ann Other")], now=now)
    add_incident(db, "R-6", days_ago=4, people=[("victim", "Ann Other")], now=now)
    with qtbot.waitSignal(lists.loaded, timeout=WAIT_MS):
        qtbot.keyClick(lists.reports, Qt.Key.Key_F5)
    assert lists.model.rowCount() == 2 and lists.generated_at >= first

    qtbot.keyClick(lists.reports, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is lists.filter_edit
    qtbot.keyClick(lists.filter_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is lists.reports
    qtbot.keyClick(lists.reports, Qt.Key.Key_Down)  # the next list loads as it is chosen
    qtbot.waitUntil(lambda: lists.report_name == "repeat-non-crime" and not lists.loading)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4, CTRL)
    assert window.oversight.pages.currentIndex() == CHARTS
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert tabs.currentWidget() is window.sign_off_view


def test_administrator_has_control_room_and_oversight(qtbot, db, worker) -> None:
    admin = make_actor(db, "admin1", "admin")
    window = shown_window(qtbot, db, worker, admin)
    assert window.tabs is not None and window.sign_off_view is None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Control room",
        "Oversight",
    ]
    with qtbot.waitSignal(window.oversight.lists.loaded, timeout=WAIT_MS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3, CTRL)
    assert not window.oversight.lists.problem.isVisible()
    incident_id = add_incident(db, "ADM-1", days_ago=2, people=[("victim", "Jane Example")])
    window.oversight.lists.open_incident(incident_id, "ADM-1")  # read-only, as for inspectors
    dialog = window.oversight.lists.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=WAIT_MS)
    assert dialog.review.ref == "ADM-1"
    assert "read-only" in dialog.windowTitle()
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, CTRL)
    assert window.tabs.currentWidget() is window.view


def test_reassessment_due_closes_an_event_with_outcome_and_rationale(qtbot, db, worker) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    incident = add_incident(db, "T-1", days_ago=2, people=[("victim", "Jane Example")], now=now)
    soon = trigger_events.record_trigger_event(
        db,
        staff.handler,
        kind="release_from_custody",
        due_on=now.date() + dt.timedelta(days=2),
        incident_id=incident,
        note="Released on bail",
    )
    trigger_events.record_trigger_event(
        db,
        staff.handler,
        kind="court_date",
        due_on=now.date() + dt.timedelta(days=60),
        incident_id=incident,
    )
    window = shown_window(qtbot, db, worker, staff.inspector)
    window.show_oversight_lists()
    lists = window.oversight.lists
    with qtbot.waitSignal(lists.loaded, timeout=WAIT_MS):
        lists.choose("reassessment-due")
    assert lists.model.rowCount() == 1  # the court date is 60 days away: not this week
    assert lists.buttons["close_event"].isVisible()
    with qtbot.waitSignal(lists.drilled, timeout=WAIT_MS):
        lists.table.selectRow(0)
    lists.table.setFocus()
    assert lists.list_actions["close_event"].isEnabled()

    qtbot.keyClick(lists.table, Qt.Key.Key_K, CTRL | SHIFT)
    dialog = lists.dialog
    assert isinstance(dialog, CloseTriggerDialog) and dialog.event_id == soon.id
    assert (
        "Release from custody" in dialog.about.text() and "Released on bail" in dialog.about.text()
    )
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    dialog.outcome_buttons["reassessed"].setChecked(True)
    dialog.rationale_edit.setPlainText("DASH repeated by phone with the victim: still standard.")
    with qtbot.waitSignal(lists.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert lists.model.rowCount() == 0
    assert "Trigger event closed: reassessed." in lists.notice.text()
    closed = [
        e
        for e in trigger_events.events_for_incident(db, staff.inspector, incident)
        if not e.is_open
    ]
    assert [(e.id, e.outcome, e.closed_by) for e in closed] == [(soon.id, "reassessed", "i1")]

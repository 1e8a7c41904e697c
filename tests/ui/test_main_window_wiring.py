"""The handler's window reaches the briefing, the risk assessment and the overdue alert."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import update

from callhandler.services import calls, lifecycle
from callhandler.storage.models import Incident
from ui.briefing.briefing_view import BriefingView
from ui.call.handler_view import SHIFT_TAB
from ui.main_window import build_main_window
from ui.risk.assessment_dialog import RiskAssessmentDialog
from uitools import WAIT_MS


def _dispatched(db, handler, minutes_ago: float):  # type: ignore[no-untyped-def]
    row = calls.open_incident(
        db,
        handler,
        calls.NewCall(phone="07700 900777", address="5 Wharf Road", victim_name="Ann Example"),
    )
    lifecycle.dispatch(db, handler, row.id, row.version, grade=1, officers=["PC1"])
    with db.write() as session:
        session.execute(
            update(Incident)
            .where(Incident.id == row.id)
            .values(dispatched_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago))
        )
    return row


def test_an_overdue_grade_1_shows_above_the_window_and_opens_in_the_list(
    qtbot, db, worker, handler
) -> None:
    row = _dispatched(db, handler, minutes_ago=25)
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.overdue.overdue_count, timeout=WAIT_MS) as counted:
        window.overdue.poll()
    assert counted.args == [1]
    assert window.overdue.isVisible()
    assert [i.incident_ref for i in window.overdue.incidents()] == [row.ref]
    window.show_incident(row.id)
    assert window.view.tabs.currentIndex() == SHIFT_TAB
    qtbot.waitUntil(lambda: window.view.shift.selected() is not None, timeout=WAIT_MS)
    assert window.view.shift.selected().id == row.id


def test_briefing_and_risk_assessment_open_from_the_shift_list(qtbot, db, worker, handler) -> None:
    row = _dispatched(db, handler, minutes_ago=1)
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    window.show()
    shift = window.view.shift
    window.view.show_tab(SHIFT_TAB)
    qtbot.waitUntil(lambda: shift.model.rowCount() == 1, timeout=WAIT_MS)
    shift.select(row.id)
    shift.view.setFocus()
    qtbot.keyClick(shift.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(shift.dialog, BriefingView)
    with qtbot.waitSignal(shift.dialog.loaded, timeout=WAIT_MS) as loaded:
        pass
    assert loaded.args[0] is not None
    shift.dialog.close()
    window.activateWindow()  # the briefing was the active window until it closed
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    shift.view.setFocus()
    # Ctrl+R is File > Refresh on Linux (QKeySequence.Refresh), so the assessment is Ctrl+Shift+R.
    qtbot.keyClick(
        shift.view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert isinstance(shift.dialog, RiskAssessmentDialog)
    shift.dialog.close()


def test_a_grade_change_from_the_list_restarts_the_clock(qtbot, db, worker, handler) -> None:
    row = _dispatched(db, handler, minutes_ago=25)
    window = build_main_window(db, handler, worker)
    qtbot.addWidget(window)
    window.show()
    shift = window.view.shift
    window.view.show_tab(SHIFT_TAB)
    qtbot.waitUntil(lambda: shift.model.rowCount() == 1, timeout=WAIT_MS)
    shift.select(row.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    shift.view.setFocus()
    qtbot.keyClick(
        shift.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = shift.dialog
    dialog.grade_box.setCurrentIndex(1)  # Grade 2
    dialog._ok()
    assert dialog.error.isVisible()  # a reason is required
    qtbot.keyClicks(dialog.reason_edit, "Caller now safe at a neighbour's house")
    dialog._ok()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    with db.read() as session:
        incident = session.get(Incident, row.id)
        assert incident.grade == 2
        restarted = dt.datetime.now(dt.UTC) - incident.dispatched_at
    assert restarted < dt.timedelta(minutes=1)

"""The overdue-attendance banner under a controlled clock: shown late, cleared by attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from callhandler.desk import DatabaseDesk
from callhandler.services import attendance, lifecycle
from callhandler.storage.engine import Database
from closure_helpers import Staff, make_staff, new_incident
from ui.attendance.overdue_alert import OverdueAlert
from uitools import WAIT_MS

MINUTE = dt.timedelta(minutes=1)


class Clock:
    """The banner's 'now', moved by the test."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def dispatched_grade_1(db: Database, staff: Staff) -> tuple[int, dt.datetime]:
    row = new_incident(db, staff.handler)
    lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=1, officers=["PC4521"])
    status = attendance.attendance_for(db, staff.handler, row.id).status
    assert status.dispatched_at is not None
    return row.id, status.dispatched_at


def poll(qtbot, alert: OverdueAlert) -> int:
    with qtbot.waitSignal(alert.overdue_count, timeout=WAIT_MS) as counted:
        alert.poll()
    return int(counted.args[0])


def test_the_alert_shows_after_the_target_and_attendance_clears_it(
    qtbot, db: Database, worker, staff: Staff
) -> None:
    incident_id, dispatched_at = dispatched_grade_1(db, staff)
    clock = Clock(dispatched_at + 14 * MINUTE)
    alert = OverdueAlert(
        DatabaseDesk(db, staff.handler), staff.handler, worker, now=clock, autostart=False
    )
    qtbot.addWidget(alert)
    alert.show()
    assert poll(qtbot, alert) == 0 and alert.isHidden()

    clock.at = dispatched_at + 16 * MINUTE
    assert poll(qtbot, alert) == 1 and alert.isVisible()
    ref = alert.incidents()[0].incident_ref
    line = alert.list.item(0).text()
    assert line.startswith(f"OVERDUE: {ref} Grade 1, 16 min since dispatch (target 15)")
    assert "1 incident" in alert.title.text()
    assert not alert.decision_button.isVisible()  # a handler cannot record a decision

    with qtbot.waitSignal(alert.open_requested, timeout=WAIT_MS) as opened:
        alert.list.setFocus()
        qtbot.keyClick(alert.list, Qt.Key.Key_Return)
    assert opened.args == [incident_id]

    version = attendance.attendance_for(db, staff.handler, incident_id).version
    lifecycle.record_attendance(db, staff.handler, incident_id, version, officer="PC4521")
    clock.at = dispatched_at + 17 * MINUTE
    assert poll(qtbot, alert) == 0 and alert.isHidden()

    # The timer polls on its own too, at the configured interval.
    alert.set_interval(0.05)
    with qtbot.waitSignal(alert.overdue_count, timeout=WAIT_MS):
        alert.start()
    with qtbot.waitSignal(alert.overdue_count, timeout=WAIT_MS):
        pass
    alert.stop()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)


def test_an_inspector_records_a_decision_from_the_keyboard(
    qtbot, db: Database, worker, staff: Staff
) -> None:
    _incident_id, dispatched_at = dispatched_grade_1(db, staff)
    clock = Clock(dispatched_at + 20 * MINUTE)
    alert = OverdueAlert(
        DatabaseDesk(db, staff.inspector), staff.inspector, worker, now=clock, autostart=False
    )
    qtbot.addWidget(alert)
    alert.show()
    alert.activateWindow()
    qtbot.waitUntil(alert.isActiveWindow, timeout=WAIT_MS)
    assert poll(qtbot, alert) == 1 and alert.decision_button.isVisible()

    qtbot.keyClick(
        alert, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert alert.decision_row.isVisible() and alert.decision_edit.hasFocus()
    qtbot.keyClicks(alert.decision_edit, "short")
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(alert.decision_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert alert.error.isVisible() and "at least 10 characters" in alert.error.text()

    alert.decision_edit.setText("Nearest unit 3 min away; keep Grade 1 and stay on the line.")
    with qtbot.waitSignal(alert.decision_recorded, timeout=WAIT_MS):
        qtbot.keyClick(alert.decision_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert alert.incidents() == [] and alert.isHidden() and not alert.error.isVisible()

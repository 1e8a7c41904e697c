"""The trigger-event dialog: recorded against the incident and its victim from the keyboard,
the service's refusals shown inline, reached from the handler's incidents (Ctrl+Shift+T)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from callhandler.desk import DatabaseDesk
from callhandler.services import trigger_events
from closure_helpers import make_staff, new_incident
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.oversight.trigger_dialog import CloseTriggerDialog, TriggerEventDialog, event_summary
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _open_dialog(qtbot, db, worker, actor, row) -> TriggerEventDialog:
    dialog = TriggerEventDialog(DatabaseDesk(db, actor), worker, row.id, row.ref)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.subjects is not None, timeout=WAIT_MS)
    return dialog


def test_records_an_event_against_the_incident_and_its_victim_from_the_keyboard(
    qtbot, db, worker
) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    dialog = _open_dialog(qtbot, db, worker, staff.handler, row)
    assert dialog.on_victim.isEnabled() and dialog.on_victim.isChecked()
    assert "Jane Example" in dialog.on_victim.text()

    dialog.kind_combo.setFocus()
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # release from custody → court date
    assert dialog.kind() == kinds[1] == "court_date"
    due = dt.date.today() + dt.timedelta(days=12)
    dialog.due_edit.setDate(QDate(due.year, due.month, due.day))
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    assert QApplication.focusWidget() is dialog.note_edit
    qtbot.keyClicks(dialog.note_edit, "Trial listed at the Crown Court")
    with qtbot.waitSignal(dialog.recorded, timeout=WAIT_MS) as recorded:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)
    event = recorded.args[0]
    assert (event.kind, event.due_on, event.incident_id) == ("court_date", due, row.id)
    assert event.person_name == "Jane Example" and event.person_id is not None
    assert not dialog.isVisible()

    stored = trigger_events.events_for_incident(db, staff.inspector, row.id)
    assert [(e.kind, e.due_on, e.note, e.person_name) for e in stored] == [
        ("court_date", due, "Trial listed at the Crown Court", "Jane Example")
    ]


def test_refusals_are_shown_inline_and_keep_what_was_typed(qtbot, db, worker) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    dialog = _open_dialog(qtbot, db, worker, staff.handler, row)

    dialog.on_incident.setChecked(False)
    dialog.on_victim.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert dialog.error.isVisible()
    assert "Tick the incident, the victim or both" in dialog.error.text()
    assert dialog.isVisible()

    dialog.on_incident.setChecked(True)
    far = dt.date.today() + dt.timedelta(days=365 * 7)
    dialog.due_edit.setDate(QDate(far.year, far.month, far.day))
    dialog.note_edit.setPlainText("Order expires")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "more than 5 years from today" in dialog.error.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert dialog.note_edit.toPlainText() == "Order expires"
    assert trigger_events.events_for_incident(db, staff.handler, row.id) == []


def test_close_needs_an_outcome_and_a_rationale(qtbot, db, worker) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    event = trigger_events.record_trigger_event(
        db, staff.handler, kind="release_from_custody", due_on=dt.date.today(), incident_id=row.id
    )
    dialog = CloseTriggerDialog(
        DatabaseDesk(db, staff.inspector), worker, event.id, event_summary(event)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    assert "Release from custody, due" in dialog.about.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    assert "Choose the outcome" in dialog.error.text()

    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)  # No reassessment needed
    qtbot.waitUntil(lambda: dialog.outcome() == "no reassessment needed", timeout=WAIT_MS)
    dialog.rationale_edit.setPlainText("ok")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "at least 10 characters" in dialog.error.text(), timeout=WAIT_MS)
    assert dialog.isVisible()

    dialog.rationale_edit.setPlainText("Suspect remanded again at the hearing; no change in risk.")
    with qtbot.waitSignal(dialog.closed, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    (stored,) = trigger_events.events_for_incident(db, staff.inspector, row.id)
    assert stored.outcome == "no reassessment needed" and stored.closed_by == "i1"
    assert stored.rationale == "Suspect remanded again at the hearing; no change in risk."


def test_the_handler_reaches_it_from_my_incidents_with_ctrl_shift_t(qtbot, db, worker) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    panel = ShiftIncidentsPanel(DatabaseDesk(db, staff.handler), staff.handler, worker)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=WAIT_MS)
    panel.select(row.id)
    panel.view.setFocus()
    assert panel.buttons["trigger"].isEnabled()
    qtbot.keyClick(panel.view, Qt.Key.Key_T, CTRL | SHIFT)
    dialog = panel.dialog
    assert isinstance(dialog, TriggerEventDialog) and dialog.incident_id == row.id
    qtbot.waitUntil(lambda: dialog.subjects is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.recorded, timeout=WAIT_MS):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "Trigger event recorded for" in panel.notice.text(), timeout=WAIT_MS)
    assert row.ref in panel.notice.text()

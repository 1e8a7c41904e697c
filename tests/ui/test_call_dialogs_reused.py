"""The grade and dispatch dialogs are built once and asked again call after call (issue 18:
no dialog is built while the handler waits); each call's asks afresh, keeping nothing of
the call before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from call_window import handler_window, keys, press, workspace_of
from callhandler.bench.window import Driver, take_call
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_next_call_gets_the_same_dialogs_asking_afresh(qtbot, db, worker, handler) -> None:
    window = handler_window(qtbot, db, worker, handler)
    workspace = workspace_of(window)
    take_call(Driver(worker, key_gap_ms=1), workspace, 11)  # a weapon: Grade 1, PC4521 sent
    first_override, first_dispatch = workspace.grading._override, workspace.grading._dispatch
    assert first_override is not None and first_dispatch is not None
    assert workspace.override_dialog is None and workspace.dispatch_dialog is None

    window.activateWindow()  # the dispatch dialog has just closed
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    workspace.form.editors["phone"].setFocus()
    keys(qtbot, "07700 900812")
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    ref = workspace.incident.ref
    press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = workspace.override_dialog
    assert dialog is first_override and dialog.isVisible()
    recommended = workspace.current_recommendation().grade
    assert dialog.chosen_grade() == recommended  # not the last call's Grade 1
    assert dialog.rationale() == ""
    assert f"Recommended: Grade {recommended}" in dialog.summary.text()
    assert "(recommended)" in dialog.radios[recommended].text()
    assert "(recommended)" not in dialog.radios[1].text() or recommended == 1
    visible = [g for g, radio in dialog.radios.items() if not radio.isHidden()]
    assert visible == list(range(1, dialog.recommendation.least_urgent_grade + 1))
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is dialog.radios[recommended], timeout=WAIT_MS
    )
    press(qtbot, Qt.Key.Key_2)  # another grade: the reason is asked for again
    assert dialog.chosen_grade() == 2 and not dialog.ok_button.isEnabled()
    dialog.rationale_edit.setPlainText("Caller says he has gone and the door is locked now.")
    assert dialog.ok_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dispatch = workspace.dispatch_dialog
    assert dispatch is first_dispatch
    assert dispatch.officers_edit.text() == "" and not dispatch.error.isVisible()
    assert dispatch.officers() == []
    assert ref in dispatch.windowTitle() and dispatch.grade() == 2
    qtbot.keyClicks(dispatch.officers_edit, "PC3310")
    qtbot.keyClick(dispatch.officers_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.incident is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    rows = {r.ref: r for r in window.view.shift.model.rows()}
    assert (rows[ref].status, rows[ref].grade) == ("dispatched", 2)

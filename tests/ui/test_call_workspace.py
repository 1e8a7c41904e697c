"""A whole call from the keyboard: history as it is typed, script keys, grade, dispatch."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from builders import add_incident
from call_window import handler_window, keys, press, workspace_of
from callhandler.services import calls, drafts, lifecycle, triage
from callhandler.storage.triage_models import GradeDecision
from ui.call.call_workspace import CallWorkspace
from ui.call.handler_view import HandlerView
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def test_a_whole_call_from_the_keyboard(qtbot, window, db, worker, handler) -> None:
    add_incident(
        db,
        "OLD-1",
        days_ago=400,
        now=NOW,
        phone="07700 900461",
        address="9 Quarry Lane",
        category="neighbour dispute",
        domestic_abuse=False,
        children=True,
    )
    workspace = workspace_of(window)
    history, recommendation = workspace.history, workspace.recommendation
    assert QApplication.focusWidget() is workspace.form.editors["phone"]

    # the number, then Tab to the address: the history fills in as it is typed
    with qtbot.waitSignal(history.result_shown, timeout=WAIT_MS) as shown:
        keys(qtbot, "07700 900461")
    assert [c.incident_ref for c in shown.args[0].exact] == ["OLD-1"]
    assert any("CHILDREN" in b for b in history.banner_texts())
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "9 Quarry Lane")
    assert recommendation.grade_number.text() == "3"  # nothing urgent yet

    # Ctrl+Enter opens the incident; the cursor goes on to the script
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    incident = opened.args[0]
    assert QApplication.focusWidget() is workspace.script.card

    keys(qtbot, "1yn")  # talking, can speak freely, suspect not there
    assert recommendation.grade_number.text() == "3"
    keys(qtbot, "y")  # a weapon
    assert recommendation.grade_number.text() == "1"
    assert "EMERGENCY" in recommendation.grade_name.text()
    assert any(
        r.startswith("Weapon used or threatened") and "weapon = yes" in r
        for r in recommendation.reason_texts()
    )
    assert "Weapon involved or recorded" in recommendation.badge_texts()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    stored = {a.question_id: a.value for a in triage.answers_for(db, handler, incident.id)}
    assert stored == {
        "fc_call_type": "normal",
        "fc_can_speak": "yes",
        "fc_suspect_present": "no",
        "fc_weapon": "yes",
    }

    # Ctrl+G: the decision; a lower grade needs a reason and warns about the floor
    press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = workspace.override_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_grade() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.radios[1], timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_3)
    assert dialog.chosen_grade() == 3
    assert not dialog.ok_button.isEnabled()
    assert "write why" in dialog.needs.text()
    assert "FLAGGED FOR THE INSPECTOR" in dialog.floor_warning.text()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.rationale_edit
    keys(qtbot, "Caller says the knife is locked in the shed and he has left.")
    assert dialog.ok_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, CTRL)

    # then dispatch is offered at the grade chosen
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dispatch = workspace.dispatch_dialog
    assert dispatch.grade() == 3 and not dispatch.grade_box.isEnabled()
    assert "below the policy floor" in recommendation.decision.text().lower()
    qtbot.keyClicks(dispatch.officers_edit, "PC4521, PC3310")
    qtbot.keyClick(dispatch.officers_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)

    with db.read() as session:
        decision = session.execute(
            select(GradeDecision).where(GradeDecision.incident_id == incident.id)
        ).scalar_one()
        assert (decision.recommended_grade, decision.chosen_grade) == (1, 3)
        assert decision.overridden and decision.below_floor
        assert decision.rationale.startswith("Caller says the knife")
    row = next(r for r in calls.shift_incidents(db, handler) if r.id == incident.id)
    assert (row.status, row.grade) == ("dispatched", 3)
    # the call is over: its draft is gone and the window is ready for the next one
    assert drafts.drafts_for(db, handler) == []
    assert incident.ref in workspace.form.message.text() and "dispatched" in (
        workspace.form.message.text()
    )
    assert not workspace.form.has_text() and workspace.incident is None
    assert workspace.script.conversation.all_answers == ()
    assert window.view.shift.model.rows()[0].status == "dispatched"


def test_deciding_before_the_incident_is_opened_opens_it_first(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    workspace.decide()  # nothing typed: the handler is told plainly
    assert "Open the incident before deciding" in workspace.recommendation.decision.text()
    assert workspace.override_dialog is None
    keys(qtbot, "07700 900777")
    press(qtbot, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(
        lambda: workspace.override_dialog is not None and workspace.override_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    assert workspace.incident is not None
    assert [r.ref for r in calls.shift_incidents(db, handler)] == [workspace.incident.ref]
    workspace.override_dialog.reject()


def test_grade_4_is_resolved_without_dispatch(qtbot, window, db, worker, handler) -> None:
    workspace = workspace_of(window)
    keys(qtbot, "07700 900778")
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    workspace.decide()
    dialog = workspace.override_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.radios[3], timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_4)
    dialog.rationale_edit.setPlainText("Wrong number; the caller needs no police help at all.")
    dialog.accept()
    qtbot.waitUntil(lambda: workspace.incident is None, timeout=WAIT_MS)
    assert workspace.dispatch_dialog is None
    row = calls.shift_incidents(db, handler)[0]
    assert (row.status, row.grade) == ("closure_in_progress", 4)
    assert "resolved without deployment" in workspace.form.message.text()


def test_coercive_control_alone_from_a_partner_is_domestic_abuse(qtbot, window) -> None:
    workspace = workspace_of(window)
    script, recommendation = workspace.script, workspace.recommendation
    script.focus_question()
    keys(qtbot, "1")
    script.go_to("fc_relationship")
    keys(qtbot, "1")  # partner
    script.go_to("fc_behaviour")
    keys(qtbot, "3")  # controlling or coercive behaviour: nothing else
    assert recommendation.da_line.text() == "Domestic abuse identified: coercive control"
    assert recommendation.grade_number.text() == "2"  # never an appointment, never Grade 4
    assert any(r.startswith("Domestic abuse identified") for r in recommendation.reason_texts())
    assert "DASH risk assessment required" in recommendation.badge_texts()


def test_history_of_repeat_abuse_names_the_earlier_incidents(qtbot, window, db, worker) -> None:
    for n, days in enumerate((10, 60, 150)):
        add_incident(
            db,
            f"DA-{n}",
            days_ago=days,
            now=NOW,
            address="3 Chapel Lane",
            postcode="CB2 3QZ",
            people=[("victim", "Ruth Madeup"), ("suspect", "Gary Madeup")],
        )
    workspace = workspace_of(window)
    form = workspace.form
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        qtbot.keyClicks(form.editors["victim_name"], "Ruth Madeup")  # a name alone: possible
    assert workspace.history.possible_model.rowCount() == 3
    assert workspace.recommendation.grade_number.text() == "3"  # a name is not proof
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        qtbot.keyClicks(form.editors["address"], "3 Chapel Lane")
        qtbot.keyClicks(form.editors["postcode"], "cb2 3qz")
    assert workspace.history.exact_model.rowCount() == 3
    reasons = workspace.recommendation.reason_texts()
    escalation = next(r for r in reasons if r.startswith("Three or more domestic-abuse"))
    assert "3 domestic-abuse incident(s) in 12 months (refs DA-0, DA-1, DA-2)" in escalation
    assert workspace.recommendation.grade_number.text() == "1"
    assert "MARAC referral to be considered (potential escalation)" in (
        workspace.recommendation.badge_texts()
    )


def test_tabs_for_the_call_and_my_incidents(qtbot, window) -> None:
    view = window.view
    assert isinstance(view, HandlerView)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert view.tabs.currentWidget() is view.shift
    assert "My incidents: 0" in view.tabs.tabText(1)
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert view.tabs.currentWidget() is view.workspace
    assert QApplication.focusWidget() is view.form.editors["phone"]


def open_and_decide(qtbot, workspace: CallWorkspace, worker, number: str) -> None:
    """Open an incident and accept the recommended grade: dispatch is then offered."""
    qtbot.keyClicks(workspace.form.editors["phone"], number)
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        workspace.form.submit()
    workspace.decide()
    workspace.override_dialog.accept()
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )


def test_a_more_urgent_answer_after_the_decision_says_decide_again(qtbot, window, worker) -> None:
    workspace = workspace_of(window)
    open_and_decide(qtbot, workspace, worker, "07700 900779")
    workspace.dispatch_dialog.reject()
    assert "Graded 3" in workspace.recommendation.decision.text()
    workspace.script.go_to("fc_call_type")
    qtbot.keyClicks(workspace.script.card, "1yny")  # a weapon after all
    assert "now Grade 1, more urgent than the Grade 3 you decided" in (
        workspace.recommendation.decision.text()
    )
    workspace.decide()
    assert workspace.override_dialog.isVisible()
    assert workspace.override_dialog.chosen_grade() == 1


def test_a_dispatch_after_another_workstation_changed_the_incident_is_refused_plainly(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    open_and_decide(qtbot, workspace, worker, "07700 900780")
    incident = workspace.incident
    other = next(r for r in calls.shift_incidents(db, handler) if r.id == incident.id)
    lifecycle.dispatch(db, handler, incident.id, other.version, grade=2, officers=["PC9001"])
    dialog = workspace.dispatch_dialog
    qtbot.keyClicks(dialog.officers_edit, "PC4521")
    dialog.accept()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    message = workspace.recommendation.decision.text()
    assert message.startswith("Not dispatched:") and "NOT saved" in message
    assert workspace.incident is not None  # the call stays on screen, nothing lost
    assert workspace.recommendation.dispatch_button.isVisibleTo(workspace)

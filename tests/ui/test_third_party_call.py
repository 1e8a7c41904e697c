"""A neighbour calls about an assault next door: the script asks about the two people
involved, not the caller, and the recommendation is an emergency for domestic abuse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from call_window import handler_window, keys, press, workspace_of
from callhandler.services import triage
from ui.call.call_workspace import CallWorkspace
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PHONE = "07700 900612"  # the neighbour's own phone


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def current(workspace: CallWorkspace) -> str:
    question = workspace.script.current_question
    assert question is not None, "the script has nothing left to ask"
    return question.id


def test_a_neighbour_reports_an_assault_happening_next_door(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    script, recommendation = workspace.script, workspace.recommendation
    assert QApplication.focusWidget() is workspace.form.editors["phone"]
    with qtbot.waitSignal(workspace.history.result_shown, timeout=WAIT_MS):
        keys(qtbot, PHONE)
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "16 Mill Road")  # where it is happening: next door to the caller
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    incident = opened.args[0]
    assert QApplication.focusWidget() is script.card

    # Immediate safety, worded for whoever is calling
    assert current(workspace) == "fc_call_type"
    keys(qtbot, "1y")  # the caller is talking and can speak freely
    assert current(workspace) == "fc_suspect_present"
    assert "person causing the harm" in script.card.text.text()
    keys(qtbot, "y")  # he is there, with her, now
    keys(qtbot, "n")  # no weapon seen or heard: no "when" to ask
    assert current(workspace) == "fc_injury"
    keys(qtbot, "4")  # the caller cannot see whether she is hurt
    keys(qtbot, "n")  # no children there
    assert current(workspace) == "fc_what_happened"
    assert QApplication.focusWidget() is script.card.editor
    keys(qtbot, "Screaming and banging through the wall, he is hitting her right now")
    press(qtbot, Qt.Key.Key_Return)

    # Who is involved: the caller first, then the two people the call is about
    assert current(workspace) == "fc_caller"
    assert QApplication.focusWidget() is script.card  # the next answer key works at once
    keys(qtbot, "4")  # a neighbour
    assert current(workspace) == "fc_relationship"
    assert "person being hurt and the person responsible" in script.card.text.text()
    assert "not about the caller" in script.card.help.text()
    keys(qtbot, "1")  # they are partners (the caller is nobody's partner)
    keys(qtbot, "yy")  # both 16 or over
    assert current(workspace) == "fc_behaviour"
    keys(qtbot, "1")  # hitting
    press(qtbot, Qt.Key.Key_Return)
    assert current(workspace) == "fc_abuse_when"
    keys(qtbot, "1")  # happening now

    facts = script.conversation.facts
    assert (facts["caller_relationship"], facts["relationship"]) == (
        "neighbour",
        "intimate_partner",
    )
    assert (facts["suspect_present"], facts["abuse_types"], facts["abuse_when"]) == (
        "yes",
        ("physical",),
        "now",
    )
    assert recommendation.grade_number.text() == "1"
    assert "EMERGENCY" in recommendation.grade_name.text()
    assert recommendation.da_line.text() == "Domestic abuse identified: physical"
    reasons = recommendation.reason_texts()
    assert any("Grade 1" in r and "suspect present = yes" in r for r in reasons), reasons
    assert any(r.startswith("Domestic abuse identified") for r in reasons), reasons

    # the domestic-abuse questions, keeping every answer; where exactly he is comes first
    assert not script.handover_bar.isHidden()
    with qtbot.waitSignal(script.conversation_changed, timeout=WAIT_MS) as changed:
        press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert changed.args[1] == "handover"
    assert script.conversation.script.id == "domestic_abuse"
    assert current(workspace) == "da_suspect_location"
    keys(qtbot, "1")  # with her
    assert script.conversation.facts["suspect_location"] == "present"
    assert not script.conversation.is_visible("da_codeword")  # nothing to agree with a neighbour
    assert script.conversation.answers["da_caller"].value == "neighbour"
    assert recommendation.grade_number.text() == "1"
    assert recommendation.da_line.text() == "Domestic abuse identified: physical"

    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    stored = {a.question_id: a.value for a in triage.answers_for(db, handler, incident.id)}
    assert stored["fc_caller"] == "neighbour"
    assert stored["fc_relationship"] == "intimate_partner"
    assert stored["fc_abuse_when"] == "now"
    assert stored["da_suspect_location"] == "present"

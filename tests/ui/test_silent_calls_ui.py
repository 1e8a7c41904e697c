"""Silent calls from the keyboard alone (issue 16): a line open with nobody speaking (a
struggle heard) and a caller who cannot speak, each taken to a recommendation; no grade
before a call exists; the account typed once; each reason lists only its own causes."""

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
ACCOUNT = "He is back in the house, I cannot talk, he has hurt me"


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def current(workspace: CallWorkspace) -> str:
    question = workspace.script.current_question
    assert question is not None, "the script has nothing left to ask"
    return question.id


def open_call(qtbot, workspace: CallWorkspace, phone: str, account: str = "") -> int:  # type: ignore[no-untyped-def]
    """Type the number (and the caller's words, Alt+W), open the incident with Ctrl+Enter."""
    assert QApplication.focusWidget() is workspace.form.editors["phone"]
    keys(qtbot, phone)
    if account:
        press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget() is workspace.form.editors["summary"]
        keys(qtbot, account)
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is workspace.script.card
    return int(opened.args[0].id)


def test_no_grade_before_a_call_and_a_stale_error_clears(qtbot, window) -> None:
    workspace = workspace_of(window)
    pane = workspace.recommendation
    assert pane.grade_name.text() == "NO CALL YET"
    assert pane.recommendation is None and pane.reason_texts() == [] and pane.badge_texts() == []
    press(qtbot, Qt.Key.Key_G, CTRL)  # decide the grade with nothing typed
    assert not pane.decision.isHidden() and "number or the address" in pane.decision.text()
    keys(qtbot, "07700 900345")  # the number the error asked for
    assert pane.decision.isHidden()
    assert pane.grade_name.text().startswith("GRADE 3")  # a call exists now


def test_line_open_nobody_speaking_a_struggle_heard(qtbot, window, db, worker, handler) -> None:
    workspace = workspace_of(window)
    script, pane = workspace.script, workspace.recommendation
    incident = open_call(qtbot, workspace, "07700 900345")
    keys(qtbot, "2")  # line open, nobody speaking
    assert current(workspace) == "fc_heard"
    assert "LINE OPEN, NOBODY SPEAKING" in script.mode_banner.text()
    assert "Every mandatory question" not in script.list_heading.text()
    assert pane.grade_number.text() == "2" and "Call back at once" in pane.badge_texts()
    keys(qtbot, "4")  # a struggle, things breaking
    assert QApplication.focusWidget() is script.card  # the checklist stays, keys still work
    assert current(workspace) == "fc_heard"
    assert pane.grade_number.text() == "1"
    reasons = pane.reason_texts()
    assert reasons[0].startswith("Heard on the silent line: a struggle or things breaking Grade 1")
    assert "Call back at once" in pane.badge_texts()
    assert "Every mandatory question" not in script.list_heading.text()  # still listening
    press(qtbot, Qt.Key.Key_Return)  # finished ticking
    assert current(workspace) == "fc_listening_done"
    assert QApplication.focusWidget() is script.card
    keys(qtbot, "1")  # finished listening
    assert script.conversation.complete
    assert "Every mandatory question is answered" in script.list_heading.text()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    stored = {a.question_id: a.value for a in triage.answers_for(db, handler, incident)}
    assert stored["fc_heard"] == ["struggle"] or stored["fc_heard"] == ("struggle",)
    assert stored["fc_listening_done"] == "finished"


def test_a_caller_who_cannot_speak_answers_by_key_presses(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    script, pane, card = workspace.script, workspace.recommendation, workspace.script.card
    incident = open_call(qtbot, workspace, "07700 900346", ACCOUNT)
    keys(qtbot, "1n")  # a caller on the line, who cannot speak freely
    assert "CALLER CANNOT SPEAK" in script.mode_banner.text()
    assert current(workspace) == "fc_suspect_present"
    assert not card.ask.isHidden() and "presses 5" in card.ask.text()
    keys(qtbot, "y")  # the caller's key: he is there
    keys(qtbot, "2")  # no key: no weapon
    assert script.conversation.facts["weapon"] == "no"
    assert current(workspace) == "fc_injury"
    assert "Nobody hurt?" in card.ask.text()
    keys(qtbot, "n")  # not "nobody hurt"
    assert "Minor injury?" in card.ask.text() and current(workspace) == "fc_injury"
    keys(qtbot, "1")  # yes: a minor injury
    assert script.conversation.facts["injury"] == "minor"
    keys(qtbot, "n")  # no children
    assert current(workspace) == "fc_what_happened"
    assert "optional" in card.section.text()  # never mandatory while she cannot speak
    assert QApplication.focusWidget() is card.editor
    assert card.editor.toPlainText() == ACCOUNT + " "  # typed once, in the form; type on
    press(qtbot, Qt.Key.Key_Return)
    assert script.conversation.local_values["incident_account"] == ACCOUNT
    assert current(workspace) == "fc_caller"
    assert QApplication.focusWidget() is card
    keys(qtbot, "y")  # "The person being hurt?" yes
    keys(qtbot, "y")  # partners
    keys(qtbot, "yy")  # both 16 or over
    assert current(workspace) == "fc_behaviour"
    keys(qtbot, "y" + "n" * 9)  # hitting; nothing else
    assert script.conversation.facts["abuse_types"] == ("physical",)
    assert current(workspace) == "fc_abuse_when"
    keys(qtbot, "y")  # happening now
    assert QApplication.focusWidget() is card

    assert pane.grade_number.text() == "1"
    assert "Caller cannot speak freely" in pane.badge_texts()
    reasons = pane.reason_texts()
    assert any(r.startswith("Caller cannot speak freely Grade 1") for r in reasons), reasons
    assert any(r.startswith("Suspect there now") for r in reasons), reasons
    assert pane.da_line.text() == "Domestic abuse identified: physical"
    assert script.conversation.open_mandatory == ()  # no free text demanded
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    stored = {a.question_id: a.value for a in triage.answers_for(db, handler, incident)}
    assert stored["fc_can_speak"] == "no" and stored["fc_injury"] == "minor"


def test_each_cause_is_listed_once_under_the_first_reason_it_explains(qtbot, window) -> None:
    workspace = workspace_of(window)
    open_call(qtbot, workspace, "07700 900347")
    keys(qtbot, "1yy")  # talking, can speak, he is there
    keys(qtbot, "n1n")  # no weapon, nobody hurt, no children
    assert current(workspace) == "fc_what_happened"
    press(qtbot, Qt.Key.Key_Return)  # skip the account for now
    keys(qtbot, "11yy1")  # the victim calling; partners; both 16+; hitting
    press(qtbot, Qt.Key.Key_Return)
    keys(qtbot, "1")  # now
    reasons = workspace.recommendation.reason_texts()
    assert len(reasons) >= 4
    causes = [r.split(" — ", 1)[1] for r in reasons]
    listed = [c for text in causes for c in text.split("; ") if c != "the facts above"]
    assert len(listed) == len(set(listed)), reasons  # no fact repeated under another reason
    assert "suspect present = yes" in listed

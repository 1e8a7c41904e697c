"""The script pane from the keyboard: option keys, moving about, changing answers, hand-over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from ui.call.script_pane import ScriptPane
from ui.models.question_table import QuestionTableModel, question_rows
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def pane(qtbot: QtBot) -> ScriptPane:
    widget = ScriptPane()
    qtbot.addWidget(widget)
    widget.resize(560, 760)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)
    widget.focus_question()
    return widget


def key(qtbot: QtBot, text: str) -> None:
    """Press an answer key where the handler's focus is (the question card)."""
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_safety_comes_first_and_every_option_shows_its_key(pane: ScriptPane) -> None:
    assert pane.current_question.id == "fc_call_type"
    assert pane.card.section.text().startswith("IMMEDIATE SAFETY")
    labels = [b.text() for b in pane.card.option_buttons.values()]
    assert labels[0].startswith("1") and "Caller is talking" in labels[0]
    assert "silent line" in pane.card.help.text()  # what to listen for


def test_a_key_answers_and_moves_on_to_the_next_question(qtbot: QtBot, pane: ScriptPane) -> None:
    with qtbot.waitSignal(pane.conversation_changed) as changed:
        key(qtbot, "1")
    assert changed.args[0].answers["fc_call_type"].value == "normal"
    assert pane.current_question.id == "fc_can_speak"
    assert QApplication.focusWidget() is pane.card
    key(qtbot, "x")  # not an answer: nothing happens
    assert "fc_can_speak" not in pane.conversation.answers
    key(qtbot, "n")
    assert pane.conversation.facts["caller_can_speak_freely"] == "no"
    assert pane.current_question.id == "fc_suspect_present"


def test_go_back_change_an_answer_and_clear_one(qtbot: QtBot, pane: ScriptPane) -> None:
    key(qtbot, "1yy")  # normal call, can speak, suspect present
    qtbot.keyClick(pane.card, Qt.Key.Key_Up, CTRL)
    assert pane.current_question.id == "fc_suspect_present"
    key(qtbot, "n")
    assert pane.conversation.facts["suspect_present"] == "no"
    qtbot.keyClick(pane.card, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(pane.card, Qt.Key.Key_Delete)
    assert "fc_suspect_present" not in pane.conversation.answers
    assert pane.card.answer.text() == "Not answered yet."
    qtbot.keyClick(pane.card, Qt.Key.Key_Down, CTRL)
    assert pane.current_question.id == "fc_weapon"


def test_the_list_shows_what_is_still_to_ask_and_enter_jumps_there(
    qtbot: QtBot, pane: ScriptPane
) -> None:
    key(qtbot, "1")
    assert "Mandatory questions still to ask: 9" in pane.list_heading.text()
    states = {r.question_id: r.state for r in pane.model.rows()}
    assert states["fc_call_type"] == "answered" and states["fc_weapon"] == "to_ask"
    assert states["fc_vulnerable_adult"] == "optional"
    qtbot.keyClick(pane.card, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is pane.list_view
    for _ in range(2):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Return)
    assert pane.current_question.id == "fc_weapon"
    assert QApplication.focusWidget() is pane.card
    key(qtbot, "y")
    assert pane.conversation.facts["weapon"] == "yes"


def test_several_keys_for_a_question_that_takes_several_then_enter(
    qtbot: QtBot, pane: ScriptPane
) -> None:
    pane.go_to("fc_call_type")
    key(qtbot, "1")
    pane.go_to("fc_relationship")
    key(qtbot, "1")  # partner: the behaviour question appears
    pane.go_to("fc_behaviour")
    key(qtbot, "35")
    assert set(pane.conversation.facts["abuse_types"]) == {"coercive_control", "emotional"}
    key(qtbot, "5")  # pressed again: taken back
    assert pane.conversation.facts["abuse_types"] == ("coercive_control",)
    assert pane.current_question.id == "fc_behaviour"  # stays until Enter
    assert pane.card.option_buttons["coercive_control"].property("chosen") is True
    qtbot.keyClick(pane.card, Qt.Key.Key_Return)
    assert pane.current_question.id != "fc_behaviour"


def test_a_text_answer_is_typed_and_saved_with_enter(qtbot: QtBot, pane: ScriptPane) -> None:
    key(qtbot, "1")
    pane.go_to("fc_what_happened")
    assert QApplication.focusWidget() is pane.card.editor
    qtbot.keyClicks(pane.card.editor, "He pushed me")
    qtbot.keyClick(pane.card.editor, Qt.Key.Key_Return, SHIFT)  # a new line, not saved yet
    qtbot.keyClicks(pane.card.editor, "and left")
    assert "fc_what_happened" not in pane.conversation.answers
    qtbot.keyClick(pane.card.editor, Qt.Key.Key_Return)
    assert pane.conversation.local_values["incident_account"] == "He pushed me\nand left"
    assert pane.current_question.id != "fc_what_happened"


def test_after_a_text_answer_the_next_question_keys_work_at_once(
    qtbot: QtBot, pane: ScriptPane
) -> None:
    key(qtbot, "1")
    pane.go_to("fc_what_happened")
    qtbot.keyClicks(pane.card.editor, "He pushed me")
    with qtbot.waitSignal(pane.conversation_changed):
        qtbot.keyClick(pane.card.editor, Qt.Key.Key_Return)
    question = pane.current_question
    assert question is not None and question.options  # a key question follows
    assert QApplication.focusWidget() is pane.card  # not the list under the hidden box
    first = question.options[0]
    with qtbot.waitSignal(pane.conversation_changed):
        key(qtbot, first.key)  # no F2 needed
    assert pane.conversation.answers[question.id].value in (first.value, (first.value,))


def test_hand_over_to_the_domestic_abuse_script_keeps_every_answer(
    qtbot: QtBot, pane: ScriptPane
) -> None:
    key(qtbot, "1yny")  # talking, can speak, suspect not there, weapon yes
    assert pane.handover_bar.isHidden()
    pane.go_to("fc_relationship")
    key(qtbot, "2")  # ex-partner: with a weapon, that is domestic abuse
    assert not pane.handover_bar.isHidden()
    assert "Ctrl+Shift+D" in pane.handover_button.text()
    with qtbot.waitSignal(pane.conversation_changed) as changed:
        qtbot.keyClick(pane.card, Qt.Key.Key_D, CTRL | SHIFT)
    assert changed.args[1] == "handover"
    assert pane.conversation.script.id == "domestic_abuse"
    assert pane.heading.text() == "Script: Domestic abuse"
    facts = pane.conversation.facts
    assert (facts["weapon"], facts["relationship"], facts["call_type"]) == (
        "yes",
        "ex_partner",
        "normal",
    )
    # immediate safety first: where exactly the suspect is, then when the weapon was used
    assert pane.current_question.section == "Immediate safety"
    assert pane.current_question.id == "da_suspect_location"
    key(qtbot, "4")  # has left
    assert pane.conversation.facts["suspect_location"] == "left"
    assert pane.current_question.id == "da_weapon_when"  # the weapon was a yes
    key(qtbot, "1")  # happening now
    assert pane.current_question.id == "da_injury"


def test_question_model_passes_the_model_tester(qtmodeltester, pane: ScriptPane) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(QuestionTableModel())
    qtmodeltester.check(pane.model)
    script = shipped_script("domestic_abuse")
    conversation = Conversation.start(script).answer("da_weapon", "yes")
    model = QuestionTableModel()
    model.set_rows(question_rows(conversation, "da_weapon"))
    qtmodeltester.check(model)
    assert model.rows()[model.row_of("da_weapon")].answer == "Yes"


def test_the_hand_over_bar_never_widens_the_script_column(qtbot: QtBot, pane: ScriptPane) -> None:
    narrow = pane.minimumSizeHint().width()
    key(qtbot, "1yny")
    pane.go_to("fc_relationship")
    key(qtbot, "2")  # ex-partner with a weapon: hand-over offered
    assert not pane.handover_bar.isHidden()
    assert pane.minimumSizeHint().width() <= max(narrow, 520)  # fits 1366 beside the others
    text = pane.handover_text
    assert text.wordWrap() and text.height() >= text.heightForWidth(text.width())


def test_the_script_a_call_hands_over_to_is_read_ahead() -> None:
    """Issue 18: read on the worker as the window is built, not on the GUI thread at the
    answer that hands over (about 0.1 s of YAML)."""
    from callhandler.domain.scripts import shipped_script
    from ui.call.script_pane import FIRST_SCRIPT, load_handover_scripts

    assert load_handover_scripts() == 1
    target = shipped_script(FIRST_SCRIPT).handover
    assert target is not None
    before = shipped_script.cache_info().hits
    shipped_script(target.to)
    assert shipped_script.cache_info().hits == before + 1  # already read: no file opened

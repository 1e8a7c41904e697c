"""The risk assessment dialog from the keyboard: live level, follow-ups, judgement, the
homicide-pattern prompt, saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callhandler.desk import DatabaseDesk
from callhandler.services import lifecycle
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import make_staff, new_incident
from ui.app import ensure_application
from ui.risk.answer_row import AnswerRow
from ui.risk.assessment_dialog import RiskAssessmentDialog
from uitools import WAIT_MS

KEYS = {"y": Qt.Key.Key_Y, "n": Qt.Key.Key_N, "k": Qt.Key.Key_K}
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, keys: str) -> None:
    """Answer keys typed where the cursor is, as the handler would."""
    for key in keys:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, KEYS[key])


def focused_key() -> str | None:
    focus = QApplication.focusWidget()
    return focus.key if isinstance(focus, AnswerRow) else None


@pytest.fixture
def opened(qtbot, db: Database, worker):
    ensure_application()  # the workstation's stylesheet: the level badge's size is in it
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    dialog = RiskAssessmentDialog(DatabaseDesk(db, staff.handler), worker, row.id, row.version)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog, staff, row


def test_answering_by_keys_shows_the_level_live_and_the_follow_ups(opened, qtbot) -> None:
    dialog, _staff, _row = opened
    assert focused_key() == "1"  # the first question is ready for Y, N or K
    assert not dialog.rows["8a"].isVisible()
    press(qtbot, "y")  # hurt: the line for what injury takes the cursor; Enter moves on
    assert QApplication.focusWidget() is dialog.rows["1"].detail
    qtbot.keyClicks(dialog.rows["1"].detail, "Bruised arm, first time")
    qtbot.keyClick(dialog.rows["1"].detail, Qt.Key.Key_Return)
    assert focused_key() == "2" and dialog.notes() == {"1": "Bruised arm, first time"}
    press(qtbot, "yy")  # 2, then 3 whose detail line takes the cursor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # skipped: back to 3
    assert focused_key() == "3"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    press(qtbot, "yyyy")  # 4 to 7
    assert focused_key() == "8"
    press(qtbot, "y")  # stalking: its follow-ups appear and come next
    assert dialog.rows["8a"].isVisible() and focused_key() == "8a"
    press(qtbot, "kkkkkkkk")  # 8a to 8h: not counted
    assert focused_key() == "9"
    press(qtbot, "yyyyy")  # 9 to 13
    press(qtbot, "n" * 14)  # 14 to 27
    assert dialog.score().yes_count == 13 and dialog.score().unanswered == ()
    assert (
        dialog.summary.level_badge.text() == "MEDIUM" and "13 yes" in dialog.summary.counts.text()
    )
    # 6 separation, 8 stalking, 9 a new baby, 13 more often: the homicide patterns prompt.
    assert dialog.summary.prompt.isVisible()
    assert "offer a referral by professional judgement" in dialog.summary.marac.text()

    dialog.focus_question("14")
    press(qtbot, "y")  # the 14th yes: visible high risk, live
    assert dialog.summary.level_badge.text() == "HIGH" and "14 yes" in dialog.summary.counts.text()
    assert "visible high risk" in dialog.summary.marac.text()
    assert not dialog.summary.prompt.isVisible()  # high already: nothing left to consider
    assert not any(r.isEnabled() for level, r in dialog.judgement_box.radios.items() if level)

    dialog.focus_question("8")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert focused_key() == "7"
    dialog.focus_question("8")
    press(qtbot, "n")  # the follow-ups go, and their answers with them
    assert not dialog.rows["8a"].isVisible() and "8a" not in dialog.answers()
    assert dialog.score().yes_count == 13


def test_judgement_only_raises_needs_a_reason_and_saving_shows_marac(
    opened, qtbot, db: Database, worker, no_modal_prompts
) -> None:
    dialog, staff, row = opened
    for question in dialog.instrument.questions:
        dialog.answer(question.key, "yes" if question.number == 18 else "no")
    assert dialog.summary.level_badge.text() == "MEDIUM"  # strangulation alone is never standard
    radios = dialog.judgement_box.radios
    assert "standard" not in radios and not radios["medium"].isEnabled()
    assert radios["high"].isEnabled()
    assert not dialog.judgement_box.rationale_edit.isEnabled()
    dialog.set_judgement("high")
    assert (
        dialog.judgement_box.rationale_edit.isEnabled()
        and dialog.summary.level_badge.text().startswith("HIGH")
    )
    assert "professional judgement" in dialog.summary.marac.text()

    dialog.save()  # no reason yet: said inline, the cursor goes there
    assert dialog.error.isVisible() and "Write why" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.judgement_box.rationale_edit
    qtbot.keyClicks(dialog.judgement_box.rationale_edit, "She says he has a new gun and means it.")
    qtbot.keyClicks(dialog.collar_edit, "PC4521")
    assert dialog.problem() == ""

    # Another workstation dispatches the incident first: refused inline, nothing lost.
    version = lifecycle.dispatch(db, staff.handler2, row.id, row.version, grade=1, officers=["PC9"])
    dialog.save()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert dialog.error.isVisible() and dialog.error.text().startswith("Not saved:")
    assert dialog.recorded is None and dialog.answers()["18"] == "yes"

    dialog.version = version  # reopened at the new version
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    recorded = saved.args[0]
    assert recorded.result.final_level == "high" and dialog.version == recorded.version
    outcome = dialog.summary.marac.text()
    assert "MARAC referral criteria met" in outcome
    assert "Professional judgement:</span> Assessed as high risk" in outcome
    assert not dialog.judgement_box.radios[""].isEnabled()  # saved: nothing changes now
    assert not dialog.save_button.isVisible() and not dialog.error.isVisible()
    with db.read() as session:
        incident = session.get(Incident, row.id)
        assert incident is not None and incident.risk_level == "high"
    dialog.reject()  # saved: closes without asking
    assert no_modal_prompts == [] and not dialog.isVisible()


def test_escape_with_unsaved_answers_asks_first(opened, qtbot, no_modal_prompts) -> None:
    dialog, _staff, _row = opened
    press(qtbot, "y")  # the cursor is in the detail line: Esc goes back to the question
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert focused_key() == "1" and not no_modal_prompts
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert no_modal_prompts and no_modal_prompts[0][0] == "confirm_discard"
    assert dialog.isVisible()  # the test's prompt answered "keep"


def answer_only_yes(dialog: RiskAssessmentDialog, *numbers: int) -> None:
    for question in dialog.instrument.questions:
        dialog.answer(question.key, "yes" if question.number in numbers else "no")


def test_strangulation_threat_to_kill_and_separation_prompt_beside_the_level(
    opened, qtbot, db: Database
) -> None:
    dialog, _staff, _row = opened
    answer_only_yes(dialog, 18, 17, 6)  # strangled, threat to kill believed, separated
    summary, prompt = dialog.summary, dialog.summary.prompt
    assert dialog.score().yes_count == 3 and summary.level_badge.text() == "MEDIUM"
    assert prompt.isVisible() and prompt.raise_button.isVisible()
    assert "Consider HIGH risk (professional judgement)" in prompt.heading.text()
    assert "3 homicide patterns (3 or more prompt a judgement): 18 strangulation; 17 threat to" in (
        prompt.text.text()
    )
    assert "kill believed; 6 separation" in prompt.text.text()
    # Beside the level badge (to its right, level with it), and not clipped.
    badge = summary.level_badge.geometry()
    assert prompt.geometry().left() > badge.right()
    assert prompt.geometry().top() < badge.bottom()
    assert prompt.text.height() >= prompt.text.heightForWidth(prompt.text.width())
    assert prompt.raise_button.width() >= prompt.raise_button.sizeHint().width()
    assert prompt.raise_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by Tab

    # Not deciding is not an option: saving says so and puts the cursor in the reason.
    qtbot.keyClicks(dialog.collar_edit, "PC4521")
    dialog.save()
    assert dialog.error.isVisible() and "homicide patterns ask for a decision" in (
        dialog.error.text()
    )
    assert QApplication.focusWidget() is dialog.judgement_box.rationale_edit

    qtbot.keyClick(dialog, Qt.Key.Key_H, ALT)  # Raise to high (a mnemonic animates a click)
    qtbot.waitUntil(lambda: dialog.judgement() == "high", timeout=WAIT_MS)
    assert summary.level_badge.text().startswith("HIGH")
    assert QApplication.focusWidget() is dialog.judgement_box.rationale_edit
    assert not prompt.raise_button.isVisible()  # chosen: the prompt stays, the offer goes
    assert "professional judgement of high risk" in summary.marac.text()
    qtbot.keyClicks(
        dialog.judgement_box.rationale_edit, "Hands round her neck; she left him last week."
    )
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    result = saved.args[0].result
    assert result.patterns.questions == (18, 17, 6) and result.pattern_decision == "raised_to_high"
    assert prompt.isVisible() and not prompt.raise_button.isVisible()
    assert prompt.heading.text() == (
        "Homicide-pattern prompt shown: raised to high by professional judgement"
    )
    assert prompt.text.text().startswith("Reason: “Hands round her neck")
    assert "Prompted to consider high risk by 3 homicide patterns" in summary.marac.text()


def test_three_unrelated_yes_answers_do_not_prompt(opened) -> None:
    dialog, _staff, _row = opened
    answer_only_yes(dialog, 2, 4, 23)  # very frightened, isolated, money problems
    assert dialog.score().yes_count == 3 and dialog.summary.level_badge.text() == "STANDARD"
    assert not dialog.summary.prompt.isVisible()
    assert not dialog.judgement_box.rationale_edit.isEnabled()  # no reason asked for
    assert dialog.judgement_box.problem() == ""
    assert "no criterion met" in dialog.summary.marac.text()


def test_keeping_the_level_when_prompted_needs_a_reason_and_is_recorded(opened, qtbot) -> None:
    dialog, _staff, _row = opened
    answer_only_yes(dialog, 9, 8, 25)  # new baby, stalking, his suicide threats: standard
    assert dialog.summary.level_badge.text() == "STANDARD" and dialog.summary.prompt.isVisible()
    edit = dialog.judgement_box.rationale_edit
    assert edit.isEnabled() and "keep the level" in edit.placeholderText()
    qtbot.keyClicks(dialog.collar_edit, "PC4521")
    assert "homicide patterns ask for a decision" in dialog.problem()
    qtbot.keyClicks(edit, "Stalking was by text only and he is now in custody on remand.")
    assert dialog.problem() == ""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        dialog.save()
    recorded = saved.args[0]
    assert recorded.result.pattern_decision == "not_raised"
    assert recorded.result.final_level == "standard"
    assert recorded.stored.rationale.startswith("Stalking was by text only")
    assert dialog.summary.prompt.heading.text().endswith("not raised to high")
    assert "Not raised to high; the reason is recorded" in dialog.summary.marac.text()

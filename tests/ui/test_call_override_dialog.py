"""The grade decision: recommended grade preselected, a reason for any other, floor warning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from callhandler.domain.facts import Facts
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from ui.call.override_dialog import OverrideDialog
from uitools import WAIT_MS

ALT = Qt.KeyboardModifier.AltModifier
NAMES = {1: "Emergency", 2: "Priority", 3: "Scheduled", 4: "Resolution without deployment"}


@pytest.fixture
def dialog(qtbot: QtBot) -> OverrideDialog:
    facts = Facts({"relationship": "intimate_partner", "abuse_types": ["physical"]})
    recommendation = recommend(facts, None, shipped_policy())
    assert (recommendation.grade, recommendation.policy_floor) == (2, 3)
    widget = OverrideDialog(recommendation, NAMES)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()  # mnemonics (Alt+1…) need the active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)
    return widget


def test_the_recommendation_is_preselected_and_confirms_without_a_reason(
    qtbot: QtBot, dialog: OverrideDialog
) -> None:
    assert dialog.chosen_grade() == 2
    assert "(recommended)" in dialog.radios[2].text()
    assert dialog.ok_button.isEnabled()
    assert dialog.needs.isHidden() and dialog.floor_warning.isHidden()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_another_grade_needs_a_written_reason(qtbot: QtBot, dialog: OverrideDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_1, ALT)  # an upgrade (a mnemonic animates a click)
    qtbot.waitUntil(lambda: dialog.chosen_grade() == 1, timeout=WAIT_MS)
    assert not dialog.ok_button.isEnabled()
    assert "write why" in dialog.needs.text()
    assert dialog.floor_warning.isHidden()
    qtbot.keyClick(dialog, Qt.Key.Key_W, ALT)
    qtbot.keyClicks(dialog.rationale_edit, "short")
    assert not dialog.ok_button.isEnabled()  # not yet a sentence
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    qtbot.keyClicks(dialog.rationale_edit, " but he has a knife in the car")
    assert dialog.ok_button.isEnabled() and dialog.needs.isHidden()


def test_a_downgrade_below_the_floor_warns_that_the_inspector_will_see_it(
    qtbot: QtBot, dialog: OverrideDialog
) -> None:
    qtbot.keyClick(dialog.radios[2], Qt.Key.Key_3)  # grade 3: at the floor, no warning
    assert dialog.chosen_grade() == 3
    assert dialog.floor_warning.isHidden()
    qtbot.keyClick(dialog.radios[3], Qt.Key.Key_4)
    assert not dialog.floor_warning.isHidden()
    assert "FLAGGED FOR THE INSPECTOR" in dialog.floor_warning.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.rationale_edit, "Caller confirms it was a misunderstanding.")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert (dialog.chosen_grade(), dialog.rationale()) == (
        4,
        "Caller confirms it was a misunderstanding.",
    )

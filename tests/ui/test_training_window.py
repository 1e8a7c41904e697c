"""Training mode's window (issue 17): one training call from the keyboard to its debrief, in
the real call window, with the caller answering the question on screen and TRAINING in a band
and in every title."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from call_window import keys, press
from callhandler.services import accounts
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.training.database import open_training_database, training_paths
from callhandler.training.desk import TrainingDesk
from callhandler.training.results import results_over_time
from callhandler.training.scenarios import Scenario, find_scenario, shipped_scenarios
from signin_helpers import PASSWORD
from ui.training.training_window import TrainingWindow
from ui.worker import Worker
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def training(qapp: object) -> Iterator[Database]:
    db = open_training_database(training_paths())
    yield db
    db.dispose()


@pytest.fixture(params=["handler", "inspector"])
def trainee(training: Database, request: pytest.FixtureRequest) -> Actor:
    """A handler, and an inspector (a trainer: their scenario keys must not take the call
    window's Ctrl+N and Ctrl+G)."""
    accounts.create_user(
        training, system_actor("t"), "trainee1", "Trainee One", request.param, PASSWORD
    )
    return accounts.authenticate(training, "trainee1", PASSWORD, "ws-train", failure_delay_s=0)


@pytest.fixture
def window(qtbot, training: Database, trainee: Actor) -> Iterator[TrainingWindow]:  # type: ignore[no-untyped-def]
    worker = Worker()
    main = TrainingWindow(TrainingDesk(training, training_paths()), trainee, worker)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    yield main
    main.stop()
    assert worker.shutdown(WAIT_MS)


def _answer_current(qtbot, window: TrainingWindow, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    """Answer the question on the card with the keys a handler presses for the caller's reply."""
    assert window.workspace is not None
    question = window.workspace.script.current_question
    assert question is not None
    line = scenario.lines.get(question.fact)
    if line is None and question.fact == "call_type":
        keys(qtbot, "1")  # the caller is talking
        return
    if line is None and question.type not in ("text", "date"):
        press(qtbot, Qt.Key.Key_Return)  # an optional question the caller cannot help with
        return
    value = line.answer if line else scenario.opening  # first contact's account
    if question.type in ("text", "date"):
        keys(qtbot, str(value))
        press(qtbot, Qt.Key.Key_Return)
        return
    chosen = value if isinstance(value, tuple) else (value,)
    for option in question.options:
        if option.value in chosen:
            keys(qtbot, option.key)
    if question.type == "multiple":
        press(qtbot, Qt.Key.Key_Return)


def test_a_training_call_from_the_keyboard_to_its_debrief(qtbot, window, training, trainee) -> None:  # type: ignore[no-untyped-def]
    scenario = find_scenario("strangulation_today")
    assert window.windowTitle().startswith("TRAINING")
    assert window.band.isVisible() and "TRAINING" in window.band.text()

    # choose the scenario in the list with the arrow keys, Enter starts it
    assert QApplication.focusWidget() is window.scenarios
    for _ in range([s.id for s in shipped_scenarios()].index(scenario.id)):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=WAIT_MS)
    workspace = window.workspace
    assert workspace is not None
    assert workspace.form.values()["phone"] == scenario.phone
    assert scenario.opening in window.caller.opening_text()
    assert scenario.opening in window.caller.exchange.toPlainText()

    # the address as the caller gives it, then Ctrl+Enter opens the incident
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    address = workspace.form.editors["address"]
    address.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is address, timeout=WAIT_MS)
    keys(qtbot, scenario.address)
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.script.card, timeout=WAIT_MS)

    # the first-contact questions, until the script offers the domestic-abuse questions
    heard_strangulation = False
    for _ in range(80):
        script = workspace.script
        if script.conversation.handover and script.conversation.script.id == "first_contact":
            press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
            continue
        if script.conversation.complete and script.conversation.script.id == "domestic_abuse":
            break
        question = script.current_question
        assert question is not None
        assert window.caller.reply_text() == scenario.reply(question)  # the caller answers it
        if question.fact == "strangulation":
            heard_strangulation = "hands round my neck" in window.caller.reply_text()
        _answer_current(qtbot, window, scenario)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    assert heard_strangulation  # said only when asked
    assert workspace.recommendation.grade_number.text() == "1"

    if os.environ.get("TRAINING_SCREENSHOT"):
        for width, height in ((1366, 768), (1920, 1080)):
            window.resize(width, height)
            shot = Path(os.environ["TRAINING_SCREENSHOT"]).with_suffix(f".call-{width}.png")
            assert window.grab().save(str(shot))
        window.resize(1366, 768)

    # F4: the history, then Ctrl+G decides the recommended grade, and dispatch
    press(qtbot, Qt.Key.Key_F4)
    press(qtbot, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(
        lambda: workspace.override_dialog is not None and workspace.override_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dialog = workspace.override_dialog
    assert dialog is not None and dialog.chosen_grade() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.radios[1], timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    dispatch = workspace.dispatch_dialog
    assert dispatch is not None
    qtbot.keyClicks(dispatch.officers_edit, "PC4521, PC3310")
    qtbot.keyClick(dispatch.officers_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dispatch.isVisible(), timeout=WAIT_MS)
    window.activateWindow()  # offscreen, nothing is active once the dialog has closed
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)

    # Ctrl+Shift+F: the debrief, computed by the core and kept for the trainer
    with qtbot.waitSignal(window.debrief_shown, timeout=WAIT_MS) as shown:
        press(qtbot, Qt.Key.Key_F, CTRL_SHIFT)
    debrief_dialog = shown.args[0]
    debrief = debrief_dialog.debrief
    assert debrief_dialog.windowTitle().startswith("TRAINING")
    assert debrief.expected_grade == 1 and debrief.chosen_grade == 1
    assert debrief.missed_mandatory == ()
    assert debrief.score == 100, debrief.to_text()
    assert debrief.seconds_to_grade is not None
    assert "Score 100 / 100" in debrief_dialog.score.text()
    assert "expected Grade 1" in debrief_dialog.grade.text()
    assert "strangulation" in debrief_dialog.grade.text().lower()
    assert "repeat_victim" not in debrief.expected_flags  # her own call is not her history
    assert debrief_dialog.questions.rowCount() == len(debrief.questions)
    rows = results_over_time(training, trainee)
    assert [(r.scenario_id, r.score) for r in rows] == [(scenario.id, 100)]
    if os.environ.get("TRAINING_SCREENSHOT"):
        shot = Path(os.environ["TRAINING_SCREENSHOT"])
        debrief_dialog.resize(1366, 768)
        assert debrief_dialog.grab().save(str(shot))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not debrief_dialog.isVisible(), timeout=WAIT_MS)
    assert window.pages.currentIndex() == 0  # back to the list for the next call

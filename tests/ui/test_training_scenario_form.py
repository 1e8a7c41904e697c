"""Trainers build, edit and assign scenarios in training mode (issue 17).

From the keyboard only: Ctrl+N opens the scenario form, the Alt keys reach each field, the
caller's answers are chosen from the script's facts and their allowed answers, Ctrl+P takes
the expected result from the policy and Ctrl+S saves a file that ``callhandler training run
FILE --reference`` scores at 100. A bad field is refused with one message naming it.
Ctrl+G assigns the chosen scenario; the trainee then finds it first in their list, marked.
``TRAINING_FORM_SCREENSHOTS=DIR`` saves the form at 1366×768 and 1920×1080.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from call_window import keys, press
from callhandler.cli import main
from callhandler.services import accounts
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.training.attempt import Attempt
from callhandler.training.database import open_training_database, training_paths
from callhandler.training.desk import TrainingDesk
from callhandler.training.scenarios import find_scenario
from signin_helpers import PASSWORD
from ui.training.scenario_editor import ScenarioEditor
from ui.training.training_window import TrainingWindow
from ui.worker import Worker
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
# Fact, the answer as chosen from its list (ticks for several), what the caller says.
ANSWERS = (
    ("caller_can_speak_freely", ("yes",), "Yes, I'm on my own."),
    ("suspect_present", ("no",), "No, I'm at work."),
    ("suspect_location", ("left",), "He's at his mum's."),
    ("caller_relationship", ("victim",), "It happened to me."),
    ("relationship", ("intimate_partner",), "My boyfriend."),
    ("victim_16_or_over", ("yes",), "I'm 29."),
    ("suspect_16_or_over", ("yes",), "He's 31."),
    ("strangulation", ("yes",), "He squeezed my neck."),
    ("strangulation_when", ("before",), "Last night."),
    ("abuse_types", ("physical",), "He hurt me."),
    ("abuse_when", ("today",), "After midnight."),
)


@pytest.fixture
def training(qapp: object) -> Iterator[Database]:
    db = open_training_database(training_paths())
    yield db
    db.dispose()


def _account(training: Database, username: str, role: str) -> Actor:
    accounts.create_user(training, system_actor("t"), username, username.title(), role, PASSWORD)
    return accounts.authenticate(training, username, PASSWORD, "ws-train", failure_delay_s=0)


@pytest.fixture
def worker() -> Iterator[Worker]:
    running = Worker()
    yield running
    assert running.shutdown(WAIT_MS)


def _window(qtbot, training: Database, actor: Actor, worker: Worker) -> TrainingWindow:  # type: ignore[no-untyped-def]
    shown = TrainingWindow(TrainingDesk(training, training_paths()), actor, worker)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    with qtbot.waitSignal(shown.scenarios_listed, timeout=WAIT_MS):
        shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=WAIT_MS)
    return shown


def _field(qtbot, letter: Qt.Key, text: str) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter reaches a field by its label; type into it."""
    press(qtbot, letter, ALT)
    keys(qtbot, text)


def _open_form(qtbot, window: TrainingWindow) -> ScenarioEditor:  # type: ignore[no-untyped-def]
    assert window.trainer is not None
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.trainer.editor is not None, timeout=WAIT_MS)
    form = window.trainer.editor
    assert form is not None
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT_MS)
    return form


def _answer(qtbot, form: ScenarioEditor, fact: str, chosen: tuple[str, ...], says: str) -> None:  # type: ignore[no-untyped-def]
    _field(qtbot, Qt.Key.Key_F, fact)  # the fact list finds it by typing
    assert form.answers.fact.currentData() == fact
    press(qtbot, Qt.Key.Key_W, ALT)
    if form.answers.answer.currentWidget() is form.answers.several:
        listed = form.answers.several
        for value in chosen:
            keys(qtbot, value)  # the list finds the value; Space ticks it
            press(qtbot, Qt.Key.Key_Space)
            assert listed.currentItem().data(Qt.ItemDataRole.UserRole) == value
    else:
        keys(qtbot, chosen[0])
        assert form.answers.choice.currentData() == chosen[0]
    _field(qtbot, Qt.Key.Key_Y, says)
    press(qtbot, Qt.Key.Key_Return)  # Enter puts it in the table


def _history_line(qtbot, form: ScenarioEditor) -> None:  # type: ignore[no-untyped-def]
    """One history line: Alt+N the ref, Tab through days ago, where (kept), category,
    grade and risk (chosen by typing), Alt+U the summary, Enter adds it."""
    _field(qtbot, Qt.Key.Key_N, "TRN-HER-0001")
    for text in ("120", "", "Domestic", "2", "medium"):
        press(qtbot, Qt.Key.Key_Tab)
        if text:
            keys(qtbot, text)
    assert form.history.risk.currentText() == "medium"
    _field(qtbot, Qt.Key.Key_U, "Row.")
    press(qtbot, Qt.Key.Key_Return)


def _fill_form(qtbot, form: ScenarioEditor) -> None:  # type: ignore[no-untyped-def]
    _field(qtbot, Qt.Key.Key_I, "trainer_strangled_at_night")
    _field(qtbot, Qt.Key.Key_T, "Strangled last night, calling from work")
    _field(qtbot, Qt.Key.Key_R, "Trainer's own scenario (DASH red flags)")
    _field(qtbot, Qt.Key.Key_H, "07700 900987")
    _field(qtbot, Qt.Key.Key_A, "14 Heron Row, Fenbridge")
    _field(qtbot, Qt.Key.Key_C, "CB4 7QX")
    _field(qtbot, Qt.Key.Key_O, "My boyfriend grabbed my neck last night. I'm at work now.")
    for fact, chosen, says in ANSWERS:
        _answer(qtbot, form, fact, chosen, says)
    _history_line(qtbot, form)
    _field(qtbot, Qt.Key.Key_E, "Strangulation before today is a red flag whatever the tone.")
    _field(qtbot, Qt.Key.Key_D, "Domestic Abuse Act 2021 s.70")


def test_a_trainer_builds_a_scenario_from_the_keyboard_and_it_scores_100(  # type: ignore[no-untyped-def]
    qtbot, training: Database, worker: Worker, capsys: pytest.CaptureFixture[str]
) -> None:
    trainer = _account(training, "trainer1", "inspector")
    window = _window(qtbot, training, trainer, worker)
    form = _open_form(qtbot, window)
    _fill_form(qtbot, form)
    assert sorted(form.answers.value()) == sorted(fact for fact, _c, _s in ANSWERS)
    assert form.answers.value()["abuse_types"]["answer"] == ["physical"]
    assert form.grade.value() == 1  # nothing from the policy yet
    (line,) = form.history.value()
    assert line == {
        "ref": "TRN-HER-0001",
        "days_ago": 120,
        "on": "phone_and_address",
        "category": "Domestic",
        "domestic_abuse": True,
        "grade": 2,
        "risk_level": "medium",
        "summary": "Row.",
    }

    with qtbot.waitSignal(form.policy_button.clicked, timeout=WAIT_MS, raising=False):
        press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "policy's" in form.message.text(), timeout=WAIT_MS)
    assert form.domestic_abuse.isChecked() and form.dash.isChecked()
    assert "strangulation" in form.flags.text()
    _screenshots(form)

    with qtbot.waitSignal(form.saved, timeout=WAIT_MS) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)
    file = Path(saved.args[0])
    assert file.parent == training_paths().data_dir / "scenarios"
    qtbot.waitUntil(
        lambda: any(
            window.scenarios.item(i).data(Qt.ItemDataRole.UserRole) == file.stem
            for i in range(window.scenarios.count())
        ),
        timeout=WAIT_MS,
    )
    capsys.readouterr()
    assert main(["training", "run", str(file), "--reference", "--json"]) == 0
    scored = json.loads(capsys.readouterr().out)
    assert scored["score"] == 100 and scored["policy_disagreements"] == []
    window.stop()


def test_a_bad_field_gives_its_message_and_nothing_is_saved(  # type: ignore[no-untyped-def]
    qtbot, training: Database, worker: Worker
) -> None:
    trainer = _account(training, "trainer1", "inspector")
    window = _window(qtbot, training, trainer, worker)
    form = _open_form(qtbot, window)
    _fill_form(qtbot, form)
    form.phone.clear()
    _field(qtbot, Qt.Key.Key_H, "12")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "cannot be saved" in form.message.text(), timeout=WAIT_MS)
    assert "call/phone" in form.message.text() and "too short" in form.message.text()
    assert "Traceback" not in form.message.text()
    assert form.isVisible()
    assert not (training_paths().data_dir / "scenarios").exists()
    window.stop()


def test_esc_on_unsaved_changes_warns_before_closing(  # type: ignore[no-untyped-def]
    qtbot, training: Database, worker: Worker
) -> None:
    trainer = _account(training, "trainer1", "inspector")
    window = _window(qtbot, training, trainer, worker)
    form = _open_form(qtbot, window)
    _field(qtbot, Qt.Key.Key_T, "Half a scenario")
    press(qtbot, Qt.Key.Key_Escape)
    assert form.isVisible() and "Not saved" in form.message.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()
    window.stop()


def test_a_shipped_scenario_opens_as_a_copy(qtbot, training: Database, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    trainer = _account(training, "trainer1", "inspector")
    window = _window(qtbot, training, trainer, worker)
    assert window.trainer is not None
    first = window.selected_scenario()
    assert first is not None
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.trainer.editor is not None, timeout=WAIT_MS)
    form = window.trainer.editor
    assert form.scenario_id.text() == f"{first.id}_copy" and form.editing is None
    assert form.answers.value() and form.title_edit.text().endswith("(copy)")
    qtbot.waitUntil(form.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(form.saved, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_S, CTRL)  # the copy, unchanged, saves as the trainer's own
    copy_id = f"{first.id}_copy"
    qtbot.waitUntil(lambda: copy_id in window.catalogue.own_ids, timeout=WAIT_MS)

    # the trainer's own copy is edited in place: same file, new title
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.scenarios.setFocus()
    press(qtbot, Qt.Key.Key_End)  # the trainers' scenarios come after the shipped ones
    assert window.selected_id() == copy_id
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.trainer.editor is not form, timeout=WAIT_MS)
    again = window.trainer.editor
    assert again.editing == copy_id and again.scenario_id.text() == copy_id
    qtbot.waitUntil(again.isActiveWindow, timeout=WAIT_MS)
    again.title_edit.clear()
    _field(qtbot, Qt.Key.Key_T, "Edited by the trainer")
    with qtbot.waitSignal(again.saved, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_S, CTRL)
    folder = training_paths().data_dir / "scenarios"
    assert [f.name for f in folder.iterdir() if f.suffix == ".yaml"] == [f"{copy_id}.yaml"]
    qtbot.waitUntil(
        lambda: window.catalogue.find(copy_id).title == "Edited by the trainer", timeout=WAIT_MS
    )
    window.stop()


def test_an_assigned_call_comes_first_for_the_trainee(
    qtbot, training: Database, worker: Worker
) -> None:  # type: ignore[no-untyped-def]
    trainer = _account(training, "trainer1", "inspector")
    trainee = _account(training, "trainee1", "handler")
    window = _window(qtbot, training, trainer, worker)
    assert window.trainer is not None
    press(qtbot, Qt.Key.Key_End)  # the last scenario in the list
    chosen = window.selected_id()
    press(qtbot, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: window.trainer.assigning is not None, timeout=WAIT_MS)
    dialog = window.trainer.assigning
    qtbot.waitUntil(lambda: dialog.people.count() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    assert dialog.people.currentItem().text().startswith("Trainee1 (trainee1")  # by name
    with qtbot.waitSignal(dialog.assigned, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    window.stop()
    window.close()

    mine = _window(qtbot, training, trainee, worker)
    first = mine.scenarios.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == chosen
    assert first.text().startswith("★ ASSIGNED TO YOU")
    assert not mine.scenarios.item(1).text().startswith("★")
    assert QApplication.focusWidget() is mine.scenarios and mine.selected_id() == chosen
    mine.stop()


def _screenshots(form: ScenarioEditor) -> None:
    folder = os.environ.get("TRAINING_FORM_SCREENSHOTS")
    if not folder:
        return
    for width, height in ((1366, 768), (1920, 1080)):
        form.resize(min(width - 26, 1880), height - 60)
        QApplication.processEvents()
        form.grab().save(str(Path(folder) / f"training-scenario-form-{width}x{height}.png"))


def test_the_results_list_shows_assigned_calls_taken_and_not_yet(  # type: ignore[no-untyped-def]
    qtbot, training: Database, worker: Worker
) -> None:
    trainer = _account(training, "trainer1", "inspector")
    trainee = _account(training, "trainee1", "handler")
    desk = TrainingDesk(training, training_paths())
    desk.assign(trainer, "trainee1", "male_victim")
    desk.assign(trainer, "trainee1", "order_breach")
    scenario = find_scenario("male_victim")
    attempt = Attempt.from_json({"answers": scenario.reference_answers(), "grade": 1})
    taken = desk.finish_call(trainee, scenario, attempt)  # taken after it was assigned

    mine = _window(qtbot, training, trainee, worker)
    ids = [mine.scenarios.item(i).data(Qt.ItemDataRole.UserRole) for i in range(3)]
    texts = [mine.scenarios.item(i).text() for i in range(3)]
    assert ids[:2] == ["order_breach", "male_victim"]  # not yet taken, then taken
    assert texts[0].startswith("★ ASSIGNED TO YOU")
    assert texts[1].startswith(f"✓ Assigned, taken (best {taken.score}/100)")
    assert not texts[2].startswith(("★", "✓"))
    _save(mine, "training-assigned-list")
    mine.stop()
    mine.close()

    window = _window(qtbot, training, trainer, worker)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: window.results is not None, timeout=WAIT_MS)
    results = window.results
    assert results is not None
    qtbot.waitUntil(lambda: results.assigned.rowCount() == 2, timeout=WAIT_MS)
    assert results.assigned_status.text() == "Assigned calls: 2, taken 1, not yet 1."
    cells = {
        results.assigned.item(r, 1).text(): results.assigned.item(r, 4).text() for r in range(2)
    }
    assert cells == {"male_victim": "yes (1)", "order_breach": "not yet"}
    qtbot.waitUntil(lambda: results.table.rowCount() == 1, timeout=WAIT_MS)
    _save(results, "training-results-assigned")
    window.stop()


def _save(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TRAINING_FORM_SCREENSHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))

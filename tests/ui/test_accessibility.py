"""Every control a screen reader reaches is named and explained (issue 16).

Each window a handler, an inspector and an administrator reach is opened as the fit test
opens it (tests/ui/test_fits_screen.py's openers: sign-in, lock, the main window for each
role on every tab, the call window during a call with history, the DASH, closure,
briefing, grade and dispatch, markers, sign and return, trigger, QA, the read-only
incident and whatever the fit test adds), plus the training windows (scenario list, a call
under way, the debrief, the trainer's results), and its accessibility tree is walked
(tests/ui/a11y_check.py), every page of a tab widget inside it too. The call window is
also walked in each mode (before a call, a caller who cannot speak, an answer in words, a
line open with nobody speaking). A failure names the window and, for each control, its
class, object name and parent chain. Colour said in words: the grade header, the history
banners and flags, the DASH level and the debrief's cells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import a11y_check
import pytest
from fit_call import call_in_progress
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from test_fits_screen import OPENERS, Opener, risk_dialog
from test_silent_calls_ui import ACCOUNT, open_call

from call_window import handler_window, keys, workspace_of
from callhandler.services import accounts
from callhandler.services.context import system_actor
from callhandler.services.policy_impact import Change
from callhandler.storage.engine import Database
from callhandler.training.database import open_training_database, training_paths
from callhandler.training.desk import TrainingDesk
from closure_helpers import Staff, make_staff
from signin_helpers import PASSWORD
from ui.call.history_panel import Banner
from ui.oversight.oversight_table import OversightTable
from ui.oversight.policy_impact_model import PolicyImpactModel
from ui.training.results_dialog import ResultsDialog
from ui.training.training_window import TrainingWindow
from ui.worker import Worker
from uitools import WAIT_MS


@pytest.fixture
def training(qapp: object) -> Iterator[Database]:
    db = open_training_database(training_paths())
    yield db
    db.dispose()


def training_windows(training: Database, request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The scenario list, a training call under way (the caller panel beside the call
    window), a finished call's debrief, and the trainer's results."""

    def opener(qtbot, db: Database, worker: Worker, staff: Staff):  # type: ignore[no-untyped-def]
        def sign_in(name: str, role: str):  # type: ignore[no-untyped-def]
            accounts.create_user(training, system_actor("t"), name, name.title(), role, PASSWORD)
            return accounts.authenticate(training, name, PASSWORD, "ws-t", failure_delay_s=0)

        trainee = sign_in("trainee1", "handler")

        def window() -> TrainingWindow:
            shown = TrainingWindow(TrainingDesk(training, training_paths()), trainee, worker)
            qtbot.addWidget(shown)
            request.addfinalizer(shown.stop)  # before the worker shuts down
            shown.show()
            return shown

        def in_a_call() -> TrainingWindow:
            shown = window()
            shown.start_selected()
            qtbot.waitUntil(lambda: shown.workspace is not None, timeout=WAIT_MS)
            history = shown.workspace.history  # the number's look-up done before it ends:
            qtbot.waitUntil(  # one still on its way when the call is finished finds its panel
                lambda: history.last_result is not None and not worker.busy, timeout=WAIT_MS
            )  # deleted (RuntimeError in HistoryPanel._show; not this test's subject)
            return shown

        listing, calling, finished = window(), in_a_call(), in_a_call()
        with qtbot.waitSignal(finished.debrief_shown, timeout=WAIT_MS) as debrief:
            finished.finish()
        table = QAccessible.queryAccessibleInterface(debrief.args[0].questions)
        cells = [table.child(i) for i in range(table.childCount())]
        said = {c.text(a11y_check.DESCRIPTION) for c in cells if c.role() == QAccessible.Role.Cell}
        assert said == {"missed or wrong"}  # nothing was asked: each row's colour, in words
        trainer = sign_in("trainer1", "inspector")
        results = ResultsDialog(TrainingDesk(training, training_paths()), trainer, worker)
        qtbot.addWidget(results)
        results.show()
        qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
        return [
            ("training window, scenario list", listing),
            ("training window, during a call", calling),
            ("training debrief", debrief.args[0]),
            ("trainees' results", results),
        ]

    return opener


WINDOWS = [*OPENERS, "training"]


@pytest.mark.parametrize("which", WINDOWS, ids=WINDOWS)
def test_every_control_is_named_and_explained(
    qtbot, db: Database, worker: Worker, which: str, request: pytest.FixtureRequest
) -> None:
    staff = make_staff(db)
    opener: Opener = (
        training_windows(request.getfixturevalue("training"), request)
        if which == "training"
        else OPENERS[which]
    )
    found: list[str] = []
    pages: set[tuple[int, int]] = set()  # (tab widget, index) already walked
    for name, window, *show in opener(qtbot, db, worker, staff):
        if show:  # the main window's tabs, one at a time, each as it is shown
            show[0]()
            qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
        unnamed, reached = a11y_check.walk(window)
        if type(window) is not QWidget:  # a bare host (a dialog's owner) holds nothing
            assert reached, f"{name}: the walk reached no focusable control"
        found.extend(f"{name}: {problem}" for problem in unnamed)
        found.extend(_inner_tabs(qtbot, worker, name, window, pages))
    found = list(dict.fromkeys(found))
    assert not found, f"{len(found)} controls a screen reader cannot name:\n" + "\n".join(found)


def _inner_tabs(qtbot, worker: Worker, name: str, window: QWidget, pages: set) -> list[str]:  # type: ignore[no-untyped-def]
    """Each page of a tab widget inside the window (Oversight's lists, charts, QA, policy
    impact), walked once as it is shown; the tab shown before is put back."""
    found = []
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        before = tabs.currentIndex()
        for index in range(tabs.count()):
            if (id(tabs), index) in pages or index == before:
                continue
            pages.add((id(tabs), index))
            tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
            where = f"{name} > {tabs.tabText(index)!r}"
            found.extend(f"{where}: {problem}" for problem in a11y_check.problems(window))
        tabs.setCurrentIndex(before)
    return found


def test_the_walk_notices_an_unnamed_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A box with only a placeholder, a box whose buddy label has another parent, a combo
    box with no label, an icon-only button are each reported by class, object name and
    parent; a buddy-labelled box is not."""
    window = QWidget(objectName="probe")
    panel = QWidget(window, objectName="panel")
    layout = QVBoxLayout(panel)
    named = QLineEdit(objectName="named")
    label = QLabel("&Caller's number")
    label.setBuddy(named)
    named.setAccessibleDescription("The number the caller rang from.")
    placeholder_only = QLineEdit(objectName="placeholder_only", placeholderText="Type here")
    cell = QWidget(objectName="cell")
    in_a_cell = QLineEdit(cell, objectName="in_a_cell")
    QVBoxLayout(cell).addWidget(in_a_cell)
    outside = QLabel("&Address")  # as the new-call form had it: not where Qt looks
    outside.setBuddy(in_a_cell)
    choice = QComboBox(objectName="choice")
    choice.addItems(["Emergency", "Priority"])
    icon_only = QPushButton(objectName="icon_only")
    for widget in (label, named, placeholder_only, outside, cell, choice, icon_only):
        layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()

    found = a11y_check.problems(window)

    assert found == [
        "no accessible name: QLineEdit#placeholder_only < QWidget#panel < QWidget#probe",
        "no accessible name: QLineEdit#in_a_cell < QWidget#cell < QWidget#panel < QWidget#probe",
        "no accessible name: QComboBox#choice < QWidget#panel < QWidget#probe",
        "no accessible name: QPushButton#icon_only < QWidget#panel < QWidget#probe",
    ]
    choice.setAccessibleName("Grade")
    icon_only.setText("&Dispatch")
    placeholder_only.setAccessibleName("Notes")  # its placeholder is its description
    in_a_cell.setAccessibleName("Address")  # the new-call form's fix
    assert a11y_check.problems(window) == [
        "no accessible description ('Grade'): QComboBox#choice < QWidget#panel < QWidget#probe",
    ]


def _said(widget: QWidget) -> tuple[str, str]:
    """What a screen reader says for ``widget``: its name and description, as Qt reports them."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(a11y_check.NAME), face.text(a11y_check.DESCRIPTION)


def test_grade_and_warnings_carry_their_meaning_in_words(qtbot, db: Database, worker: Worker):  # type: ignore[no-untyped-def]
    """The grade header's colour and each history banner's colour are said in words."""
    window = call_in_progress(qtbot, db, worker, make_staff(db))
    pane = workspace_of(window).recommendation
    assert pane.recommendation is not None
    grade, name = pane.recommendation.grade, pane.recommendation.grade_name
    assert _said(pane.grade_box)[0] == f"Recommended grade {grade}, {name}"
    assert _said(pane.grade_number)[0] == f"Recommended grade {grade}, {name}"  # not just "2"
    banners = [b for b in window.findChildren(Banner) if b.isVisibleTo(window) and b.text()]
    said = {_said(b)[0]: _said(b)[1] for b in banners}
    repeat_victim = next(text for text in said if "REPEAT VICTIM" in text)
    assert said[repeat_victim] in ("Danger", "Warning")
    assert set(said.values()) <= {"Danger", "Warning", "Note", "All clear"}
    badges = pane.badges_widget.findChildren(QLabel)
    assert badges and all(_said(b)[1] in ("Danger", "Warning", "Note") for b in badges)


def test_the_risk_level_is_said_in_words(qtbot, db: Database, worker: Worker) -> None:  # type: ignore[no-untyped-def]
    ((_, dialog),) = risk_dialog(qtbot, db, worker, make_staff(db))
    badge = dialog.summary.level_badge
    assert _said(badge)[0] == f"DASH risk level: {badge.text().lower()}"  # before any answer
    for question in dialog.instrument.questions:  # every yes: visible high risk
        dialog.answer(question.key, "yes")
    assert badge.text() == "HIGH"  # coloured red by the theme
    assert _said(badge)[0] == "DASH risk level: high"


def test_the_call_window_is_named_in_every_mode(qtbot, db: Database, worker: Worker, handler):  # type: ignore[no-untyped-def]
    """Before a call, a caller who cannot speak (yes/no prompts, then a question answered
    in words) and a line open with nobody speaking: every control named and explained, and
    the question card says its question, its answer and its keys."""
    found: list[str] = []

    def walk(state: str, window: QWidget) -> None:
        found.extend(f"call window, {state}: {problem}" for problem in a11y_check.problems(window))

    window = handler_window(qtbot, db, worker, handler)
    workspace = workspace_of(window)
    card = workspace.script.card
    walk("before a call", window)
    assert _said(workspace.recommendation.grade_box)[0] == "No recommended grade: no call yet"
    open_call(qtbot, workspace, "07700 900346", ACCOUNT)
    keys(qtbot, "1n")  # a caller on the line who cannot speak freely
    walk("caller cannot speak", window)
    name, description = _said(card)
    assert card.text.text() in name and "CALLER CANNOT SPEAK" in description
    keys(qtbot, "y2n1n")  # by key presses, up to the account in words
    assert QApplication.focusWidget() is card.editor
    walk("a question answered in words", window)
    assert _said(card.editor) == ("Answer in words", card.keys_hint.text())

    silent = handler_window(qtbot, db, worker, handler)
    open_call(qtbot, workspace_of(silent), "07700 900347")
    keys(qtbot, "2")  # line open, nobody speaking: the listening checklist
    walk("line open, nobody speaking", silent)
    assert "hear" in _said(workspace_of(silent).script.card)[1]
    assert not found, "\n".join(found)


def test_a_grade_below_the_new_floor_is_said_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The policy impact table paints a handler's grade below the new floor red; a screen
    reader hears why (the cell's description), a grade within it says nothing extra."""
    model = PolicyImpactModel()
    when = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
    below = Change("CH-2026-000101", when, 2, 1, 3, 1, 3, (), (), False)  # chose 3, floor 1
    within = Change("CH-2026-000102", when, 2, 1, 3, 2, 2, (), (), False)
    model.set_rows([below, within])
    view = OversightTable()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    table = QAccessible.queryAccessibleInterface(view)
    cells = [table.child(i) for i in range(table.childCount())]
    said = [c.text(a11y_check.DESCRIPTION) for c in cells if c.role() == QAccessible.Role.Cell]
    assert [text for text in said if text] == ["Grade 3 is below the new policy's floor of 1"]

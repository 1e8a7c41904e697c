"""Training mode's main window: pick a scenario, take it in the real call window, debrief."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.conversation import Conversation
from callhandler.services.context import Actor
from callhandler.training.assignments import Assignment
from callhandler.training.attempt import Attempt
from callhandler.training.authoring import Catalogue
from callhandler.training.debrief import Debrief
from callhandler.training.desk import TrainingCall, TrainingDesk
from callhandler.training.results import TRAINERS
from callhandler.training.scenarios import Scenario
from ui.call.call_workspace import CallWorkspace
from ui.training.band import TrainingBand, training_title
from ui.training.caller_panel import CallerPanel
from ui.training.debrief_dialog import DebriefDialog
from ui.training.results_dialog import ResultsDialog
from ui.training.trainer_tools import TrainerTools
from ui.worker import Failure, Worker


class _FocusWatch(QObject):
    """Notes when a widget first gets the keyboard focus (the history list: F4)."""

    focused = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit()
        return False


class TrainingWindow(QMainWindow):
    """The TRAINING band, then either the scenario list (Enter starts one) or a call.

    A call is the real ``CallWorkspace`` on a ``DatabaseDesk`` over a call database of its
    own (callhandler.training.database), with the caller panel answering the question on
    the script's card. Ctrl+Shift+F finishes: the core scores the call and keeps the result
    in the training database, and the debrief opens. Trainers (inspectors) see every
    trainee's results with Ctrl+R, and build, edit and assign scenarios (``trainer``,
    ui/training/trainer_tools.py). The list holds the shipped scenarios and the trainers'
    own; the calls assigned to the signed-in trainee come first, marked.
    Signals: ``debrief_shown(dialog)``, ``scenarios_listed()``.
    """

    debrief_shown = Signal(object)
    scenarios_listed = Signal()

    def __init__(self, desk: TrainingDesk, actor: Actor, worker: Worker) -> None:
        super().__init__()
        self.desk, self.actor, self._worker = desk, actor, worker
        self.setWindowTitle(
            training_title(
                self.tr("Call handler workstation — %1").replace("%1", actor.display_name)
            )
        )
        self.workspace: CallWorkspace | None = None
        self.caller = CallerPanel()
        self.debrief: DebriefDialog | None = None
        self.results: ResultsDialog | None = None
        self._scenario: Scenario | None = None
        self._call: TrainingCall | None = None
        self._started = 0.0
        self._graded_after: float | None = None
        self._history_opened_first = False
        self._conversation: Conversation | None = None
        self._chosen_grade: int | None = None

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.scenarios = QListWidget()
        self.scenarios.setObjectName("scenarioList")
        self.scenarios.setAccessibleName(self.tr("Training scenarios"))
        self.scenarios.setAccessibleDescription(self.tr("Enter starts the chosen training call."))
        self.catalogue = desk.catalogue()  # the files only: the assignments follow
        self.assigned: list[Assignment] = []
        self._fill_list()
        self.scenarios.itemActivated.connect(lambda _item: self.start_selected())
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.addWidget(QLabel(self.tr("Choose a training call and press Enter:")))
        chooser_layout.addWidget(self.scenarios, 1)
        chooser_layout.addWidget(self.message)
        self.trainer: TrainerTools | None = None
        if actor.role in TRAINERS:
            self.trainer = TrainerTools(self, chooser, desk, actor, worker)
            chooser_layout.addWidget(QLabel(self.trainer.keys_text()))

        self.finish_button = QPushButton(self.tr("&Finish: debrief (Ctrl+Shift+F)"))
        self.finish_button.clicked.connect(self.finish)
        self.call_page = QWidget()
        self.call_layout = QVBoxLayout(self.call_page)
        self.call_layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.call_layout.addWidget(self.splitter, 1)
        self.caller_column = QWidget()
        column = QVBoxLayout(self.caller_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.caller, 1)
        column.addWidget(self.finish_button)

        self.pages = QStackedWidget()
        self.pages.addWidget(chooser)
        self.pages.addWidget(self.call_page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.band = TrainingBand()
        layout.addWidget(self.band)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        for keys, slot in (("Ctrl+Shift+F", self.finish), ("Ctrl+R", self.show_results)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        self.scenarios.setFocus()
        self.reload_scenarios()

    # -- the list -----------------------------------------------------------------------

    def reload_scenarios(self) -> None:
        """Read the scenario files and this trainee's assignments again (on the worker)."""

        def read() -> tuple[Catalogue, list[Assignment]]:
            return self.desk.catalogue(), self.desk.assignments(self.actor)

        self._worker.submit(read, on_done=self._listed, on_error=self._failed)

    def _listed(self, found: tuple[Catalogue, list[Assignment]]) -> None:
        catalogue, assigned = found
        if catalogue == self.catalogue and assigned == self.assigned:
            self.scenarios_listed.emit()
            return  # nothing changed: the list and the trainee's place in it stay
        before = {a.scenario_id for a in self.assigned}
        news = any(not a.done and a.scenario_id not in before for a in assigned)
        self.catalogue, self.assigned = catalogue, assigned
        self._fill_list(first=news)  # a newly assigned call is the one chosen
        self.scenarios_listed.emit()

    def _fill_list(self, *, first: bool = False) -> None:
        """Assigned calls not yet taken, then assigned ones taken, then the rest."""
        current = None if first else self.selected_id()
        by_id = {a.scenario_id: a for a in self.assigned}
        order = {s.id: i for i, s in enumerate(self.catalogue.scenarios)}

        def rank(scenario: Scenario) -> tuple[int, int]:
            mine = by_id.get(scenario.id)
            group = 2 if mine is None else (1 if mine.done else 0)
            return group, order[scenario.id]

        self.scenarios.clear()
        for scenario in sorted(self.catalogue.scenarios, key=rank):
            self.scenarios.addItem(self._item(scenario, by_id.get(scenario.id)))
        ids = [s.id for s in sorted(self.catalogue.scenarios, key=rank)]
        self.scenarios.setCurrentRow(ids.index(current) if current in ids else 0)
        if self.catalogue.problems:
            self.message.setText("\n".join(self.catalogue.problems))

    def _item(self, scenario: Scenario, mine: Assignment | None) -> QListWidgetItem:
        text = scenario.title
        if scenario.id in self.catalogue.own_ids:
            text = self.tr("%1 (trainer's scenario)").replace("%1", text)
        if mine is not None and not mine.done:
            text = self.tr("★ ASSIGNED TO YOU — %1").replace("%1", text)
        elif mine is not None:
            text = (
                self.tr("✓ Assigned, taken (best %1/100) — %2")
                .replace("%1", str(mine.best_score))
                .replace("%2", text)
            )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, scenario.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        return item

    def selected_id(self) -> str | None:
        item = self.scenarios.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @property
    def in_a_call(self) -> bool:
        """A training call is open (the trainer's keys wait until it ends)."""
        return self.workspace is not None

    def selected_scenario(self) -> Scenario | None:
        chosen = self.selected_id()
        return self.catalogue.find(chosen) if chosen else None

    # -- starting a call ----------------------------------------------------------------

    def start_selected(self) -> None:
        scenario = self.selected_scenario()
        if scenario is None or self._scenario is not None:
            return
        self._scenario = scenario
        self.message.setText(self.tr("Preparing the call…"))
        self._worker.submit(
            self.desk.start_call,
            self.actor,
            scenario,
            on_done=self._call_ready,
            on_error=self._failed,
        )

    def _call_ready(self, call: TrainingCall) -> None:
        assert self._scenario is not None
        self._call = call
        workspace = CallWorkspace(call.desk, self._worker)
        self.workspace = workspace
        self.caller.set_scenario(self._scenario)
        workspace.script.question_shown.connect(self.caller.show_question)
        # The workspace starts the next call once this one is dispatched: keep what was done.
        workspace.script.conversation_changed.connect(self._answered)
        workspace.grading.decided.connect(self._graded)
        watch = _FocusWatch(workspace)
        workspace.history.exact_view.installEventFilter(watch)
        watch.focused.connect(self._history_opened)
        self.splitter.addWidget(workspace)
        self.splitter.addWidget(self.caller_column)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([max(600, self.width() - 250), 250])
        self.pages.setCurrentWidget(self.call_page)
        self._started = time.monotonic()
        self._graded_after = None
        self._history_opened_first = False
        self._conversation, self._chosen_grade = None, None
        self.message.setText("")
        # The number the caller rings from, as the control-room system shows it.
        workspace.form.set_values({"phone": self._scenario.phone})
        self.activateWindow()  # the list that had the focus is hidden now
        workspace.form.setFocus()
        self.caller.show_question(workspace.script.current_question)

    def _answered(self, conversation: Conversation, _what: str) -> None:
        self._conversation = conversation

    def _graded(self) -> None:
        assert self.workspace is not None
        self._chosen_grade = self.workspace.grading.decided_grade
        if self._graded_after is None:
            self._graded_after = time.monotonic() - self._started

    def _history_opened(self) -> None:
        if self._graded_after is None:
            self._history_opened_first = True

    # -- the end of the call ------------------------------------------------------------

    def attempt(self) -> Attempt:
        """What the trainee did, as the core scores it."""
        given = self._conversation.all_answers if self._conversation else ()
        answers = {
            a.question_id: list(a.value) if isinstance(a.value, tuple) else a.value for a in given
        }
        return Attempt.from_json(
            {
                "answers": answers,
                "grade": self._chosen_grade,
                "history_viewed_before_grading": self._history_opened_first,
                "seconds_to_grade": self._graded_after,
            }
        )

    def finish(self) -> None:
        if self.workspace is None or self._scenario is None or self._call is None:
            return
        self.finish_button.setEnabled(False)
        self._worker.submit(
            self.desk.finish_call,
            self.actor,
            self._scenario,
            self.attempt(),
            on_done=self._show_debrief,
            on_error=self._failed,
        )

    def _show_debrief(self, debrief: Debrief) -> None:
        self._end_call()
        self.debrief = DebriefDialog(debrief, self)
        self.debrief.finished.connect(lambda _code: self.scenarios.setFocus())
        self.reload_scenarios()  # an assigned call is taken now
        self.debrief.resize(1200, 720)
        self.debrief.show()
        self.debrief_shown.emit(self.debrief)

    def _end_call(self) -> None:
        if self.workspace is not None:
            self.workspace.stop()
            self.workspace.setParent(None)
            self.workspace.deleteLater()
            self.workspace = None
        if self._call is not None:
            self._worker.submit(self._call.close)
            self._call = None
        self._scenario = None
        self.finish_button.setEnabled(True)
        self.pages.setCurrentIndex(0)

    def _failed(self, failure: Failure) -> None:
        self.message.setText(failure.message)
        self.finish_button.setEnabled(True)
        if self.workspace is None:
            self._scenario = None

    # -- trainers -----------------------------------------------------------------------

    def show_results(self) -> None:
        if self.actor.role not in TRAINERS:
            return
        self.results = ResultsDialog(self.desk, self.actor, self._worker, self)
        self.results.show()

    def stop(self) -> None:
        if self.workspace is not None:
            self.workspace.stop()
        if self._call is not None:
            self._worker.submit(self._call.close)
            self._call = None

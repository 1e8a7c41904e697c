"""A trainer's keys in the training window: build, edit or copy, and assign scenarios.

Ctrl+N opens an empty scenario form; Ctrl+E edits the chosen scenario (a trainer's own is
changed in place; a shipped one opens as a copy under a new id: the shipped file is never
overwritten); Ctrl+G assigns the chosen scenario to a trainee. Saving or assigning reloads
the window's list. The keys work on the scenario list's page only (in a call, Ctrl+N and
Ctrl+G belong to the call window).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from callhandler.services.context import Actor
from callhandler.training.authoring import Catalogue, copy_document, scenario_document
from callhandler.training.desk import TrainingDesk
from callhandler.training.scenarios import Scenario
from ui.training.assign_dialog import AssignDialog
from ui.training.scenario_editor import ScenarioEditor
from ui.worker import Worker


class ScenarioList(Protocol):
    """What the trainer's keys need of the training window (not the whole window, so the
    two modules do not import each other)."""

    @property
    def catalogue(self) -> Catalogue: ...

    @property
    def scenarios(self) -> QWidget: ...

    @property
    def in_a_call(self) -> bool: ...

    def selected_scenario(self) -> Scenario | None: ...

    def reload_scenarios(self) -> None: ...


class TrainerTools(QObject):
    """The trainer's shortcuts on ``window``; ``editor`` and ``assigning`` are the dialogs
    last opened (tests and screenshots reach them there)."""

    def __init__(
        self,
        window: ScenarioList,
        scope: QWidget,
        desk: TrainingDesk,
        actor: Actor,
        worker: Worker,
    ) -> None:
        assert isinstance(window, QWidget)  # the training window: the dialogs' parent
        super().__init__(window)
        self.window, self.desk, self.actor, self._worker = window, desk, actor, worker
        self._host: QWidget = window
        self.editor: ScenarioEditor | None = None
        self.assigning: AssignDialog | None = None
        for keys, slot in (
            ("Ctrl+N", self.new_scenario),
            ("Ctrl+E", self.edit_selected),
            ("Ctrl+G", self.assign_selected),
        ):
            # Only on the scenario list's page: in a call, Ctrl+N and Ctrl+G are the call
            # window's own (a new call, the grade).
            shortcut = QShortcut(QKeySequence(keys), scope)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    @staticmethod
    def keys_text() -> str:
        return QCoreApplication.translate(
            "TrainerTools",
            "Trainers: Ctrl+N new scenario · Ctrl+E edit (a shipped one: a copy) · "
            "Ctrl+G assign to a trainee · Ctrl+R trainees' results",
        )

    def new_scenario(self) -> None:
        self._open_editor(None, None)

    def edit_selected(self) -> None:
        scenario = self.window.selected_scenario()
        if scenario is None:
            return
        catalogue = self.window.catalogue
        if scenario.id in catalogue.own_ids:
            self._open_editor(scenario_document(scenario), scenario.id)
        else:
            taken = {s.id for s in catalogue.scenarios}
            self._open_editor(copy_document(scenario, taken), None)

    def _open_editor(self, data: dict[str, object] | None, editing: str | None) -> None:
        if self.window.in_a_call:
            return  # not in the middle of a training call
        self.editor = ScenarioEditor(
            self.desk, self.actor, self._worker, data, editing=editing, parent=self._host
        )
        self.editor.saved.connect(lambda _path: self.window.reload_scenarios())
        self.editor.finished.connect(lambda _code: self.window.scenarios.setFocus())
        self.editor.resize(min(1340, self._host.width()), min(740, self._host.height()))
        self.editor.show()
        self.editor.activateWindow()

    def assign_selected(self) -> None:
        scenario = self.window.selected_scenario()
        if scenario is None or self.window.in_a_call:
            return
        self.assigning = AssignDialog(self.desk, self.actor, self._worker, scenario, self._host)
        self.assigning.assigned.connect(lambda _name: self.window.reload_scenarios())
        self.assigning.show()
        self.assigning.activateWindow()

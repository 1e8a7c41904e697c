"""Assign a training scenario to a trainee: pick them from the training accounts, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.services.context import Actor
from callhandler.training.assignments import Trainee
from callhandler.training.desk import TrainingDesk
from callhandler.training.scenarios import Scenario
from ui.training.band import TrainingBand, training_title
from ui.worker import Failure, Worker

ROLE = Qt.ItemDataRole.UserRole


class AssignDialog(QDialog):
    """Trainees by name; Enter (or OK) assigns the scenario to the chosen one.

    Signal: ``assigned(username)`` once the training database has it.
    """

    assigned = Signal(str)

    def __init__(
        self,
        desk: TrainingDesk,
        actor: Actor,
        worker: Worker,
        scenario: Scenario,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self._worker, self.scenario = desk, actor, worker, scenario
        self.setWindowTitle(training_title(self.tr("Assign a training call")))
        self.people = QListWidget()
        self.people.setObjectName("traineeList")
        self.people.setAccessibleName(self.tr("Trainees"))
        self.people.setAccessibleDescription(self.tr("Enter assigns the call to the trainee."))
        self.people.itemActivated.connect(lambda _item: self.assign())
        self.status = QLabel(self.tr("Loading…"))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.assign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(TrainingBand())
        heading = self.tr("Assign “%1” to:").replace("%1", scenario.title)
        layout.addWidget(QLabel(heading))
        layout.addWidget(self.people, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 420)
        worker.submit(desk.trainees, actor, on_done=self._show, on_error=self._failed)

    def _show(self, trainees: list[Trainee]) -> None:
        for trainee in trainees:
            item = QListWidgetItem(f"{trainee.display_name} ({trainee.username}, {trainee.role})")
            item.setData(ROLE, trainee.username)
            self.people.addItem(item)
        self.people.setCurrentRow(0)
        self.status.setText(self.tr("%1 training account(s).").replace("%1", str(len(trainees))))
        self.people.setFocus()

    def assign(self) -> None:
        item = self.people.currentItem()
        if item is None:
            return
        username = str(item.data(ROLE))
        self._worker.submit(
            self.desk.assign,
            self.actor,
            username,
            self.scenario.id,
            on_done=lambda new: self._assigned(username, bool(new)),
            on_error=self._failed,
        )

    def _assigned(self, username: str, new: bool) -> None:
        self.assigned.emit(username)
        if new:
            self.accept()
        else:
            self.status.setText(self.tr("%1 already has this call.").replace("%1", username))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

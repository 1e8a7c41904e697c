"""Trainees' results over time, for trainers (inspectors), read from the training database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.services.context import Actor
from callhandler.training.assignments import Assignment
from callhandler.training.desk import TrainingDesk
from callhandler.training.results import ResultRow
from ui.training.band import TrainingBand, training_title
from ui.worker import Failure, Worker

COLUMNS = (
    "When",
    "Trainee",
    "Scenario",
    "Score",
    "Grade chosen",
    "Expected",
    "Missed",
    "History first",
)
ASSIGNED_COLUMNS = ("Trainee", "Scenario", "Assigned", "By", "Taken", "Best score")


class ResultsDialog(QDialog):
    """Every attempt, oldest first (one trainee's progress reads down the list), and below
    it each assigned call: taken or not yet, and the best score since it was assigned.
    Esc closes."""

    def __init__(
        self, desk: TrainingDesk, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(training_title(self.tr("Trainees' results")))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Trainees' results"))
        self.table.setAccessibleDescription(
            self.tr(
                "One row per training call: who, which scenario, the score, the grade against expected."
            )
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.assigned = QTableWidget(0, len(ASSIGNED_COLUMNS))
        self.assigned.setObjectName("assignedCalls")
        self.assigned.setHorizontalHeaderLabels([self.tr(c) for c in ASSIGNED_COLUMNS])
        self.assigned.setAccessibleName(self.tr("Assigned training calls"))
        self.assigned.setAccessibleDescription(
            self.tr("One row per call a trainer assigned: taken or not yet, the best score.")
        )
        self.assigned.verticalHeader().setVisible(False)
        self.assigned.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assigned.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assigned.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.assigned_status = QLabel()
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(TrainingBand())
        layout.addWidget(self.status)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.assigned_status)
        layout.addWidget(self.assigned, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.rows: list[ResultRow] = []
        self.assignments: list[Assignment] = []
        worker.submit(desk.results, actor, on_done=self._show, on_error=self._failed)
        worker.submit(desk.assignments, actor, on_done=self._show_assigned, on_error=self._failed)

    def _show(self, rows: list[ResultRow]) -> None:
        self.rows = rows
        self.status.setText(self.tr("%1 attempt(s).").replace("%1", str(len(rows))))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                row.finished_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                row.username,
                row.scenario_id,
                f"{row.score}/100",
                str(row.chosen_grade or "—"),
                str(row.expected_grade),
                str(row.missed_mandatory),
                self.tr("yes") if row.history_viewed else self.tr("no"),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setFocus()

    def _show_assigned(self, rows: list[Assignment]) -> None:
        self.assignments = rows
        taken = sum(1 for row in rows if row.done)
        self.assigned_status.setText(
            self.tr("Assigned calls: %1, taken %2, not yet %3.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(taken))
            .replace("%3", str(len(rows) - taken))
        )
        self.assigned.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (
                row.username,
                row.scenario_id,
                row.assigned_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                row.assigned_by,
                self.tr("yes (%1)").replace("%1", str(row.attempts))
                if row.done
                else self.tr("not yet"),
                f"{row.best_score}/100" if row.best_score is not None else "—",
            )
            for c, text in enumerate(cells):
                self.assigned.setItem(r, c, QTableWidgetItem(text))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

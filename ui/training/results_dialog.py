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


class ResultsDialog(QDialog):
    """Every attempt, oldest first (one trainee's progress reads down the list). Esc closes."""

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
        self.status = QLabel(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(TrainingBand())
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(980, 520)
        self.rows: list[ResultRow] = []
        worker.submit(desk.results, actor, on_done=self._show, on_error=self._failed)

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

    def _failed(self, failure: Failure) -> None:
        self.status.setText(failure.message)

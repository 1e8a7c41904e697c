"""The debrief after a training call: what the core computed, shown side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.facts import FactValue
from callhandler.training.debrief import WEIGHTS, Debrief
from ui.common.theme import badge
from ui.training.band import TrainingBand, training_title

MISSED = '*[tone="danger-soft"]'  # the theme's ground and text for a missed line
RIGHT = '*[tone="ok"]'


def _show(value: FactValue | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, tuple):
        return ", ".join(v.replace("_", " ") for v in value) or "none"
    return value.replace("_", " ") if " " not in value else value


def _table(
    headers: list[str], rows: list[tuple[list[str], bool]], *, stretch_all: bool = False
) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for r, (cells, good) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(  # right or wrong in words too: the colour is not read out
                Qt.ItemDataRole.AccessibleDescriptionRole,
                QCoreApplication.translate("DebriefDialog", "right")
                if good
                else QCoreApplication.translate("DebriefDialog", "missed or wrong"),
            )
            ground, text_colour = badge(RIGHT if good else MISSED)
            item.setBackground(ground)
            item.setForeground(text_colour)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c in range(1, len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if stretch_all
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(c, mode)
    table.resizeRowsToContents()
    return table


class DebriefDialog(QDialog):
    """Questions asked and missed (mandatory first) beside facts recorded against expected;
    below them the grade chosen against expected with the policy's reasons, the time to
    grade, whether the history was opened first, the score and what to read. Esc closes."""

    def __init__(self, debrief: Debrief, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.debrief = debrief
        self.setWindowTitle(
            training_title(self.tr("Debrief: %1").replace("%1", debrief.scenario_title))
        )
        self.score = QLabel(
            self.tr("Score %1 / 100 — %2")
            .replace("%1", str(debrief.score))
            .replace("%2", self.tr("pass") if debrief.passed else self.tr("not yet"))
        )
        self.score.setObjectName("debriefScore")  # large: control-room.qss
        parts = QLabel(
            "   ".join(
                f"{name.replace('_', ' ')}: {got}/{WEIGHTS[name]}"
                for name, got in debrief.points.items()
            )
        )
        parts.setWordWrap(True)

        self.questions = _table(
            [self.tr("Question"), self.tr("Mandatory"), self.tr("Asked")],
            [
                (
                    [
                        q.text,
                        self.tr("yes") if q.mandatory else "",
                        self.tr("asked") if q.asked else self.tr("MISSED"),
                    ],
                    q.asked,
                )
                for q in debrief.questions
            ],
        )
        self.facts = _table(
            [self.tr("Fact"), self.tr("Expected"), self.tr("You recorded")],
            [([f.label, _show(f.expected), _show(f.recorded)], f.correct) for f in debrief.facts],
            stretch_all=True,
        )
        self.questions.setAccessibleName(self.tr("Questions: asked and missed"))
        self.questions.setAccessibleDescription(
            self.tr("Each question, whether it is mandatory, and asked or MISSED.")
        )
        self.facts.setAccessibleName(self.tr("Facts: recorded against expected"))
        self.facts.setAccessibleDescription(
            self.tr(
                "Each fact: what the call should have recorded, what you recorded, right or wrong."
            )
        )
        self.grade = QLabel(self._grade_text())
        self.grade.setObjectName("debriefGrade")
        self.grade.setWordWrap(True)
        self.grade.setTextFormat(Qt.TextFormat.PlainText)
        self.lesson = QLabel(self._lesson_text())
        self.lesson.setObjectName("debriefLesson")
        self.lesson.setWordWrap(True)
        self.lesson.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Questions: asked and missed (mandatory first)")), 0, 0)
        grid.addWidget(QLabel(self.tr("Facts: recorded against expected")), 0, 1)
        grid.addWidget(self.questions, 1, 0)
        grid.addWidget(self.facts, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(TrainingBand())
        layout.addWidget(self.score)
        layout.addWidget(parts)
        layout.addLayout(grid, 1)
        layout.addWidget(self.grade)
        layout.addWidget(self.lesson)
        layout.addWidget(buttons)
        self.questions.setFocus()

    def _grade_text(self) -> str:
        d = self.debrief
        chosen = (
            self.tr("Grade %1").replace("%1", str(d.chosen_grade))
            if d.chosen_grade
            else self.tr("no grade")
        )
        timing = f"{d.seconds_to_grade:.0f} s" if d.seconds_to_grade is not None else "—"
        if not d.history_items:
            history = self.tr("no earlier calls on this number or address")
        elif d.history_viewed_before_grading:
            history = self.tr("opened before grading")
        else:
            history = self.tr("NOT opened before grading (F4)")
        lines = [
            self.tr(
                "Grade: you chose %1; expected Grade %2 (your answers would recommend Grade %3)."
            )
            .replace("%1", chosen)
            .replace("%2", str(d.expected_grade))
            .replace("%3", str(d.recommended_for_answers)),
            self.tr("The policy's reasons:"),
            *[f"  • {reason}" for reason in d.reasons],
            self.tr("Flags expected: %1. Yours: %2.")
            .replace("%1", ", ".join(d.expected_flags) or "none")
            .replace("%2", ", ".join(d.flags_for_answers) or "none"),
            self.tr("Time to grade: %1. History: %2.").replace("%1", timing).replace("%2", history),
        ]
        return "\n".join(lines)

    def _lesson_text(self) -> str:
        lines = [self.tr("Teaching point: %1").replace("%1", self.debrief.teaching_point)]
        lines += [self.tr("Read: %1").replace("%1", item) for item in self.debrief.read]
        return "\n".join(lines)

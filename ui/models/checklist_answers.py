"""A table model over a closure checklist's answers: who gave each, who took it, and when."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QBrush

from callhandler.services.closure import AnswerRecord, ClosureView
from ui.closure.words import answer_text
from ui.common.row_table import RowTableModel, bold
from ui.common.theme import ink
from ui.common.words import when_text

ItemIdRole = Qt.ItemDataRole.UserRole + 1  # the checklist item id behind any cell

SECTION, QUESTION, ANSWER, OFFICER, TAKEN_BY, TAKEN_AT = range(6)


@dataclass(frozen=True)
class AnswerLine:
    """One row: a question required now or answered, and its answer if any."""

    item_id: str
    section: str
    question: str
    answer: str
    required: bool
    record: AnswerRecord | None


def answer_lines(view: ClosureView) -> list[AnswerLine]:
    """The items an inspector needs to see: every one required now, and every one answered."""
    lines = []
    for state in view.checklist_status.items:
        record = view.answers.get(state.item.id)
        if not (state.required or state.answered):
            continue
        lines.append(
            AnswerLine(
                state.item.id,
                state.item.section,
                state.item.text,
                answer_text(state.item, state.value),
                state.required,
                record,
            )
        )
    return lines


class ChecklistAnswersModel(RowTableModel):
    """Read-only rows of AnswerLine; a required item without an answer shows "missing" in red."""

    def rows(self) -> tuple[AnswerLine, ...]:
        return tuple(self._rows)

    def headers(self) -> dict[int, str]:
        return {
            SECTION: self.tr("Section"),
            QUESTION: self.tr("Question"),
            ANSWER: self.tr("Answer"),
            OFFICER: self.tr("Officer"),
            TAKEN_BY: self.tr("Taken by"),
            TAKEN_AT: self.tr("When"),
        }

    def cell(self, line: AnswerLine, column: int, role: int) -> Any:
        missing = line.required and not line.answer
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == ItemIdRole:
            return line.item_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (QUESTION, ANSWER):
            return self._display(line, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == ANSWER and missing:
            return QBrush(ink("danger"))
        if role == Qt.ItemDataRole.FontRole and column == ANSWER and missing:
            return bold()
        return None

    def _display(self, line: AnswerLine, column: int) -> str:
        record = line.record
        if column == SECTION:
            return line.section
        if column == QUESTION:
            return line.question
        if column == ANSWER:
            return line.answer or (self.tr("MISSING") if line.required else "")
        if record is None:
            return ""
        if column == OFFICER:
            return record.officer_collar
        if column == TAKEN_BY:
            return record.taken_by
        return when_text(record.taken_at)

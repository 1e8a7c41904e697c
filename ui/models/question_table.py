"""A table model over the questions of a script: each with its answer or 'still to ask'."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from callhandler.domain.conversation import Answer, Conversation
from callhandler.domain.scripts import Question
from ui.common.theme import ink

QuestionIdRole = Qt.ItemDataRole.UserRole + 1  # the question id behind any cell
StateRole = Qt.ItemDataRole.UserRole + 2  # "answered", "to_ask" (mandatory) or "optional"

QUESTION, ANSWER = range(2)
_Index = QModelIndex | QPersistentModelIndex
TEXT_PREVIEW = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuestionTable", text)


@dataclass(frozen=True)
class QuestionRow:
    """One visible question as the list shows it."""

    question_id: str
    section: str
    text: str
    answer: str  # the answer in words; "" when unanswered
    state: str  # "answered", "to_ask" or "optional"
    current: bool


def answer_words(question: Question, answer: Answer | None) -> str:
    """An answer as the handler reads it: option labels, or the typed text."""
    if answer is None:
        return ""
    if not question.options:
        text = str(answer.value)
        return text if len(text) <= TEXT_PREVIEW else text[: TEXT_PREVIEW - 1] + "…"
    labels = {o.value: o.label for o in question.options}
    values = answer.value if isinstance(answer.value, tuple) else (answer.value,)
    if not values:
        return _tr("None of these")
    return ", ".join(labels.get(v, v) for v in values)


def question_rows(conversation: Conversation, current_id: str | None) -> tuple[QuestionRow, ...]:
    """The visible questions in asking order with their answers and what is still to ask."""
    rows = []
    for question in conversation.visible_questions:
        answer = conversation.answers.get(question.id)
        if answer is not None:
            state = "answered"
        elif conversation.is_mandatory(question):  # a silent caller's account is optional
            state = "to_ask"
        else:
            state = "optional"
        rows.append(
            QuestionRow(
                question.id,
                question.section,
                question.text,
                answer_words(question, answer),
                state,
                question.id == current_id,
            )
        )
    return tuple(rows)


class QuestionTableModel(QAbstractTableModel):
    """Read-only rows of QuestionRow: the question, then its answer or what is missing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[QuestionRow, ...] = ()

    def set_rows(self, rows: Sequence[QuestionRow]) -> None:
        """Show ``rows``. The same questions as shown (an answer given, the current one
        moved): only the rows that changed are redrawn; a reset (every row measured and
        painted again) only when questions appear or go (issue 18: each answer key)."""
        new = tuple(rows)
        if [r.question_id for r in new] != [r.question_id for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        for number, (was, now) in enumerate(zip(old, new, strict=True)):
            if was != now:
                self.dataChanged.emit(self.index(number, 0), self.index(number, 1))

    def rows(self) -> tuple[QuestionRow, ...]:
        return self._rows

    def row_of(self, question_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.question_id == question_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {QUESTION: _tr("Question"), ANSWER: _tr("Answer")}.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if index.column() not in (QUESTION, ANSWER):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == QuestionIdRole:
            return row.question_id
        if role == StateRole:
            return row.state
        if role == Qt.ItemDataRole.DisplayRole:
            if column == QUESTION:
                return ("▶ " if row.current else "") + row.text
            if row.state == "to_ask":
                return _tr("still to ask")
            if row.state == "optional":
                return _tr("optional")
            return row.answer
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.section}: {row.text}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == "to_ask":
                return QBrush(ink("danger"))  # and "still to ask" in bold
            if row.state == "optional" and column == ANSWER:
                return QBrush(ink("muted"))
        if role == Qt.ItemDataRole.FontRole and (
            row.current or (column == ANSWER and row.state == "to_ask")
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

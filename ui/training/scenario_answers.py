"""The caller's answers in the scenario form: a fact chosen from the script, one of its
allowed answers chosen from a list (never typed), and what the caller says.

The row above the table edits one answer: Fact (the script's questions, by their text),
Answer (a list of the fact's options; ticks for a fact that takes several; a box for a
free-text or date fact), Says, then Enter or "Add or replace" puts it in the table. Picking a
row in the table loads it back; Delete removes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from callhandler.domain.scripts import Question, Script

ROLE = Qt.ItemDataRole.UserRole


class _Table(QTableWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class _FreshSearch(QObject):
    """Typing after the focus arrives starts a new search of the list (not the end of the
    previous fact's name, typed a moment ago)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            view = watched.view() if isinstance(watched, QComboBox) else watched
            if isinstance(view, QAbstractItemView):
                view.keyboardSearch("")
        return False


class CallerAnswers(QWidget):
    """Fact → (answer, says), in the script's order. ``value()``/``set_value()``: the
    scenario file's ``caller`` mapping."""

    def __init__(self, script: Script, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script = script
        self._answers: dict[str, dict[str, Any]] = {}
        self.fact = QComboBox()
        self.fact.setAccessibleName(self.tr("Fact the caller answers"))
        for question in script.questions:
            self.fact.addItem(f"{question.fact} — {question.text}", question.fact)
        self.choice = QComboBox()
        for box in (self.fact, self.choice):  # long question texts never widen the form
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(24)
        self.choice.setAccessibleName(self.tr("The caller's answer"))
        self.several = QListWidget()
        self.several.setAccessibleName(self.tr("The caller's answers (Space ticks)"))
        self.several.setMaximumHeight(90)
        self.words = QLineEdit()
        self.words.setAccessibleName(self.tr("The caller's answer in words"))
        self.answer = QStackedWidget()
        for widget in (self.choice, self.several, self.words):
            self.answer.addWidget(widget)
        self._fresh = _FreshSearch(self)
        for searched in (self.fact, self.choice, self.several):
            searched.installEventFilter(self._fresh)
        self.says = QLineEdit()
        self.says.setAccessibleName(self.tr("What the caller says"))
        self.says.setPlaceholderText(self.tr("What the caller says when asked"))
        self.says.returnPressed.connect(self.add_current)
        self.add_button = QPushButton(self.tr("Add (Enter)"))
        self.add_button.clicked.connect(self.add_current)
        self.table = _Table(0, 3)
        self.table.setObjectName("callerAnswers")
        self.table.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Answer"), self.tr("Says")])
        self.table.setAccessibleName(self.tr("The caller's answers"))
        self.table.setAccessibleDescription(
            self.tr("Enter loads an answer into the row above to change it; Delete removes it.")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(150)
        self.table.delete_pressed.connect(self.remove_current)
        self.table.itemActivated.connect(lambda item: self.load(self._fact_at(item.row())))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels = [QLabel(t) for t in (self.tr("&Fact"), self.tr("Ans&wer"), self.tr("Sa&ys"))]
        for label, buddy in zip(self.labels, (self.fact, self.choice, self.says), strict=True):
            label.setBuddy(buddy)
        self.answer.setMinimumWidth(240)
        layout.addWidget(self.labels[0], 0, 0)
        layout.addWidget(self.labels[1], 0, 1)
        layout.addWidget(self.fact, 1, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.answer, 1, 1, 1, 2)
        layout.addWidget(self.labels[2], 2, 0)
        says = QHBoxLayout()
        says.addWidget(self.says, 1)
        says.addWidget(self.add_button)
        layout.addLayout(says, 3, 0, 1, 3)
        layout.addWidget(self.table, 4, 0, 1, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        self.fact.currentIndexChanged.connect(lambda _i: self._show_choices())
        self._show_choices()

    def question(self) -> Question:
        found = self.script.question_for_fact(str(self.fact.currentData()))
        assert found is not None
        return found

    def _show_choices(self) -> None:
        question = self.question()
        kind = self.script.catalogue[question.fact].kind
        values = [(o.value, f"{o.value} — {o.label}") for o in question.options] or [
            (v, v) for v in self.script.catalogue[question.fact].values
        ]
        if kind == "choice":
            self.choice.clear()
            for value, text in values:
                self.choice.addItem(text, value)
            self.answer.setCurrentWidget(self.choice)
        elif kind == "list":
            self.several.clear()
            for value, text in values:
                item = QListWidgetItem(text)
                item.setData(ROLE, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.several.addItem(item)
            self.several.setCurrentRow(0)
            self.answer.setCurrentWidget(self.several)
        else:
            self.words.clear()
            self.words.setPlaceholderText("YYYY-MM-DD" if kind == "date" else "")
            self.answer.setCurrentWidget(self.words)
        shown = self.answer.currentWidget()
        assert shown is not None
        self.answer.setFixedHeight(96 if shown is self.several else self.choice.sizeHint().height())
        self.labels[1].setBuddy(shown)  # Alt+W reaches the answer's list or box
        self.setTabOrder(self.fact, shown)
        self.setTabOrder(shown, self.says)

    def current_answer(self) -> Any:
        widget = self.answer.currentWidget()
        if widget is self.choice:
            return self.choice.currentData()
        if widget is self.several:
            items = [self.several.item(i) for i in range(self.several.count())]
            return [i.data(ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]
        return self.words.text().strip()

    def add_current(self) -> None:
        fact = str(self.fact.currentData())
        self._answers[fact] = {"answer": self.current_answer(), "says": self.says.text().strip()}
        self._refill(select=fact)
        self.says.clear()
        self.fact.setFocus()

    def _fact_at(self, row: int) -> str:
        item = self.table.item(row, 0)
        return str(item.data(ROLE)) if item else ""

    def load(self, fact: str) -> None:
        """Put one answer back in the row above, to change it."""
        raw = self._answers.get(fact)
        if raw is None:
            return
        self.fact.setCurrentIndex(self.fact.findData(fact))
        widget = self.answer.currentWidget()
        if widget is self.choice:
            self.choice.setCurrentIndex(max(0, self.choice.findData(raw["answer"])))
        elif widget is self.several:
            chosen = set(raw["answer"])
            for i in range(self.several.count()):
                item = self.several.item(i)
                ticked = item.data(ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        else:
            self.words.setText(str(raw["answer"]))
        self.says.setText(str(raw["says"]))
        self.says.setFocus()

    def remove_current(self) -> None:
        fact = self._fact_at(self.table.currentRow())
        if fact in self._answers:
            del self._answers[fact]
            self._refill()

    def _refill(self, select: str | None = None) -> None:
        order = [q.fact for q in self.script.questions]
        facts = sorted(self._answers, key=lambda f: order.index(f) if f in order else len(order))
        self._answers = {fact: self._answers[fact] for fact in facts}
        self.table.setRowCount(len(facts))
        for row, fact in enumerate(facts):
            raw = self._answers[fact]
            answer = raw["answer"]
            shown = ", ".join(answer) if isinstance(answer, list) else str(answer)
            for column, text in enumerate((fact, shown, raw["says"])):
                item = QTableWidgetItem(text)
                item.setData(ROLE, fact)
                self.table.setItem(row, column, item)
            if fact == select:
                self.table.selectRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def value(self) -> dict[str, dict[str, Any]]:
        return {fact: dict(raw) for fact, raw in self._answers.items()}

    def set_value(self, caller: dict[str, dict[str, Any]]) -> None:
        self._answers = {fact: dict(raw) for fact, raw in caller.items()}
        self._refill()

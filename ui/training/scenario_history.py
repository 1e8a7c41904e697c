"""The history lines in the scenario form: earlier incidents the number and address carry.

The boxes above the table edit one line: ref (``TRN-…``), days ago, which of the number
and address it is on, category, domestic abuse, grade, risk, the people, markers and a
summary ("on" and risk are chosen from their allowed values); Enter in the summary or
"Add line" puts it in the table. Enter on a row loads it back to change it (same ref:
replaced); Delete removes it. The rows become the scenario file's ``history`` list; a field
the schema refuses is named when saving (``history/0/ref``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ON = ("phone_and_address", "phone", "address")
RISK = ("none", "standard", "medium", "high")
SHOWN = ("ref", "days_ago", "on", "category", "domestic_abuse", "grade", "risk_level", "summary")


class _Table(QTableWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class HistoryLines(QWidget):
    """``value()``/``set_value()``: the scenario file's ``history`` list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[dict[str, Any]] = []
        self.ref = QLineEdit()
        self.ref.setPlaceholderText("TRN-ABC-0001")
        self.days_ago = QSpinBox()
        self.days_ago.setRange(1, 3650)
        self.on = QComboBox()
        self.on.addItems(list(ON))
        self.category = QLineEdit()
        self.domestic_abuse = QCheckBox(self.tr("Domestic abuse"))
        self.domestic_abuse.setChecked(True)
        self.grade = QSpinBox()
        self.grade.setRange(0, 4)
        self.grade.setSpecialValueText(self.tr("none"))
        self.risk = QComboBox()
        self.risk.addItems(list(RISK))
        self.victim, self.suspect, self.markers = QLineEdit(), QLineEdit(), QLineEdit()
        self.markers.setPlaceholderText("marac; bail_conditions")
        self.summary = QLineEdit()
        self.summary.returnPressed.connect(self.add_line)
        add = QPushButton(self.tr("Add line (Enter)"))
        add.clicked.connect(self.add_line)
        self.table = _Table(0, len(SHOWN))
        self.table.setObjectName("historyLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr(t) for t in ("Ref", "Days ago", "On", "Category", "DA", "Grade", "Risk")]
            + [self.tr("Summary")]
        )
        self.table.setAccessibleName(self.tr("History lines"))
        self.table.setAccessibleDescription(
            self.tr("Enter loads a line into the boxes above to change it; Delete removes it.")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(90)
        self.table.delete_pressed.connect(self.remove_current)
        self.table.itemActivated.connect(lambda item: self.load(item.row()))
        self._lay_out(add)

    def _lay_out(self, add: QPushButton) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        fields = (
            (self.tr("Ref (&N)"), self.ref, 0, 0),
            (self.tr("Days ago"), self.days_ago, 0, 2),
            (self.tr("On"), self.on, 0, 4),
            (self.tr("Category"), self.category, 1, 0),
            (self.tr("Grade"), self.grade, 1, 2),
            (self.tr("Risk"), self.risk, 1, 4),
            (self.tr("Victim"), self.victim, 2, 0),
            (self.tr("Suspect"), self.suspect, 2, 2),
            (self.tr("Markers"), self.markers, 2, 4),
            (self.tr("S&ummary"), self.summary, 3, 0),
        )
        for text, widget, row, column in fields:
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label, row, column)
            span = 3 if widget is self.summary else 1
            layout.addWidget(widget, row, column + 1, 1, span)
        layout.addWidget(self.domestic_abuse, 3, 4)
        layout.addWidget(add, 3, 5)
        layout.addWidget(self.table, 4, 0, 1, 6)
        for column in (1, 3, 5):
            layout.setColumnStretch(column, 1)

    def current_line(self) -> dict[str, Any]:
        """The boxes as one ``history`` entry (empty boxes left out)."""
        raw: dict[str, Any] = {
            "ref": self.ref.text().strip(),
            "days_ago": self.days_ago.value(),
            "on": self.on.currentText(),
            "category": self.category.text().strip(),
            "domestic_abuse": self.domestic_abuse.isChecked(),
        }
        if self.grade.value():
            raw["grade"] = self.grade.value()
        raw["risk_level"] = self.risk.currentText()
        for key, box in (("victim_name", self.victim), ("suspect_name", self.suspect)):
            if box.text().strip():
                raw[key] = box.text().strip()
        markers = [m.strip() for m in self.markers.text().split(";") if m.strip()]
        if markers:
            raw["markers"] = markers
        raw["summary"] = self.summary.text().strip()
        return raw

    def add_line(self) -> None:
        line = self.current_line()
        kept = [old for old in self._lines if old.get("ref") != line["ref"]]
        extra = next((o for o in self._lines if o.get("ref") == line["ref"]), {})
        merged = {**{k: v for k, v in extra.items() if k not in line}, **line}
        self._lines = [*kept, merged]
        self._refill()
        for box in (self.ref, self.category, self.victim, self.suspect, self.markers):
            box.clear()
        self.summary.clear()
        self.ref.setFocus()

    def load(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        raw = self._lines[row]
        self.ref.setText(str(raw.get("ref", "")))
        self.days_ago.setValue(int(raw.get("days_ago", 1)))
        self.on.setCurrentText(str(raw.get("on", ON[0])))
        self.category.setText(str(raw.get("category", "")))
        self.domestic_abuse.setChecked(bool(raw.get("domestic_abuse", True)))
        self.grade.setValue(int(raw.get("grade") or 0))
        self.risk.setCurrentText(str(raw.get("risk_level", RISK[0])))
        self.victim.setText(str(raw.get("victim_name", "")))
        self.suspect.setText(str(raw.get("suspect_name", "")))
        self.markers.setText("; ".join(raw.get("markers", [])))
        self.summary.setText(str(raw.get("summary", "")))
        self.ref.setFocus()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._lines):
            del self._lines[row]
            self._refill()

    def _refill(self) -> None:
        self.table.setRowCount(len(self._lines))
        for row, raw in enumerate(self._lines):
            for column, key in enumerate(SHOWN):
                value = raw.get(key, "")
                if isinstance(value, bool):
                    value = self.tr("yes") if value else self.tr("no")
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()

    def value(self) -> list[dict[str, Any]]:
        return [dict(raw) for raw in self._lines]

    def set_value(self, history: list[dict[str, Any]]) -> None:
        self._lines = [dict(raw) for raw in history]
        self._refill()

"""The history lines in the scenario form: earlier incidents the number and address carry.

An editable table (F2 or typing edits a cell, Tab moves on); "New history line" (Alt+N) starts a
new one, Delete-line removes the current one. The cells become the scenario file's
``history`` list; a cell the schema refuses is named when saving (``history/0/days_ago``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# (file key, column title); "yes"/"no" for booleans, numbers as digits, markers by ";".
COLUMNS = (
    ("ref", "Ref (TRN-…)"),
    ("days_ago", "Days ago"),
    ("on", "On (phone_and_address, phone, address)"),
    ("category", "Category"),
    ("domestic_abuse", "Domestic abuse (yes/no)"),
    ("grade", "Grade"),
    ("risk_level", "Risk (none, standard, medium, high)"),
    ("victim_name", "Victim"),
    ("suspect_name", "Suspect"),
    ("markers", "Markers (;)"),
    ("summary", "Summary"),
)
NUMBERS = ("days_ago", "grade")
SHOWN = {key for key, _title in COLUMNS}
EXTRA = Qt.ItemDataRole.UserRole  # fields with no column (dates of birth…), kept as they were


def _cell(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(value)
    return "" if value is None else str(value)


def _field(key: str, text: str) -> Any:
    if key in NUMBERS and text.isdigit():
        return int(text)
    if key == "domestic_abuse":
        return {"yes": True, "no": False}.get(text.lower(), text)
    if key == "markers":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


class HistoryLines(QWidget):
    """``value()``/``set_value()``: the scenario file's ``history`` list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("historyLines")
        self.table.setHorizontalHeaderLabels([self.tr(title) for _key, title in COLUMNS])
        self.table.setAccessibleName(self.tr("History lines"))
        self.table.setAccessibleDescription(
            self.tr("Earlier incidents at the number or address; type in a cell to edit it.")
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: the form stays reachable
        add = QPushButton(self.tr("&New history line"))
        add.clicked.connect(self.add_line)
        remove = QPushButton(self.tr("Remove history line"))
        remove.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_line(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        defaults = {"on": "phone_and_address", "domestic_abuse": "yes", "risk_level": "none"}
        for column, (key, _title) in enumerate(COLUMNS):
            self.table.setItem(row, column, QTableWidgetItem(defaults.get(key, "")))
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def remove_line(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def value(self) -> list[dict[str, Any]]:
        lines = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            raw: dict[str, Any] = dict(first.data(EXTRA) or {}) if first else {}
            for column, (key, _title) in enumerate(COLUMNS):
                item = self.table.item(row, column)
                text = item.text().strip() if item else ""
                if text:
                    raw[key] = _field(key, text)
            if raw:
                lines.append(raw)
        return lines

    def set_value(self, history: list[dict[str, Any]]) -> None:
        self.table.setRowCount(len(history))
        for row, raw in enumerate(history):
            for column, (key, _title) in enumerate(COLUMNS):
                self.table.setItem(row, column, QTableWidgetItem(_cell(key, raw.get(key))))
            first = self.table.item(row, 0)
            if first is not None:
                first.setData(EXTRA, {k: v for k, v in raw.items() if k not in SHOWN})
        self.table.resizeColumnsToContents()

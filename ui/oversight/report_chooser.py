"""The list of oversight lists to choose from: every report the core registers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from callhandler.services import oversight

NameRole = Qt.ItemDataRole.UserRole + 1


class ReportChooser(QListWidget):
    """One item per ``oversight.REPORTS`` entry (its title; its name in ``NameRole``), so a
    list the core adds appears without a change here. Titles wrap rather than being cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Oversight lists"))
        self.setAccessibleDescription(self.tr("Choose a list; its rows show in the table beside."))
        for name, report in oversight.REPORTS.items():
            item = QListWidgetItem(report.title)
            item.setData(NameRole, name)
            item.setToolTip(f"callhandler report {name}")
            self.addItem(item)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(250)

    def name_at(self, row: int) -> str:
        return str(self.item(row).data(NameRole))

    def row_of(self, name: str) -> int:
        for row in range(self.count()):
            if self.name_at(row) == name:
                return row
        return -1

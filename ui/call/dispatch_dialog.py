"""Send officers: the grade (recommended one preselected) and the officers' collar numbers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.grades import dispatch_grades
from callhandler.domain.normalise import check_collar
from callhandler.errors import BadInput
from ui.common.words import grade_label


class DispatchDialog(QDialog):
    """Ask for the grade to dispatch at and the officers sent; validates before accepting.

    ``grade()`` and ``officers()`` hold the answer after ``exec()`` returns Accepted. Two
    officers are suggested where the recommendation says so (the seed report: a lone
    officer cannot separate the parties or account for the children).
    """

    def __init__(
        self,
        incident_ref: str,
        *,
        grade: int | None,
        officers_recommended: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.grade_box = QComboBox()
        self.grade_box.setAccessibleDescription(
            self.tr("The grade the officers are sent at; it starts at the grade decided.")
        )
        for value in dispatch_grades():  # the policy's grades that send officers
            self.grade_box.addItem(grade_label(value), value)
        self.officers_edit = QLineEdit()
        self.officers_edit.setPlaceholderText(self.tr("collar numbers, e.g. PC4521, PC3310"))
        self.advice = QLabel()
        self.advice.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        grade_label_widget = QLabel(self.tr("&Grade"))
        grade_label_widget.setBuddy(self.grade_box)
        officers_label = QLabel(self.tr("&Officers sent"))
        officers_label.setBuddy(self.officers_edit)
        form.addRow(grade_label_widget, self.grade_box)
        form.addRow(officers_label, self.officers_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Dispatch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._officers: list[str] = []
        self.prepare(incident_ref, grade=grade, officers_recommended=officers_recommended)

    def prepare(self, incident_ref: str, *, grade: int | None, officers_recommended: int) -> None:
        """Ask afresh, for ``incident_ref``: the dialog is built once and reused call after
        call (building it held the GUI thread about 10 ms as the grade was saved: issue 18)."""
        self.setWindowTitle(self.tr("Dispatch %s") % incident_ref)
        sendable = dispatch_grades()
        self.grade_box.setCurrentIndex(sendable.index(grade) if grade in sendable else 0)
        self.advice.setText(
            self.tr(
                "Send %n officer(s): the recommendation asks for this many.",
                "",
                officers_recommended,
            )
        )
        self.officers_edit.clear()
        self.error.clear()
        self.error.setVisible(False)
        self._officers = []
        self._recommended = officers_recommended
        self.officers_edit.setFocus()

    def grade(self) -> int:
        return int(self.grade_box.currentData())

    def officers(self) -> list[str]:
        return list(self._officers)

    def accept(self) -> None:
        typed = [p for p in self.officers_edit.text().replace(";", ",").split(",") if p.strip()]
        try:
            collars = [check_collar(p) for p in typed]
        except BadInput as exc:
            self._show(str(exc))
            return
        if not collars:
            self._show(self.tr("Name at least one officer (collar number)."))
            return
        self._officers = collars
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.officers_edit.setFocus()

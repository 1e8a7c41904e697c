"""Small dialogs for one lifecycle step: record attendance, add a note to a finalised incident.

Each collects its answer and emits ``confirmed``; the owner runs the service call on the
worker and then calls ``accept()`` or ``show_error(message)`` (the dialog stays open, with
what was typed, so a refused step is corrected rather than retyped).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain import grades
from callhandler.domain.normalise import check_collar
from callhandler.errors import BadInput
from ui.common.fit import keep_whole


class ActionDialog(QDialog):
    """OK runs ``check()``; when it returns no problem, ``confirmed`` is emitted and the dialog
    waits (buttons disabled) for the owner's ``accept()`` or ``show_error()``."""

    confirmed = Signal()

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        keep_whole(self.error)  # a long refusal makes the dialog taller, never squashes it
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.main = QVBoxLayout(self)
        self.main.addLayout(self.form)
        self.main.addWidget(self.error)
        self.main.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ok)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def check(self) -> str:
        """A problem to show, or "" when the answer can be sent."""
        return ""

    def first_field(self) -> QWidget | None:
        return None

    def _ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        problem = self.check()
        if problem:
            self.show_error(problem)
            return
        self.error.setVisible(False)
        self.set_busy(True)
        self.confirmed.emit()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.setVisible(True)
        field = self.first_field()
        if field is not None:
            field.setFocus()


class AttendanceDialog(ActionDialog):
    """Which officer attended (collar number) and when (default: now)."""

    def __init__(self, incident_ref: str, officer: str = "", parent: QWidget | None = None):
        super().__init__(
            self.tr("Record attendance: {ref}").format(ref=incident_ref),
            self.tr("&Record attendance"),
            parent,
        )
        self.officer_edit = QLineEdit(officer)
        self.officer_edit.setPlaceholderText(self.tr("collar number, e.g. PC4521"))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setAccessibleDescription(
            self.tr("When the officer arrived: now unless you change it.")
        )
        officer_label = QLabel(self.tr("&Officer attending"))
        officer_label.setBuddy(self.officer_edit)
        when_label = QLabel(self.tr("Arrived &at"))
        when_label.setBuddy(self.when_edit)
        self.form.addRow(officer_label, self.officer_edit)
        self.form.addRow(when_label, self.when_edit)
        hint = QLabel(self.tr("The time is now unless you change it."))
        hint.setObjectName("muted")
        self.main.insertWidget(1, hint)
        self._collar = ""
        self.officer_edit.setFocus()

    def first_field(self) -> QWidget:
        return self.officer_edit

    def check(self) -> str:
        try:
            self._collar = check_collar(self.officer_edit.text())
        except BadInput as exc:
            return str(exc)
        if self.when_edit.dateTime() > QDateTime.currentDateTime().addSecs(120):
            return self.tr("The arrival time is in the future: check it.")
        return ""

    def officer(self) -> str:
        return self._collar

    def at(self) -> dt.datetime:
        seconds = self.when_edit.dateTime().toSecsSinceEpoch()
        chosen = dt.datetime.fromtimestamp(seconds, dt.UTC)
        now = dt.datetime.now(dt.UTC)
        # The box shows minutes; "now" must not land a few seconds before the dispatch.
        return now if abs((now - chosen).total_seconds()) < 60 else chosen


class NoteDialog(ActionDialog):
    """Later information on a finalised incident: appended, never changing what was signed."""

    def __init__(self, incident_ref: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a note: {ref}").format(ref=incident_ref), self.tr("&Add note"), parent
        )
        explain = QLabel(
            self.tr(
                "{ref} is finalised and cannot change. A note is added to it with your name "
                "and the time (Ctrl+Enter adds it)."
            ).format(ref=incident_ref)
        )
        explain.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleName(self.tr("Note"))
        self.text_edit.setAccessibleDescription(
            self.tr("Added to the finalised incident with your name and the time.")
        )
        self.main.insertWidget(0, explain)
        self.main.insertWidget(1, self.text_edit)
        self.resize(560, 320)
        self.text_edit.setFocus()

    def first_field(self) -> QWidget:
        return self.text_edit

    def check(self) -> str:
        if len(self.text().strip()) < 3:
            return self.tr("Write the note first.")
        return ""

    def text(self) -> str:
        return self.text_edit.toPlainText()


class RegradeDialog(ActionDialog):
    """A new grade before an officer attends, with the reason; the attendance clock restarts."""

    def __init__(self, incident_ref: str, grade: int | None, parent: QWidget | None = None):
        super().__init__(
            self.tr("Change the grade: {ref}").format(ref=incident_ref),
            self.tr("&Change grade"),
            parent,
        )
        from PySide6.QtWidgets import QComboBox, QPlainTextEdit

        from ui.common.words import grade_label

        self.grade_box = QComboBox()
        self.grade_box.setAccessibleDescription(
            self.tr("The grade from now on; the attendance clock restarts.")
        )
        for value in grades.grade_numbers():
            self.grade_box.addItem(grade_label(value), value)
        if grade is not None and self.grade_box.findData(grade) >= 0:
            self.grade_box.setCurrentIndex(self.grade_box.findData(grade))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Why the grade changes (audited)"))
        self.reason_edit.setAccessibleDescription(
            self.tr("Why the grade changes: audited, and the inspector reads it.")
        )
        grade_label_widget = QLabel(self.tr("New &grade"))
        grade_label_widget.setBuddy(self.grade_box)
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(grade_label_widget, self.grade_box)
        self.form.addRow(reason_label, self.reason_edit)
        hint = QLabel(self.tr("A dispatched incident's attendance clock starts again now."))
        hint.setObjectName("muted")
        self.main.insertWidget(1, hint)
        self.grade_box.setFocus()

    def first_field(self) -> QWidget:
        return self.reason_edit

    def check(self) -> str:
        if len(self.reason().split()) < 2:
            return self.tr("Say why the grade changes: it is audited and the inspector reads it.")
        return ""

    def grade(self) -> int:
        return int(self.grade_box.currentData())

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

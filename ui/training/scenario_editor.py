"""A trainer builds or edits a training scenario in a form (issue 17).

The form holds everything a scenario file says: the scenario (id, title, source), the call
(number, address, postcode, caller, opening words), the caller's answers by fact (chosen
from the script's facts and their allowed answers), the history lines, the expected
result ("Take it from the policy", Ctrl+P: the real recommender on these answers and this
history), the teaching point and what to read. Ctrl+S saves it as a YAML file in the
training folder, checked exactly as the shipped files are: a refusal is one message naming
the field, shown above the buttons. Everything is reachable with Tab and the Alt keys.
Signal: ``saved(path)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.scripts import shipped_script
from callhandler.services.context import Actor
from callhandler.training.desk import TrainingDesk
from callhandler.training.scenarios import DEFAULT_SCRIPT
from ui.training.band import TrainingBand, training_title
from ui.training.scenario_answers import CallerAnswers
from ui.training.scenario_history import HistoryLines
from ui.worker import Failure, Worker


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)  # Tab moves on through the form
    box.setFixedHeight(height)
    return box


class ScenarioEditor(QDialog):
    """The form; ``editing`` is the id of the trainer's own scenario being changed (None: a
    new scenario or a copy of a shipped one)."""

    saved = Signal(object)

    def __init__(
        self,
        desk: TrainingDesk,
        actor: Actor,
        worker: Worker,
        data: dict[str, Any] | None = None,
        *,
        editing: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.actor, self._worker, self.editing = desk, actor, worker, editing
        self.setWindowTitle(training_title(self.tr("Training scenario")))
        self.script_id = str((data or {}).get("script", DEFAULT_SCRIPT))
        self.scenario_id = QLineEdit()
        self.title_edit = QLineEdit()
        self.source = QLineEdit()
        self.version = QSpinBox()
        self.version.setRange(1, 999)
        self.phone, self.address, self.postcode = QLineEdit(), QLineEdit(), QLineEdit()
        self.caller_name = QLineEdit()
        self.opening = _text_box(self.tr("Opening words"), 52)
        self.keypress_only = QCheckBox(self.tr("Silent caller: answers only by &keypress"))
        self.answers = CallerAnswers(shipped_script(self.script_id))
        self.history = HistoryLines()
        self.grade = QSpinBox()
        self.grade.setRange(1, 9)
        self.domestic_abuse = QCheckBox(self.tr("Domestic a&buse"))
        self.dash = QCheckBox(self.tr("DASH re&quired"))
        self.marac = QCheckBox(self.tr("MARAC consideration"))
        self.officers = QSpinBox()
        self.officers.setRange(0, 9)
        self.flags = QLineEdit()
        self.policy_button = QPushButton(self.tr("Take it from the &policy (Ctrl+P)"))
        self.policy_button.clicked.connect(self.take_from_policy)
        self.teaching_point = _text_box(self.tr("Teaching point"), 52)
        self.reading = _text_box(self.tr("What to read, one per line"), 44)
        self.message = QLabel()
        self.message.setObjectName("scenarioMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.reject)
        self._lay_out(cancel)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+P", self.take_from_policy)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.set_data(data or {"script": self.script_id, "version": 1})
        self._as_opened = self.data()
        self._warned_unsaved = False
        self.scenario_id.setFocus()

    def _lay_out(self, cancel: QPushButton) -> None:
        about = QFormLayout()
        for label, widget in (
            (self.tr("&Id (a_b_c)"), self.scenario_id),
            (self.tr("&Title"), self.title_edit),
            (self.tr("Sou&rce"), self.source),
            (self.tr("&Version"), self.version),
            (self.tr("P&hone"), self.phone),
            (self.tr("&Address"), self.address),
            (self.tr("Post&code"), self.postcode),
            (self.tr("Caller's na&me"), self.caller_name),
            (self.tr("&Opening words"), self.opening),
            ("", self.keypress_only),
        ):
            about.addRow(label, widget)
        expected = QGridLayout()
        for column, (text, buddy) in enumerate(
            ((self.tr("&Grade"), self.grade), (self.tr("Officer&s"), self.officers))
        ):
            caption = QLabel(text)
            caption.setBuddy(buddy)
            expected.addWidget(caption, 0, column * 2)
            expected.addWidget(buddy, 0, column * 2 + 1)
        expected.addWidget(self.domestic_abuse, 1, 0, 1, 2)
        expected.addWidget(self.dash, 1, 2)
        expected.addWidget(self.marac, 1, 3)
        flags = QLabel(self.tr("F&lags (comma)"))
        flags.setBuddy(self.flags)
        expected.addWidget(flags, 2, 0)
        expected.addWidget(self.flags, 2, 1, 1, 3)
        expected.addWidget(self.policy_button, 3, 0, 1, 4)
        teach = QFormLayout()
        teach.addRow(self.tr("T&eaching point"), self.teaching_point)
        teach.addRow(self.tr("Rea&ding"), self.reading)
        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("The call"), about))
        left.addWidget(self._group(self.tr("Expected result"), expected))
        left.addWidget(self._group(self.tr("Teaching"), teach))
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("The caller's answers"), self._wrap(self.answers)), 3)
        right.addWidget(self._group(self.tr("History lines"), self._wrap(self.history)), 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(TrainingBand())
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    @staticmethod
    def _wrap(widget: QWidget) -> QVBoxLayout:
        layout = QVBoxLayout()
        layout.addWidget(widget)
        return layout

    @staticmethod
    def _group(title: str, layout: Any) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(layout)
        return box

    # -- the scenario file's data ---------------------------------------------------------

    def set_data(self, data: dict[str, Any]) -> None:
        call = data.get("call", {})
        expect = data.get("expect", {})
        self.scenario_id.setText(data.get("id", ""))
        self.title_edit.setText(data.get("title", ""))
        self.source.setText(data.get("source", ""))
        self.version.setValue(int(data.get("version", 1)))
        self.phone.setText(call.get("phone", ""))
        self.address.setText(call.get("address", ""))
        self.postcode.setText(call.get("postcode", ""))
        self.caller_name.setText(call.get("caller_name", ""))
        self.opening.setPlainText(call.get("opening", ""))
        self.keypress_only.setChecked(bool(call.get("keypress_only", False)))
        self.answers.set_value(data.get("caller", {}))
        self.history.set_value(data.get("history", []))
        self.set_expected(expect)
        self.teaching_point.setPlainText(data.get("teaching_point", ""))
        self.reading.setPlainText("\n".join(data.get("read", [])))

    def set_expected(self, expect: dict[str, Any]) -> None:
        self.grade.setValue(int(expect.get("grade", 1)))
        self.domestic_abuse.setChecked(bool(expect.get("domestic_abuse", True)))
        self.dash.setChecked(bool(expect.get("dash_required", False)))
        self.marac.setChecked(bool(expect.get("marac_consideration", False)))
        self.officers.setValue(int(expect.get("officers", 1)))
        self.flags.setText(", ".join(expect.get("flags", [])))

    def data(self) -> dict[str, Any]:
        call: dict[str, Any] = {
            "phone": self.phone.text().strip(),
            "address": self.address.text().strip(),
            "postcode": self.postcode.text().strip(),
        }
        if self.caller_name.text().strip():
            call["caller_name"] = self.caller_name.text().strip()
        call["opening"] = self.opening.toPlainText().strip()
        if self.keypress_only.isChecked():
            call["keypress_only"] = True
        document: dict[str, Any] = {
            "id": self.scenario_id.text().strip(),
            "version": self.version.value(),
            "title": self.title_edit.text().strip(),
            "source": self.source.text().strip(),
            "script": self.script_id,
            "call": call,
            "caller": self.answers.value(),
        }
        history = self.history.value()
        if history:
            document["history"] = history
        flags = [f.strip() for f in self.flags.text().split(",") if f.strip()]
        document["expect"] = {
            "grade": self.grade.value(),
            "domestic_abuse": self.domestic_abuse.isChecked(),
            "dash_required": self.dash.isChecked(),
            "marac_consideration": self.marac.isChecked(),
            "officers": self.officers.value(),
            "flags": flags,
        }
        document["teaching_point"] = self.teaching_point.toPlainText().strip()
        lines = self.reading.toPlainText().splitlines()
        document["read"] = [line.strip() for line in lines if line.strip()]
        return document

    # -- actions (on the worker) ----------------------------------------------------------

    def take_from_policy(self) -> None:
        self._busy(self.tr("Asking the policy…"))
        self._worker.submit(
            self.desk.expected_from_policy,
            self.actor,
            self.data(),
            on_done=self._policy_said,
            on_error=self._failed,
        )

    def _policy_said(self, expect: dict[str, Any]) -> None:
        self.set_expected(expect)
        self._done(self.tr("The expected result is the policy's for these answers."))
        self.grade.setFocus()

    def save(self) -> None:
        self._busy(self.tr("Saving…"))
        self._worker.submit(
            self.desk.save_scenario,
            self.actor,
            self.data(),
            self.editing,
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, path: Path) -> None:
        self._done(self.tr("Saved as %1.").replace("%1", path.name))
        self.editing = path.stem
        self.saved.emit(path)
        self.accept()

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "")
        self.save_button.setEnabled(False)
        self.policy_button.setEnabled(False)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.save_button.setEnabled(True)
        self.policy_button.setEnabled(True)

    def _failed(self, failure: Failure) -> None:
        self._done(failure.message)
        self.message.setProperty("tone", "danger")
        self.message.style().polish(self.message)
        self.save_button.setFocus()
        self.message.setAccessibleDescription(failure.message)

    def reject(self) -> None:
        """Esc: a form with unsaved changes says so first; Esc again closes it."""
        if not self._warned_unsaved and self.data() != self._as_opened:
            self._warned_unsaved = True
            self._done(self.tr("Not saved: Esc again closes without saving; Ctrl+S saves it."))
            return
        super().reject()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter adds an answer or moves on; it never closes the form
        super().keyPressEvent(event)

"""Record a trigger event for risk reassessment (release from custody, court date, order
expiry…) against an incident and/or its victim, and close one with an outcome and rationale.

Both dialogs run their service on the worker and show the service's refusal inline, the
dialog staying open with what was typed. Keyboard only: Alt+letters reach every field,
Ctrl+Enter confirms, Esc cancels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, Done
from callhandler.services.trigger_events import (
    KIND_WORDS,
    OUTCOMES,
    TRIGGER_KINDS,
    TriggerEventView,
)
from callhandler.services.trigger_subjects import TriggerSubjects
from ui.common.action_dialogs import ActionDialog
from ui.common.words import local_time
from ui.worker import Failure, Worker

DEFAULT_DAYS_AHEAD = 7  # a week: the reassessment list's default horizon


def kind_label(kind: str) -> str:
    words = KIND_WORDS.get(kind, kind.replace("_", " "))
    return words[:1].upper() + words[1:]


class TriggerEventDialog(ActionDialog):
    """Kind, due date, whom it is about (the incident, its victim, or both) and a note.

    Loads the incident's victims on the worker first (``subjects``); ``recorded`` carries
    the new TriggerEventView once the service has stored it. ``event`` is that view.
    """

    recorded = Signal(object)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        incident_ref: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Trigger event for reassessment: {ref}").format(ref=incident_ref),
            self.tr("&Record event"),
            parent,
        )
        self._desk = desk
        self._worker = worker
        self.incident_id = incident_id
        self.subjects: TriggerSubjects | None = None
        self.trigger_event: TriggerEventView | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleDescription(self.tr("What makes the risk worth reassessing."))
        for kind in TRIGGER_KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        start = today or dt.date.today()
        self.due_edit = QDateEdit(
            QDate(start.year, start.month, start.day).addDays(DEFAULT_DAYS_AHEAD)
        )
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("ddd dd MMM yyyy")
        self.due_edit.setAccessibleDescription(self.tr("The day the reassessment becomes due."))
        self.on_incident = QCheckBox(self.tr("The &incident {ref}").format(ref=incident_ref))
        self.on_incident.setChecked(True)
        self.on_victim = QCheckBox(self.tr("The &victim (loading…)"))
        self.on_victim.setEnabled(False)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleDescription(
            self.tr("Optional: what happened, for whoever reassesses.")
        )
        self.note_edit.setPlaceholderText(
            self.tr("e.g. Suspect released on bail; conditions not to contact the victim.")
        )
        self.note_edit.setFixedHeight(self.fontMetrics().height() * 5)
        subject_box = QWidget()
        subject_layout = QVBoxLayout(subject_box)
        subject_layout.setContentsMargins(0, 0, 0, 0)
        subject_layout.addWidget(self.on_incident)
        subject_layout.addWidget(self.on_victim)
        for text, field in (
            (self.tr("&Kind"), self.kind_combo),
            (self.tr("&Due on"), self.due_edit),
            (self.tr("About"), subject_box),
            (self.tr("&Note"), self.note_edit),
        ):
            label = QLabel(text)
            if field is not subject_box:
                label.setBuddy(field)
            self.form.addRow(label, field)
        hint = QLabel(
            self.tr("The reassessment-due list shows it from then until someone closes it.")
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.main.insertWidget(1, hint)
        self.confirmed.connect(self._record)
        self.kind_combo.setFocus()
        self.resize(520, self.sizeHint().height())
        self._worker.submit(
            desk.trigger_subjects,
            incident_id,
            on_done=self._subjects_loaded,
            on_error=self._failed,
        )

    def _subjects_loaded(self, subjects: TriggerSubjects) -> None:
        self.subjects = subjects
        if subjects.victims:
            names = ", ".join(name for _id, name in subjects.victims[:1])
            self.on_victim.setText(self.tr("The &victim, {name}").format(name=names))
            self.on_victim.setEnabled(True)
            self.on_victim.setChecked(True)
        else:
            self.on_victim.setText(self.tr("The &victim (none recorded on this incident)"))

    def first_field(self) -> QWidget:
        return self.kind_combo

    def check(self) -> str:
        if not self.on_incident.isChecked() and not self.on_victim.isChecked():
            return self.tr("Tick the incident, the victim or both: say whom the event is about.")
        return ""

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def due_on(self) -> dt.date:
        day = self.due_edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def victim_id(self) -> int | None:
        if not self.on_victim.isChecked() or self.subjects is None or not self.subjects.victims:
            return None
        return self.subjects.victims[0][0]

    def _record(self) -> None:
        self._worker.submit(
            self._desk.record_trigger_event,
            kind=self.kind(),
            due_on=self.due_on(),
            incident_id=self.incident_id if self.on_incident.isChecked() else None,
            person_id=self.victim_id(),
            note=self.note_edit.toPlainText(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, done: Done[TriggerEventView]) -> None:
        event = done.value
        self.trigger_event = event
        self.recorded.emit(event)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.show_error(failure.message)


class CloseTriggerDialog(ActionDialog):
    """The event on show; R reassessed or N no reassessment needed; the rationale.

    ``closed`` carries the closed TriggerEventView.
    """

    closed = Signal(object)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        event_id: int,
        summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Close trigger event"), self.tr("&Close event"), parent)
        self._desk = desk
        self._worker = worker
        self.event_id = event_id
        self.trigger_event: TriggerEventView | None = None
        self.about = QLabel(summary)
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.main.insertWidget(0, self.about)
        self.outcomes = QButtonGroup(self)
        words = {
            "reassessed": self.tr("&Reassessed"),
            "no reassessment needed": self.tr("&No reassessment needed"),
        }
        outcome_box = QWidget()
        outcome_layout = QVBoxLayout(outcome_box)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for outcome in OUTCOMES:
            button = QRadioButton(words.get(outcome, outcome))
            self.outcomes.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_layout.addWidget(button)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setPlaceholderText(
            self.tr("e.g. DASH repeated with the victim by phone: still medium; bail conditions")
        )
        self.rationale_edit.setFixedHeight(self.fontMetrics().height() * 5)
        rationale_label = QLabel(self.tr("R&ationale"))
        rationale_label.setBuddy(self.rationale_edit)
        self.form.addRow(QLabel(self.tr("Outcome")), outcome_box)
        self.form.addRow(rationale_label, self.rationale_edit)
        self.confirmed.connect(self._close)
        self.outcome_buttons[OUTCOMES[0]].setFocus()
        self.resize(520, self.sizeHint().height())

    def first_field(self) -> QWidget:
        checked = self.outcomes.checkedButton()
        return self.rationale_edit if checked is not None else self.outcome_buttons[OUTCOMES[0]]

    def check(self) -> str:
        if self.outcome() is None:
            return self.tr("Choose the outcome: reassessed, or no reassessment needed.")
        return ""

    def outcome(self) -> str | None:
        for outcome, button in self.outcome_buttons.items():
            if button.isChecked():
                return outcome
        return None

    def _close(self) -> None:
        self._worker.submit(
            self._desk.close_trigger_event,
            self.event_id,
            outcome=self.outcome() or "",
            rationale=self.rationale_edit.toPlainText(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, done: Done[TriggerEventView]) -> None:
        event = done.value
        self.trigger_event = event
        self.closed.emit(event)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.show_error(failure.message)


def event_summary(event: TriggerEventView) -> str:
    """One paragraph naming the event for the close dialog."""
    who = " · ".join(part for part in (event.incident_ref, event.person_name) if part)
    text = QCoreApplication.translate(
        "TriggerDialog", "{kind}, due {due}{who}; recorded by {by} {at}"
    ).format(
        kind=kind_label(event.kind),
        due=event.due_on.strftime("%d %b %Y"),
        who=f" ({who})" if who else "",
        by=event.recorded_by,
        at=local_time(event.recorded_at).strftime("%d %b %Y %H:%M"),
    )
    return f"{text}\n{event.note}" if event.note else text


def row_summary(row: object) -> str:
    """The same paragraph for a reassessment-due list row (whatever fields it carries)."""
    if isinstance(row, TriggerEventView):
        return event_summary(row)
    kind = str(getattr(row, "kind", "") or "")
    due = getattr(row, "due_on", None)
    who = " · ".join(
        str(part)
        for part in (
            getattr(row, "incident_ref", "") or getattr(row, "ref", ""),
            getattr(row, "subject", "") or getattr(row, "person_name", ""),
        )
        if part
    )
    text = QCoreApplication.translate("TriggerDialog", "{kind}, due {due}{who}").format(
        kind=kind_label(kind) if kind else "",
        due=due.strftime("%d %b %Y") if isinstance(due, dt.date) else "–",
        who=f" ({who})" if who else "",
    )
    note = getattr(row, "note", "")
    return f"{text}\n{note}" if note else text

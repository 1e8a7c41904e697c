"""The handler's own incidents this shift, and the next step for the one selected.

Keys while the list (or its buttons) has focus: Enter does the next step the status allows;
Ctrl+D dispatch, Ctrl+T record attendance, Ctrl+K closure questions, Ctrl+U submit for
sign-off, Ctrl+Shift+N add a note, Ctrl+Shift+T a trigger event for reassessment. (The
handler's window brings the list forward with Ctrl+2.)
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from callhandler.desk import Desk, Done
from callhandler.domain import grades
from callhandler.domain import lifecycle as states
from callhandler.services.calls import IncidentRow
from callhandler.services.context import Actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.services.signoff import ReturnNote
from ui.briefing.briefing_view import BriefingView
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.flow_layout import FlowLayout
from ui.closure.checklist_dialog import ClosureChecklistDialog
from ui.common.action_dialogs import ActionDialog, AttendanceDialog, NoteDialog, RegradeDialog
from ui.common.notice import Notice
from ui.common.words import grade_label, when_text
from ui.incident_view import IncidentTableView
from ui.models.incident_table import IncidentRowRole, IncidentTableModel
from ui.oversight.trigger_dialog import TriggerEventDialog
from ui.risk.assessment_dialog import RiskAssessmentDialog
from ui.worker import Failure, Poller, Worker

REFRESH_MS = 30_000

# The steps are the core's (domain/lifecycle.next_steps), derived from its lifecycle table.
DISPATCH, ATTENDANCE, CLOSURE, SUBMIT, NOTE = (
    states.STEP_DISPATCH,
    states.STEP_ATTENDANCE,
    states.STEP_CLOSURE,
    states.STEP_SUBMIT,
    states.STEP_NOTE,
)
SHORTCUTS = {
    DISPATCH: "Ctrl+D",
    ATTENDANCE: "Ctrl+T",
    CLOSURE: "Ctrl+K",
    SUBMIT: "Ctrl+U",
    NOTE: "Ctrl+Shift+N",
}


def allowed_steps(row: IncidentRow) -> list[str]:
    """The steps the incident's status allows, the usual next one first (the core decides)."""
    return list(states.next_steps(row.status, deploys=grades.deploys(row.grade)))


class ShiftIncidentsPanel(QWidget):
    """A heading with the count, the table over IncidentTableModel, and the lifecycle steps.

    ``refresh()`` asks the worker for ``shift_incidents``; at most one refresh is in flight.
    A failed refresh keeps the last list on screen and says why above it. Every step runs
    its desk action on the worker with the version the list showed, then refreshes the list; a
    change made meanwhile on another workstation is refused and its message shown here.
    ``dialog`` is the step's dialog while one is open.
    """

    def __init__(
        self, desk: Desk, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._worker = worker
        self.dialog: Any = None
        self.checklists: dict[int, ClosureChecklistDialog] = {}  # open, one per incident
        self.returned_for: ReturnNote | None = None

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.notice = Notice()
        self.returned = Notice()
        self.model = IncidentTableModel(self)
        self.view = IncidentTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("My incidents this shift"))
        self.view.setAccessibleDescription(
            self.tr(
                "Your incidents this shift, grade and status in words; Enter takes the next step."
            )
        )
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        texts = {
            DISPATCH: self.tr("Dispatch…"),
            ATTENDANCE: self.tr("Record attendance…"),
            CLOSURE: self.tr("Closure questions…"),
            SUBMIT: self.tr("Submit for sign-off"),
            NOTE: self.tr("Add note…"),
        }
        runs: dict[str, Callable[[], None]] = {
            DISPATCH: self.dispatch,
            ATTENDANCE: self.record_attendance,
            CLOSURE: self.closure_questions,
            SUBMIT: self.submit_for_sign_off,
            NOTE: self.add_note,
        }
        self.actions_by_step: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        # Wraps onto a second line rather than forcing the window wider than the screen.
        buttons = FlowLayout()
        for step, text in texts.items():
            action = QAction(text, self)
            action.setShortcut(QKeySequence(SHORTCUTS[step]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(runs[step])
            self.addAction(action)
            self.actions_by_step[step] = action
            button = QPushButton(f"{text}  {SHORTCUTS[step]}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons[step] = button
            buttons.addWidget(button)
        # Not lifecycle steps: available for any incident once it is selected.
        self.extra_actions: dict[str, QAction] = {}
        for key, text, keys, run in (
            ("briefing", self.tr("Briefing…"), "Ctrl+B", self.open_briefing),
            ("risk", self.tr("Risk assessment…"), "Ctrl+Shift+R", self.risk_assessment),
            ("regrade", self.tr("Change grade…"), "Ctrl+Shift+G", self.change_grade),
            ("trigger", self.tr("Trigger event…"), "Ctrl+Shift+T", self.trigger_event),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(run)
            self.addAction(action)
            self.extra_actions[key] = action
            button = QPushButton(f"{text}  {keys}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons[key] = button
            buttons.addWidget(button)
        self.hint = QLabel(self.tr("Enter: the next step for the selected incident"))
        self.hint.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addWidget(self.returned)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._update_heading()
        self._update_steps()

        self.poller = Poller(
            self._worker,
            REFRESH_MS,
            self._desk.shift_incidents,
            self._loaded,
            self._failed,
            self,
            marker=self._desk.change_marker,
        )

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.poller.poll()

    def add_incident(self, row: IncidentRow) -> None:
        """Show a just-opened incident at once, then refresh to pick up anything else."""
        self.model.add_row(row)
        self._update_heading()
        self.refresh()

    def stop(self) -> None:
        """The window is closing: stop refreshing; open checklists send what was typed."""
        self.poller.stop()
        for dialog in list(self.checklists.values()):
            if Shiboken.isValid(dialog):
                dialog.reject()

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.select(self.model.rows()[0].id)

    def select(self, incident_id: int) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.id == incident_id:
                self.view.selectRow(number)
                self.view.setCurrentIndex(self.model.index(number, 0))
                return

    def selected(self) -> IncidentRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        row = index.data(IncidentRowRole)
        return row if isinstance(row, IncidentRow) else None

    def _loaded(self, rows: list[IncidentRow]) -> None:
        self.problem.setVisible(False)
        chosen = self.selected()
        self.model.set_rows(rows)
        if chosen is not None and (self.selected() is None or self.selected() != chosen):
            self.select(chosen.id)
        if self.selected() is None and self.model.rowCount():
            self.select(self.model.rows()[0].id)  # never a list with nothing selected
        self._update_heading()
        self._selection_changed()

    def _failed(self, failure: Failure) -> None:
        self.problem.setText(
            self.tr("The list could not be refreshed: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)

    def _update_heading(self) -> None:
        self.heading.setText(
            self.tr("My incidents this shift: {count}").format(count=self.model.rowCount())
        )

    def _selection_changed(self, *_args: object) -> None:
        self._update_steps()
        row = self.selected()
        if row is None or row.status != states.RETURNED:
            self.returned_for = None
            self.returned.clear()
            return
        self._worker.submit(
            self._desk.latest_return,
            row.id,
            on_done=partial(self._show_return, row.id),
            on_error=lambda failure: self.returned.show_message(failure.message, "error"),
        )

    def _show_return(self, incident_id: int, note: ReturnNote | None) -> None:
        row = self.selected()
        if row is None or row.id != incident_id or note is None:
            return
        self.returned_for = note
        self.returned.show_message(
            self.tr(
                "{ref} was RETURNED by {who} at {when}: “{reason}” — Ctrl+K opens the "
                "closure questions."
            ).format(ref=row.ref, who=note.inspector, when=when_text(note.at), reason=note.reason),
            "warning",
        )

    def _update_steps(self) -> None:
        row = self.selected()
        steps = allowed_steps(row) if row is not None else []
        for key, action in self.extra_actions.items():
            usable = row is not None and (
                key in ("briefing", "trigger")
                or (key == "risk" and row.status not in ("open", "finalised"))
                or (key == "regrade" and row.status in ("open", "dispatched"))
            )
            action.setEnabled(usable)
            self.buttons[key].setEnabled(usable)
        for step, action in self.actions_by_step.items():
            action.setEnabled(step in steps)
            self.buttons[step].setEnabled(step in steps)
            button = self.buttons[step]
            name = "primary" if steps and step == steps[0] else ""
            if button.objectName() != name:  # a polish only when the look changes
                button.setObjectName(name)
                button.style().unpolish(button)
                button.style().polish(button)

    def _activated(self, _index: QModelIndex) -> None:
        row = self.selected()
        steps = allowed_steps(row) if row is not None else []
        if steps:
            self.actions_by_step[steps[0]].trigger()

    # -- steps -----------------------------------------------------------------------------

    def _row_for(self, step: str) -> IncidentRow | None:
        row = self.selected()
        if row is None or step not in allowed_steps(row):
            return None
        return row

    def open_briefing(self) -> None:
        """The attending officers' briefing for the selected incident (print, PDF)."""
        row = self.selected()
        if row is None:
            return
        dialog = BriefingView(self._desk, self._worker, row.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def risk_assessment(self) -> None:
        """The DASH risk assessment with the attending officer (after dispatch)."""
        row = self.selected()
        if row is None or row.status in ("open", "finalised"):
            return
        dialog = RiskAssessmentDialog(
            self._desk, self._worker, row.id, row.version, self, incident_ref=row.ref
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _recorded: self.refresh())
        self.dialog = dialog
        dialog.open()

    def trigger_event(self) -> None:
        """A dated event that calls for reassessment (release from custody, court date…)."""
        row = self.selected()
        if row is None:
            return
        dialog = TriggerEventDialog(self._desk, self._worker, row.id, row.ref, self)
        dialog.recorded.connect(
            lambda event: self.notice.show_message(
                self.tr("Trigger event recorded for {ref}: due {due}.").format(
                    ref=row.ref, due=event.due_on.strftime("%d %b %Y")
                )
            )
        )
        self.dialog = dialog
        dialog.open()

    def change_grade(self) -> None:
        """Regrade before attendance (the seed: reassess when circumstances change)."""
        row = self.selected()
        if row is None or row.status not in ("open", "dispatched"):
            return
        dialog = RegradeDialog(row.ref, row.grade, self)
        dialog.confirmed.connect(
            lambda: self._run(
                row,
                lambda: self._desk.regrade(row.id, row.version, dialog.grade(), dialog.reason()),
                self.tr("{ref} is now {grade}.").format(
                    ref=row.ref, grade=grade_label(dialog.grade())
                ),
                dialog,
            )
        )
        self.dialog = dialog
        dialog.open()

    def dispatch(self) -> None:
        row = self._row_for(DISPATCH)
        if row is None:
            return
        dialog = DispatchDialog(row.ref, grade=row.grade, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._dispatch(row, dialog.grade(), dialog.officers()))
        self.dialog = dialog
        dialog.open()

    def _dispatch(self, row: IncidentRow, grade: int, officers: list[str]) -> None:
        self._run(
            row,
            lambda: self._desk.dispatch(row.id, row.version, grade=grade, officers=officers),
            self.tr("{ref} dispatched: {grade}, {officers}.").format(
                ref=row.ref, grade=grade_label(grade), officers=", ".join(officers)
            ),
        )

    def record_attendance(self) -> None:
        row = self._row_for(ATTENDANCE)
        if row is None:
            return
        dialog = AttendanceDialog(row.ref, parent=self)
        dialog.confirmed.connect(
            lambda: self._run(
                row,
                lambda: self._desk.record_attendance(
                    row.id, row.version, officer=dialog.officer(), at=dialog.at()
                ),
                self.tr("{ref}: officer {officer} attended. Next: the closure questions.").format(
                    ref=row.ref, officer=dialog.officer()
                ),
                dialog,
            )
        )
        self.dialog = dialog
        dialog.open()

    def closure_questions(self) -> None:
        row = self._row_for(CLOSURE)
        if row is None:
            return
        if row.status == states.OPEN:  # Grade 4: resolved without sending officers
            self._worker.submit(
                self._desk.resolve_without_deployment,
                row.id,
                row.version,
                on_done=lambda _version: self._open_checklist(row),
                on_error=self._step_failed,
            )
            return
        self._open_checklist(row)

    def _open_checklist(self, row: IncidentRow) -> None:
        existing = self.checklists.get(row.id)
        if existing is not None and Shiboken.isValid(existing):
            existing.raise_()
            existing.activateWindow()
            self.dialog = existing
            return
        dialog = ClosureChecklistDialog(self._desk, self._worker, row.id, row.ref, self)
        self.checklists[row.id] = dialog
        dialog.submitted.connect(
            lambda ref: self.notice.show_message(
                self.tr("{ref} submitted for the inspector's sign-off.").format(ref=ref)
            )
        )
        dialog.unsaved.connect(
            lambda message: self.notice.show_message(
                self.tr("Not every closure answer for {ref} was saved: {reason}").format(
                    ref=row.ref, reason=message
                ),
                "error",
            )
        )
        dialog.finished.connect(lambda _result: self._checklist_closed(row.id, dialog))
        self.dialog = dialog
        dialog.open()

    def _checklist_closed(self, incident_id: int, dialog: ClosureChecklistDialog) -> None:
        self.checklists.pop(incident_id, None)
        if self.dialog is dialog:
            self.dialog = None
        self.refresh()
        self.view.setFocus()

    def submit_for_sign_off(self) -> None:
        row = self._row_for(SUBMIT)
        if row is None:
            return
        self._run(
            row,
            lambda: self._desk.submit_for_sign_off(row.id, row.version),
            self.tr("{ref} submitted for the inspector's sign-off.").format(ref=row.ref),
        )

    def add_note(self) -> None:
        row = self._row_for(NOTE)
        if row is None:
            return
        dialog = NoteDialog(row.ref, parent=self)
        dialog.confirmed.connect(
            lambda: self._run(
                row,
                lambda: self._desk.add_note(row.id, dialog.text()),
                self.tr("Note added to {ref}.").format(ref=row.ref),
                dialog,
            )
        )
        self.dialog = dialog
        dialog.open()

    def _run(
        self,
        row: IncidentRow,
        job: Callable[[], object],
        done_text: str,
        dialog: ActionDialog | None = None,
    ) -> None:
        def done(result: object) -> None:
            if dialog is not None and Shiboken.isValid(dialog):
                dialog.accept()
            self.notice.show_message(done_text)
            # The list reads again when what the action changed is something it shows.
            self._step_done(
                not isinstance(result, Done) or result.changes.touches("shift", "incident")
            )

        def failed(failure: Failure) -> None:
            open_dialog = dialog if dialog is not None and Shiboken.isValid(dialog) else None
            if open_dialog is not None and not isinstance(failure.error, ConcurrentChange):
                open_dialog.show_error(failure.message)
                return
            if open_dialog is not None:
                open_dialog.reject()
            self._step_failed(failure)

        self._worker.submit(job, on_done=done, on_error=failed)

    def _step_failed(self, failure: Failure) -> None:
        self.notice.show_message(failure.message, "error")
        self.refresh()

    def _step_done(self, reread: bool = True) -> None:
        self.dialog = None
        if reread:
            self.refresh()
        self.view.setFocus()

"""The closure checklist dialog: the handler asks the attending officer the closure questions.

Only the questions required now (and optional or already answered ones) are shown; a
conditional question appears as soon as an answer makes it required. Each answer is saved
through the worker as it is given, so closing the window loses nothing already answered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import ChecklistStatus, Value
from callhandler.services.closure import ClosureView
from callhandler.services.closure_saving import OpenedClosure, open_for_closure, submit_closure
from callhandler.services.incident_changes import ConcurrentChange
from ui.closure.answers_state import ClosureAnswers
from ui.closure.checklist_page import ChecklistPage, NarrativeRow
from ui.closure.checklist_parts import CollarField, MissingPanel
from ui.closure.item_editors import ItemRow
from ui.closure.words import missing_lines
from ui.common.notice import Notice
from ui.common.words import when_text
from ui.worker import Failure, Worker

COLLAR_KEY = "collar"


class ClosureChecklistDialog(QDialog):
    """Closure questions for one incident. Open it with ``open()``; it loads itself.

    Signals: ``loaded`` (the view arrived), ``answers.saved`` (a save came back), ``submitted(ref)``
    (sent for sign-off; the dialog then closes), ``unsaved(message)`` (it was closed and a
    last answer was refused). ``answers`` (ClosureAnswers) holds the state and the saving;
    ``page`` (ChecklistPage) the questions. If another workstation changed the incident, the
    answer is not saved, the message says who changed what, and Reload shows the incident as
    it is now. The dialog deletes itself once closed and every answer has reached the
    database.
    """

    loaded = Signal()
    submitted = Signal(str)
    unsaved = Signal(str)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        ref: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self.incident_id = incident_id
        self.ref = ref
        self.answers = ClosureAnswers(desk, worker, incident_id, self)
        self.answers.changed.connect(self._render)
        self.answers.saved.connect(self._after_save)
        self.answers.conflict.connect(self._show_conflict)
        self.answers.failed.connect(self._show_failure)
        self._required_at_load: set[str] = set()
        self._closing = False
        self._submitting = False

        self.setWindowTitle(self.tr("Closure questions {ref}").format(ref=ref))
        self.setSizeGripEnabled(True)
        self.resize(1120, 820)

        self.heading = QLabel(self.tr("Closure questions for the attending officer"))
        self.heading.setObjectName("heading")
        self.returned = Notice()
        self.notice = Notice()

        self.collar = CollarField()
        self.collar_edit = self.collar.edit
        self.collar.finished.connect(self._collar_finished)

        self.page = ChecklistPage()
        self.page.answered.connect(self._answer)
        self.page.narrated.connect(lambda section, text: self._give(f"narrative:{section}", text))

        self.missing_panel = MissingPanel()
        self.missing_panel.chosen.connect(self.go_to)
        self.missing_list = self.missing_panel.list

        middle = QHBoxLayout()
        middle.addWidget(self.page, 1)
        middle.addWidget(self.missing_panel)

        self.save_state = QLabel()
        self.save_state.setObjectName("muted")
        self.submit_button = QPushButton(self.tr("Su&bmit for sign-off"))
        self.submit_button.setObjectName("primary")
        self.submit_button.setEnabled(False)
        self.submit_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.submit)
        self.close_button = QPushButton(self.tr("Close (Esc)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_state, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.returned)
        layout.addWidget(self.notice)
        layout.addWidget(self.collar)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        next_missing = QShortcut(QKeySequence("F8"), self)
        next_missing.activated.connect(self.next_missing)
        self.save_state.setText(self.tr("Loading…"))
        self.page.setEnabled(False)

    @property
    def rows(self) -> dict[str, ItemRow]:
        return self.page.rows

    @property
    def narrative_rows(self) -> dict[str, NarrativeRow]:
        return self.page.narrative_rows

    @property
    def questions(self) -> ChecklistPage:
        return self.page

    @property
    def view(self) -> ClosureView | None:
        return self.answers.view

    @property
    def idle(self) -> bool:
        return self.answers.idle

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the closure view (starting closure if needed) on the worker."""
        self._worker.submit(
            open_for_closure,
            self._desk,
            self.incident_id,
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def open(self) -> None:
        """Show (not modal: the handler may need the main window while the officer talks)
        and load."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.load()

    def reload(self) -> None:
        """After a conflict: forget what was not saved and show the incident as it is now."""
        self.notice.clear()
        self.save_state.setText(self.tr("Loading…"))
        self.load()

    def _loaded(self, opened: OpenedClosure) -> None:
        view = opened.view
        first = not self.page.built
        if first:
            self.page.build(view.checklist)
            order = [self.collar_edit, *self.page.editors()]
            order += [self.missing_list, self.submit_button, self.close_button]
            for earlier, later in zip(order, order[1:], strict=False):
                QWidget.setTabOrder(earlier, later)
        self.ref = view.incident_ref
        self.setWindowTitle(self.tr("Closure questions {ref}").format(ref=view.incident_ref))
        self.heading.setText(
            self.tr("Closure questions for the attending officer: {ref}").format(
                ref=view.incident_ref
            )
        )
        self.page.set_values(view)
        if not self.collar_edit.text().strip() and view.answers:
            latest = max(view.answers.values(), key=lambda a: a.taken_at)
            self.collar_edit.setText(latest.officer_collar)
        self._required_at_load = {s.item.id for s in view.checklist_status.items if s.required}
        if opened.returned is not None:
            note = opened.returned
            self.returned.show_message(
                self.tr("RETURNED by {who} at {when}: “{reason}”").format(
                    who=note.inspector, when=when_text(note.at), reason=note.reason
                ),
                "warning",
            )
        editable = view.editable  # the core's rule (domain/lifecycle.editable_closure)
        if not editable:
            self.notice.show_message(
                self.tr("{ref} is {status}: the closure answers cannot be changed now.").format(
                    ref=view.incident_ref, status=states.STATE_WORDS.get(view.status, "")
                ),
                "warning",
            )
        self.page.setEnabled(editable)
        self.answers.reset(view)
        self.loaded.emit()
        if first or self.focusWidget() is None:
            self._focus_first_missing()

    def _load_failed(self, failure: Failure) -> None:
        self.save_state.setText("")
        self.notice.show_message(
            self.tr("The closure questions could not be opened: {reason}").format(
                reason=failure.message
            ),
            "error",
            action=self.tr("&Reload"),
            on_action=self.reload,
        )

    # -- answers ---------------------------------------------------------------------------

    def answer(self, item_id: str, value: Value) -> None:
        """Record an answer as if typed (tests and the rows both come through here)."""
        self.rows[item_id].set_value(value)
        self._answer(item_id, value)

    def _answer(self, item_id: str, value: object) -> None:
        chosen: Value = tuple(value) if isinstance(value, list | tuple) else str(value or "")
        moves_on = self.page.moves_on_after(item_id)
        self._give(f"item:{item_id}", chosen)
        following = self.page.next_after(item_id) if moves_on else None
        if following is not None:
            self.page.go_to(following)

    def _give(self, key: str, value: Value) -> None:
        self.answers.give(key, value)
        self._send()

    def _send(self) -> None:
        collar = self._collar() if self.answers.holds_answers() else None
        if collar is None and self.answers.holds_answers() and not self.collar_edit.hasFocus():
            self.collar_edit.setFocus()
        self.answers.send(collar)

    def _collar_finished(self) -> None:
        if self._collar() is not None:
            self._send()
        self._render()

    def _collar(self) -> str | None:
        return self.collar.collar()

    def _after_save(self) -> None:
        self._maybe_finish_closing()

    def _show_conflict(self, message: str) -> None:
        self.page.setEnabled(False)
        self.notice.show_message(message, "error", action=self.tr("&Reload"), on_action=self.reload)
        self.notice.action.setFocus()
        if self._closing:
            self.unsaved.emit(message)
            self._closing = False
            self.deleteLater()

    def _show_failure(self, message: str) -> None:
        self.notice.show_message(
            self.tr("Not saved: {reason}").format(reason=message),
            "error",
            action=self.tr("&Try again"),
            on_action=self._retry,
        )
        if self._closing:
            self.unsaved.emit(message)
            self._closing = False
            self.deleteLater()

    def _retry(self) -> None:
        self.notice.clear()
        self.answers.retry()
        self._send()

    # -- what the handler sees -------------------------------------------------------------

    def current_status(self) -> ChecklistStatus | None:
        return self.answers.current_status()

    def missing(self) -> list[tuple[str, str]]:
        current = self.current_status()
        if current is None or self.view is None:
            return []
        lines = missing_lines(self.view.checklist, current)
        if not self.collar_edit.text().strip() and lines:
            lines.insert(0, (COLLAR_KEY, self.tr("The attending officer's collar number")))
        return lines

    def can_submit(self) -> bool:
        current = self.current_status()
        return bool(
            current is not None
            and self.view is not None
            and self.view.submittable
            and current.complete
            and self.idle
            and not self.answers.in_conflict
            and not self._submitting
            and not self.answers.errors
        )

    def _render(self) -> None:
        view = self.view
        current = self.current_status()
        if view is None or current is None:
            return
        self.page.show_status(
            current,
            view.answers,
            saving=self.answers.saving_keys(),
            errors=self.answers.errors,
            required_at_load=self._required_at_load,
        )
        self.missing_panel.show_lines(self.missing())

        self.submit_button.setEnabled(self.can_submit())
        if self._submitting:
            self.save_state.setText(self.tr("Submitting…"))
        elif not self.idle:
            self.save_state.setText(
                self.tr("Not saved yet: give the officer's collar number.")
                if self.answers.held and self.collar.problem
                else self.tr("Saving…")
            )
        elif self.answers.in_conflict:
            self.save_state.setText(self.tr("Not saved: reload to see the other change."))
        elif view.answers or view.narrative:
            self.save_state.setText(self.tr("Every answer above is saved."))
        else:
            self.save_state.setText(self.tr("Answers are saved as you give them."))

    # -- keyboard navigation ---------------------------------------------------------------

    def go_to(self, key: str) -> None:
        """Put the cursor on a missing item (``item:<id>``, ``narrative:<id>`` or collar)."""
        if key == COLLAR_KEY:
            self.collar_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.page.go_to(key)

    def next_missing(self) -> None:
        keys = [key for key, _ in self.missing()]
        if not keys:
            self.submit_button.setFocus()
            return
        focus = self.focusWidget()
        here = COLLAR_KEY if focus is self.collar_edit else self.page.key_of(focus)
        position = keys.index(here) + 1 if here in keys else 0
        self.go_to(keys[position % len(keys)])

    def _focus_first_missing(self) -> None:
        keys = [key for key, _ in self.missing()]
        if keys:
            self.go_to(keys[0])
        else:
            self.submit_button.setFocus()

    # -- submitting and closing ------------------------------------------------------------

    def submit(self) -> None:
        version = self.answers.version
        if not self.can_submit() or version is None:
            return
        self._submitting = True
        self._render()
        self._worker.submit(
            submit_closure,
            self._desk,
            self.incident_id,
            version,
            on_done=self._submitted,
            on_error=self._submit_failed,
        )

    def _submitted(self, _version: int) -> None:
        self._submitting = False
        self.submitted.emit(self.ref)
        self.accept()

    def _submit_failed(self, failure: Failure) -> None:
        self._submitting = False
        if isinstance(failure.error, ConcurrentChange):
            self.answers.in_conflict = True
            self._show_conflict(failure.message)
        else:
            self.notice.show_message(failure.message, "error")
        self._render()

    def flush(self) -> None:
        """Send any text typed but not yet sent (the pause timer may not have fired)."""
        self.page.flush()

    def done(self, result: int) -> None:
        if self.view is not None and not self.answers.in_conflict:
            self.flush()
        super().done(result)
        if self.idle or self.answers.in_conflict:
            self.deleteLater()
        else:
            self._closing = True  # deleted once the last answers are saved
            self._maybe_finish_closing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def _maybe_finish_closing(self) -> None:
        if not self._closing or self.answers.sending:
            return  # still saving; answers still held wait for a collar number never given
        self._closing = False
        problems = list(self.answers.errors.values())
        if self.answers.held:
            problems.append(
                self.tr("{n} answer(s) were not saved: no collar number was given.").format(
                    n=len(self.answers.held)
                )
            )
        if problems:
            self.unsaved.emit("; ".join(problems))
        self.deleteLater()

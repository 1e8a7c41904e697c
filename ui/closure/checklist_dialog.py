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
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import ChecklistStatus, Value, status
from callhandler.errors import BadInput
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.services.lifecycle import check_collar
from callhandler.storage.engine import Database
from ui.closure.item_editors import ChoiceEditor, ItemRow, TextAnswerEditor
from ui.closure.notice import Notice
from ui.closure.saving import (
    Change,
    OpenedClosure,
    SaveChain,
    SaveOutcome,
    open_for_closure,
    submit_closure,
)
from ui.closure.words import missing_lines, when_text
from ui.worker import Failure, Worker

COLLAR_KEY = "collar"


class NarrativeRow(QWidget):
    """One narrative section: its title, a box, and a word count against the minimum."""

    def __init__(self, section: str, title: str, minimum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.minimum = minimum
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight:600;")
        self.editor = TextAnswerEditor(0)
        self.editor.setAccessibleName(title)
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        self.editor.textChanged.connect(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)
        layout.addWidget(self.counter)
        layout.addWidget(self.error)
        self.setFocusProxy(self.editor)
        self._count()

    def _count(self) -> None:
        words = len(self.editor.toPlainText().split())
        self.counter.setText(self.tr("{n} words (at least {m})").format(n=words, m=self.minimum))
        colour = "#047857" if words >= self.minimum else "#b45309"
        self.counter.setStyleSheet(f"color:{colour}; font-size:10pt;")

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ClosureChecklistDialog(QDialog):
    """Closure questions for one incident. Open it with ``open()``; it loads itself.

    Signals: ``loaded`` (the view arrived), ``saved`` (a save came back), ``submitted(ref)``
    (sent for sign-off; the dialog then closes), ``unsaved(message)`` (it was closed and a
    last answer was refused). Saves are chained: one job at a time, each with the version
    the last one returned. If another workstation changed the incident, the answer is not
    saved, the message says who changed what, and Reload shows the incident as it is now.
    The dialog deletes itself once closed and every answer has reached the database.
    """

    loaded = Signal()
    saved = Signal()
    submitted = Signal(str)
    unsaved = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        incident_id: int,
        ref: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._worker = worker
        self.incident_id = incident_id
        self.ref = ref
        self.view: ClosureView | None = None
        self._local: dict[str, Value] = {}  # given here, not yet confirmed saved
        self._held: dict[str, Value] = {}  # given here, waiting for the collar number
        self._chain: SaveChain | None = None
        self._errors: dict[str, str] = {}
        self._required_at_load: set[str] = set()
        self._conflict = False
        self._closing = False
        self._busy_submitting = False
        self.rows: dict[str, ItemRow] = {}
        self.narrative_rows: dict[str, NarrativeRow] = {}
        self._section_headings: dict[str, QLabel] = {}

        self.setWindowTitle(self.tr("Closure questions {ref}").format(ref=ref))
        self.setSizeGripEnabled(True)
        self.resize(1120, 820)

        self.heading = QLabel(self.tr("Closure questions for the attending officer"))
        self.heading.setObjectName("heading")
        self.returned = Notice()
        self.notice = Notice()

        self.collar_edit = QLineEdit()
        self.collar_edit.setPlaceholderText(self.tr("e.g. PC4521"))
        self.collar_edit.setMaximumWidth(180)
        self.collar_edit.setAccessibleName(self.tr("Attending officer's collar number"))
        collar_label = QLabel(self.tr("Attending officer's &collar number (required)"))
        collar_label.setStyleSheet("font-weight:700;")
        collar_label.setBuddy(self.collar_edit)
        collar_note = QLabel(self.tr("recorded with every answer you take now"))
        collar_note.setObjectName("muted")
        self.collar_error = QLabel()
        self.collar_error.setObjectName("fieldError")
        self.collar_error.setVisible(False)
        collar_row = QHBoxLayout()
        collar_row.addWidget(collar_label)
        collar_row.addWidget(self.collar_edit)
        collar_row.addWidget(collar_note)
        collar_row.addWidget(self.collar_error)
        collar_row.addStretch(1)
        self.collar_edit.editingFinished.connect(self._collar_finished)

        self.questions = QWidget()
        self.questions_layout = QVBoxLayout(self.questions)
        self.questions_layout.setContentsMargins(8, 4, 16, 8)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.questions)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.missing_heading = QLabel()
        self.missing_heading.setStyleSheet("font-weight:700;")
        self.missing_list = QListWidget()
        self.missing_list.setAccessibleName(self.tr("Still missing"))
        self.missing_list.setWordWrap(True)
        self.missing_list.itemActivated.connect(self._missing_activated)
        self.missing_heading.setBuddy(self.missing_list)
        missing_hint = QLabel(
            self.tr("Enter on a line goes to it. F8: next missing item from anywhere.")
        )
        missing_hint.setObjectName("muted")
        missing_hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.missing_heading)
        side.addWidget(self.missing_list, 1)
        side.addWidget(missing_hint)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(320)

        middle = QHBoxLayout()
        middle.addWidget(self.scroll, 1)
        middle.addWidget(side_widget)

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
        layout.addLayout(collar_row)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

        next_missing = QShortcut(QKeySequence("F8"), self)
        next_missing.activated.connect(self.next_missing)
        self.save_state.setText(self.tr("Loading…"))
        self.questions.setEnabled(False)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Fetch the closure view (starting closure if needed) on the worker."""
        self._worker.submit(
            open_for_closure,
            self._db,
            self._actor,
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
        self._conflict = False
        self._local.clear()
        self._held.clear()
        self._errors.clear()
        self.notice.clear()
        self.save_state.setText(self.tr("Loading…"))
        self.load()

    def _loaded(self, opened: OpenedClosure) -> None:
        view = opened.view
        first = not self.rows
        if first:
            self._build(view)
        self.view = view
        self._chain = SaveChain(self._db, self._actor, self.incident_id, view.version)
        self.ref = view.incident_ref
        self.setWindowTitle(self.tr("Closure questions {ref}").format(ref=view.incident_ref))
        self.heading.setText(
            self.tr("Closure questions for the attending officer: {ref}").format(
                ref=view.incident_ref
            )
        )
        for item_id, row in self.rows.items():
            record = view.answers.get(item_id)
            row.set_value(record.value if record else None)
        for section, row in self.narrative_rows.items():
            row.editor.set_value(view.narrative.get(section, ""))
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
        editable = view.status == states.CLOSURE
        if not editable:
            self.notice.show_message(
                self.tr("{ref} is {status}: the closure answers cannot be changed now.").format(
                    ref=view.incident_ref, status=states.STATE_WORDS.get(view.status, "")
                ),
                "warning",
            )
        self.questions.setEnabled(editable)
        self._render()
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

    def _build(self, view: ClosureView) -> None:
        checklist = view.checklist
        for item in checklist.items:
            if item.section not in self._section_headings:
                heading = QLabel(item.section)
                heading.setStyleSheet(
                    "font-size:12pt; font-weight:700; color:#1e3a8a; padding-top:8px;"
                    "border-bottom:1px solid #cbd5e1;"
                )
                self._section_headings[item.section] = heading
                self.questions_layout.addWidget(heading)
            row = ItemRow(item)
            row.answered.connect(self._answer)
            self.rows[item.id] = row
            self.questions_layout.addWidget(row)
        narrative_heading = QLabel(self.tr("Narrative (for the inspector and the next handler)"))
        narrative_heading.setStyleSheet(
            "font-size:12pt; font-weight:700; color:#1e3a8a; padding-top:12px;"
            "border-bottom:1px solid #cbd5e1;"
        )
        self.questions_layout.addWidget(narrative_heading)
        for section in checklist.narrative_sections:
            narrative = NarrativeRow(section.id, section.title, checklist.narrative_minimum_words)
            narrative.editor.answered.connect(
                lambda text, s=section.id: self._narrate(s, str(text))
            )
            self.narrative_rows[section.id] = narrative
            self.questions_layout.addWidget(narrative)
        self.questions_layout.addStretch(1)
        order: list[QWidget] = [self.collar_edit]
        order += [row.editor for row in self.rows.values()]
        order += [row.editor for row in self.narrative_rows.values()]
        order += [self.missing_list, self.submit_button, self.close_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.questions.setEnabled(True)

    # -- answers ---------------------------------------------------------------------------

    def answer(self, item_id: str, value: Value) -> None:
        """Record an answer as if typed (tests and the rows both come through here)."""
        self.rows[item_id].set_value(value)
        self._answer(item_id, value)

    def _answer(self, item_id: str, value: object) -> None:
        key = f"item:{item_id}"
        chosen: Value = tuple(value) if isinstance(value, list | tuple) else str(value or "")
        self._give(key, chosen)
        editor = self.rows[item_id].editor
        if isinstance(editor, ChoiceEditor) and not editor.multi and editor.hasFocus():
            self._focus_next_after(item_id)

    def _narrate(self, section: str, text: str) -> None:
        self._give(f"narrative:{section}", text)

    def _give(self, key: str, value: Value) -> None:
        self._local[key] = value
        self._held[key] = value
        self._errors.pop(key, None)
        self._render()
        self._pump()

    def _collar_finished(self) -> None:
        if self._collar() is not None:
            self._pump()
        self._render()

    def _collar(self) -> str | None:
        try:
            collar = check_collar(self.collar_edit.text())
        except BadInput as exc:
            self._errors[COLLAR_KEY] = (
                self.tr("Enter the attending officer's collar number: the answers are theirs.")
                if not self.collar_edit.text().strip()
                else str(exc)
            )
            return None
        self._errors.pop(COLLAR_KEY, None)
        if collar != self.collar_edit.text():
            self.collar_edit.setText(collar)
        return collar

    def _pump(self) -> None:
        """Hand what was given to the save chain; start its job when none is draining it."""
        chain = self._chain
        if self._conflict or self.view is None or chain is None or not self._held:
            return
        keys = list(self._held)
        collar = ""
        if any(k.startswith("item:") for k in keys):
            found = self._collar()
            if found is None:
                keys = [k for k in keys if not k.startswith("item:")]
                if not self.collar_edit.hasFocus():
                    self.collar_edit.setFocus()
            else:
                collar = found
        start = False
        for key in keys:
            start = chain.add(Change(key, self._held.pop(key), collar)) or start
        if start:
            self._start(chain)
        self._render()

    def _start(self, chain: SaveChain) -> None:
        self._worker.submit(chain.run, on_done=self._saved, on_error=self._save_failed)

    def _saved(self, outcome: SaveOutcome) -> None:
        self.view = outcome.view
        for change in outcome.saved:
            if change.key not in self._held and self._local.get(change.key) == change.value:
                del self._local[change.key]
            self._errors.pop(change.key, None)
        self._errors.update(outcome.errors)
        self._render()
        self.saved.emit()
        self._maybe_finish_closing()

    def _save_failed(self, failure: Failure) -> None:
        if isinstance(failure.error, ConcurrentChange):
            self._conflict = True
            self._held.clear()
            self.questions.setEnabled(False)
            self.notice.show_message(
                failure.message,
                "error",
                action=self.tr("&Reload"),
                on_action=self.reload,
            )
            self.notice.action.setFocus()
        else:
            self.notice.show_message(
                self.tr("Not saved: {reason}").format(reason=failure.message),
                "error",
                action=self.tr("&Try again"),
                on_action=self._retry,
            )
        self._render()
        self.saved.emit()
        if self._closing:
            self.unsaved.emit(failure.message)
            self._closing = False
            self.deleteLater()

    def _retry(self) -> None:
        self.notice.clear()
        if self._chain is not None and self._chain.restart():
            self._start(self._chain)
        self._pump()

    # -- what the handler sees -------------------------------------------------------------

    def current_status(self) -> ChecklistStatus | None:
        """Completeness with the answers given here, saved or on their way."""
        if self.view is None:
            return None
        answers = {k: v.value for k, v in self.view.answers.items()}
        narrative = dict(self.view.narrative)
        for key, value in self._local.items():
            if key in self._errors:
                continue
            kind, target = key.split(":", 1)
            if kind == "item":
                answers[target] = value
            else:
                narrative[target] = str(value)
        return status(self.view.checklist, answers, self.view.facts, narrative)

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
            and self.view.status == states.CLOSURE
            and current.complete
            and self.idle
            and not self._conflict
            and not self._busy_submitting
            and not any(k != COLLAR_KEY for k in self._errors)
        )

    def _render(self) -> None:
        view = self.view
        current = self.current_status()
        if view is None or current is None:
            return
        visible_sections: set[str] = set()
        for state in current.items:
            item = state.item
            row = self.rows[item.id]
            optional = not item.mandatory and item.mandatory_if is None
            shown = state.required or state.answered or optional
            row.setVisible(shown)
            if shown:
                visible_sections.add(item.section)
            row.set_state(
                required=state.required,
                answered=state.answered,
                newly_required=state.required and item.id not in self._required_at_load,
            )
            key = f"item:{item.id}"
            record = view.answers.get(item.id)
            if key in self._local and key not in self._errors:
                row.set_meta(self.tr("saving…"))
            elif record is not None:
                row.set_meta(
                    self.tr("Officer {collar} · taken by {who} at {when}").format(
                        collar=record.officer_collar,
                        who=record.taken_by,
                        when=when_text(record.taken_at),
                    )
                )
            else:
                row.set_meta("")
            row.set_error(self._errors.get(key, ""))
        for section, heading in self._section_headings.items():
            heading.setVisible(section in visible_sections)
        for section, narrative in self.narrative_rows.items():
            narrative.set_error(self._errors.get(f"narrative:{section}", ""))

        collar_problem = self._errors.get(COLLAR_KEY, "")
        self.collar_error.setText(collar_problem)
        self.collar_error.setVisible(bool(collar_problem))
        self.collar_edit.setProperty("invalid", bool(collar_problem))
        self.collar_edit.style().unpolish(self.collar_edit)
        self.collar_edit.style().polish(self.collar_edit)

        lines = self.missing()
        self.missing_list.clear()
        for key, words in lines:
            entry = QListWidgetItem(f"• {words}")
            entry.setData(Qt.ItemDataRole.UserRole, key)
            self.missing_list.addItem(entry)
        if lines:
            self.missing_heading.setText(self.tr("Still &missing ({n})").format(n=len(lines)))
            self.missing_heading.setStyleSheet("font-weight:700; color:#b91c1c;")
        else:
            self.missing_heading.setText(self.tr("Nothing &missing: ready to submit"))
            self.missing_heading.setStyleSheet("font-weight:700; color:#047857;")

        self.submit_button.setEnabled(self.can_submit())
        if not self.idle:
            waiting = bool(self._held) and COLLAR_KEY in self._errors
            self.save_state.setText(
                self.tr("Not saved yet: give the officer's collar number.")
                if waiting
                else self.tr("Saving…")
            )
        elif self._conflict:
            self.save_state.setText(self.tr("Not saved: reload to see the other change."))
        elif view.answers or view.narrative:
            self.save_state.setText(self.tr("Every answer above is saved."))
        else:
            self.save_state.setText(self.tr("Answers are saved as you give them."))

    # -- keyboard navigation ---------------------------------------------------------------

    def go_to(self, key: str) -> None:
        """Put the cursor on a missing item (``item:<id>``, ``narrative:<id>`` or collar)."""
        if key == COLLAR_KEY:
            target: QWidget = self.collar_edit
        elif key.startswith("item:"):
            target = self.rows[key[5:]]
        else:
            target = self.narrative_rows[key[10:]]
        if target is not self.collar_edit:
            self.scroll.ensureWidgetVisible(target, 0, 40)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def next_missing(self) -> None:
        keys = [key for key, _ in self.missing()]
        if not keys:
            self.submit_button.setFocus()
            return
        here = self._focused_key()
        position = keys.index(here) + 1 if here in keys else 0
        self.go_to(keys[position % len(keys)])

    def _focused_key(self) -> str | None:
        focus = self.focusWidget()
        if focus is self.collar_edit:
            return COLLAR_KEY
        for item_id, row in self.rows.items():
            if focus is row.editor:
                return f"item:{item_id}"
        for section, row in self.narrative_rows.items():
            if focus is row.editor:
                return f"narrative:{section}"
        return None

    def _missing_activated(self, entry: QListWidgetItem) -> None:
        self.go_to(str(entry.data(Qt.ItemDataRole.UserRole)))

    def _focus_first_missing(self) -> None:
        keys = [key for key, _ in self.missing()]
        if keys:
            self.go_to(keys[0])
        else:
            self.submit_button.setFocus()

    def _focus_next_after(self, item_id: str) -> None:
        ids = list(self.rows)
        for following in ids[ids.index(item_id) + 1 :]:
            if not self.rows[following].isHidden():
                self.go_to(f"item:{following}")
                return
        first_section = next(iter(self.narrative_rows), None)
        if first_section is not None:
            self.go_to(f"narrative:{first_section}")

    # -- submitting and closing ------------------------------------------------------------

    def submit(self) -> None:
        if not self.can_submit() or self.view is None:
            return
        self._busy_submitting = True
        self._render()
        self.save_state.setText(self.tr("Submitting…"))
        self._worker.submit(
            submit_closure,
            self._db,
            self._actor,
            self.incident_id,
            self._chain.version if self._chain is not None else self.view.version,
            on_done=self._submitted,
            on_error=self._submit_failed,
        )

    def _submitted(self, _version: int) -> None:
        self._busy_submitting = False
        self.submitted.emit(self.ref)
        self.accept()

    def _submit_failed(self, failure: Failure) -> None:
        self._busy_submitting = False
        if isinstance(failure.error, ConcurrentChange):
            self._conflict = True
            self.questions.setEnabled(False)
            self.notice.show_message(
                failure.message, "error", action=self.tr("&Reload"), on_action=self.reload
            )
            self.notice.action.setFocus()
        else:
            self.notice.show_message(failure.message, "error")
        self._render()

    def flush(self) -> None:
        """Send any text typed but not yet sent (the pause timer may not have fired)."""
        for row in self.rows.values():
            if isinstance(row.editor, TextAnswerEditor):
                row.editor.flush()
        for narrative in self.narrative_rows.values():
            narrative.editor.flush()

    @property
    def idle(self) -> bool:
        """Nothing waiting: every answer given here reached the database (or was refused)."""
        return not self._held and (self._chain is None or not self._chain.busy)

    def done(self, result: int) -> None:
        if self.view is not None and not self._conflict:
            self.flush()
        super().done(result)
        if self.idle or self._conflict:
            self.deleteLater()
        else:
            self._closing = True  # deleted once the last answers are saved
            self._maybe_finish_closing()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    def _maybe_finish_closing(self) -> None:
        if not self._closing or (self._chain is not None and self._chain.busy):
            return  # still saving
        self._closing = False
        problems = [m for k, m in self._errors.items() if k != COLLAR_KEY]
        if self._held:
            problems.append(
                self.tr("{n} answer(s) were not saved: no collar number was given.").format(
                    n=len(self._held)
                )
            )
        if problems:
            self.unsaved.emit("; ".join(problems))
        self.deleteLater()

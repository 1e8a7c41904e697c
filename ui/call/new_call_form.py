"""The new-call form: who is calling, from where, about whom; opens the incident."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, Done, is_provisional
from callhandler.services import calls
from callhandler.services.calls import FieldProblem, IncidentRow, NewCall
from ui import ask
from ui.call.correction_mode import CorrectionMode
from ui.common.words import local_time
from ui.worker import Failure, Worker

LINE_FIELDS = (
    "phone",
    "address",
    "postcode",
    "caller_location",
    "caller_name",
    "victim_name",
    "victim_dob",
    "suspect_name",
    "suspect_dob",
)
FIELDS = (*LINE_FIELDS, "summary")
DOB_FIELDS = ("victim_dob", "suspect_dob")
DOB_WIDTH_CHARS = 16  # "04/03/1991" with room to spare: a date, not a sentence


class NewCallForm(QWidget):
    """Fields for a new call; Ctrl+Enter (or Alt+O) opens the incident through the worker.

    Problems are shown in red under the field they concern, before anything is sent; a
    problem the service reports is shown above the buttons and nothing typed is lost. A
    date of birth (victim's, suspect's) is optional and never blocks opening; a mistyped
    one is named under its field. On
    success the form clears, ``incident_opened`` carries the new IncidentRow and focus
    returns to the number field. Ctrl+N clears the form for a new call (asking first if
    anything is typed).

    In the call workspace (``in_workspace=True``) the call goes on after the incident is
    opened: the fields then stay on screen, read-only (what they hold is recorded), and
    Ctrl+N or the Clear button only emit ``new_call_requested``; the workspace decides.
    ``fields_changed`` is emitted on every edit, ``open_failed(message)`` when the service
    refused to open the incident. ``correction`` (ui.call.correction_mode) makes the
    recorded fields editable again to correct them (F6 in the workspace).
    """

    incident_opened = Signal(object)
    new_call_requested = Signal()
    fields_changed = Signal()
    open_failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        in_workspace: bool = False,
    ) -> None:
        super().__init__(parent)
        self._desk = desk  # the one database, or a workstation's cache and outbox
        self._worker = worker
        self._in_workspace = in_workspace
        self._sent: NewCall | None = None  # the call being opened, while the worker works
        self.opened_ref: str | None = None  # workspace: the incident these fields are in

        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self._cells: dict[str, QVBoxLayout] = {}

        # Recorded fields (workspace, after opening) look read-only: grey, no blue edge.
        # (QLineEdit[locked="true"] is coloured by the theme: resources/styles)
        self.heading = QLabel(self.tr("New call"))
        self.heading.setObjectName("heading")

        form = QFormLayout()
        # Labels above the fields: the form stays narrow and the shift list gets the width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        for field, label_text, hint in self._field_texts():
            editor: QLineEdit | QPlainTextEdit
            if field == "summary":
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setPlaceholderText(hint)
                editor.setMinimumHeight(110)
            else:
                editor = QLineEdit()
                editor.setPlaceholderText(hint)
                editor.setClearButtonEnabled(False)
                if field in DOB_FIELDS:
                    editor.setMaxLength(40)
                    editor.setMaximumWidth(
                        editor.fontMetrics().horizontalAdvance("0" * DOB_WIDTH_CHARS)
                    )
                editor.editingFinished.connect(lambda f=field: self._check_one(f))
                editor.textEdited.connect(lambda _text, f=field: self._clear_problem(f))
            editor.textChanged.connect(self.fields_changed)
            editor.setObjectName(f"field_{field}")
            # the label sits outside the editor's cell, where Qt does not look for a buddy
            editor.setAccessibleName(label_text.replace("&", ""))
            editor.setAccessibleDescription(hint)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            label = QLabel(label_text)
            label.setBuddy(editor)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(label, cell)
            self.editors[field] = editor
            self.errors[field] = error
            self.labels[field] = label
            self._cells[field] = box

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)

        self.open_button = QPushButton(self.tr("&Open incident"))
        self.open_button.setObjectName("primary")
        self.open_button.setToolTip(self.tr("Open the incident (Ctrl+Enter)"))
        self.open_button.clicked.connect(self.submit)
        self.clear_button = QPushButton(self.tr("C&lear for a new call"))
        self.clear_button.setToolTip(self.tr("Clear the form for the next call (Ctrl+N)"))
        self.clear_button.clicked.connect(self._new_call_key)
        self.correction = CorrectionMode(self)
        # Two rows: Open/Clear, then the correction's buttons, so the form never widens
        # past its column (one row of four clipped the form's messages).
        buttons = QVBoxLayout()
        for row_buttons in ((self.open_button, self.clear_button), self.correction.buttons):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.submit)
        new_call = QShortcut(QKeySequence("Ctrl+N"), self)
        new_call.setContext(Qt.ShortcutContext.WindowShortcut)
        new_call.activated.connect(self._new_call_key)

        order = [
            *(self.editors[f] for f in FIELDS),
            self.open_button,
            self.clear_button,
            *self.correction.buttons,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.editors["phone"])

    def _field_texts(self) -> list[tuple[str, str, str]]:
        return [
            ("phone", self.tr("&Number"), self.tr("as the caller dialled, e.g. 07700 900123")),
            ("address", self.tr("&Address"), self.tr("where it is happening")),
            ("postcode", self.tr("&Postcode"), self.tr("e.g. CB1 2AD; blank if unknown")),
            (
                "caller_location",
                self.tr("Wh&ere the caller is, if not at the address"),
                self.tr("e.g. bus stop, TL 45123 57890"),
            ),
            ("caller_name", self.tr("&Caller's name"), ""),
            ("victim_name", self.tr("&Victim's name"), ""),
            ("victim_dob", self.tr("Victim's date of &birth, if known"), self.tr("dd/mm/yyyy")),
            ("suspect_name", self.tr("&Suspect's name"), ""),
            ("suspect_dob", self.tr("Suspec&t's date of birth, if known"), self.tr("dd/mm/yyyy")),
            (
                "summary",
                self.tr("&What the caller says"),
                self.tr("In the caller's words: what is happening now"),
            ),
        ]

    def attach_below(self, field: str, widget: QWidget, chain: Sequence[QWidget]) -> None:
        """Show ``widget`` under ``field`` (a question about what was typed there); Tab
        goes from the field through ``chain`` to the next field (hidden ones are skipped)."""
        self._cells[field].addWidget(widget)
        after = FIELDS[FIELDS.index(field) + 1]
        order = [self.editors[field], *chain, self.editors[after]]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- reading and writing the fields ---------------------------------------------------

    @property
    def in_workspace(self) -> bool:
        return self._in_workspace

    @property
    def opening(self) -> bool:
        """The incident is being opened (the worker has the call)."""
        return self._sent is not None

    def call(self) -> NewCall:
        """What is typed now, as the service takes it."""
        values = {field: _text(editor) for field, editor in self.editors.items()}
        return NewCall(**values)

    def has_text(self) -> bool:
        return any(_text(editor).strip() for editor in self.editors.values())

    def values(self) -> dict[str, str]:
        return {field: _text(editor) for field, editor in self.editors.items()}

    def set_values(self, values: dict[str, str]) -> None:
        """Fill the fields (a restored draft); unknown keys are ignored."""
        for field, editor in self.editors.items():
            text = values.get(field, "")
            if isinstance(editor, QPlainTextEdit):
                editor.setPlainText(text)
            else:
                editor.setText(text)

    def lock(self, incident_ref: str, message: str = "") -> None:
        """Workspace: the fields are recorded in that incident; they can no longer change."""
        self.opened_ref = incident_ref
        self.set_read_only(True)
        self.open_button.setEnabled(False)
        self.correction.refresh()
        if message:
            self._show_message(message)

    def reached_server(self, provisional: str, real: str) -> None:
        """Workspace: the incident opened offline as ``provisional`` now has its real ref."""
        if self.opened_ref != provisional:
            return
        self.opened_ref = real
        self._show_message(
            self.tr(
                "Incident {old} reached the server: its reference is now {ref}. These "
                "details are recorded; carry on with the script (F2)."
            ).format(old=provisional, ref=real)
        )

    def reset(self) -> None:
        """Workspace: an empty, editable form for the next call."""
        self.opened_ref = None
        self._sent = None
        self.correction.end()
        self.set_read_only(False)
        self.open_button.setEnabled(True)
        self.clear()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(read_only)
            _style_property(editor, "locked", read_only)

    def clear(self) -> None:
        for editor in self.editors.values():
            editor.clear()
        self.show_problems([])
        self._show_message("")
        self.editors["phone"].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Show each problem under its field (several for one field are joined)."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field, []).append(problem.message)
        for field, label in self.errors.items():
            text = " ".join(by_field.get(field, []))
            label.setText(text)
            label.setVisible(bool(text))
            _style_property(self.editors[field], "invalid", bool(text))

    # -- actions ------------------------------------------------------------------------

    def _new_call_key(self) -> None:
        if self._in_workspace:
            self.new_call_requested.emit()
        else:
            self.new_call()

    def new_call(self) -> None:
        """Ctrl+N: an empty form for the next call; asks before discarding typed text."""
        if self._sent is not None:
            return
        if self.has_text() and not ask.confirm_discard(
            self, self.tr("The form has text that has not been opened as an incident.")
        ):
            return
        self.clear()

    def submit(self) -> bool:
        """Check the form, then open the incident on the worker (once, however often pressed).

        True when the incident is opened or being opened; False when the form has problems.
        """
        if self.correction.active:
            return self.correction.submit()
        if self._sent is not None or self.opened_ref is not None:
            return True
        call = self.call()
        problems = calls.check_new_call(call)
        self.show_problems(problems)
        if problems:
            self._show_message("")
            self.editors[problems[0].field].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self._sent = call
        self.open_button.setEnabled(False)
        if self._in_workspace:  # what is typed now would not reach the incident
            self.set_read_only(True)
        self._show_message(self.tr("Opening the incident…"))
        self._worker.submit(
            self._desk.open_call,
            call,
            on_done=self._opened,
            on_error=self._failed,
        )
        return True

    def _opened(self, done: Done[IncidentRow]) -> None:
        row = done.value
        sent, self._sent = self._sent, None
        self.open_button.setEnabled(True)
        opened = self.tr("Incident {ref} opened at {time}.").format(
            ref=row.ref, time=local_time(row.opened_at).strftime("%H:%M")
        )
        if is_provisional(row.ref):
            opened = self.tr(
                "Opened at {time} ON THIS WORKSTATION ONLY (server unreachable): "
                "provisional reference {ref}, replaced by the real one when the server is back."
            ).format(ref=row.ref, time=local_time(row.opened_at).strftime("%H:%M"))
        if self._in_workspace:
            self.lock(
                row.ref,
                opened
                + " "
                + self.tr(
                    "These details are recorded. Carry on with the script (F2); Ctrl+N "
                    "starts the next call."
                ),
            )
        elif self.call() == sent:
            self.clear()
            self._show_message(opened)
        else:  # typed into while it was being saved: keep that text
            self._show_message(opened + " " + self.tr("What you typed since is still in the form."))
        self.incident_opened.emit(row)

    def _failed(self, failure: Failure) -> None:
        self._sent = None
        self.open_button.setEnabled(True)
        if self._in_workspace:
            self.set_read_only(False)
        self._show_message(self.tr("Not opened: {reason}").format(reason=failure.message), True)
        self.open_failed.emit(failure.message)

    def _check_one(self, field: str) -> None:
        """On leaving a field, show its own problem early (not the 'number or address' one)."""
        if not _text(self.editors[field]).strip():
            return
        mine = [p for p in calls.check_new_call(self.call()) if p.field == field]
        label = self.errors[field]
        label.setText(" ".join(p.message for p in mine))
        label.setVisible(bool(mine))
        _style_property(self.editors[field], "invalid", bool(mine))

    def _clear_problem(self, field: str) -> None:
        if self.errors[field].isVisible():
            self.errors[field].setVisible(False)
            _style_property(self.editors[field], "invalid", False)

    def show_message(self, text: str, error: bool = False) -> None:
        """The line above the buttons: what happened to the call (or what went wrong)."""
        self._show_message(text, error)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("error", error)
        # Provisional (offline) incidents must not look like ordinary ones: amber.
        provisional = not error and self.opened_ref is not None and is_provisional(self.opened_ref)
        self.message.setProperty("tone", "warning" if provisional else None)
        self.message.setStyleSheet("padding:4px; font-weight:600;" if provisional else "")
        _restyle(self.message)


def _text(editor: QLineEdit | QPlainTextEdit) -> str:
    return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()


def _style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property a style sheet selector reads, re-polishing only when it changed (a
    polish is about 0.2 ms a widget, and the form sets these for every field at once)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    _restyle(widget)


def _restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property used by a selector changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)

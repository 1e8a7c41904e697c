"""The form's correction mode: Correct/Save/Cancel and Esc over the recorded fields (F6)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from callhandler.services import calls
from callhandler.services.calls import FieldProblem, IncidentRow, NewCall


class CorrectedForm(Protocol):
    """What the correction mode uses of the new-call form (ui.call.new_call_form), so the
    two are understood apart (and import each other in one direction only)."""

    opened_ref: str | None
    heading: QLabel
    editors: dict[str, QLineEdit | QPlainTextEdit]
    open_button: QPushButton
    clear_button: QPushButton

    @property
    def opening(self) -> bool: ...

    @property
    def in_workspace(self) -> bool: ...

    def values(self) -> dict[str, str]: ...

    def set_values(self, values: dict[str, str]) -> None: ...

    def call(self) -> NewCall: ...

    def set_read_only(self, read_only: bool) -> None: ...

    def show_message(self, text: str, error: bool = False) -> None: ...

    def show_problems(self, problems: list[FieldProblem]) -> None: ...

    def tr(self, text: str) -> str: ...


class CorrectionMode(QObject):
    """The form's side: its Correct/Save/Cancel buttons and Esc, and what is on file.

    ``begin()`` makes the recorded fields editable; the form's Ctrl+Enter then calls
    ``submit()``, which checks them as opening does and emits ``submitted(NewCall)``;
    the workspace answers with ``saved(row)`` or ``failed(message)``. Esc (``cancel``)
    puts the recorded values back. ``requested`` is emitted by the Correct button.
    """

    submitted = Signal(object)
    requested = Signal()

    def __init__(self, form: CorrectedForm) -> None:
        # the protocol does not say it, but the form is a QWidget: the parent, and the
        # window of the shortcuts (narrowed so both are type-checked)
        assert isinstance(form, QWidget)
        super().__init__(form)
        self._form = form
        self._recorded: dict[str, str] | None = None  # the values on file, while correcting
        self._saving = False
        self.correct_button = QPushButton(self.tr("Correct details"))
        self.correct_button.setToolTip(
            self.tr(
                "Correct a mistyped number, address, name or date of birth in the incident (F6)"
            )
        )
        self.correct_button.clicked.connect(self.requested)
        self.save_button = QPushButton(self.tr("Save correction"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip(self.tr("Save the corrected details (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Put the recorded details back (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self._escape = QShortcut(QKeySequence("Escape"), form)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.cancel)
        self.refresh()

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.save_button, self.cancel_button, self.correct_button)

    @property
    def active(self) -> bool:
        return self._recorded is not None

    def recorded_values(self) -> dict[str, str]:
        """What the incident holds: while correcting, the values before the correction."""
        return dict(self._recorded) if self._recorded is not None else self._form.values()

    def begin(self) -> bool:
        """F6: the recorded fields become editable; False when there is nothing to correct."""
        form = self._form
        if form.opened_ref is None or form.opening:
            return False
        if self._recorded is None:
            self._recorded = form.values()
            form.heading.setText(self.tr("Correcting {ref}").format(ref=form.opened_ref))
            form.set_read_only(False)
            self.refresh()
            form.show_message(
                self.tr(
                    "Correcting incident {ref}: change what was mistyped, then Ctrl+Enter "
                    "saves; Esc puts the recorded details back."
                ).format(ref=form.opened_ref)
            )
        form.editors["phone"].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def cancel(self) -> None:
        """Esc: the recorded values back, read-only again; nothing is sent."""
        if self._recorded is None or self._saving:
            return
        recorded = self._recorded
        self.end()
        self._form.set_values(recorded)
        self._form.show_problems([])
        self._form.show_message(
            self.tr("Correction cancelled: the recorded details are unchanged.")
        )

    def submit(self) -> bool:
        """Ctrl+Enter while correcting: check as opening does; False when there are problems."""
        form = self._form
        if self._saving or self._recorded is None:
            return True
        call = form.call()
        problems = calls.check_new_call(call)
        form.show_problems(problems)
        if problems:
            form.show_message("")
            form.editors[problems[0].field].setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        if form.values() == self._recorded:
            self.end()
            form.show_message(self.tr("Nothing was changed: the recorded details stand."))
            return True
        self._saving = True
        form.set_read_only(True)  # what is typed while saving would not be saved
        self.refresh()
        form.show_message(self.tr("Saving the correction…"))
        self.submitted.emit(call)
        return True

    def saved(self, row: IncidentRow) -> None:
        """The correction is on file: the fields are the record again."""
        self.end()
        self._form.opened_ref = row.ref
        self._form.show_message(
            self.tr(
                "Incident {ref}: details corrected. Previous calls are now looked up for the "
                "corrected number and address."
            ).format(ref=row.ref)
        )

    def failed(self, message: str) -> None:
        """Not saved: the corrected text stays, editable, with the reason above the buttons."""
        self._saving = False
        if self._recorded is None:
            return
        self._form.set_read_only(False)
        self.refresh()
        self._form.show_message(self.tr("Not corrected: {reason}").format(reason=message), True)

    def end(self) -> None:
        was = self._recorded is not None
        self._recorded = None
        self._saving = False
        if was:
            self._form.heading.setText(self._form.tr("New call"))
            self._form.set_read_only(self._form.opened_ref is not None)
        self.refresh()

    def refresh(self) -> None:
        """Which buttons show: Open/Clear normally, Save/Cancel while correcting."""
        form, correcting = self._form, self._recorded is not None
        form.open_button.setVisible(not correcting)
        form.clear_button.setVisible(not correcting)
        self.save_button.setVisible(correcting)
        self.cancel_button.setVisible(correcting)
        self.save_button.setEnabled(not self._saving)
        self.cancel_button.setEnabled(not self._saving)
        self.correct_button.setVisible(form.in_workspace and not correcting)
        self.correct_button.setEnabled(form.opened_ref is not None)
        self._escape.setEnabled(correcting)

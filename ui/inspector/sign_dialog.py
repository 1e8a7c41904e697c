"""The inspector's signature: the password again, and for a return the reason the handler reads."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from callhandler.services.signoff import MIN_REASON
from ui.common.action_dialogs import ActionDialog


class SignDialog(ActionDialog):
    """Finalise (``returning=False``) or return to the handler (``returning=True``).

    Emits ``confirmed``; the review panel signs through the worker and then calls
    ``accept()`` or ``show_error()``. A wrong password clears the box and says so.
    """

    def __init__(
        self,
        incident_ref: str,
        signer: str,
        *,
        returning: bool,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        if returning:
            title = self.tr("Return {ref} to the handler").format(ref=incident_ref)
            ok = self.tr("&Return to handler")
        else:
            title = self.tr("Finalise {ref}").format(ref=incident_ref)
            ok = self.tr("&Finalise")
        super().__init__(title, ok, parent)
        self.returning = returning
        if returning:
            text = self.tr(
                "Say what the handler must do before it comes back to you (at least {n} "
                "characters). Then type your password to sign as {signer}."
            ).format(n=MIN_REASON, signer=signer)
        else:
            text = self.tr(
                "Finalising signs {ref} off: after this it cannot change, and later "
                "information can only be added as a note. Type your password to sign as "
                "{signer}."
            ).format(ref=incident_ref, signer=signer)
        explain = QLabel(text)
        explain.setWordWrap(True)
        self.main.insertWidget(0, explain)
        self.reason_edit: QPlainTextEdit | None = None
        if returning:
            self.reason_edit = QPlainTextEdit(reason)
            self.reason_edit.setTabChangesFocus(True)
            self.reason_edit.setAccessibleName(self.tr("Reason for the handler"))
            self.reason_edit.setAccessibleDescription(
                self.tr("What the handler must put right before resubmitting; they see it.")
            )
            self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
            reason_label = QLabel(self.tr("R&eason"))
            reason_label.setBuddy(self.reason_edit)
            self.form.addRow(reason_label, self.reason_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Your password"))
        password_label = QLabel(self.tr("Your &password"))
        password_label.setBuddy(self.password_edit)
        self.form.addRow(password_label, self.password_edit)
        self.resize(560, 300 if returning else 200)
        (self.reason_edit or self.password_edit).setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip() if self.reason_edit is not None else ""

    def password(self) -> str:
        return self.password_edit.text()

    def first_field(self) -> QWidget:
        if self.reason_edit is not None and len(self.reason()) < MIN_REASON:
            return self.reason_edit
        return self.password_edit

    def check(self) -> str:
        if self.returning and len(self.reason()) < MIN_REASON:
            return self.tr("Write what the handler must do: at least {n} characters.").format(
                n=MIN_REASON
            )
        if not self.password():
            return self.tr("Type your password to sign.")
        return ""

    def show_error(self, message: str) -> None:
        self.password_edit.clear()
        super().show_error(message)

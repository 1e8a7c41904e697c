"""The sign-in dialog: username and password, checked on the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.services import accounts
from callhandler.services.context import Actor, this_workstation
from ui.common.fit import keep_whole
from ui.worker import Failure, Worker

# accounts.authenticate bound to the database that signs people in (ui/app.py binds it):
# (username, password, workstation, *, failure_delay_s) -> Actor
SignIn = Callable[..., Actor]


class LoginDialog(QDialog):
    """Ask for a username and password; after ``Accepted``, ``actor`` is who signed in.

    The password is checked by ``accounts.authenticate`` on the worker (it is slow on
    purpose), so the window stays responsive. A failure shows one message in the dialog
    (a lock-out says until when), clears the password and leaves the username, unless it
    is not written as usernames are (capitals, spaces, symbols: perhaps the password typed
    in the wrong box): that is cleared too. ``failure_delay_s`` is passed to the service; tests use 0.
    """

    def __init__(
        self,
        authenticate: SignIn,
        worker: Worker,
        *,
        failure_delay_s: float = accounts.FAILED_LOGIN_DELAY_S,
        workstation: str | None = None,
        database: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self._worker = worker
        self._failure_delay_s = failure_delay_s
        self._workstation = workstation or this_workstation()
        self._checking = False
        self.actor: Actor | None = None

        self.setWindowTitle(self.tr("Sign in: call handler workstation"))
        self.setModal(True)
        heading = QLabel(self.tr("Sign in"))
        heading.setObjectName("heading")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        user_label = QLabel(self.tr("&Username"))
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        keep_whole(self.message)  # a long message makes the window taller, never sliced
        self.message.setVisible(False)
        where = QLabel(
            self.tr("Workstation {workstation} · database {database}").format(
                workstation=self._workstation, database=database or "?"
            )
        )
        where.setObjectName("muted")
        where.setWordWrap(True)
        keep_whole(where)  # a long database name wraps to more lines, never sliced

        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAutoDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        layout.addWidget(where)
        self.setMinimumWidth(440)
        self.username.setFocus()

    def sign_in(self) -> None:
        if self._checking:
            return
        if not self.username.text().strip() or not self.password.text():
            self._show(self.tr("Type your username and password."))
            (self.password if self.username.text().strip() else self.username).setFocus()
            return
        self._checking = True
        self.sign_in_button.setEnabled(False)
        self._show(self.tr("Checking…"), problem=False)
        self._worker.submit(
            self._authenticate,
            self.username.text(),
            self.password.text(),
            self._workstation,
            failure_delay_s=self._failure_delay_s,
            on_done=self._signed_in,
            on_error=self._refused,
        )

    def reject(self) -> None:
        self._checking = False
        super().reject()

    def _signed_in(self, actor: Actor) -> None:
        if not self._checking:  # cancelled while the password was being checked
            return
        self._checking = False
        self.actor = actor
        self.accept()

    def _refused(self, failure: Failure) -> None:
        if not self._checking:
            return
        self._checking = False
        self.sign_in_button.setEnabled(True)
        self._show(failure.message)
        self.password.clear()
        if not accounts.USERNAME_RE.match(self.username.text().strip()):
            # Not a username as anyone's is written (lower case, no spaces or symbols):
            # perhaps the password, typed in the wrong box. It is not left on screen (nor
            # put in the audit log: see accounts.authenticate).
            self.username.clear()
            self.username.setFocus()
        else:
            self.password.setFocus()

    def _show(self, text: str, *, problem: bool = True) -> None:
        self.message.setObjectName("fieldError" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

"""The locked window's only content: who it is locked for, and a password box to come back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.services.context import Actor


class LockScreen(QWidget):
    """Shows nothing of the work behind it: the signed-in user, a username (theirs, filled
    in) and a password box with the keyboard focus.

    ``submitted(username, password)`` when Enter or the button is pressed with both typed;
    the owner checks them (off the GUI thread) and answers with ``refused(message)`` or
    ``reset``. Changing the username to someone else's turns the button into signing in
    as them, which signs the locked user out (their call is kept as a draft).
    """

    submitted = Signal(str, str)

    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._actor = actor
        self._checking = False

        card = QFrame()
        card.setObjectName("lockCard")
        card.setMaximumWidth(560)
        heading = QLabel(self.tr("This workstation is locked"))
        heading.setObjectName("heading")
        heading.setIndent(0)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.username = QLineEdit(actor.username)
        self.username.setObjectName("lockUsername")
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        user_label = QLabel(self.tr("&Username"))
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)

        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.switch_note = QLabel(
            self.tr(
                "Signing in as someone else signs {name} out. The call {name} has in "
                "progress is kept as a draft and offered back when they next sign in here."
            ).format(name=actor.display_name)
        )
        self.switch_note.setWordWrap(True)
        self.switch_note.setVisible(False)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        where = QLabel(self.tr("Workstation {name}").format(name=actor.workstation))
        where.setObjectName("muted")

        inside = QVBoxLayout(card)
        inside.setContentsMargins(28, 22, 28, 22)
        inside.setSpacing(12)
        inside.addWidget(heading)
        inside.addWidget(self.explanation)
        inside.addLayout(form)
        inside.addWidget(self.message)
        inside.addWidget(self.switch_note)
        inside.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        inside.addWidget(where)

        centre = QGridLayout(self)
        centre.setRowStretch(0, 1)
        centre.setRowStretch(2, 2)
        centre.setColumnStretch(0, 1)
        centre.setColumnStretch(2, 1)
        centre.addWidget(card, 1, 1)
        card.setMinimumWidth(460)

        self.username.textChanged.connect(self._username_changed)
        self.username.returnPressed.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self._username_changed()

    @property
    def switching(self) -> bool:
        """The username typed is not the locked user's: signing in signs them out."""
        typed = self.username.text().strip().lower()
        return bool(typed) and typed != self._actor.username

    def prepare(self, idle_minutes: float | None) -> None:
        """Freshly locked: the user's own name, an empty password box with the focus.
        ``idle_minutes`` None means locked on request (Ctrl+L)."""
        now = dt.datetime.now().strftime("%H:%M")
        if idle_minutes is None:
            why = self.tr("Locked at {time}.").format(time=now)
        else:
            why = self.tr("Locked at {time} after {minutes} without keyboard or mouse.").format(
                time=now, minutes=self._minutes(idle_minutes)
            )
        self.explanation.setText(
            why
            + " "
            + self.tr(
                "{name} ({username}) is signed in; type the password to carry on where "
                "you left off."
            ).format(name=self._actor.display_name, username=self._actor.username)
        )
        self.username.setText(self._actor.username)
        self.password.clear()
        self.message.clear()
        self.message.setVisible(False)
        self._set_checking(False)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _minutes(self, minutes: float) -> str:
        if minutes >= 1 and float(minutes).is_integer():
            whole = int(minutes)
            return self.tr("1 minute") if whole == 1 else self.tr("{n} minutes").format(n=whole)
        seconds = max(1, round(minutes * 60))  # only a test locks this soon
        return self.tr("1 second") if seconds == 1 else self.tr("{n} seconds").format(n=seconds)

    def submit(self) -> None:
        if self._checking:
            return
        if not self.username.text().strip() or not self.password.text():
            self._say(self.tr("Type the password."), problem=True)
            (self.password if self.username.text().strip() else self.username).setFocus()
            return
        self._set_checking(True)
        self._say(self.tr("Checking…"), problem=False)
        self.submitted.emit(self.username.text(), self.password.text())

    def refused(self, message: str) -> None:
        """The password was not right (or the check failed): say so, try again."""
        self._set_checking(False)
        self._say(message, problem=True)
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Unlocked: nothing typed stays behind."""
        self._set_checking(False)
        self.password.clear()
        self.message.clear()
        self.message.setVisible(False)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.button.setEnabled(not checking)
        self.username.setReadOnly(checking)
        self.password.setReadOnly(checking)

    def _username_changed(self) -> None:
        switching = self.switching
        self.switch_note.setVisible(switching)
        text = (
            self.tr("&Sign in and sign {name} out").format(name=self._actor.display_name)
            if switching
            else self.tr("Un&lock")
        )
        self.button.setText(text)
        # The style sheet makes the default button bold after its size is worked out.
        bold = QFont(self.button.font())
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(text.replace("&", ""))
        self.button.setMinimumWidth(width + 40)

    def _say(self, text: str, *, problem: bool) -> None:
        self.message.setObjectName("fieldError" if problem else "muted")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

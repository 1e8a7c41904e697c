"""Signing in through the dialog: the password is checked on the worker."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from callhandler.errors import AuthenticationFailed
from callhandler.services import accounts
from ui.login import LoginDialog
from uitools import WAIT_MS, password_for


def open_dialog(qtbot, db, worker) -> LoginDialog:
    sign_in = functools.partial(accounts.authenticate, db)
    dialog = LoginDialog(
        sign_in, worker, failure_delay_s=0, workstation="ws-login", database=db.describe()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_shows_one_message_and_no_actor(qtbot, db, worker, handler) -> None:
    dialog = open_dialog(qtbot, db, worker)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.username, "handler1")
    qtbot.keyClicks(dialog.password, "not-the-password")
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter presses Sign in
    assert dialog.actor is None
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Sign-in failed")
    assert dialog.username.text() == "handler1"
    assert dialog.password.text() == ""
    assert dialog.sign_in_button.isEnabled()


def test_unknown_user_gets_the_same_message(qtbot, db, worker, handler) -> None:
    dialog = open_dialog(qtbot, db, worker)
    qtbot.keyClicks(dialog.username, "nobody")
    qtbot.keyClicks(dialog.password, password_for("handler1"))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert dialog.message.text().startswith("Sign-in failed")


def test_blank_fields_are_caught_without_asking_the_database(qtbot, db, worker) -> None:
    dialog = open_dialog(qtbot, db, worker)
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert not worker.busy
    assert dialog.message.text() == "Type your username and password."


def test_right_password_yields_the_handler_actor(qtbot, db, worker, handler) -> None:
    dialog = open_dialog(qtbot, db, worker)
    qtbot.keyClicks(dialog.username, "Handler1 ")
    qtbot.keyClicks(dialog.password, password_for("handler1"))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.username == "handler1"
    assert dialog.actor.role == "handler"
    assert dialog.actor.workstation == "ws-login"


def test_a_password_typed_in_the_username_box_is_not_left_there(qtbot, db, worker, handler) -> None:
    dialog = open_dialog(qtbot, db, worker)
    qtbot.keyClicks(dialog.username, password_for("handler1"))  # the wrong box
    qtbot.keyClicks(dialog.password, "x")
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("Sign-in failed")
    assert dialog.username.text() == "" and dialog.username.hasFocus()


def test_a_locked_account_says_until_when(qtbot, db, worker, handler) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "handler1", "wrong-guess", "ws-other", failure_delay_s=0)
    dialog = open_dialog(qtbot, db, worker)
    qtbot.keyClicks(dialog.username, "handler1")
    qtbot.keyClicks(dialog.password, password_for("handler1"))
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert "locked until" in dialog.message.text()
    assert dialog.username.text() == "handler1"

"""The idle lock: nothing personal on screen until the same user's password, or another
user's sign-in, which keeps the first user's call as their draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select, update

from callhandler.services import accounts, calls, drafts
from callhandler.services.context import Actor, system_actor
from callhandler.storage.models import AuditEvent, User
from ui import app as app_module
from ui.call.handler_view import HandlerView
from ui.lock.settings import DEFAULT_IDLE_MINUTES, IdleLockSetting, read_idle_lock
from ui.main_window import MainWindow, build_main_window
from uitools import WAIT_MS

VICTIM = "Zelda Quintrell"
CALL = {
    "phone": "07700 900461",
    "address": "12 Orchard Close",
    "victim_name": VICTIM,
    "summary": "Zelda says he is outside the door.",
}
PERSONAL = ("Zelda", "Quintrell", "900461", "Orchard Close")
# Passwords of this file's own (any password rule accepts them), so the tests never depend
# on how other tests' accounts are made.
PASSWORDS = {
    "ann": "Quiet-Harbour-Lamp-47",
    "ben": "Copper-Meadow-Kite-62",
    "insp": "Silver-Birch-Anchor-15",
}


def person(db, username: str, role: str) -> Actor:  # type: ignore[no-untyped-def]
    """An account with its password from PASSWORDS, signed in on ws-test."""
    accounts.create_user(
        db, system_actor("test"), username, username.title(), role, PASSWORDS[username]
    )
    return accounts.authenticate(db, username, PASSWORDS[username], "ws-test", failure_delay_s=0)


@pytest.fixture
def ann(db) -> Actor:  # type: ignore[no-untyped-def]
    return person(db, "ann", "handler")


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a visible widget of ``widget`` shows (lists' cells and the title too)."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.index(row, column).data() or "")
                for row in range(model.rowCount())
                for column in range(model.columnCount())
            ]
        elif isinstance(child, QLabel | QLineEdit | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            texts.append(child.currentText())
        texts.append(child.toolTip())
    return texts


def shows_nothing_personal(widget: QWidget) -> bool:
    return not any(word in text for text in visible_texts(widget) for word in PERSONAL)


def window_with_a_call(qtbot, db, worker, actor) -> MainWindow:
    """A handler's window, shown and active, with a call typed and saved as a draft."""
    window = build_main_window(db, actor, worker)
    qtbot.addWidget(window)
    window.lock.failure_delay_s = 0
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    view = window.view
    assert isinstance(view, HandlerView)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    view.form.set_values(CALL)
    view.form.editors["victim_name"].setFocus()
    qtbot.waitUntil(window.view.form.editors["victim_name"].hasFocus, timeout=WAIT_MS)
    assert not shows_nothing_personal(window)  # the check below would find the call
    return window


def lock_now(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.lock.locked, timeout=WAIT_MS):
        window.lock.lock()


def type_password(qtbot, window: MainWindow, password: str, username: str = "") -> None:
    screen = window.lock.screen
    if username:
        screen.username.setText(username)
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def test_the_window_locks_after_the_idle_time_and_shows_nothing_personal(
    qtbot, db, worker, ann, tmp_path: Path
) -> None:
    window = window_with_a_call(qtbot, db, worker, ann)
    with qtbot.waitSignal(window.lock.locked, timeout=WAIT_MS):
        window.lock.set_idle_interval(50)  # no input from here on
    assert window.lock.is_locked
    assert window.stack.currentWidget() is window.lock.screen
    assert shows_nothing_personal(window)
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert others == []
    grabbed = window.grab()
    assert grabbed.size() == window.size()
    assert grabbed.save(str(tmp_path / "locked.png"))
    assert QApplication.focusWidget() is window.lock.screen.password
    assert "without keyboard or mouse" in window.lock.screen.explanation.text()


def test_any_key_or_click_restarts_the_idle_time(qtbot, db, worker, ann) -> None:
    """Keys and clicks as the platform delivers them: to the window, then to the widget
    (the lock watches the windows, not every event of every widget)."""
    window = window_with_a_call(qtbot, db, worker, ann)
    timer = window.lock.timer
    assert timer.isActive() and timer.interval() == DEFAULT_IDLE_MINUTES * 60_000
    editor = window.view.form.editors["victim_name"]
    handle = window.windowHandle()
    timer.stop()
    QTest.keyClick(handle, Qt.Key.Key_End)
    assert timer.isActive()
    timer.stop()
    QTest.keyClick(handle, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # a shortcut
    assert timer.isActive()
    timer.stop()
    centre = editor.mapTo(window, editor.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert timer.isActive()
    assert editor.hasFocus()
    dialog = QDialog(window)  # a window opened later: its input counts too
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    timer.stop()
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert timer.isActive()
    dialog.close()
    assert not window.lock.is_locked


def test_ctrl_l_locks_and_a_wrong_password_is_refused_like_a_failed_sign_in(
    qtbot, db, worker, ann
) -> None:
    window = window_with_a_call(qtbot, db, worker, ann)
    with qtbot.waitSignal(window.lock.locked, timeout=WAIT_MS):
        qtbot.keyClick(
            window.view.form.editors["victim_name"],
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier,
        )
    screen = window.lock.screen
    assert screen.username.text() == "ann" and screen.button.text() == "Un&lock"
    type_password(qtbot, window, "Quiet-Harbour-Lamp-48")
    qtbot.waitUntil(lambda: screen.message.text().startswith("Sign-in failed"), timeout=WAIT_MS)
    assert window.lock.is_locked
    assert screen.message.isVisible()
    assert screen.password.text() == "" and screen.password.hasFocus()
    assert shows_nothing_personal(window)
    with db.read() as session:
        failed = session.execute(
            select(AuditEvent.username).where(AuditEvent.action == "login_failed")
        ).scalars()
        assert list(failed) == ["ann"]
    # Locked, the window's own keys do nothing (Ctrl+2 would show the incident list).
    qtbot.keyClick(screen.password, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is screen


def test_the_right_password_restores_exactly_the_call_in_progress(qtbot, db, worker, ann) -> None:
    window = window_with_a_call(qtbot, db, worker, ann)
    form = window.view.form
    title = window.windowTitle()
    before = form.values()
    lock_now(qtbot, window)
    assert "Ann" not in window.windowTitle()
    with qtbot.waitSignal(window.lock.unlocked, timeout=WAIT_MS):
        type_password(qtbot, window, PASSWORDS["ann"])
    assert not window.lock.is_locked
    assert form.values() == before
    assert form.editors["victim_name"].hasFocus()  # where the cursor was
    assert window.windowTitle() == title and window.menuBar().isVisible()
    assert window.lock.screen.password.text() == ""
    assert window.lock.timer.isActive()
    assert not shows_nothing_personal(window)


def test_an_inspectors_lists_are_hidden_too(qtbot, db, worker, ann) -> None:
    calls.open_incident(db, ann, calls.NewCall(**CALL))
    window = build_main_window(db, person(db, "insp", "inspector"), worker)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.view)  # the control room: every incident of the shift
    qtbot.waitUntil(lambda: window.view.model.rowCount() == 1, timeout=WAIT_MS)
    assert not shows_nothing_personal(window)
    lock_now(qtbot, window)
    assert shows_nothing_personal(window)


def test_the_same_user_whose_role_changed_gets_a_window_for_the_new_role(
    qtbot, db, worker, ann
) -> None:
    window = window_with_a_call(qtbot, db, worker, ann)
    lock_now(qtbot, window)
    with db.write() as session:  # an administrator changed the role meanwhile
        session.execute(update(User).where(User.id == ann.user_id).values(role="inspector"))
    with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
        type_password(qtbot, window, PASSWORDS["ann"])
    assert window.switched_to is not None and window.switched_to.role == "inspector"
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert len(drafts.drafts_for(db, ann)) == 1  # the call waits for them as a draft


def test_a_dialog_open_at_the_lock_is_hidden_and_comes_back_as_it_was(
    qtbot, db, worker, ann
) -> None:
    window = window_with_a_call(qtbot, db, worker, ann)
    dialog = QDialog(window)
    notes = QLineEdit(f"{VICTIM} has left by the back door")
    QVBoxLayout(dialog).addWidget(notes)
    dialog.open()  # window-modal, as the application's dialogs are
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    lock_now(qtbot, window)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None  # the lock screen takes the keyboard
    late = QDialog(window)  # e.g. a worker's answer opening a window while locked
    late.setWindowTitle(VICTIM)
    late.show()
    qtbot.waitUntil(lambda: not late.isVisible(), timeout=WAIT_MS)
    with qtbot.waitSignal(window.lock.unlocked, timeout=WAIT_MS):
        type_password(qtbot, window, PASSWORDS["ann"])
    assert dialog.isVisible() and dialog.isModal()
    assert notes.text() == f"{VICTIM} has left by the back door"
    assert late.isVisible()
    late.close()
    dialog.close()


def test_locked_over_the_dialog_in_use_the_password_box_has_the_keyboard(
    qtbot, db, worker, ann
) -> None:
    """The idle lock hides the dialog being typed in; the handler coming back types the
    password straight away (keys as the platform delivers them, to the focused window)
    and finds the dialog as it was. It went nowhere: no window had the keyboard."""
    window = window_with_a_call(qtbot, db, worker, ann)
    dialog = QDialog(window)
    notes = QLineEdit(f"{VICTIM} has left by the back door")
    QVBoxLayout(dialog).addWidget(notes)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(window.lock.locked, timeout=WAIT_MS):
        window.lock.set_idle_interval(50)
    screen = window.lock.screen
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.password, timeout=WAIT_MS)
    with qtbot.waitSignal(window.lock.unlocked, timeout=WAIT_MS):
        for char in PASSWORDS["ann"]:
            QTest.keyClick(QGuiApplication.focusWindow(), char)
        QTest.keyClick(QGuiApplication.focusWindow(), Qt.Key.Key_Return)
    assert dialog.isVisible() and notes.text() == f"{VICTIM} has left by the back door"
    dialog.close()


def test_another_user_signing_in_signs_the_first_out_and_keeps_the_call_as_a_draft(
    qtbot, db, worker, ann, no_modal_prompts
) -> None:
    other = person(db, "ben", "handler")
    window = window_with_a_call(qtbot, db, worker, ann)
    lock_now(qtbot, window)
    screen = window.lock.screen
    screen.username.setText("ben")
    assert screen.switch_note.isVisible()
    assert screen.button.text() == "&Sign in and sign Ann out"
    with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
        type_password(qtbot, window, PASSWORDS["ben"])
    assert window.switched_to is not None and window.switched_to.user_id == other.user_id
    assert window.signed_out_requested
    assert no_modal_prompts == []  # nobody was asked about the first user's call
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    kept = drafts.drafts_for(db, ann)
    assert len(kept) == 1 and kept[0].payload["form"]["victim_name"] == VICTIM
    assert drafts.drafts_for(db, other) == []

    again = build_main_window(db, ann, worker)  # the first user back at this desk
    qtbot.addWidget(again)
    workspace = again.view.workspace
    qtbot.waitUntil(lambda: workspace.offered is not None, timeout=WAIT_MS)
    assert VICTIM in workspace.offered.describe()


def test_the_session_goes_straight_to_whoever_signed_in_at_the_lock_screen(
    qtbot, db, worker, ann, monkeypatch
) -> None:
    person(db, "ben", "handler")
    asked: list[int] = []

    class OneLogin:
        """The sign-in dialog, answered once with the first handler, then cancelled."""

        def __init__(self, *_args: object, **_kwargs: object) -> None:
            self.actor = ann if not asked else None
            asked.append(1)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted if self.actor else QDialog.DialogCode.Rejected

        def deleteLater(self) -> None:
            pass

    windows: list[MainWindow] = []
    intervals: list[int] = []
    real_build = app_module.build_main_window

    def build(*args: object) -> MainWindow:
        window = real_build(*args)  # type: ignore[arg-type]
        windows.append(window)
        window.lock.failure_delay_s = 0

        def act() -> None:
            qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
            intervals.append(window.lock.timer.interval())  # set by the session loop
            if len(windows) == 1:
                window.lock.lock()
                type_password(qtbot, window, PASSWORDS["ben"], username="ben")
            else:
                window.close()

        QTimer.singleShot(0, act)
        return window

    monkeypatch.setattr(app_module, "LoginDialog", OneLogin)
    monkeypatch.setattr(app_module, "build_main_window", build)
    # As run_application: windows come and go, only the session loop ends the application
    # (otherwise the last window closing posts a quit that stops every later event loop).
    app = app_module.ensure_application()
    assert app_module.session_loop(app, db, worker, None, IdleLockSetting(3)) == 0
    assert [w.actor.username for w in windows] == ["ann", "ben"]
    assert len(asked) == 1  # the second window came from the lock screen, not the dialog
    assert intervals == [3 * 60_000] * 2  # the setting reaches every window


@pytest.mark.parametrize(
    ("content", "minutes", "problem"),
    [
        (None, 10, None),
        ("", 10, None),
        ("[lock]\nidle_minutes = 5\n", 5, None),
        ("[lock]\nidle_minutes = 0\n", 10, "from 1 to 60, not 0"),
        ("[lock]\nidle_minutes = 61\n", 10, "from 1 to 60, not 61"),
        ("[lock]\nidle_minutes = 2.5\n", 10, "whole number of minutes from 1 to 60, not 2.5"),
        ("[lock]\nidle_minutes = 'ten'\n", 10, "not 'ten'"),
        ("[lock]\nidle_minutes = true\n", 10, "not True"),
        ("lock = 3\n", 10, "[lock] must be a table"),
        ("[lock]\nidle_minutes = \n", 10, "not valid TOML"),
    ],
)
def test_the_idle_time_comes_from_the_settings_file_within_limits(
    tmp_path: Path, content: str | None, minutes: int, problem: str | None
) -> None:
    if content is not None:
        (tmp_path / "settings.toml").write_text(content, encoding="utf-8")
    setting = read_idle_lock(tmp_path)
    assert setting.minutes == minutes
    assert setting.milliseconds == minutes * 60_000
    if problem is None:
        assert setting.problem is None
    else:
        assert setting.problem is not None and problem in setting.problem
        assert str(tmp_path / "settings.toml") in setting.problem
        assert "locks after 10 minutes" in setting.problem


def test_a_bad_idle_setting_is_reported_at_start_and_the_default_used(
    db_url, monkeypatch, tmp_path: Path, no_modal_prompts, capsys
) -> None:
    data = tmp_path / "portable"
    (data / "config").mkdir(parents=True)
    (data / "config" / "settings.toml").write_text("[lock]\nidle_minutes = 0\n")
    used: list[object] = []

    def no_sign_in(
        _app: object, _db: object, _worker: object, _cache: object, idle: object, **_: object
    ) -> int:
        used.append(idle)
        return 0

    monkeypatch.setattr(app_module, "session_loop", no_sign_in)
    args = app_module.argparse.Namespace(db=db_url, data_dir=str(data), demo=False, quiet=True)
    assert app_module.run_application(args) == 0
    assert [title for title, _ in no_modal_prompts] == ["The idle lock setting was not used"]
    assert "from 1 to 60, not 0" in no_modal_prompts[0][1]
    assert "from 1 to 60, not 0" in capsys.readouterr().err
    assert used[0].minutes == DEFAULT_IDLE_MINUTES  # type: ignore[attr-defined]

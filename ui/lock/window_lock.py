"""Locks a signed-in window after a time without input, or on Ctrl+L, until the password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtPrintSupport import QAbstractPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolTip,
    QWidget,
)
from shiboken6 import Shiboken

from callhandler.desk import Desk
from callhandler.services import accounts
from callhandler.services.context import Actor
from ui.lock.lock_screen import LockScreen
from ui.lock.settings import DEFAULT_IDLE_MINUTES
from ui.worker import Failure, Worker

# Input from the person at the desk; anything else (timers, paints, the worker) is not.
# Watched on the windows (QWindow), where the platform delivers every key and click before
# a widget sees it: a key that is a shortcut (Ctrl+G) is taken before the window's
# KeyPress, so its KeyRelease counts too.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)
# Standard prompts that hold nothing typed: at lock they are answered "cancel".
_CANCELLED_AT_LOCK = (QMessageBox, QFileDialog, QAbstractPrintDialog)
# Windows that close when hidden, so are not shown again on unlock.
_TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _alive(widget: QWidget | None) -> bool:
    return widget is not None and Shiboken.isValid(widget)


class WindowLock(QObject):
    """The idle timer and the lock of one main window (one per signed-in window).

    Contract:

    - An event filter on each of the application's windows (the QWindow the platform
      delivers input to, watched from when it first has the keyboard) restarts a
      single-shot QTimer on every key, click, wheel or (real) mouse move; when it fires
      the window locks. (Not an application-wide filter while unlocked: that ran Python
      for every event of every widget, paints and timers included, about a tenth of the
      GUI thread's time in a call: issue 18.) ``lock()`` (Ctrl+L)
      locks at once. ``set_idle_interval(ms)`` changes the time (tests use milliseconds).
    - Locked, ``stack`` shows only the LockScreen; the menu and status bars are hidden,
      the title names no one, every shortcut outside the lock screen is swallowed, and
      every other window of the application is taken off the screen: a dialog opened
      with ``open()``/``show()`` is hidden and shown again on unlock (nothing in it is
      lost); a message box, file or print dialog is cancelled; a window that appears while
      locked is treated the same way. The call in progress is saved as a draft first
      (``flush_draft``).
    - The password is checked by ``accounts.authenticate`` on the worker, so a wrong one
      is audited and counted as a failed sign-in exactly as at the sign-in dialog.
      The locked user's own password: ``unlocked`` and everything is back as it was,
      focus included. Another user's: ``switch_requested(actor)`` (the window signs the
      locked user out; their call stays as a draft). The same user whose role changed
      meanwhile is also a switch, so the window is rebuilt for the role now held.
    """

    locked = Signal()
    unlocked = Signal()
    switch_requested = Signal(object)  # the Actor who signed in from the lock screen

    def __init__(
        self,
        window: QMainWindow,
        stack: QStackedWidget,
        desk: Desk,
        actor: Actor,
        worker: Worker,
        *,
        flush_draft: Callable[[], None] | None = None,
        idle_ms: int = DEFAULT_IDLE_MINUTES * 60_000,
        failure_delay_s: float = accounts.FAILED_LOGIN_DELAY_S,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._desk = desk
        self._actor = actor
        self._worker = worker
        self._flush_draft = flush_draft
        self.failure_delay_s = failure_delay_s
        self.screen = LockScreen(actor)
        self.screen.submitted.connect(self._check)
        stack.addWidget(self.screen)
        self.is_locked = False
        self._idle_lock = False  # the last lock came from the timer (for the explanation)
        self._hidden: list[QWidget] = []  # windows taken off the screen, to show again
        self._focus: QWidget | None = None
        self._title = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self._idle)
        self._watching = False

    # -- the idle timer ---------------------------------------------------------------

    def start(self) -> None:
        """Watch the application's input and start counting (the window is shown)."""
        app = QApplication.instance()
        if not self._watching and isinstance(app, QApplication):
            app.focusWindowChanged.connect(self._watch_window)
            for window in QApplication.topLevelWindows():
                self._watch_window(window)
            if self.is_locked:
                app.installEventFilter(self)
            self._watching = True
        if not self.is_locked:
            self.timer.start()

    def stop(self) -> None:
        """The window is closing: stop watching (a filter must not outlive its window)."""
        self.timer.stop()
        app = QApplication.instance()
        if self._watching and isinstance(app, QApplication):
            app.focusWindowChanged.disconnect(self._watch_window)
            for window in QApplication.topLevelWindows():
                window.removeEventFilter(self)
            app.removeEventFilter(self)
        self._watching = False

    def _watch_window(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: Qt drops an earlier install of it

    def set_idle_interval(self, ms: int) -> None:
        self.timer.setInterval(max(1, ms))
        if self._watching and not self.is_locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if not self.is_locked:
            if kind in _INPUT or (kind == QEvent.Type.MouseMove and event.spontaneous()):
                self.timer.start()
            return False
        # Locked: the filter is the application's too (every object's events).
        if kind == QEvent.Type.Shortcut:
            return not self._on_lock_screen(watched)  # Ctrl+1, F5, Quit… do nothing locked
        if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            if watched is not self._window and not self._on_lock_screen(watched):
                # After the show has finished: a message box's own loop must be running
                # before it can be cancelled.
                QTimer.singleShot(0, self, lambda w=watched: self._conceal(w))
        elif kind == QEvent.Type.Close and watched in self._hidden:
            self._hidden.remove(watched)  # closed by its owner while hidden: not shown again
        return False

    def _on_lock_screen(self, watched: QObject) -> bool:
        """A shortcut, menu or widget of the lock screen itself (its parents lead there)."""
        owner: QObject | None = watched
        while owner is not None:
            if owner is self.screen:
                return True
            owner = owner.parent()
        return False

    def _idle(self) -> None:
        self._idle_lock = True
        self.lock()

    # -- locking ----------------------------------------------------------------------

    def lock(self) -> None:
        """Hide everything personal now (Ctrl+L, or the timer)."""
        if self.is_locked:
            return
        idle = self._idle_lock
        self._idle_lock = False
        self.timer.stop()
        if self._flush_draft is not None:
            self._flush_draft()  # the call so far reaches the database before anything else
        focused = QApplication.focusWidget()
        self._focus = (
            focused if focused is not None and self._window.isAncestorOf(focused) else None
        )
        self.is_locked = True
        app = QApplication.instance()
        if self._watching and app is not None:
            app.installEventFilter(self)  # shortcuts swallowed, new windows concealed
        QToolTip.hideText()
        active = QApplication.activeWindow()  # None when another application has the keys
        for window in QApplication.topLevelWidgets():
            if window is not self._window and window.isVisible():
                self._conceal(window)
        if active is not None and active is not self._window:
            # The dialog in use is hidden; the platform need not give the keyboard back to
            # the window, and the password typed on return would go nowhere.
            self._window.activateWindow()
        self._title = self._window.windowTitle()
        self._window.setWindowTitle(self.tr("Call handler workstation: locked"))
        self._window.menuBar().setVisible(False)
        self._window.statusBar().setVisible(False)
        self._stack.setCurrentWidget(self.screen)
        self.screen.prepare(self.timer.interval() / 60_000 if idle else None)
        self.locked.emit()

    def _conceal(self, window: QWidget) -> None:
        if not self.is_locked or not _alive(window) or not window.isVisible():
            return
        if isinstance(window, _CANCELLED_AT_LOCK):
            window.reject()
        else:
            window.hide()  # a popup closes; a dialog keeps what was typed in it
            if window.windowType() not in _TRANSIENT and window not in self._hidden:
                self._hidden.append(window)

    def _check(self, username: str, password: str) -> None:
        self._worker.submit(
            self._desk.authenticate,
            username,
            password,
            failure_delay_s=self.failure_delay_s,
            on_done=self._signed_in,
            on_error=self._refused,
        )

    def _refused(self, failure: Failure) -> None:
        if self.is_locked:
            self.screen.refused(failure.message)

    def _signed_in(self, actor: Actor) -> None:
        if not self.is_locked:
            return
        if actor.user_id == self._actor.user_id and actor.role == self._actor.role:
            self.unlock()
        else:
            self.screen.reset()
            self.switch_requested.emit(actor)

    def unlock(self) -> None:
        """Back exactly as it was: the work, its dialogs and where the cursor was."""
        if not self.is_locked:
            return
        self.is_locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)  # unlocked: the windows' input only
        self.screen.reset()
        self._stack.setCurrentIndex(0)
        self._window.menuBar().setVisible(True)
        self._window.statusBar().setVisible(True)
        self._window.setWindowTitle(self._title)
        hidden, self._hidden = self._hidden, []
        focus, self._focus = self._focus, None
        if focus is not None and _alive(focus) and focus.isVisible():
            focus.setFocus()
        for window in hidden:
            if _alive(window):
                window.show()  # a window-modal dialog is modal again, and active
        self.timer.start()
        self.unlocked.emit()

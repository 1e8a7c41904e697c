"""The main window: menus, who is signed in, and the workspace for the signed-in role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callhandler import __version__
from callhandler.desk import DatabaseDesk, Desk, WorkstationDesk
from callhandler.services.context import Actor
from ui import ask
from ui.attendance.overdue_alert import OverdueAlert
from ui.call.handler_view import SHIFT_TAB, HandlerView
from ui.call.returned_notice import ReturnedNotice
from ui.common.theme import AppearanceMenu
from ui.inspector.control_room_view import ControlRoomView
from ui.inspector.sign_off_view import SignOffView
from ui.lock.window_lock import WindowLock
from ui.oversight.oversight_view import CHARTS, LISTS, OversightView
from ui.rules_ahead import rules_read
from ui.sync.status import SyncStatus
from ui.training.launch import add_training_item
from ui.worker import Worker, settle_garbage


def role_label(role: str) -> str:
    labels = {
        "handler": QCoreApplication.translate("Role", "Call handler"),
        "inspector": QCoreApplication.translate("Role", "Inspector"),
        "admin": QCoreApplication.translate("Role", "Administrator"),
    }
    return labels.get(role, role)


class MainWindow(QMainWindow):
    """One signed-in user's window. ``view`` is a HandlerView or a ControlRoomView.

    An inspector's window has three tabs: the sign-off queue (``sign_off_view``, shown first,
    Ctrl+1, its count in the tab title), the control room (``view``, Ctrl+2) and oversight
    (``oversight``: its lists Ctrl+3, its charts Ctrl+4). An administrator's has the control
    room and oversight (same keys).

    File → Sign out closes the window with ``signed_out_requested`` set (the application
    then shows the sign-in dialog again); closing any other way ends the application.
    Closing with an unopened call in the form asks first.

    ``lock`` (a WindowLock) covers everything after the idle time or on Ctrl+L until the
    password is typed again. Another user signing in from the lock screen closes the
    window with ``switched_to`` set to them (and ``signed_out_requested``): the locked
    user's call in progress stays as their draft, without asking.
    """

    closed = Signal()

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        key_warning: str | None = None,
    ) -> None:
        super().__init__(parent)
        # Every action goes through the desk (the one database, or a control-room
        # workstation's cache and outbox).
        self.desk = desk
        actor = self.actor = desk.actor
        self.worker = worker
        self.key_warning = key_warning
        self.sync: SyncStatus | None = None  # a control-room workstation's status
        self.signed_out_requested = False
        self.switched_to: Actor | None = None
        self.stack = QStackedWidget()  # the work; and the lock screen, added by the lock
        # The user's theme and text size, before the panes are built and laid out in it.
        self.appearance = AppearanceMenu(self, actor.username)

        self.setWindowTitle(
            self.tr("Call handler workstation: {name}").format(name=actor.display_name)
        )
        self.view: HandlerView | ControlRoomView
        self.sign_off_view: SignOffView | None = None
        self.oversight: OversightView | None = None
        self.tabs: QTabWidget | None = None
        if actor.role in ("inspector", "admin"):
            self.view = ControlRoomView(desk, actor, worker)
        else:
            self.view = HandlerView(desk, worker)
        # Late attendance cannot be missed: a red banner above everything (handlers and
        # inspectors), polled off the GUI thread.
        self.overdue = OverdueAlert(desk, actor, worker)
        self.overdue.open_requested.connect(self.show_incident)
        if actor.role in ("inspector", "admin"):
            self._build_inspector_tabs()
        else:
            self._set_central(self.view)
        self.lock = WindowLock(self, self.stack, desk, actor, worker, flush_draft=self._flush_draft)
        self.lock.switch_requested.connect(self.switch_user)
        self._build_menus()
        self._build_status_bar()
        # Incidents an inspector returned: announced once shown, named in the status bar
        # until submitted again (issue 16); checked again whenever My incidents reloads.
        self.returned: ReturnedNotice | None = None
        if isinstance(self.view, HandlerView):
            self.returned = ReturnedNotice(desk, worker, self)
            self.returned.open_requested.connect(self.show_incident)
            self.view.shift.model.modelReset.connect(self.returned.check)
            self.statusBar().addWidget(self.returned.label)
        if self.sign_off_view is not None:
            self.sign_off_view.focus_queue()
        else:
            self.view.setFocus()

    def _build_inspector_tabs(self) -> None:
        """Sign-off queue (inspectors only: administrators do not sign), control room,
        oversight; Ctrl+1…3 (and Ctrl+4 the oversight charts) whichever tabs there are."""
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        pages: list[tuple[str, QWidget]] = []
        if self.actor.role == "inspector":
            self.sign_off_view = SignOffView(self.desk, self.actor, self.worker)
            self.sign_off_view.count_changed.connect(self._queue_count)
            self.tabs.addTab(self.sign_off_view, self.tr("Sign-off queue"))
            self.tabs.setTabToolTip(0, self.tr("Incidents waiting for your sign-off (Ctrl+1)"))
            pages.append(("Ctrl+1", self.sign_off_view))
        self.oversight = OversightView(self.desk, self.actor, self.worker)
        page: QWidget  # each tab's page, in both loops
        for page, title, tip, keys in (
            (
                self.view,
                self.tr("Control room"),
                self.tr("Every handler's incidents this shift"),
                "Ctrl+2",
            ),
            (
                self.oversight,
                self.tr("Oversight"),
                self.tr("Safeguarding lists, performance reports and charts"),
                "Ctrl+3",
            ),
        ):
            index = self.tabs.addTab(page, title)
            self.tabs.setTabToolTip(index, f"{tip} ({keys})")
            pages.append((keys, page))
        self._set_central(self.tabs)
        for keys, page in pages:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            if page is self.oversight:
                shortcut.activated.connect(self.show_oversight_lists)
            else:
                shortcut.activated.connect(lambda p=page: self.show_page(p))
        charts = QShortcut(QKeySequence("Ctrl+4"), self)
        charts.setContext(Qt.ShortcutContext.WindowShortcut)
        charts.activated.connect(self.show_oversight_charts)
        self.tabs.currentChanged.connect(self._tab_changed)

    def show_page(self, page: QWidget) -> None:
        if self.tabs is not None and self.tabs.indexOf(page) >= 0:
            self.show_tab(self.tabs.indexOf(page))

    def show_oversight_lists(self) -> None:
        if self.oversight is not None:
            self.show_page(self.oversight)
            self.oversight.show_page(LISTS)

    def show_oversight_charts(self) -> None:
        if self.oversight is not None:
            self.show_page(self.oversight)
            self.oversight.show_page(CHARTS)

    def _tab_changed(self, _index: int) -> None:
        # The oversight lists run only once the tab is opened, not at every sign-in.
        if self.tabs is not None and self.tabs.currentWidget() is self.oversight:
            self.oversight.show_page(self.oversight.pages.currentIndex())

    def _set_central(self, main: QWidget) -> None:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.overdue)
        box.addWidget(main, 1)
        self.stack.addWidget(holder)
        self.setCentralWidget(self.stack)

    def show_incident(self, incident_id: int) -> None:
        """An overdue line was opened: show the incident in the list it belongs to."""
        if isinstance(self.view, HandlerView):
            self.view.show_tab(SHIFT_TAB)
            self.view.shift.select(incident_id)
            self.view.shift.focus_list()
        else:
            self.show_page(self.view)

    def show_tab(self, number: int) -> None:
        if self.tabs is None:
            return
        self.tabs.setCurrentIndex(number)
        page = self.tabs.currentWidget()
        if page is self.sign_off_view and self.sign_off_view is not None:
            self.sign_off_view.focus_queue()
        elif page is not None:
            page.setFocus()

    def _queue_count(self, count: int) -> None:
        if self.tabs is not None:
            self.tabs.setTabText(0, self.tr("Sign-off queue ({n})").format(n=count))

    def refresh(self) -> None:
        self.view.refresh()
        if self.sign_off_view is not None:
            self.sign_off_view.refresh()
        if self.oversight is not None and self.tabs is not None:
            if self.tabs.currentWidget() is self.oversight:
                self.oversight.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh lists"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        # Training in a process of its own, on the training database (ui/training/launch.py).
        add_training_item(file_menu, self, lambda text: self.statusBar().showMessage(text, 8000))
        file_menu.addSeparator()
        lock = QAction(self.tr("&Lock the workstation"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        # From a briefing or checklist window too, not only from this one.
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(self.lock.lock)
        file_menu.addAction(lock)
        self.lock_action = lock
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self.sign_out)
        file_menu.addAction(sign_out)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.sign_out_action = sign_out
        self.quit_action = quit_action

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        if self.oversight is not None:
            for text, keys, run in (
                (self.tr("&Oversight lists"), "Ctrl+3", self.show_oversight_lists),
                (self.tr("Oversight &charts"), "Ctrl+4", self.show_oversight_charts),
            ):
                # The keys work through the window's shortcuts; the menu shows them.
                action = QAction(f"{text}\t{keys}", self)
                action.triggered.connect(lambda _checked=False, run=run: run())
                view_menu.addAction(action)
            view_menu.addSeparator()
        # The user's theme and text size (applied at sign-in), kept when changed here.
        self.appearance.add_to(view_menu)
        self.appearance.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if self.appearance.problem:
            self.statusBar().showMessage(self.appearance.problem)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        self.who_label = QLabel(
            self.tr("Signed in: {name} ({role}) on {workstation}").format(
                name=self.actor.display_name,
                role=role_label(self.actor.role),
                workstation=self.actor.workstation,
            )
        )
        self.database_label = QLabel(self.tr("Database: {url}").format(url=self.desk.describe()))
        self.database_label.setToolTip(self.desk.describe())
        self.statusBar().addWidget(self.who_label, 1)
        if isinstance(self.desk, WorkstationDesk):
            self.sync = SyncStatus(self.desk, self.worker, self, key_warning=self.key_warning)
            for widget in (self.sync.key_warning, self.sync.conflicts_button, self.sync.indicator):
                self.statusBar().addPermanentWidget(widget)
            if isinstance(self.view, HandlerView):
                self.sync.synced.connect(self.view.sync_changed)
                self.sync.reachable_changed.connect(self.view.set_server_reachable)
            self.sync.reachable_changed.connect(self._server_reachable)
            # The status needs the width; the server is named in its tooltip instead.
            self.sync.server_name = self.desk.describe()
        else:
            self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().setSizeGripEnabled(False)

    def _server_reachable(self, online: bool) -> None:
        """Offline, the overdue banner (a server query) waits; it polls again when back."""
        if online:
            self.overdue.start()
        else:
            self.overdue.stop()

    def sign_out(self) -> None:
        self.signed_out_requested = True
        if not self.close():
            self.signed_out_requested = False

    def switch_user(self, actor: Actor) -> None:
        """Someone else signed in at the lock screen: sign this user out, keeping the call."""
        self.switched_to = actor
        self.signed_out_requested = True
        self.close()

    def _flush_draft(self) -> None:
        workspace = getattr(self.view, "workspace", None)
        if workspace is not None:
            workspace.drafts.stop()  # saves now what was waiting for a pause in typing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.lock.start()
        if self.returned is not None:
            self.returned.start()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About the call handler workstation"),
            self.tr(
                "Call handler workstation {version}\n\n"
                "For control-room staff taking domestic-abuse calls and the inspectors "
                "who sign incidents off."
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Locked (closed from outside, or another user signed in): no one may answer a
        # question about the call, so it stays as a draft for its handler.
        if not self.lock.is_locked and self.view.has_unsent_text():
            if not ask.confirm_discard(
                self, self.tr("A call is typed in the form but has not been opened as an incident.")
            ):
                event.ignore()
                return
            # Discarded on purpose: its draft must not be offered back at the next start.
            workspace = getattr(self.view, "workspace", None)
            if workspace is not None:
                workspace.drafts.finish()
        self.lock.stop()
        self.view.stop()
        self.overdue.stop()
        if self.sync is not None:
            self.sync.stop()
        if self.sign_off_view is not None:
            self.sign_off_view.stop()
        event.accept()
        self.closed.emit()


def build_main_window(
    db: Any,
    actor: Actor,
    worker: Worker,
    desk: Desk | None = None,
    key_warning: str | None = None,
) -> MainWindow:
    """The main window for ``actor``: on ``desk`` (ui/app.py builds it: a control-room
    workstation's, or one on the database), or else a desk on the one database ``db``."""
    rules_read()  # read ahead while the sign-in dialog was up (ui.rules_ahead)
    window = MainWindow(desk or DatabaseDesk(db, actor), worker, key_warning=key_warning)
    settle_garbage()  # the one full collection now, while the window is being built
    return window

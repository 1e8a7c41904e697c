"""Start the window: Qt, translations, style, database, demo data, sign-in, main window."""

from __future__ import annotations

import argparse
import functools
import importlib.resources
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from callhandler.desk import DatabaseDesk, Desk, WorkstationDesk
from callhandler.errors import CallHandlerError
from callhandler.paths import app_paths
from callhandler.progress import Cancelled
from callhandler.services import accounts
from callhandler.services.context import Actor
from callhandler.services.database import open_database, resolve_url
from callhandler.storage.engine import Database
from callhandler.sync.cache import default_cache_path, open_cache
from callhandler.sync.gateway import with_connect_timeout
from callhandler.sync.keys import cache_key
from callhandler.sync.pull import last_sync_at, sync_once
from callhandler.sync.replay import is_unreachable
from callhandler.sync.workstation import Workstation
from callhandler.synthetic.demo import describe_accounts, ensure_demo
from ui import ask, language
from ui.common import theme
from ui.lock.settings import DEFAULT_IDLE_MINUTES, IdleLockSetting, read_idle_lock_layered
from ui.login import LoginDialog
from ui.main_window import build_main_window
from ui.progress_dialog import DialogProgress
from ui.rules_ahead import read_rules_ahead
from ui.worker import Failure, Worker, collect_on_gui_thread

APP_NAME = "callhandler"
ORGANISATION = "callhandler"
_READY = "callhandler_ready"


def resource_dir(name: str) -> Path:
    """A folder of the installed resources (callhandler.resources is a plain package)."""
    return Path(str(importlib.resources.files("callhandler.resources") / name))


def install_translators(
    app: QApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Qt's own strings and ours for the system language, where a .qm file exists."""
    locale = locale or QLocale()
    installed = []
    for name, where in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("callhandler", str(folder or resource_dir("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def load_stylesheet() -> str:
    """The shared layout with the light theme (a user's own look is applied at sign-in)."""
    return theme.stylesheet()


GIL_SWITCH_S = 0.001


def ensure_application() -> QApplication:
    """The QApplication, named, styled and translated once (tests reuse pytest-qt's)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if not app.property(_READY):
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationDisplayName(QCoreApplication.translate("app", "Call handler workstation"))
        app.setStyle("Fusion")
        collect_on_gui_thread(app)  # garbage is collected on this thread only (ui.worker)
        # The worker runs Python (the services) beside the GUI thread: the GUI thread waits
        # at most this long for the GIL before the worker must hand it over (Python's
        # default, 5 ms, is a third of a frame each time a slot or paint needs Python).
        sys.setswitchinterval(GIL_SWITCH_S)
        theme.apply(theme.Appearance(), app)  # the light theme until someone signs in
        language.use(app)  # the system locale's; a user's own choice after sign-in
        app.setProperty(_READY, True)
    # Windows come and go (sign-in, sign-out); the session loop decides when to end.
    app.setQuitOnLastWindowClosed(False)
    return app


def prepare_demo(db: Database, worker: Worker) -> int | None:
    """Create the demo accounts and history with a cancellable progress dialog.

    Returns None when the demo is ready, or the exit code to end with (cancelled or failed).
    """
    progress = DialogProgress(
        QCoreApplication.translate("app", "Preparing the demo database (first use only)…")
    )
    outcome: list[Failure] = []
    loop = QEventLoop()

    def failed(failure: Failure) -> None:
        outcome.append(failure)
        loop.quit()

    worker.submit(
        ensure_demo, db, progress=progress, on_done=lambda _: loop.quit(), on_error=failed
    )
    loop.exec()
    progress.finish()
    if not outcome:
        return None
    failure = outcome[0]
    print(f"callhandler: {failure.message}", file=sys.stderr)
    if isinstance(failure.error, Cancelled):
        return failure.error.exit_code
    ask.show_error(
        None,
        QCoreApplication.translate("app", "The demo database could not be prepared"),
        failure.message,
    )
    return failure.error.exit_code if isinstance(failure.error, CallHandlerError) else 1


@dataclass
class LocalCache:
    """A control-room workstation's encrypted cache, and the key warning not yet shown."""

    db: Database
    key_warning: str | None


def open_workstation_cache(data_dir: str | None) -> LocalCache:
    """The encrypted cache in the data folder, with its key (keyring, else a fallback)."""
    paths = app_paths(data_dir)
    paths.ensure()
    path = default_cache_path(paths)
    key = cache_key(path)
    if key.warning:
        print(f"callhandler: {key.warning}", file=sys.stderr)
    return LocalCache(open_cache(path, key.hex), key.warning)


def first_pull(server: Database, cache: Database, worker: Worker) -> None:
    """Fill an empty cache before the first call, with a progress dialog that can be
    cancelled (what was pulled stays, consistent; the rest comes in the background)."""
    progress = DialogProgress(
        QCoreApplication.translate(
            "app", "Copying the history this workstation needs from the server (first use)…"
        )
    )
    loop = QEventLoop()
    problems: list[Failure] = []

    def failed(failure: Failure) -> None:
        problems.append(failure)
        loop.quit()

    worker.submit(
        sync_once, server, cache, progress=progress, on_done=lambda _: loop.quit(), on_error=failed
    )
    loop.exec()
    progress.finish()
    for problem in problems:  # not fatal: the status bar shows the cache's state
        print(f"callhandler: the first sync failed: {problem.message}", file=sys.stderr)


def build_desk(db: Database, cache: LocalCache | None, actor: Actor, worker: Worker) -> Desk:
    """The one way into the core for the window: a handler on the shared server works
    through the workstation's cache and outbox; anyone else (and everyone on the embedded
    SQLite file) straight on the database."""
    if cache is None or actor.role != "handler":
        return DatabaseDesk(db, actor)
    if last_sync_at(cache.db) is None:
        first_pull(db, cache.db, worker)
    return WorkstationDesk(Workstation(db, cache.db, actor))


def session_loop(
    app: QApplication,
    db: Database,
    worker: Worker,
    cache: LocalCache | None = None,
    idle_lock: IdleLockSetting | None = None,
    languages: language.LanguageChoices | None = None,
) -> int:
    """Sign in, work in the main window; signing out goes back to sign-in, and someone
    signing in at the lock screen goes straight to their own window."""
    idle_lock = idle_lock or IdleLockSetting(DEFAULT_IDLE_MINUTES)
    next_actor: Actor | None = None
    while True:
        if next_actor is None:
            sign_in = functools.partial(accounts.authenticate, db)
            if languages is not None:  # nobody is known yet: the system's language
                language.use(app)
            dialog = LoginDialog(sign_in, worker, database=db.describe())
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            actor = dialog.actor
            dialog.deleteLater()
            if not accepted or actor is None:
                return 0
        else:
            actor, next_actor = next_actor, None
        if languages is not None:
            language.use(app, languages.get(actor.username))
        desk = build_desk(db, cache, actor, worker)
        if isinstance(desk, WorkstationDesk) and cache is not None:
            window = build_main_window(db, actor, worker, desk, cache.key_warning)
            cache.key_warning = None  # shown once
        else:
            window = build_main_window(db, actor, worker, desk)
        window.lock.set_idle_interval(idle_lock.milliseconds)
        if languages is not None:
            language.add_menu(window, languages)
        window.closed.connect(app.quit)
        window.show()
        code = app.exec()
        signed_out = window.signed_out_requested
        next_actor = window.switched_to
        window.deleteLater()
        if not signed_out:
            return code


def run_application(args: argparse.Namespace) -> int:
    """The whole windowed application; returns the process exit code."""
    app = ensure_application()
    read_rules_ahead()  # the policy and scripts, while the database opens and sign-in waits
    cache: LocalCache | None = None
    # A shared server (--db or CALLHANDLER_DB) gets a short connect timeout: a dead host
    # must not freeze a call for the driver's default of minutes.
    url = with_connect_timeout(resolve_url(args.db, app_paths(args.data_dir), demo=args.demo))
    try:
        db = open_database(url, data_dir=args.data_dir, demo=args.demo)
        if db.backend == "postgresql":  # a control-room workstation on the shared server
            try:
                cache = open_workstation_cache(args.data_dir)
            except BaseException:
                db.dispose()
                raise
    except CallHandlerError as exc:
        message = str(exc)
        if is_unreachable(exc):
            message = QCoreApplication.translate(
                "app",
                "The server cannot be reached, and signing in needs it (this workstation "
                "cannot sign anyone in offline). Anything kept on this workstation during "
                "an outage is safe in its cache and is sent after the next sign-in. Check "
                "the network cable or ask the administrator whether the server is "
                "running, then start again.\n\nDetails: %1",
            ).replace("%1", str(exc))
        print(f"callhandler: {message}", file=sys.stderr)
        ask.show_error(
            None,
            QCoreApplication.translate("app", "The call handler workstation cannot start"),
            message,
        )
        return 1
    theme.use_preferences_folder(app_paths(args.data_dir).config_dir)  # each user's look
    idle_lock = read_idle_lock_layered(app_paths(args.data_dir))
    if idle_lock.problem:  # the lock still works, on the default time
        print(f"callhandler: {idle_lock.problem}", file=sys.stderr)
        ask.show_error(
            None,
            QCoreApplication.translate("app", "The idle lock setting was not used"),
            idle_lock.problem,
        )
    worker = Worker()
    try:
        if args.demo:
            print(describe_accounts(), flush=True)
            failed = prepare_demo(db, worker)
            if failed is not None:
                return failed
        languages = language.LanguageChoices(app_paths(args.data_dir).config_dir)
        return session_loop(app, db, worker, cache, idle_lock, languages=languages)
    finally:
        worker.shutdown()
        db.dispose()
        if cache is not None:
            cache.db.dispose()

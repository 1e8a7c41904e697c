"""Start the window: Qt, translations, style, database, demo data, sign-in, main window."""

from __future__ import annotations

import argparse
import importlib.resources
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from callhandler.demo import describe_accounts, ensure_demo
from callhandler.errors import CallHandlerError
from callhandler.progress import Cancelled
from callhandler.services.database import open_database
from callhandler.storage.engine import Database
from ui import ask
from ui.login import LoginDialog
from ui.main_window import build_main_window
from ui.progress_dialog import DialogProgress
from ui.worker import Failure, Worker

APP_NAME = "callhandler"
ORGANISATION = "callhandler"
STYLESHEET = "control-room.qss"
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
    return (resource_dir("styles") / STYLESHEET).read_text(encoding="utf-8")


def ensure_application() -> QApplication:
    """The QApplication, named, styled and translated once (tests reuse pytest-qt's)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if not app.property(_READY):
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORGANISATION)
        app.setApplicationDisplayName(QCoreApplication.translate("app", "Call handler workstation"))
        app.setStyle("Fusion")
        app.setStyleSheet(load_stylesheet())
        install_translators(app)
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


def session_loop(app: QApplication, db: Database, worker: Worker) -> int:
    """Sign in, work in the main window; signing out goes back to sign-in."""
    while True:
        dialog = LoginDialog(db, worker)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        actor = dialog.actor
        dialog.deleteLater()
        if not accepted or actor is None:
            return 0
        window = build_main_window(db, actor, worker)
        window.closed.connect(app.quit)
        window.show()
        code = app.exec()
        signed_out = window.signed_out_requested
        window.deleteLater()
        if not signed_out:
            return code


def run_application(args: argparse.Namespace) -> int:
    """The whole windowed application; returns the process exit code."""
    app = ensure_application()
    try:
        db = open_database(args.db, data_dir=args.data_dir, demo=args.demo)
    except CallHandlerError as exc:
        print(f"callhandler: {exc}", file=sys.stderr)
        ask.show_error(
            None,
            QCoreApplication.translate("app", "The call handler workstation cannot start"),
            str(exc),
        )
        return 1
    worker = Worker()
    try:
        if args.demo:
            print(describe_accounts(), flush=True)
            failed = prepare_demo(db, worker)
            if failed is not None:
                return failed
        return session_loop(app, db, worker)
    finally:
        worker.shutdown()
        db.dispose()

"""``callhandler training start``: sign in to the training database and open training mode."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QDialog

from callhandler.errors import CallHandlerError
from callhandler.training.desk import TrainingDesk
from ui.app import ensure_application
from ui.login import LoginDialog
from ui.training.band import training_title
from ui.training.training_window import TrainingWindow
from ui.worker import Worker

NO_ACCOUNTS = (
    "The training database has no accounts yet. Create a trainer first: "
    "`callhandler training users add NAME --role admin`, then sign in as them "
    "(`callhandler training login`) and add trainees with "
    "`callhandler training users add NAME --role handler`."
)


def run_training(data_dir: str | os.PathLike[str] | None) -> int:
    """The training window until it is closed; the process exit code."""
    app = ensure_application()
    try:
        desk = TrainingDesk.open(data_dir)
    except CallHandlerError as exc:
        print(f"callhandler: {exc}", file=sys.stderr)
        return 1
    worker = Worker()
    try:
        if desk.count_accounts() == 0:
            print(f"callhandler: {NO_ACCOUNTS}", file=sys.stderr)
            return 2
        login = LoginDialog(desk.authenticate, worker, database=desk.describe())
        login.setWindowTitle(training_title(login.tr("Sign in to training")))
        if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
            return 0
        window = TrainingWindow(desk, login.actor, worker)
        window.resize(1366, 768)
        window.show()
        app.setQuitOnLastWindowClosed(True)
        code = app.exec()
        window.stop()
        return int(code)
    finally:
        worker.shutdown()
        desk.close()

"""File → Training mode… in the live main window: training in a process of its own.

The item starts ``callhandler training start`` as a separate process (``QProcess.
startDetached``) with the same data folder as this one (``--data-dir`` as this process was
given it, or ``CALLHANDLER_DATA_DIR``, which the new process inherits), so it opens the
training installation inside it (``<data dir>/training``): never ``--db``, never the live
database, its accounts or its audit. The live window stays as it is; closing either leaves
the other running.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


def training_command(argv: Sequence[str] | None = None) -> list[str]:
    """The command line that opens training for the installation this process uses."""
    given = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    given.add_argument("--data-dir")
    known, _rest = given.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    command = [sys.executable, "-m", "callhandler", "training", "start"]
    if known.data_dir:
        command += ["--data-dir", known.data_dir]
    return command


def _start_detached(command: list[str]) -> bool:
    started = QProcess.startDetached(command[0], command[1:])
    return bool(started[0] if isinstance(started, tuple) else started)


# How the command is started (tests put a recorder here and run the command themselves).
start: Callable[[list[str]], bool] = _start_detached


def add_training_item(menu: QMenu, parent: QWidget, report: Callable[[str], None]) -> QAction:
    """Add "Training mode…" to ``menu``; ``report`` shows what happened (the status bar)."""
    action = QAction(QCoreApplication.translate("Training", "&Training mode…"), parent)
    action.setObjectName("trainingModeAction")

    def open_training() -> None:
        if start(training_command()):
            report(
                QCoreApplication.translate(
                    "Training",
                    "Training mode is opening in a window of its own (its own sign-in and "
                    "database; nothing reaches live records).",
                )
            )
        else:
            report(
                QCoreApplication.translate(
                    "Training",
                    "Training mode could not be started: run `callhandler training start`.",
                )
            )

    action.triggered.connect(open_training)
    menu.addAction(action)
    return action

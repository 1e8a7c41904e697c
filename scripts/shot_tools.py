"""Shared by the screenshot scripts: wait for the worker, then grab a widget to a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.worker import Worker


def settle(worker: Worker, app: QApplication, rounds: int = 500) -> None:
    """Let queued jobs finish and their results reach the widgets (at most rounds × 20 ms)."""
    for _ in range(rounds):
        app.processEvents()
        if not worker.busy:
            break
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    app.processEvents()


def save(widget: QWidget, worker: Worker, app: QApplication, path: Path) -> None:
    """Settle, then save what the widget shows to ``path``."""
    settle(worker, app)
    widget.grab().save(str(path))
    print(f"saved {path}")

"""A Progress (callhandler.progress) that long work on the worker reports to a QProgressDialog."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

UPDATE_EVERY_S = 0.05


class DialogProgress(QObject):
    """Thread-safe: ``start``/``advance``/``cancelled`` are called from the worker thread and
    only emit queued signals or read a flag; the dialog is touched on the GUI thread only.
    Cancel (button, Esc or closing the dialog) sets the flag the work polls."""

    _started = Signal(int, str)
    _advanced = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumDuration(500)
        self.dialog.setMinimumWidth(420)
        self.dialog.setRange(0, 0)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self._cancel)
        self._cancel_flag = threading.Event()
        self._lock = threading.Lock()
        self._done = 0
        self._last_sent = 0.0
        self._started.connect(self._on_started, Qt.ConnectionType.QueuedConnection)
        self._advanced.connect(self._on_advanced, Qt.ConnectionType.QueuedConnection)

    # -- Progress protocol (worker thread) ---------------------------------------------

    def start(self, total: int, label: str) -> None:
        with self._lock:
            self._done = 0
        self._started.emit(max(0, min(total, 2**31 - 1)), label)

    def advance(self, amount: int) -> None:
        now = time.monotonic()
        with self._lock:
            self._done += amount
            done = self._done
            due = now - self._last_sent >= UPDATE_EVERY_S
            if due:
                self._last_sent = now
        if due:
            self._advanced.emit(min(done, 2**31 - 1))

    def cancelled(self) -> bool:
        return self._cancel_flag.is_set()

    # -- GUI thread --------------------------------------------------------------------

    def finish(self) -> None:
        self.dialog.canceled.disconnect(self._cancel)  # closing a QProgressDialog emits canceled
        self.dialog.close()

    @Slot()
    def _cancel(self) -> None:
        self._cancel_flag.set()
        self.dialog.setLabelText(self.tr("Cancelling: undoing what was written…"))

    @Slot(int, str)
    def _on_started(self, total: int, label: str) -> None:
        if not self._cancel_flag.is_set():
            self.dialog.setLabelText(label)
        self.dialog.setRange(0, total)
        self.dialog.setValue(0)

    @Slot(int)
    def _on_advanced(self, done: int) -> None:
        self.dialog.setValue(min(done, self.dialog.maximum()))

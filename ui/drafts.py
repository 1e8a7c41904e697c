"""Nothing typed is lost: the call in progress as a draft, saved as it changes, offered back."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from callhandler.desk import Desk
from callhandler.domain.call_draft import (
    CALL_PREFIX,
    FIRST_SCRIPT,
    PAYLOAD_VERSION,
    CallDraft,
    call_drafts,
    call_payload,
    new_key,
    parse_call_draft,
    restore_conversation,
)
from callhandler.services.context import Actor
from ui.worker import Failure, Worker

# The draft format is the core's (callhandler.domain.call_draft); these names stay here for
# the windows that import them from ui.drafts.
__all__ = [
    "CALL_PREFIX",
    "FIRST_SCRIPT",
    "PAYLOAD_VERSION",
    "CallDraft",
    "DraftKeeper",
    "DraftOffer",
    "answer_count_words",
    "call_payload",
    "new_key",
    "parse_call_draft",
    "restore_conversation",
]

SAVE_DELAY_MS = 500


def answer_count_words(count: int) -> str:
    """The answers counted in words, translated: pass it to ``CallDraft.describe``."""
    if count == 1:
        return QCoreApplication.translate("CallDraft", "1 answer")
    return QCoreApplication.translate("CallDraft", "%1 answers").replace("%1", str(count))


class DraftKeeper(QObject):
    """Saves the call in progress through the worker: debounced, or at once.

    ``payload`` returns the draft to save, or None when there is nothing worth keeping
    (then any saved draft for this call is removed). ``saved(key)`` is emitted when a save
    has reached the database; ``failed(message)`` when it could not.
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        worker: Worker,
        payload: Callable[[], dict[str, Any] | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._payload = payload
        self.key = new_key()
        self._stored = False
        self._saving: deque[str] = deque()  # keys of saves in flight (the worker keeps order)
        self._on_found: Callable[[list[CallDraft]], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def schedule(self) -> None:
        """Something was typed: save once the handler pauses."""
        self._timer.start()

    def save_now(self) -> None:
        self._timer.stop()
        payload = self._payload()
        key = self.key
        if payload is None:
            if self._stored:
                self._stored = False
                self._worker.submit(self._desk.discard_draft, key, on_error=self._failed)
            return
        self._stored = True
        self._saving.append(key)
        self._worker.submit(
            self._desk.save_draft,
            key,
            payload,
            on_done=self._saved_one,
            on_error=self._save_failed,
        )

    def finish(self) -> None:
        """The call is over (dispatched, resolved or cleared): remove its draft, start afresh."""
        self._timer.stop()
        key, self.key = self.key, new_key()
        self._stored = False
        self._worker.submit(self._desk.discard_draft, key, on_error=self._failed)

    def adopt(self, key: str) -> None:
        """Carry on saving under a restored draft's key."""
        self._timer.stop()
        self.key = key
        self._stored = True

    def discard(self, key: str, on_done: Callable[[Any], None] | None = None) -> None:
        self._worker.submit(self._desk.discard_draft, key, on_done=on_done, on_error=self._failed)

    def find(self, on_found: Callable[[list[CallDraft]], None]) -> None:
        """This user's call drafts on this workstation, newest first."""

        self._on_found = on_found
        self._worker.submit(self._call_drafts, on_done=self._found)

    def _call_drafts(self) -> list[CallDraft]:
        """On the worker: this user's call drafts on this workstation, newest first."""
        return call_drafts(self._desk.drafts_for())

    def _found(self, found: list[CallDraft]) -> None:
        if self._on_found is not None:
            self._on_found(found)

    def stop(self) -> None:
        """Closing: save what is pending now rather than lose it with the timer."""
        if self._timer.isActive():
            self.save_now()

    def _saved_one(self, _nothing: object) -> None:
        self.saved.emit(self._saving.popleft())

    def _save_failed(self, failure: Failure) -> None:
        self._saving.popleft()
        self._failed(failure)

    def _failed(self, failure: Failure) -> None:
        self.failed.emit(failure.message)


class DraftOffer(QFrame):
    """The bar that offers back a call that was not finished (after a crash or power cut)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftOffer")
        self.setProperty("tone", "warning-soft")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight:700;")
        self.restore_button = QPushButton(self.tr("&Restore it"))
        self.restore_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("D&iscard it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.setVisible(False)

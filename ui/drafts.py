"""Nothing typed is lost: the call in progress as a draft, saved as it changes, offered back."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput
from callhandler.services import drafts
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.storage.engine import Database
from ui.worker import Failure, Worker

CALL_PREFIX = "call:"
PAYLOAD_VERSION = 1
SAVE_DELAY_MS = 500
FIRST_SCRIPT = "first_contact"


@dataclass(frozen=True)
class CallDraft:
    """A saved call in progress, as read back from the database."""

    key: str
    form: Mapping[str, str]
    script_id: str
    answers: tuple[Mapping[str, Any], ...]
    current_question: str | None
    incident_id: int | None
    incident_ref: str
    incident_version: int | None
    decided_grade: int | None
    recommended_at_decision: int | None
    saved_at: dt.datetime | None

    def describe(self) -> str:
        """One line naming the call, for the offer: number, address, answers, incident."""
        parts = [self.form.get("phone", ""), self.form.get("address", "")]
        parts += [self.form.get("victim_name", "")]
        words = [p.strip() for p in parts if p and p.strip()]
        count = len(self.answers)
        words.append(
            QCoreApplication.translate("CallDraft", "1 answer")
            if count == 1
            else QCoreApplication.translate("CallDraft", "%1 answers").replace("%1", str(count))
        )
        if self.incident_ref:
            words.append(self.incident_ref)
        return ", ".join(words)


def new_key() -> str:
    return CALL_PREFIX + uuid.uuid4().hex[:16]


def call_payload(
    form: Mapping[str, str],
    conversation: Conversation,
    current_question: str | None,
    incident: tuple[int, str, int] | None,
    decided: tuple[int, int] | None,
) -> dict[str, Any]:
    """What is saved: the form fields, every answer with its question id, the incident and
    the grade decided for it (chosen, recommended then)."""
    return {
        "version": PAYLOAD_VERSION,
        "form": dict(form),
        "script_id": conversation.script.id,
        "answers": [a.to_json() for a in conversation.all_answers],
        "current_question": current_question,
        "incident": (
            {"id": incident[0], "ref": incident[1], "version": incident[2]} if incident else None
        ),
        "decided": {"grade": decided[0], "recommended": decided[1]} if decided else None,
    }


def parse_call_draft(row: DraftRow) -> CallDraft | None:
    """A call draft from a stored row; None for other drafts or an unreadable payload."""
    if not row.key.startswith(CALL_PREFIX):
        return None
    data = row.payload
    try:
        form = {str(k): str(v) for k, v in dict(data.get("form") or {}).items()}
        answers = tuple(dict(a) for a in data.get("answers") or ())
        incident = data.get("incident") or None
        decided = data.get("decided") or None
        return CallDraft(
            key=row.key,
            form=form,
            script_id=str(data.get("script_id") or FIRST_SCRIPT),
            answers=answers,
            current_question=data.get("current_question") or None,
            incident_id=int(incident["id"]) if incident else None,
            incident_ref=str(incident["ref"]) if incident else "",
            incident_version=int(incident["version"]) if incident else None,
            decided_grade=int(decided["grade"]) if decided else None,
            recommended_at_decision=int(decided["recommended"]) if decided else None,
            saved_at=row.updated_at,
        )
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


def restore_conversation(draft: CallDraft) -> tuple[Conversation, list[str]]:
    """Replay the saved answers script by script (first contact, then the hand-over).

    Returns the conversation and the answers that could not be replayed (a script changed
    since), each described for the handler.
    """
    chain = [FIRST_SCRIPT] if draft.script_id == FIRST_SCRIPT else [FIRST_SCRIPT, draft.script_id]
    lost: list[str] = []
    conversation: Conversation | None = None
    for script_id in chain:
        script = shipped_script(script_id)
        conversation = (
            Conversation.start(script) if conversation is None else conversation.hand_over(script)
        )
        for saved in draft.answers:
            if saved.get("script_id") != script_id:
                continue
            try:
                at = dt.datetime.fromisoformat(str(saved["answered_at"]))
                conversation = conversation.answer(str(saved["question_id"]), saved["value"], at=at)
            except (BadInput, KeyError, ValueError, TypeError):
                lost.append(f"{saved.get('question_id')}: {saved.get('value')}")
    assert conversation is not None
    for saved in draft.answers:
        if saved.get("script_id") not in chain:
            lost.append(f"{saved.get('question_id')}: {saved.get('value')}")
    return conversation, lost


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
        db: Database,
        actor: Actor,
        worker: Worker,
        payload: Callable[[], dict[str, Any] | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
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
                self._worker.submit(
                    drafts.discard_draft, self._db, self._actor, key, on_error=self._failed
                )
            return
        self._stored = True
        self._saving.append(key)
        self._worker.submit(
            drafts.save_draft,
            self._db,
            self._actor,
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
        self._worker.submit(drafts.discard_draft, self._db, self._actor, key, on_error=self._failed)

    def adopt(self, key: str) -> None:
        """Carry on saving under a restored draft's key."""
        self._timer.stop()
        self.key = key
        self._stored = True

    def discard(self, key: str, on_done: Callable[[Any], None] | None = None) -> None:
        self._worker.submit(
            drafts.discard_draft, self._db, self._actor, key, on_done=on_done, on_error=self._failed
        )

    def find(self, on_found: Callable[[list[CallDraft]], None]) -> None:
        """This user's call drafts on this workstation, newest first."""

        self._on_found = on_found
        self._worker.submit(drafts.drafts_for, self._db, self._actor, on_done=self._found)

    def _found(self, rows: list[DraftRow]) -> None:
        found = [d for d in (parse_call_draft(r) for r in rows) if d is not None]
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
        self.setStyleSheet(
            "QFrame#draftOffer { background:#fef3c7; border-left:6px solid #b45309; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight:700; color:#451a03;")
        self.restore_button = QPushButton(self.tr("&Restore it"))
        self.restore_button.setObjectName("primary")
        self.discard_button = QPushButton(self.tr("D&iscard it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.setVisible(False)

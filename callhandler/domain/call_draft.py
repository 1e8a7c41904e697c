"""The draft format of a call in progress: what is kept as it is typed, and how it is read
back and replayed after a crash or power cut (``services.drafts`` stores it)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput


class StoredDraft(Protocol):
    """A stored draft as ``services.drafts.drafts_for`` returns it (DraftRow)."""

    @property
    def key(self) -> str: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def updated_at(self) -> dt.datetime: ...


CALL_PREFIX = "call:"
PAYLOAD_VERSION = 1
FIRST_SCRIPT = "first_contact"


def answers_in_words(count: int) -> str:
    return "1 answer" if count == 1 else f"{count} answers"


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

    def describe(self, answer_count: Callable[[int], str] = answers_in_words) -> str:
        """One line naming the call, for the offer: number, address, answers, incident.

        ``answer_count`` words the number of answers (the window passes a translated one).
        """
        parts = [self.form.get("phone", ""), self.form.get("address", "")]
        parts += [self.form.get("victim_name", "")]
        words = [p.strip() for p in parts if p and p.strip()]
        words.append(answer_count(len(self.answers)))
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


def parse_call_draft(row: StoredDraft) -> CallDraft | None:
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


def call_drafts(rows: Iterable[StoredDraft]) -> list[CallDraft]:
    """The call drafts among stored drafts, in their order; unreadable ones are left out."""
    found = (parse_call_draft(row) for row in rows)
    return [draft for draft in found if draft is not None]


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

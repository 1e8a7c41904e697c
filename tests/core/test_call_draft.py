"""The draft format of a call in progress, in the core (issue 15: moved from ui/drafts.py):
every answer replays through the hand-over, unreadable drafts are left out, and the offer's
line names the call."""

from __future__ import annotations

import datetime as dt

from builders import DRAFT_FORM, draft_conversation
from callhandler.domain.call_draft import call_payload, parse_call_draft, restore_conversation
from callhandler.services import drafts
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.storage.engine import Database


def test_a_draft_replays_every_answer_through_the_hand_over() -> None:
    conversation = draft_conversation()
    payload = call_payload(DRAFT_FORM, conversation, "da_codeword", (7, "CR-7", 3), (3, 2))
    row = DraftRow("call:abc", payload, dt.datetime.now(dt.UTC))
    draft = parse_call_draft(row)
    assert draft is not None
    assert (draft.incident_id, draft.incident_ref, draft.incident_version) == (7, "CR-7", 3)
    assert (draft.decided_grade, draft.recommended_at_decision) == (3, 2)
    assert draft.form == DRAFT_FORM
    restored, lost = restore_conversation(draft)
    assert lost == []
    assert restored.script.id == "domestic_abuse"
    assert restored.facts == conversation.facts
    assert dict(restored.local_values) == dict(conversation.local_values)
    assert [(a.question_id, a.value, a.answered_at) for a in restored.all_answers] == [
        (a.question_id, a.value, a.answered_at) for a in conversation.all_answers
    ]
    assert parse_call_draft(DraftRow("closure:7", payload, None)) is None  # not a call draft
    assert parse_call_draft(DraftRow("call:x", {"incident": {"id": "x"}}, None)) is None


def test_only_readable_call_drafts_come_back_newest_first(db: Database) -> None:
    actor = Actor(user_id=1, username="h1", display_name="H1", role="handler", workstation="ws-1")
    conversation = draft_conversation()
    older = call_payload(DRAFT_FORM, conversation, None, None, None)
    newer = call_payload(
        {**DRAFT_FORM, "phone": "07700 900319"}, conversation, None, (9, "CR-9", 1), None
    )
    drafts.save_draft(db, actor, "call:older", older)
    drafts.save_draft(db, actor, "closure:7", {"answers": {}})  # another kind of draft
    drafts.save_draft(db, actor, "call:broken", {"incident": {"id": "not a number"}})
    drafts.save_draft(db, actor, "call:newer", newer)
    found = drafts.call_drafts_for(db, actor)
    assert [d.key for d in found] == ["call:newer", "call:older"]
    line = found[0].describe()
    assert line == "07700 900319, 41 Riverside Walk, Kim Example, 7 answers, CR-9"
    assert found[1].describe(lambda n: f"{n} réponses").endswith("7 réponses")
    other = Actor(user_id=2, username="h2", display_name="H2", role="handler", workstation="ws-1")
    assert drafts.call_drafts_for(db, other) == []  # a draft is its own user's

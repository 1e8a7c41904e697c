"""The draft format of a call in progress, in the core (issue 15: moved from ui/drafts.py):
every answer replays through the hand-over, unreadable drafts are left out, and the offer's
line names the call."""

from __future__ import annotations

import datetime as dt

from callhandler.domain.call_draft import call_payload, parse_call_draft, restore_conversation
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.services import drafts
from callhandler.services.context import Actor
from callhandler.services.drafts import DraftRow
from callhandler.storage.engine import Database

FORM = {
    "phone": "07700 900318",
    "address": "41 Riverside Walk",
    "postcode": "CB5 8HX",
    "caller_name": "Kim Example",
    "victim_name": "Kim Example",
    "victim_dob": "04/03/1991",  # kept as typed, like every field
    "suspect_name": "Lee Example",
    "suspect_dob": "",
    "summary": "Whispering; he took her phone.",
}


def long_conversation() -> Conversation:
    """First contact, handed over, answers changed and added in the domestic-abuse script."""
    first = shipped_script("first_contact")
    conversation = Conversation.start(first)
    for question, value in (
        ("fc_call_type", "normal"),
        ("fc_weapon", "no"),
        ("fc_what_happened", "He took my phone"),
        ("fc_relationship", "intimate_partner"),
        ("fc_behaviour", ["coercive_control", "financial"]),
    ):
        conversation = conversation.answer(question, value)
    conversation = conversation.hand_over(shipped_script("domestic_abuse"))
    conversation = conversation.answer("da_weapon", "yes")  # changed after the hand-over
    conversation = conversation.answer("da_codeword", "pizza")
    return conversation.answer("da_coercive_behaviours", ["monitoring", "isolation"])


def test_a_draft_replays_every_answer_through_the_hand_over() -> None:
    conversation = long_conversation()
    payload = call_payload(FORM, conversation, "da_codeword", (7, "CR-7", 3), (3, 2))
    row = DraftRow("call:abc", payload, dt.datetime.now(dt.UTC))
    draft = parse_call_draft(row)
    assert draft is not None
    assert (draft.incident_id, draft.incident_ref, draft.incident_version) == (7, "CR-7", 3)
    assert (draft.decided_grade, draft.recommended_at_decision) == (3, 2)
    assert draft.form == FORM
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
    conversation = long_conversation()
    older = call_payload(FORM, conversation, None, None, None)
    newer = call_payload(
        {**FORM, "phone": "07700 900319"}, conversation, None, (9, "CR-9", 1), None
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

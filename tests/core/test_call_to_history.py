"""What one call records is what the next call sees (issue 14), on SQLite and PostgreSQL.

A known victim's call is taken through the services the window uses (answers, grade,
DASH, closure, sign-off); a look-up a second later, as the next handler makes it, shows
the incident as domestic abuse with children, its grade and risk level, the markers the
closure placed, the codeword and safety plan, and one person.
"""

from __future__ import annotations

import datetime as dt

from builders import add_incident
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.services import calls, history, risk, triage
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from closure_helpers import Staff, make_staff

PHONE = "07700 900312"
ADDRESS = "Flat 2, 14 Mill Road"
POSTCODE = "CB1 2AD"


def take_call(
    db: Database, staff: Staff, answers: dict[str, object]
) -> tuple[calls.IncidentRow, Conversation]:
    """Open an incident and record the domestic-abuse script's answers, as the window does."""
    row = calls.open_incident(
        db,
        staff.handler,
        calls.NewCall(
            phone=PHONE,
            address=ADDRESS,
            postcode=POSTCODE,
            victim_name="Jane Example",
            suspect_name="John Example",
        ),
    )
    conversation = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in answers.items():
        conversation = conversation.answer(question, value)
    triage.record_answers(db, staff.handler, row.id, conversation)
    return row, conversation


def look_up(db: Database, actor: object) -> history.HistoryResult:
    return history.find_previous_calls(
        db,
        actor,
        history.HistoryQuery(phone=PHONE, address=ADDRESS, postcode=POSTCODE),  # type: ignore[arg-type]
    )


COERCIVE_CALL = {
    "da_can_speak": "yes",
    "da_suspect_present": "no",
    "da_weapon": "no",
    "da_children": "yes",
    "da_relationship": "intimate_partner",
    "da_codeword": "bluebell",
}


def test_the_record_follows_the_answers_as_they_are_recorded(db: Database) -> None:
    staff = make_staff(db)
    row, _ = take_call(db, staff, {"da_can_speak": "yes", "da_children": "yes"})
    first = look_up(db, staff.handler2).exact
    assert [c.incident_ref for c in first] == [row.ref]
    assert first[0].children_present is True
    assert first[0].domestic_abuse is False and first[0].category == "call in progress"

    conversation = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in {
        "da_can_speak": "yes",
        "da_children": "yes",
        "da_relationship": "intimate_partner",
        "da_abuse_types": ["coercive_control"],
    }.items():
        conversation = conversation.answer(question, value)
    triage.record_answers(db, staff.handler, row.id, conversation)
    seen = look_up(db, staff.handler2).exact[0]
    assert seen.domestic_abuse is True and seen.category == "domestic abuse"
    assert look_up(db, staff.handler2).summary.children_previously_present

    # The relationship was misheard: a neighbour, not a partner. The record follows.
    triage.record_answers(
        db, staff.handler, row.id, conversation.answer("da_relationship", "other")
    )
    seen = look_up(db, staff.handler2).exact[0]
    assert seen.domestic_abuse is False and seen.category == "call in progress"


def test_the_grade_and_the_dash_level_reach_the_next_look_up(db: Database) -> None:
    staff = make_staff(db)
    row, conversation = take_call(
        db, staff, {**COERCIVE_CALL, "da_abuse_types": ["coercive_control"]}
    )
    assessment = triage.recommend_grade(db, staff.handler, conversation.facts, phone=PHONE)
    decided = triage.decide_grade(
        db, staff.handler, row.id, assessment.recommendation, 1, "Repeat call, high risk."
    )
    answers = {n: ("yes" if n <= 14 else "no") for n in range(1, 28)}
    risk.record_assessment(
        db, staff.handler, row.id, decided.version, answers, officer_collar="PC4521"
    )
    seen = look_up(db, staff.handler2)
    assert seen.exact[0].grade == 1
    assert seen.exact[0].risk_level == "high"
    assert seen.summary.last_risk_level == "high"


def test_the_codeword_is_shown_to_the_next_handler_and_not_to_an_administrator(
    db: Database,
) -> None:
    staff = make_staff(db)
    add_incident(db, "EARLIER-1", days_ago=30, phone=PHONE, now=dt.datetime.now(dt.UTC))
    row, _ = take_call(db, staff, {**COERCIVE_CALL, "da_abuse_types": ["coercive_control"]})
    notes = look_up(db, staff.handler2).summary.safety_notes
    assert [(n.kind, n.text, n.incident_ref) for n in notes] == [("codeword", "bluebell", row.ref)]
    assert look_up(db, staff.inspector).summary.safety_notes
    assert look_up(db, system_actor("report")).summary.safety_notes == ()

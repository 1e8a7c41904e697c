"""What one call records is what the next call sees (issue 14), on SQLite and PostgreSQL.

A known victim's call is taken through the services the window uses (answers, grade,
DASH, closure, sign-off); a look-up a second later, as the next handler makes it, shows
the incident as domestic abuse with children, its grade and risk level, the markers the
closure placed, the codeword and safety plan, and one person.
"""

from __future__ import annotations

import datetime as dt

import pytest

from builders import add_incident, core_recommendation
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import (
    calls,
    closure,
    history,
    lifecycle,
    markers,
    oversight,
    people,
    risk,
    signoff,
    triage,
)
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.sync.workstation import Workstation
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, Staff, make_staff
from outage_helpers import CALL as OFFLINE_CALL
from outage_helpers import conversation, recommendation

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
    rec = core_recommendation(db, staff.handler, row.id)  # not its own history
    decided = triage.decide_grade(db, staff.handler, row.id, rec, 1, "Repeat call, high risk.")
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


# -- the whole call, then the next one (issue 14's "done when") ---------------------------

DOB = dt.date(1991, 3, 4)
TYPED_ANSWERS: dict[str, object] = {
    "text": "Answered for the test: the officer's full account is in the narrative.",
    "yes_no": "yes",
}


def complete_closure(db: Database, staff: Staff, incident_id: int, version: int) -> int:
    """Answer every item the checklist requires of this call (the closure helpers' answers,
    with a high risk level and a warning marker placed), then the narrative; submit."""
    answers = {**FULL_ANSWERS, "risk_level": "high", "warning_marker": "placed"}
    for item, value in answers.items():
        version = closure.answer_item(
            db,
            staff.handler,
            incident_id,
            version,
            item_id=item,
            value=value,
            officer_collar="PC4521",
        ).version
    view = closure.closure_view(db, staff.handler, incident_id)
    for item_id in view.checklist_status.missing:
        item = view.checklist.item(item_id)
        value = (
            item.options[0]
            if item.type == "choice"
            else [item.options[0]]
            if item.type == "multi"
            else TYPED_ANSWERS[item.type]
        )
        version = closure.answer_item(
            db,
            staff.handler,
            incident_id,
            version,
            item_id=item_id,
            value=value,
            officer_collar="PC4521",
        ).version
    for section, text in NARRATIVE.items():
        version = closure.set_narrative(
            db, staff.handler, incident_id, version, section=section, text=text
        ).version
    return lifecycle.submit_for_sign_off(db, staff.handler, incident_id, version)


def test_a_known_victims_call_is_what_the_next_call_sees(db: Database) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    known = [("victim", "Jane Example", DOB), ("suspect", "John Example")]
    add_incident(
        db, "OLD-1", days_ago=200, phone=PHONE, risk_level="medium", children=True,
        people=known, markers=[("victim", "marac")], now=now,
    )  # fmt: skip
    add_incident(db, "OLD-2", days_ago=90, phone=PHONE, risk_level="medium", people=known, now=now)

    row = calls.open_incident(
        db,
        staff.handler,
        calls.NewCall(
            phone=PHONE, address=ADDRESS, postcode=POSTCODE,
            victim_name="Jane Example", victim_dob="04/03/1991", suspect_name="John Example",
        ),
    )  # fmt: skip
    assert row.victim_dob == "04/03/1991"
    conversation = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in {
        **COERCIVE_CALL,
        "da_abuse_types": ["coercive_control", "emotional"],
    }.items():
        conversation = conversation.answer(question, value)
    triage.record_answers(db, staff.handler, row.id, conversation)
    rec = core_recommendation(db, staff.handler, row.id)  # the answers and all the history
    assert rec.grade == 1 and rec.marac_consideration  # MARAC marker, third call-out
    version = triage.decide_grade(db, staff.handler, row.id, rec, rec.grade).version
    answers = {n: ("yes" if n <= 14 else "no") for n in range(1, 28)}
    version = risk.record_assessment(
        db, staff.handler, row.id, version, answers, officer_collar="PC4521"
    ).version
    version = lifecycle.dispatch(db, staff.handler, row.id, version, grade=1, officers=["PC4521"])
    version = lifecycle.record_attendance(db, staff.handler, row.id, version, officer="PC4521")
    version = lifecycle.start_closure(db, staff.handler, row.id, version)
    version = complete_closure(db, staff, row.id, version)
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)

    # The next call from the same number, a second later, as another handler takes it.
    seen = history.find_previous_calls(
        db,
        staff.handler2,
        history.HistoryQuery(phone=PHONE, people=(history.PersonQuery("Jane Example", DOB),)),
    )
    newest = seen.exact[0]
    assert newest.incident_ref == row.ref
    assert newest.domestic_abuse and newest.category == "domestic abuse"
    assert newest.children_present and newest.grade == 1 and newest.risk_level == "high"
    placed = {(m.marker_type, m.on) for m in seen.summary.markers if m.set_by == "h1"}
    assert {("domestic_abuse", "phone"), ("high_risk_da_victim", "person")} <= placed
    assert ("children_at_address", "address") in placed
    assert any("placed at closure" in m.text for m in seen.summary.markers)
    assert [n.text for n in seen.summary.safety_notes if n.kind == "codeword"] == ["bluebell"]
    assert seen.summary.last_risk_level == "high" and seen.summary.domestic_abuse_12m == 3
    assert seen.person_matches == ("Jane Example",)  # one person, not two

    repeat = [
        r for r in oversight.repeat_victims(db, staff.inspector) if r.subject == "Jane Example"
    ]
    assert len(repeat) == 1 and repeat[0].incidents_12m == 3
    assert repeat[0].last_risk_level == "high"
    high = [r for r in oversight.high_risk_victims(db, staff.inspector) if r.name == "Jane Example"]
    assert len(high) == 1 and high[0].latest_risk_level == "high"


def test_a_marker_whose_answer_is_withdrawn_expires_and_an_inspector_can_expire_one(
    db: Database,
) -> None:
    staff = make_staff(db)
    row, conversation = take_call(
        db, staff, {**COERCIVE_CALL, "da_abuse_types": ["coercive_control"]}
    )
    rec = triage.recommend_grade(db, staff.handler, conversation.facts).recommendation
    version = triage.decide_grade(db, staff.handler, row.id, rec, rec.grade).version
    version = lifecycle.dispatch(db, staff.handler, row.id, version, grade=2, officers=["PC4521"])
    version = lifecycle.record_attendance(db, staff.handler, row.id, version, officer="PC4521")
    version = lifecycle.start_closure(db, staff.handler, row.id, version)

    def answer(value: str, version: int) -> int:
        return closure.answer_item(
            db, staff.handler, row.id, version, item_id="warning_marker", value=value,
            officer_collar="PC4521",
        ).version  # fmt: skip

    def active_here() -> set[tuple[str, str]]:
        summary = look_up(db, staff.handler2).summary
        return {(m.marker_type, m.on) for m in summary.markers}

    version = answer("placed", version)
    assert {("domestic_abuse", "phone"), ("domestic_abuse", "address")} <= active_here()
    assert ("children_at_address", "address") in active_here()
    version = answer("not_needed", version)
    assert active_here() == set()
    version = answer("placed", version)
    rows = markers.markers_for_incident(db, staff.inspector, row.id)
    phone_marker = next(m for m in rows if m.active and m.on == "phone")
    assert phone_marker.source_ref == row.ref and phone_marker.set_by == "h1"
    with pytest.raises(PermissionDenied):
        markers.expire_marker(db, staff.handler, phone_marker.id, "No longer lives here at all.")
    with pytest.raises(BadInput, match="Say why"):
        markers.expire_marker(db, staff.inspector, phone_marker.id, "old")
    expired = markers.expire_marker(
        db, staff.inspector, phone_marker.id, "Number reassigned to another subscriber."
    )
    assert not expired.active
    assert ("domestic_abuse", "phone") not in active_here()
    assert ("domestic_abuse", "address") in active_here()


def test_a_date_of_birth_links_and_a_bad_one_is_named_with_its_field(db: Database) -> None:
    staff = make_staff(db)
    add_incident(db, "OLD-1", days_ago=30, phone=PHONE, people=[("victim", "Jane Example", DOB)])
    problems = calls.check_new_call(calls.NewCall(phone=PHONE, victim_dob="31/02/1991"))
    assert [(p.field, "day/month/year" in p.message) for p in problems] == [("victim_dob", True)]
    future = calls.check_new_call(calls.NewCall(phone=PHONE, suspect_dob="01/01/2999"))
    assert future[0].field == "suspect_dob" and "future" in future[0].message
    with pytest.raises(BadInput, match="not a date of birth"):
        calls.open_incident(
            db, staff.handler, calls.NewCall(phone=PHONE, victim_name="Jane", victim_dob="soon")
        )

    linked = calls.open_incident(
        db,
        staff.handler,
        calls.NewCall(phone=PHONE, victim_name="jane  EXAMPLE", victim_dob="1991-03-04"),
    )
    found = people.possible_people(db, staff.handler, "Jane Example", DOB)
    assert [(c.incidents, c.exact) for c in found] == [(2, True)]  # one person, both calls

    # Without a date of birth: a possible match only, linked when the handler confirms.
    unsure = calls.open_incident(
        db, staff.handler, calls.NewCall(phone=PHONE, victim_name="Jane Example")
    )
    candidates = people.possible_people(
        db, staff.handler, "Jane Example", exclude_incident=unsure.id
    )
    known = next(c for c in candidates if c.dob == DOB)
    assert not known.exact and known.incidents == 2  # not linked silently
    again = calls.open_incident(
        db, staff.handler, calls.NewCall(phone=PHONE, victim_name="Jane Example")
    )
    assert again.id != unsure.id  # a second name-only call is not joined to the first either
    undated = [c for c in people.possible_people(db, staff.handler, "Jane Example") if not c.dob]
    assert [c.incidents for c in undated] == [1, 1]
    people.link_person(
        db, staff.handler, unsure.id, unsure.version, role="victim", person_id=known.person_id
    )
    after = people.possible_people(db, staff.handler, "Jane Example", DOB)
    assert [c.incidents for c in after if c.dob == DOB] == [3]
    assert linked.victim_dob == "04/03/1991"


def test_a_call_taken_offline_reaches_the_history_once_it_reaches_the_server(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    row = ws.open_call(OFFLINE_CALL)
    c = conversation().answer("da_relationship", "intimate_partner").answer("da_children", "yes")
    ws.record_answers(row.id, c)  # coercive control by a partner, children, the codeword
    ws.decide_grade(
        row.id, recommendation(c), recommendation(c).grade, expected_version=row.version
    )
    assert ws.server_incident(row.id) is None
    ws.server = db  # the network is back
    ws.tick(force=True)
    assert ws.state().pending == 0
    server_id, ref = ws.server_incident(row.id) or (0, "")
    seen = history.find_previous_calls(
        db, staff.handler2, history.HistoryQuery(phone=OFFLINE_CALL.phone)
    )
    assert [c.incident_ref for c in seen.exact] == [ref]
    newest = seen.exact[0]
    assert newest.domestic_abuse and newest.category == "domestic abuse"
    assert newest.children_present and newest.grade == recommendation(c).grade == 2
    assert [(n.kind, n.text) for n in seen.summary.safety_notes] == [("codeword", "bluebell")]

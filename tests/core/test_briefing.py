"""The attending officers' briefing: built from the call, the history and the risk assessment."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from builders import add_incident
from callhandler.domain.conversation import Conversation
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.services import attendance, lifecycle, risk, triage
from callhandler.services.briefing import WIDTH, briefing_text, build_briefing
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import make_staff, new_incident

PHONE = "07700 900444"
WORDS = "He's kicking the door in, he's got a knife, please hurry"
SUSPECT = "White man, 40s, green hoodie, on foot towards the park"


def crafted_incident(db: Database) -> tuple[int, object]:
    """A graded, dispatched call with markers, children, an order and seven earlier calls."""
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    for n in range(7):
        add_incident(
            db,
            f"P-{n}",
            days_ago=10 + 30 * n,
            phone=PHONE,
            address="3 Test Street",
            postcode="CB1 2AD",
            risk_level="high" if n == 0 else "medium",
            children=n == 1,
            markers=[
                ("phone", "high_risk_da_victim"),
                ("address", "children_at_address"),
                ("address", "court_order"),
            ]
            if n == 0
            else [],
            now=now,
        )
    row = new_incident(db, staff.handler, PHONE)
    c = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in (
        ("da_can_speak", "yes"),
        ("da_suspect_present", "yes"),
        ("da_weapon", "yes"),
        ("da_children", "yes"),
        ("da_vulnerable_adult", "no"),
        ("da_codeword", "bluebell"),
        ("da_suspect_description", SUSPECT),
        ("da_order_in_force", "yes"),
        ("da_order_breached", "yes"),
        ("da_callers_words", WORDS),
    ):
        c = c.answer(question, value)
    triage.record_answers(db, staff.handler, row.id, c)
    rec = triage.recommend_grade(db, staff.handler, c.facts, phone=PHONE).recommendation
    triage.decide_grade(db, staff.handler, row.id, rec, rec.grade)
    version = attendance.attendance_for(db, staff.handler, row.id).version
    version = lifecycle.dispatch(
        db, staff.handler, row.id, version, grade=rec.grade, officers=["PC4521", "PC77"]
    )
    dash = shipped_instrument()
    answers = {
        q.number: "yes" if q.number <= 14 or q.number == 16 else "no" for q in dash.questions
    }
    answers[14] = "no"
    risk.record_assessment(db, staff.handler, row.id, version, answers, officer_collar="PC4521")
    return row.id, staff.handler


def test_the_briefing_carries_what_the_officers_must_know(db: Database) -> None:
    incident_id, handler = crafted_incident(db)
    b = build_briefing(db, handler, incident_id)  # type: ignore[arg-type]

    assert b.codeword == "bluebell" and b.callers_words == WORDS
    assert b.suspect_description == SUSPECT and b.suspect_present == "yes"
    assert any(m.startswith("High-risk domestic abuse victim (phone") for m in b.markers)
    assert b.children_now == "yes" and b.children_before is True
    assert b.vulnerable_adult_now == "no" and b.vulnerable_adults_before is False
    assert b.weapons[0] == "WEAPON reported on this call: time not asked"
    assert "Has used a weapon or object to hurt before (risk assessment)" in b.weapons
    assert b.orders[0].endswith("BEING BREACHED NOW")
    assert any(o.startswith("Marker: court_order (test)") for o in b.orders)
    assert (b.grade, b.recommended_grade, b.chosen_grade) == (1, 1, 1)
    assert "Weapon used or threatened" in [r.title for r in b.grade_reasons]
    assert b.risk is not None and b.risk.final_level == "high" and b.risk_level == "high"
    assert any(m.startswith("Visible high risk") for m in b.marac)
    assert any(m.startswith("Potential escalation") for m in b.marac)
    assert [p.ref for p in b.previous] == ["P-0", "P-1", "P-2", "P-3", "P-4"]
    assert b.previous_more == 2 and b.previous_da_12m == 7
    assert b.previous[0].risk_level == "high" and b.previous[1].children_present

    text = briefing_text(b)
    for expected in (
        "High-risk domestic abuse victim",
        "Children now: yes",
        "Children here before: YES",
        '"bluebell" means the suspect is back',
        "- P-0 ",
        "risk high",
        "and 2 more",
        "Weapon used or threatened;",
        "MARAC referral: Visible high risk",
        "BEING BREACHED NOW",
        "Recommended 1, chosen 1",
        "GRADE 1 Emergency",
    ):
        assert expected in text, expected
    assert "kicking the door in" in text.replace("\n", " ")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= WIDTH  # a phone held upright
    assert len(lines) <= 80  # one page even for this busy incident
    assert text.index("WARNINGS") < text.index("CHILDREN") < text.index("PREVIOUS INCIDENTS")

    with db.read() as session:
        actions = list(session.execute(select(AuditEvent.action)).scalars())
    assert "briefing" in actions and "consultation" in actions


def test_a_bare_incident_still_briefs_and_says_what_is_not_known(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, "07700 900999")
    b = build_briefing(db, staff.handler, row.id)
    assert b.previous == () and b.markers == () and b.risk is None
    assert b.children_now == "not asked" and b.codeword == ""
    text = briefing_text(b)
    assert "NOT GRADED" in text and "None agreed" in text and "None found" in text
    assert "Weapon on this call: not asked" in text


def test_a_neighbours_call_tells_who_called_where_the_suspect_went_and_when(
    db: Database,
) -> None:
    """Everything the judgement questions add reaches the officers, each red flag with
    when it happened."""
    staff = make_staff(db)
    row = new_incident(db, staff.handler, "07700 900555")
    c = Conversation.start(shipped_script("domestic_abuse"))
    for question, key in (
        ("da_can_speak", "y"),
        ("da_suspect_present", "n"),
        ("da_suspect_location", "4"),  # has left
        ("da_suspect_returning", "y"),
        ("da_weapon", "y"),
        ("da_weapon_when", "2"),  # earlier today
        ("da_strangulation", "y"),
        ("da_strangulation_when", "3"),  # before today
        ("da_threat_to_kill", "y"),
        ("da_threat_to_kill_when", "1"),  # now
        ("da_suicide_threat", "y"),
        ("da_children", "n"),
        ("da_children_live_there", "y"),
        ("da_children_taken", "y"),
        ("da_caller", "4"),  # a neighbour
        ("da_relationship", "3"),  # parents of the same child
        ("da_victim_age", "y"),
        ("da_victim_16_or_17", "y"),
        ("da_abuse_types", "1"),
        ("da_abuse_types", "2"),
        ("da_abuse_when", "1"),
        ("da_sexual_assault_when", "2"),
        ("da_order_in_force", "y"),
        ("da_order_breached", "n"),
        ("da_suspect_contacting", "y"),
        ("da_pregnant", "y"),
        ("da_separation", "y"),
        ("da_firearms", "y"),
        ("da_barriers", "1"),
        ("da_barriers", "3"),
    ):
        c = c.press(question, key)
    for question, text in (
        ("da_suspect_description", SUSPECT),
        ("da_suspect_vehicle", "Red Transit van, part plate KX19"),
        ("da_suspect_direction", "Towards the ring road, ten minutes ago"),
        ("da_communication", "Speaks Polish"),
    ):
        c = c.answer(question, text)
    triage.record_answers(db, staff.handler, row.id, c)
    b = build_briefing(db, staff.handler, row.id)

    assert b.caller == "a neighbour (third party)" and b.third_party_caller
    assert (b.suspect_location, b.suspect_nearby) == ("has left", False)
    assert b.suspect_vehicle.startswith("Red Transit") and "ring road" in b.suspect_direction
    assert b.suspect_returning == "yes"
    assert b.weapons[:2] == (
        "WEAPON reported on this call: earlier today",
        "FIREARMS: the suspect has access to a gun or holds a licence",
    )
    assert b.red_flags == (
        "STRANGULATION or choking: before today",
        "THREAT TO KILL: happening now",
        "SEXUAL ASSAULT: earlier today",
    )
    assert b.risk_factors == (
        "Suspect has threatened suicide (a homicide warning too)",
        "Recent or planned separation",
        "Victim pregnant or with a new baby",
        "Victim aged 16 or 17: a child too (children's services, young people's IDVA)",
    )
    assert (b.children_now, b.children_live_there, b.children_taken) == ("no", "yes", "yes")
    assert b.abuse_types == ("physical", "sexual") and b.abuse_when == "happening now"
    assert "Suspect CONTACTING THE VICTIM NOW: the breach" in b.orders
    assert b.barriers == (
        "Language: use an independent interpreter, never a family member, a child or the suspect",
        "Immigration status: the victim may fear removal",
    )

    text = briefing_text(b)
    flat = " ".join(text.split())
    for expected in (
        "Caller: a neighbour (third party)",
        "where now: has left",
        "Vehicle: Red Transit van",
        "Direction: Towards the ring road",
        "Likely to come back: yes",
        "! STRANGULATION or choking: before today",
        "! THREAT TO KILL: happening now",
        "Suspect has threatened suicide",
        "Victim pregnant or with a new baby",
        "Victim aged 16 or 17",
        "Children live there: yes",
        "TAKEN BY THE SUSPECT: YES",
        "independent interpreter, never a family member",
        "Speaks Polish",
        "Abuse: physical, sexual, happening now",
    ):
        assert expected in flat, expected
    assert max(len(line) for line in text.splitlines()) <= WIDTH
    assert (
        text.index("\nRED FLAGS\n") < text.index("\nSUSPECT\n") < text.index("\nPREVIOUS INCIDENTS")
    )


def test_a_victim_calling_about_a_suspect_on_the_way_is_not_a_third_party(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler, "07700 900556")
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.press("da_caller", "1").press("da_suspect_present", "n").press("da_suspect_location", "3")
    triage.record_answers(db, staff.handler, row.id, c)
    b = build_briefing(db, staff.handler, row.id)
    assert (b.caller, b.third_party_caller) == ("the victim", False)
    assert (b.suspect_location, b.suspect_nearby) == ("on the way", True)
    assert b.red_flags == () and b.risk_factors == () and b.barriers == ()
    assert b.children_live_there == "not asked" and b.abuse_when == "not asked"
    text = briefing_text(b)
    assert "RED FLAGS" not in text and "where now: on the way" in text

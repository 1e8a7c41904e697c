"""The inspector's review carries the call's answers (issue 16): each triage question in
words with who recorded it and when, what it said before a change, and the DASH answers."""

from __future__ import annotations

from callhandler.domain.conversation import Conversation
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.services import attendance, lifecycle, risk, signoff, triage
from callhandler.storage.engine import Database
from closure_helpers import make_staff, new_incident


def test_the_review_shows_each_answer_who_gave_it_and_the_dash_answers(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.answer("da_weapon", "no").answer("da_codeword", "bluebell")
    triage.record_answers(db, staff.handler, row.id, c)
    c = c.answer("da_weapon", "yes").answer("da_weapon_when", "now")  # changed: a knife
    triage.record_answers(db, staff.handler, row.id, c)
    version = attendance.attendance_for(db, staff.handler, row.id).version
    version = lifecycle.dispatch(db, staff.handler, row.id, version, grade=1, officers=["PC4521"])
    dash = shipped_instrument()
    answers: dict[object, str] = {q.number: "no" for q in dash.questions}
    answers[1] = "yes"
    answers[2] = "not_known"
    risk.record_assessment(
        db,
        staff.handler,
        row.id,
        version,
        answers,
        officer_collar="PC4521",
        notes={1: "Cut to the left arm."},
    )

    review = signoff.review(db, staff.inspector, row.id)
    assert review.answers is not None
    lines = {line.question: line for line in review.answers.triage}
    weapon = lines[shipped_script("domestic_abuse").question("da_weapon").text]
    assert weapon.answer == "Yes"
    assert weapon.answered_by == "H1"
    assert len(weapon.earlier) == 1 and weapon.earlier[0].startswith("No (H1, ")
    when = lines[shipped_script("domestic_abuse").question("da_weapon_when").text]
    assert when.answer == "Happening now" and when.earlier == ()
    assert any(line.answer == "bluebell" for line in review.answers.triage)

    dash_lines = review.answers.dash
    assert [d.number for d in dash_lines[:2]] == ["1", "2"]
    assert dash_lines[0].question == dash.question(1).text
    assert (dash_lines[0].answer, dash_lines[0].note) == ("Yes", "Cut to the left arm.")
    assert dash_lines[1].answer == "Not known"
    assert len(dash_lines) == len(dash.questions)
    assert review.answers.dash_by == "PC4521 with H1"
    assert review.answers.dash_level == review.risk_level


def test_a_call_with_nothing_answered_has_empty_answers(db: Database) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    review = signoff.review(db, staff.inspector, row.id)
    assert review.answers is not None
    assert review.answers.triage == () and review.answers.dash == ()

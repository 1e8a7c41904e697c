"""Issue 13, four eyes and the freeze: each measured failure reproduced, and now refused.

- An inspector who recorded anything on an incident (narrative, DASH, a correction of the
  call details, a regrade or grade decision, answers, checklist answers) cannot sign it.
- A re-answered checklist item keeps who took the earlier answer.
- While it awaits sign-off its answers, grade, risk and checklist are frozen (and for ever
  once finalised); answers move the version once officers are sent.
- A returned incident goes back changed, or with a reason that the inspector is shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select, text, update

from callhandler.domain.conversation import Conversation
from callhandler.domain.facts import Facts
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import (
    accounts,
    attendance,
    calls,
    closure,
    four_eyes,
    lifecycle,
    risk,
    signoff,
    triage,
)
from callhandler.services.context import Actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.closure_models import ChecklistAnswer, ChecklistAnswerTaken
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident, User
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, Staff, make_staff, new_incident

PLAN = FULL_ANSWERS["safety_plan"]
CORRECTED = calls.NewCall(
    phone="07700 900445",
    address="4 Test Street",
    postcode="CB1 2AD",
    victim_name="Jane Example",
    suspect_name="John Example",
)


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


@pytest.fixture(autouse=True)
def no_failure_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong password waits a second in production; tests need not."""
    monkeypatch.setattr(accounts.confirm_password, "__kwdefaults__", {"failure_delay_s": 0.0})


def version_of(db: Database, incident_id: int) -> int:
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        return incident.version_id


def answers() -> Conversation:
    c = Conversation.start(shipped_script("domestic_abuse"))
    return c.press("da_weapon", "n").press("da_abuse_types", "3")


def no_risk_answers() -> dict[object, object]:
    return {q.number: "no" for q in shipped_instrument().questions}


def dispatched(db: Database, who: Actor, incident_id: int, version: int) -> int:
    return lifecycle.dispatch(db, who, incident_id, version, grade=2, officers=["PC4521"])


def closure_done(db: Database, who: Actor, incident_id: int, version: int) -> int:
    """From dispatched to a complete closure, not yet submitted."""
    version = lifecycle.record_attendance(db, who, incident_id, version, officer="PC4521")
    version = lifecycle.start_closure(db, who, incident_id, version)
    for item, value in FULL_ANSWERS.items():
        version = closure.answer_item(
            db, who, incident_id, version, item_id=item, value=value, officer_collar="PC4521"
        ).version
    for section, words in NARRATIVE.items():
        version = closure.set_narrative(
            db, who, incident_id, version, section=section, text=words
        ).version
    return version


# -- who contributed may not sign ------------------------------------------------------


def _narrative(db: Database, i1: Actor, h1: Actor, incident_id: int, version: int) -> int:
    # The inspector writes a section; the handler rewrites it (the row keeps only the last
    # writer, the audit keeps both).
    version = closure.set_narrative(
        db, i1, incident_id, version, section="who", text="Victim and suspect only, I checked."
    ).version
    return closure.set_narrative(
        db, h1, incident_id, version, section="who", text=NARRATIVE["who"]
    ).version


def _checklist(db: Database, i1: Actor, h1: Actor, incident_id: int, version: int) -> int:
    version = closure.answer_item(
        db, i1, incident_id, version, item_id="safety_plan", value=PLAN, officer_collar="PC1"
    ).version
    return closure.answer_item(  # re-answered: taken_by is the handler's now
        db, h1, incident_id, version, item_id="safety_plan", value=PLAN, officer_collar="PC1"
    ).version


def _dash(db: Database, i1: Actor, _h1: Actor, incident_id: int, version: int) -> int:
    return risk.record_assessment(
        db, i1, incident_id, version, no_risk_answers(), officer_collar="PC4521"
    ).version


def _details(db: Database, i1: Actor, _h1: Actor, incident_id: int, version: int) -> int:
    return calls.update_call_details(db, i1, incident_id, version, CORRECTED).version


def _regrade(db: Database, i1: Actor, _h1: Actor, incident_id: int, version: int) -> int:
    attendance.regrade(db, i1, incident_id, version, 1, "Officer safety: a knife was mentioned.")
    return version_of(db, incident_id)


def _grade(db: Database, i1: Actor, _h1: Actor, incident_id: int, version: int) -> int:
    rec = recommend(Facts({"weapon": "yes"}), None, shipped_policy())
    return triage.decide_grade(
        db, i1, incident_id, rec, rec.grade, expected_version=version
    ).version


def _answers(db: Database, i1: Actor, _h1: Actor, incident_id: int, version: int) -> int:
    triage.record_answers(db, i1, incident_id, answers())
    return version_of(db, incident_id)


Contribution = Callable[[Database, Actor, Actor, int, int], int]
# (what the inspector did, when: "open", "dispatched" or "closure")
CONTRIBUTIONS: dict[str, tuple[Contribution, str]] = {
    "narrative": (_narrative, "closure"),
    "checklist": (_checklist, "closure"),
    "dash": (_dash, "dispatched"),
    "details": (_details, "open"),
    "regrade": (_regrade, "dispatched"),
    "grade": (_grade, "open"),
    "answers": (_answers, "open"),
}


@pytest.mark.parametrize("kind", sorted(CONTRIBUTIONS))
def test_an_inspector_who_recorded_anything_cannot_finalise_or_return(
    db: Database, staff: Staff, kind: str
) -> None:
    contribute, stage = CONTRIBUTIONS[kind]
    h1, i1 = staff.handler, staff.inspector
    row = new_incident(db, h1)
    version = row.version
    if stage == "open":
        version = contribute(db, i1, h1, row.id, version)
    version = dispatched(db, h1, row.id, version)
    if stage == "dispatched":
        version = contribute(db, i1, h1, row.id, version)
    version = closure_done(db, h1, row.id, version)
    if stage == "closure":
        version = contribute(db, i1, h1, row.id, version)
    version = lifecycle.submit_for_sign_off(db, h1, row.id, version)

    review = signoff.review(db, i1, row.id)
    assert "i1" in review.contributors
    assert not review.may_sign and "another inspector must sign it off" in review.sign_refusal
    with pytest.raises(PermissionDenied, match="another inspector must sign it off"):
        signoff.finalise(db, i1, row.id, version, password=PASSWORD)
    with pytest.raises(PermissionDenied, match="another inspector must sign it off"):
        signoff.return_to_handler(
            db, i1, row.id, version, reason="Reopening to fix it myself.", password=PASSWORD
        )
    assert version_of(db, row.id) == version
    other = signoff.review(db, staff.inspector2, row.id)
    assert other.may_sign and other.sign_refusal == ""
    signoff.finalise(db, staff.inspector2, row.id, version, password=PASSWORD)


def test_a_reanswered_checklist_item_keeps_who_took_each_answer(db: Database, staff: Staff) -> None:
    h1, i1 = staff.handler, staff.inspector
    row = new_incident(db, h1)
    version = dispatched(db, h1, row.id, row.version)
    version = lifecycle.record_attendance(db, h1, row.id, version, officer="PC4521")
    version = _checklist(db, i1, h1, row.id, version)
    with db.read() as session:
        current = session.execute(
            select(ChecklistAnswer.taken_by).where(ChecklistAnswer.item_id == "safety_plan")
        ).scalar_one()
    assert current == "h1"  # the current answer names its last taker, as before
    history = closure.answer_history(db, h1, row.id)
    assert [(a.item_id, a.taken_by, a.value) for a in history] == [
        ("safety_plan", "i1", PLAN),
        ("safety_plan", "h1", PLAN),
    ]
    # Nobody rewrites or removes an answer as taken, even behind the services' back.
    with pytest.raises(Exception, match="append-only"), db.write() as session:
        session.execute(update(ChecklistAnswerTaken).values(taken_by="h1"))
    with pytest.raises(Exception, match="append-only"), db.write() as session:
        session.execute(text("DELETE FROM checklist_answer_history"))
    assert len(closure.answer_history(db, h1, row.id)) == 2


def test_a_demoted_or_disabled_inspector_cannot_sign_with_the_session_they_hold(
    db: Database, staff: Staff
) -> None:
    """There is no set-role or disable command yet (accounts): the account row is changed as
    those commands will; the inspector's Actor still says "inspector"."""
    row = new_incident(db, staff.handler)
    version = dispatched(db, staff.handler, row.id, row.version)
    version = closure_done(db, staff.handler, row.id, version)
    version = lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    for change, words in (
        ({"role": "handler"}, "Only an inspector"),
        ({"active": False}, "disabled"),
    ):
        with db.write() as session:
            session.execute(update(User).where(User.username == "i1").values(**change))
        with db.read() as session:  # the one rule reads the account, not the session
            incident = session.get(Incident, row.id)
            assert incident is not None
            problems = four_eyes.sign_problems(session, staff.inspector, incident)
        assert any(words in p for p in problems)
        try:
            review = signoff.review(db, staff.inspector, row.id)
        except PermissionDenied:
            pass  # the session itself has ended (accounts re-reads the role and active flag)
        else:
            assert not review.may_sign and words in review.sign_refusal
        # (a disabled account may fail the password check before the rule is asked)
        with pytest.raises((PermissionDenied, AuthenticationFailed)):
            signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
        with db.write() as session:
            session.execute(
                update(User).where(User.username == "i1").values(role="inspector", active=True)
            )
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)


# -- the freeze ------------------------------------------------------------------------


def _frozen_attempts(db: Database, h1: Actor, incident_id: int, version: int) -> None:
    """Every writer of the record, each refused with a clear message."""
    rec = recommend(Facts({}), None, shipped_policy())
    attempts: list[Callable[[], object]] = [
        lambda: triage.record_answers(db, h1, incident_id, answers()),
        lambda: triage.decide_grade(
            db, h1, incident_id, rec, 4, "Caller only wanted advice.", expected_version=version
        ),
        lambda: triage.decide_grade(db, h1, incident_id, rec, 4, "Caller only wanted advice."),
        lambda: risk.record_assessment(
            db,
            h1,
            incident_id,
            version,
            {**no_risk_answers(), 1: "yes"},
            "high",
            "Officer's judgement after the visit.",
            officer_collar="PC4521",
        ),
        lambda: attendance.regrade(db, h1, incident_id, version, 4, "Advice only after all."),
        lambda: closure.answer_item(
            db, h1, incident_id, version, item_id="risk_level", value="high", officer_collar="PC1"
        ),
        lambda: closure.set_narrative(
            db, h1, incident_id, version, section="who", text="Someone else was there too."
        ),
        lambda: calls.update_call_details(db, h1, incident_id, version, CORRECTED),
    ]
    for attempt in attempts:
        with pytest.raises(BadInput) as refused:
            attempt()
        assert "awaiting sign-off" in str(refused.value) or "finalised" in str(refused.value)


def test_answers_grade_dash_and_checklist_are_frozen_while_awaiting_sign_off(
    db: Database, staff: Staff
) -> None:
    h1 = staff.handler
    row = new_incident(db, h1)
    version = dispatched(db, h1, row.id, row.version)
    version = closure_done(db, h1, row.id, version)
    version = lifecycle.submit_for_sign_off(db, h1, row.id, version)
    review = signoff.review(db, staff.inspector, row.id)
    with db.read() as session:
        consultations = len(
            session.execute(select(AuditEvent.id).where(AuditEvent.action == "consultation")).all()
        )
    _frozen_attempts(db, h1, row.id, version)
    with db.read() as session:
        incident = session.get(Incident, row.id)
        assert incident is not None
        assert (incident.version_id, incident.grade) == (version, 2)
        assert incident.risk_level == review.risk_level != "high"
        after = len(
            session.execute(select(AuditEvent.id).where(AuditEvent.action == "consultation")).all()
        )
    assert after == consultations  # the refused DASH did not consult (and audit) the history
    assert triage.answers_for(db, h1, row.id) == ()
    # The inspector signs exactly what they reviewed.
    version = signoff.finalise(db, staff.inspector, row.id, review.version, password=PASSWORD)
    _frozen_attempts(db, h1, row.id, version)


def test_answers_move_the_version_so_the_inspector_signs_only_what_they_reviewed(
    db: Database, staff: Staff
) -> None:
    h1 = staff.handler
    row = new_incident(db, h1)
    # While the call is being taken the answers leave the version alone (the workstation's
    # grade decision and outbox count on it); once officers are sent they move it.
    assert triage.record_answers(db, h1, row.id, answers()).version == row.version
    version = dispatched(db, h1, row.id, row.version)
    more = answers().press("da_weapon", "y")
    recorded = triage.record_answers(db, h1, row.id, more)
    assert recorded.version == version + 1 == version_of(db, row.id)
    version = closure_done(db, h1, row.id, recorded.version)
    version = lifecycle.submit_for_sign_off(db, h1, row.id, version)

    seen = signoff.review(db, staff.inspector, row.id).version
    version = signoff.return_to_handler(
        db, staff.inspector2, row.id, seen, reason="Ask again about the weapon.", password=PASSWORD
    )
    version = lifecycle.start_closure(db, h1, row.id, version)
    recorded = triage.record_answers(db, h1, row.id, more.press("da_weapon", "n"))
    assert recorded.version == version + 1
    lifecycle.submit_for_sign_off(db, h1, row.id, recorded.version)
    with pytest.raises(ConcurrentChange, match="h1 \\(triage answers"):
        signoff.finalise(db, staff.inspector, row.id, seen, password=PASSWORD)
    fresh = signoff.review(db, staff.inspector, row.id)
    signoff.finalise(db, staff.inspector, row.id, fresh.version, password=PASSWORD)


# -- resubmission ----------------------------------------------------------------------


def returned(db: Database, staff: Staff) -> tuple[int, int]:
    """An incident returned by the inspector and back in closure: (id, version)."""
    row = new_incident(db, staff.handler)
    version = dispatched(db, staff.handler, row.id, row.version)
    version = closure_done(db, staff.handler, row.id, version)
    version = lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    version = signoff.return_to_handler(
        db,
        staff.inspector,
        row.id,
        version,
        reason="Record why no DVPN was sought.",
        password=PASSWORD,
    )
    return row.id, lifecycle.start_closure(db, staff.handler, row.id, version)


def test_a_resubmission_with_nothing_changed_needs_a_reason_shown_to_the_inspector(
    db: Database, staff: Staff
) -> None:
    h1 = staff.handler
    incident_id, version = returned(db, staff)
    # Saving the same answer again changes nothing.
    version = closure.answer_item(
        db, h1, incident_id, version, item_id="safety_plan", value=PLAN, officer_collar="PC4521"
    ).version
    with pytest.raises(BadInput, match="Nothing has changed since the inspector returned it"):
        lifecycle.submit_for_sign_off(db, h1, incident_id, version)
    with pytest.raises(BadInput, match="Nothing has changed"):
        lifecycle.submit_for_sign_off(db, h1, incident_id, version, reason="  as is ")
    why = "The officer confirms no offence was disclosed, so no DVPN applies."
    version = lifecycle.submit_for_sign_off(db, h1, incident_id, version, reason=why)
    review = signoff.review(db, staff.inspector, incident_id)
    assert review.resubmitted_unchanged and review.submission_reason == why
    with db.read() as session:
        detail = session.execute(
            select(AuditEvent.detail)
            .where(AuditEvent.action == "submit_for_sign_off")
            .order_by(AuditEvent.id.desc())
            .limit(1)
        ).scalar_one()
    assert json.loads(detail) | {"reason": why, "unchanged_since_return": True} == json.loads(
        detail
    )
    signoff.finalise(db, staff.inspector, incident_id, version, password=PASSWORD)


@pytest.mark.parametrize("change", ["answer", "note", "narrative"])
def test_a_resubmission_that_changed_something_needs_no_reason(
    db: Database, staff: Staff, change: str
) -> None:
    h1 = staff.handler
    incident_id, version = returned(db, staff)
    if change == "answer":
        version = closure.answer_item(
            db,
            h1,
            incident_id,
            version,
            item_id="next_victim_contact",
            value="Today 18:00 by phone on her safe number",
            officer_collar="PC4521",
        ).version
    elif change == "note":
        signoff.add_note(db, h1, incident_id, "Officer says a DVPN was refused by the duty supt.")
    else:
        version = closure.set_narrative(
            db,
            h1,
            incident_id,
            version,
            section="actions",
            text=NARRATIVE["actions"] + " DVPN not sought: no offence disclosed.",
        ).version
    version = lifecycle.submit_for_sign_off(db, h1, incident_id, version)
    review = signoff.review(db, staff.inspector, incident_id)
    assert not review.resubmitted_unchanged and review.submission_reason == ""
    assert review.may_sign

"""Closure checklist, sign-off and the lifecycle, enforced in the service layer."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import accounts, audit, closure, lifecycle, signoff, trigger_events
from callhandler.services.context import system_actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.closure_models import IncidentTransition, SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import (
    FULL_ANSWERS,
    NARRATIVE,
    PASSWORD,
    Staff,
    make_staff,
    new_incident,
    to_awaiting_sign_off,
)


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def test_the_whole_lifecycle_ends_finalised_by_another_inspector(
    db: Database, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    queue = signoff.sign_off_queue(db, staff.inspector)
    assert [q.ref for q in queue] == [row.ref]
    assert queue[0].risk_level == "medium"
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    with db.read() as session:
        incident = session.get(Incident, row.id)
        assert (incident.status, incident.finalised_by) == ("finalised", "i1")
        actions = (
            session.execute(
                select(IncidentTransition.action)
                .where(IncidentTransition.incident_id == row.id)
                .order_by(IncidentTransition.id)
            )
            .scalars()
            .all()
        )
    assert actions == [
        "dispatch",
        "record_attendance",
        "start_closure",
        "submit_for_sign_off",
        "finalise",
    ]
    assert signoff.sign_off_queue(db, staff.inspector) == []
    assert audit.verify(db).ok


def test_submission_lists_every_missing_item(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=1, officers=["PC1", "PC2"])
    v = lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC1")
    v = lifecycle.start_closure(db, staff.handler, row.id, v)
    with pytest.raises(BadInput) as err:
        lifecycle.submit_for_sign_off(db, staff.handler, row.id, v)
    message = str(err.value)
    assert "keep them safe" in message and "away from the suspect" in message
    assert "narrative needs at least 4 words" in message


def test_conditional_items_appear_as_answers_require_them(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC1"])
    v = lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC1")
    view = closure.answer_item(
        db, staff.handler, row.id, v, item_id="offence_disclosed", value="yes", officer_collar="PC1"
    )
    assert "arrest_made" in view.checklist_status.missing
    assert "no_arrest_rationale" not in view.checklist_status.missing
    view = closure.answer_item(
        db,
        staff.handler,
        row.id,
        view.version,
        item_id="arrest_made",
        value="no",
        officer_collar="PC1",
    )
    assert "no_arrest_rationale" in view.checklist_status.missing
    view = closure.answer_item(
        db,
        staff.handler,
        row.id,
        view.version,
        item_id="risk_assessment_completed",
        value="yes",
        officer_collar="PC1",
    )
    view = closure.answer_item(
        db,
        staff.handler,
        row.id,
        view.version,
        item_id="risk_level",
        value="high",
        officer_collar="PC1",
    )
    assert {"idva_referral", "marac_referral"} <= set(view.checklist_status.missing)
    answer = view.answers["risk_level"]
    assert (answer.officer_collar, answer.taken_by) == ("PC1", "h1")


@pytest.mark.parametrize(
    ("item", "value", "expected"),
    [
        ("safety_plan", "ok", "at least 20 characters"),
        ("risk_level", "extreme", "standard, medium, high"),
        ("evidence_captured", ["none", "injury_photos"], "'none' cannot"),
        ("nope", "yes", "no closure question"),
    ],
)
def test_bad_answers_are_refused_and_nothing_changes(
    db: Database, staff: Staff, item: str, value: object, expected: str
) -> None:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC1"])
    v = lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC1")
    with pytest.raises(BadInput, match=expected):
        closure.answer_item(
            db, staff.handler, row.id, v, item_id=item, value=value, officer_collar="PC1"
        )
    assert closure.closure_view(db, staff.handler, row.id).answers == {}


def test_illegal_transitions_say_what_is_wrong(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    with pytest.raises(BadInput, match="only when dispatched"):
        lifecycle.record_attendance(db, staff.handler, row.id, row.version, officer="PC1")
    with pytest.raises(PermissionDenied, match="Only an inspector"):
        signoff.finalise(db, staff.handler, row.id, row.version, password=PASSWORD)
    with pytest.raises(BadInput, match="not a collar number"):
        lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["'; drop"])
    with pytest.raises(BadInput, match="not graded 4"):
        lifecycle.resolve_without_deployment(db, staff.handler, row.id, row.version)


def test_an_inspector_cannot_sign_an_incident_they_handled(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.inspector)  # the inspector took this call themselves
    version = to_awaiting_sign_off(db, staff.inspector, row.id, row.version)
    with pytest.raises(PermissionDenied, match="another inspector must"):
        signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    signoff.finalise(db, staff.inspector2, row.id, version, password=PASSWORD)


def test_signing_needs_the_password_again(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    with pytest.raises(AuthenticationFailed):
        signoff.finalise(db, staff.inspector, row.id, version, password="wrong-one")  # noqa: S106
    assert signoff.sign_off_queue(db, staff.inspector)[0].ref == row.ref


def test_return_with_a_reason_and_back_round(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    with pytest.raises(BadInput, match="at least 10"):
        signoff.return_to_handler(
            db, staff.inspector, row.id, version, reason="no", password=PASSWORD
        )
    version = signoff.return_to_handler(
        db,
        staff.inspector,
        row.id,
        version,
        reason="Record why no DVPN was sought.",
        password=PASSWORD,
    )
    version = lifecycle.start_closure(db, staff.handler, row.id, version)
    version = closure.answer_item(
        db,
        staff.handler,
        row.id,
        version,
        item_id="dvpn_considered",
        value="applied_for",
        officer_collar="PC4521",
    ).version
    # The DVPO hearing is a trigger point for reassessing risk (recommendation 11).
    trigger_events.record_trigger_event(
        db, staff.handler, kind="court_date", due_on=dt.date.today(), incident_id=row.id
    )
    version = lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    assert signoff.sign_off_queue(db, staff.inspector)[0].returned_before == 1
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    review = signoff.review(db, staff.inspector, row.id)
    assert [s[1] for s in review.sign_offs] == ["returned", "finalised"]


def test_a_finalised_incident_is_immutable_and_takes_notes(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    version = signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    with pytest.raises(BadInput, match="finalised"):
        closure.answer_item(
            db,
            staff.handler,
            row.id,
            version,
            item_id="safety_plan",
            value="x" * 30,
            officer_collar="PC1",
        )
    with pytest.raises(BadInput, match="finalised"):
        lifecycle.start_closure(db, staff.handler, row.id, version)
    # Even behind the services' back the database refuses.
    with pytest.raises(Exception, match="finalised incident cannot change"), db.write() as session:
        session.execute(text("UPDATE incidents SET grade = 4 WHERE id = :i"), {"i": row.id})
    signoff.add_note(db, staff.handler, row.id, "Victim rang back: suspect arrested on warrant.")
    assert signoff.review(db, staff.inspector, row.id).notes[0][1] == "h1"


def test_a_stale_version_is_refused_and_told_what_changed(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    with pytest.raises(ConcurrentChange) as err:
        signoff.finalise(db, staff.inspector2, row.id, version, password=PASSWORD)
    assert "changed by i1 (finalise" in str(err.value)
    assert "NOT saved" in str(err.value)
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(SignOff)).scalar_one() == 1


def test_review_shows_grade_decision_history_and_closure(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    review = signoff.review(db, staff.inspector, row.id)
    assert review.version == version
    assert review.closure.checklist_status.complete
    assert review.closure.answers["safety_plan"].value == FULL_ANSWERS["safety_plan"]
    assert review.closure.narrative["who"] == NARRATIVE["who"]
    assert review.history is not None and review.history.summary.total_incidents == 0
    assert "h1" in review.contributors


def test_an_administrator_reads_a_review_and_a_handler_cannot(db: Database, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    with pytest.raises(PermissionDenied, match="inspector or an administrator"):
        signoff.review(db, staff.handler2, row.id)
    accounts.create_user(db, system_actor(), "admin1", "Admin One", "admin", PASSWORD)
    admin = accounts.authenticate(db, "admin1", PASSWORD, "ws-admin", failure_delay_s=0)
    review = signoff.review(db, admin, row.id)
    assert review.ref == row.ref and review.history is not None
    with pytest.raises(PermissionDenied):  # reading is not signing
        signoff.finalise(db, admin, row.id, review.version, password=PASSWORD)


def test_review_history_leaves_out_the_incident_itself_and_return_reasons_reach_the_handler(
    db: Database, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    review = signoff.review(db, staff.inspector, row.id)
    assert review.history is not None
    assert review.history.summary.first_call  # its own call is not its history
    assert review.dispatched_at is not None and review.attended_at is not None
    assert review.submitted_at is not None and review.closure.attending_officer == "PC4521"
    assert signoff.latest_return(db, staff.handler, row.id) is None
    signoff.return_to_handler(
        db, staff.inspector, row.id, version, reason="Add the children's names.", password=PASSWORD
    )
    note = signoff.latest_return(db, staff.handler, row.id)
    assert note is not None and (note.inspector, note.reason) == ("I1", "Add the children's names.")


def test_a_grade_decision_on_a_stale_version_is_refused(db: Database, staff: Staff) -> None:
    from callhandler.domain.facts import Facts
    from callhandler.domain.grading import recommend
    from callhandler.domain.policy import shipped_policy
    from callhandler.services import triage

    row = new_incident(db, staff.handler)
    recommendation = recommend(Facts({"weapon": "yes"}), None, shipped_policy())
    first = triage.decide_grade(
        db,
        staff.handler,
        row.id,
        recommendation,
        recommendation.grade,
        expected_version=row.version,
    )
    assert first.version > row.version
    with pytest.raises(ConcurrentChange, match="changed by h1 \\(grade"):
        triage.decide_grade(
            db,
            staff.handler2,
            row.id,
            recommendation,
            recommendation.grade,
            expected_version=row.version,
        )

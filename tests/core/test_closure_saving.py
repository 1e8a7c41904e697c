"""The closure save workflow in the core (issue 15): open for closure, answers saved in
order with the version chained, a refused answer reported while the rest are kept, a change
made elsewhere stopping the chain, and the editability the window shows."""

from __future__ import annotations

import datetime as dt

import pytest

from callhandler.desk import DatabaseDesk
from callhandler.domain import lifecycle as states
from callhandler.errors import BadInput
from callhandler.services import closure, lifecycle, signoff
from callhandler.services.closure_saving import (
    Change,
    SaveChain,
    open_for_closure,
    save_closure_changes,
    submit_closure,
)
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, Staff, make_staff, new_incident


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def attended(db: Database, staff: Staff) -> tuple[int, int]:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC4521"])
    return row.id, lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC4521")


def test_opening_an_attended_incident_starts_its_closure(db: Database, staff: Staff) -> None:
    incident_id, _v = attended(db, staff)
    opened = open_for_closure(DatabaseDesk(db, staff.handler), incident_id)
    assert opened.view.status == states.CLOSURE
    assert opened.view.editable and opened.view.submittable
    assert opened.returned is None


def test_answers_are_saved_in_order_and_a_refused_one_does_not_stop_the_rest(
    db: Database, staff: Staff
) -> None:
    incident_id, _v = attended(db, staff)
    view = open_for_closure(DatabaseDesk(db, staff.handler), incident_id).view
    changes = [
        Change("item:victim_spoken_to_alone", "yes", "PC4521"),
        Change("item:children_at_address", "a few", "PC4521"),  # not one of its choices
        Change("narrative:who", NARRATIVE["who"]),
    ]
    outcome = save_closure_changes(
        DatabaseDesk(db, staff.handler), incident_id, view.version, changes
    )
    assert [c.key for c in outcome.saved] == ["item:victim_spoken_to_alone", "narrative:who"]
    assert list(outcome.errors) == ["item:children_at_address"]
    stored = closure.closure_view(db, staff.handler, incident_id)
    assert stored.answers["victim_spoken_to_alone"].value == "yes"
    assert "children_at_address" not in stored.answers
    assert stored.narrative["who"] == NARRATIVE["who"]
    assert outcome.view.version == stored.version > view.version


def test_the_chain_keeps_the_newest_answer_and_saves_what_came_while_it_ran(
    db: Database, staff: Staff
) -> None:
    incident_id, _v = attended(db, staff)
    view = open_for_closure(DatabaseDesk(db, staff.handler), incident_id).view
    chain = SaveChain(DatabaseDesk(db, staff.handler), incident_id, view.version)
    assert chain.add(Change("item:officers_attended", "one", "PC4521"))  # caller submits run
    assert not chain.add(Change("item:officers_attended", "two", "PC4521"))  # same job saves it
    assert chain.busy
    outcome = chain.run()
    assert not chain.busy
    assert [c.value for c in outcome.saved] == ["two"]
    assert chain.version == outcome.view.version
    assert closure.closure_view(db, staff.handler, incident_id).answers[
        "officers_attended"
    ].value == ("two")


def test_a_change_made_elsewhere_stops_the_chain_for_good(db: Database, staff: Staff) -> None:
    incident_id, _v = attended(db, staff)
    view = open_for_closure(DatabaseDesk(db, staff.handler), incident_id).view
    chain = SaveChain(DatabaseDesk(db, staff.handler), incident_id, view.version)
    # Another workstation saves first: the chain's version is now stale.
    closure.set_narrative(
        db, staff.handler2, incident_id, view.version, section="who", text=NARRATIVE["who"]
    )
    assert chain.add(Change("narrative:relationship", NARRATIVE["relationship"]))
    with pytest.raises(ConcurrentChange):
        chain.run()
    assert not chain.add(Change("narrative:actions", NARRATIVE["actions"]))
    assert not chain.restart()
    assert "relationship" not in closure.closure_view(db, staff.handler, incident_id).narrative


def test_a_returned_incident_opens_editable_with_the_inspectors_reason(
    db: Database, staff: Staff
) -> None:
    incident_id, _v = attended(db, staff)
    view = open_for_closure(DatabaseDesk(db, staff.handler), incident_id).view
    changes = [Change(f"item:{k}", v, "PC4521") for k, v in FULL_ANSWERS.items()]
    changes += [Change(f"narrative:{k}", v) for k, v in NARRATIVE.items()]
    view = save_closure_changes(
        DatabaseDesk(db, staff.handler), incident_id, view.version, changes
    ).view
    version = submit_closure(DatabaseDesk(db, staff.handler), incident_id, view.version)
    frozen = closure.closure_view(db, staff.handler, incident_id)
    assert not frozen.editable and not frozen.submittable
    signoff.return_to_handler(
        db,
        staff.inspector,
        incident_id,
        version,
        reason="Say who the safety plan was agreed with.",
        password=PASSWORD,
    )
    opened = open_for_closure(DatabaseDesk(db, staff.handler), incident_id)
    assert opened.view.status == states.CLOSURE and opened.view.editable
    assert opened.returned is not None
    assert opened.returned.reason == "Say who the safety plan was agreed with."


def test_the_view_says_whether_answers_may_change_as_the_lifecycle_does(
    db: Database, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC4521"])
    dispatched = closure.closure_view(db, staff.handler, row.id)
    assert not dispatched.editable and not dispatched.submittable
    lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC4521")
    attended_view = closure.closure_view(db, staff.handler, row.id)
    # Attended: answers may be taken before closure is formally started (the service
    # accepts them), but it cannot be submitted yet.
    assert attended_view.editable and not attended_view.submittable


def test_attendance_told_after_the_fact_keeps_the_time_given_through_the_desk(
    db: Database, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    desk = DatabaseDesk(db, staff.handler)
    v = desk.dispatch(row.id, row.version, grade=2, officers=["PC4521"]).value
    with db.read() as session:
        sent = session.get(Incident, row.id).dispatched_at
    arrived = sent.replace(tzinfo=sent.tzinfo or dt.UTC, microsecond=0) + dt.timedelta(seconds=1)
    done = desk.record_attendance(row.id, v, officer="PC4521", at=arrived)
    assert done.changes.incident_id == row.id and done.changes.version == done.value
    with db.read() as session:
        stored = session.get(Incident, row.id).attended_at
    assert stored.replace(tzinfo=stored.tzinfo or dt.UTC) == arrived


def test_only_the_policys_deploying_grades_are_dispatched_and_only_others_resolved(
    db: Database, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    with pytest.raises(BadInput, match="Dispatch needs Grade 1, 2 or 3"):
        lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=4, officers=["PC4521"])
    with pytest.raises(BadInput, match="not graded 4"):  # not graded at all yet
        lifecycle.resolve_without_deployment(db, staff.handler, row.id, row.version)
    assert closure.closure_view(db, staff.handler, row.id).status == states.OPEN


def test_the_review_says_whether_its_reader_may_sign_and_why_not(
    db: Database, staff: Staff
) -> None:
    incident_id, _v = attended(db, staff)
    view = open_for_closure(DatabaseDesk(db, staff.handler), incident_id).view
    changes = [Change(f"item:{k}", v, "PC4521") for k, v in FULL_ANSWERS.items()]
    changes += [Change(f"narrative:{k}", v) for k, v in NARRATIVE.items()]
    desk = DatabaseDesk(db, staff.handler)
    view = save_closure_changes(desk, incident_id, view.version, changes).view
    version = submit_closure(desk, incident_id, view.version)
    independent = signoff.review(db, staff.inspector, incident_id)
    assert independent.may_sign and independent.why_not == ""
    signoff.finalise(db, staff.inspector, incident_id, version, password=PASSWORD)
    done = signoff.review(db, staff.inspector2, incident_id)
    assert not done.may_sign
    assert "already finalised" in done.sign_refusal and done.why_not == ""  # nothing waits

"""Triage services on a real database: assess, stored answers, grade decisions, audit."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, update

from builders import NOW, add_incident
from callhandler.domain.conversation import Conversation
from callhandler.domain.facts import Facts
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import accounts, calls, triage
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.triage_models import GradeDecision, TriageAnswer
from signin_helpers import PASSWORD

PHONE = "07700 900321"
SPEC_KEYS = {
    "domestic_abuse",
    "grade",
    "reasons",
    "dash_required",
    "marac_consideration",
    "officers_recommended",
    "flags",
}


@pytest.fixture
def handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


@pytest.fixture
def incident_id(db: Database, handler: Actor) -> int:
    row = calls.open_incident(db, handler, calls.NewCall(phone=PHONE, address="3 Elm Close"))
    return row.id


def audit_events(db: Database, action: str) -> list[dict[str, object]]:
    """The details of the audit events of one kind, oldest first."""
    with db.read() as session:
        rows = session.execute(
            select(AuditEvent.detail).where(AuditEvent.action == action).order_by(AuditEvent.id)
        ).scalars()
        return [json.loads(detail) for detail in rows]


# -- assess ---------------------------------------------------------------------------


def test_assess_gives_the_spec_document_and_audits_the_history_consultation(
    db: Database, handler: Actor
) -> None:
    add_incident(db, "R-1", days_ago=40, phone=PHONE, address="3 Elm Close", postcode="CB1 1AA")
    answers = {"relationship": "intimate_partner", "abuse_types": ["coercive_control"]}
    document = triage.assess(db, handler, answers, phone=PHONE, now=NOW)
    assert SPEC_KEYS <= set(document)
    assert document["domestic_abuse"] is True and document["grade"] == 1
    assert document["grade_name"] == "Emergency" and document["policy_floor"] == 2
    json.dumps(document)  # one JSON document, nothing that cannot be serialised
    repeat = next(r for r in document["reasons"] if r["rule"] == "repeat_victim")
    assert {"history": "domestic_abuse_12m", "value": 1, "incidents": ["R-1"]} in repeat["causes"]
    da = next(r for r in document["reasons"] if r["rule"] == "domestic_abuse")
    assert {"fact": "abuse_types", "value": "coercive_control"} in da["causes"]
    assert document["history"]["searched"] is True
    assert document["history"]["summary"]["domestic_abuse_12m"] == 1
    assert len(audit_events(db, "consultation")) == 1


def test_assess_without_a_number_or_address_searches_nothing(db: Database) -> None:
    document = triage.assess(db, system_actor("assess"), {"weapon": "yes"})
    assert document["grade"] == 1 and document["history"]["searched"] is False
    assert audit_events(db, "consultation") == []


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        (["weapon"], "must be a JSON object"),
        ("weapon=yes", "must be a JSON object"),
        ({"weapons": "yes"}, "Unknown fact 'weapons': the known facts are call_type"),
        (
            {"weapon": "maybe"},
            "Fact 'weapon' cannot be 'maybe': allowed values are yes, no, unknown",
        ),
        ({"abuse_types": "physical"}, "takes a list of values"),
        ({"abuse_types": ["bullying"]}, "cannot contain 'bullying': allowed values are physical"),
        ({"weapon": True}, "Fact 'weapon' cannot be True"),
    ],
)
def test_assess_refuses_bad_answers_naming_the_fact_and_allowed_values(
    db: Database, answers: object, words: str
) -> None:
    with pytest.raises(BadInput) as err:
        triage.assess(db, system_actor("assess"), answers, phone=PHONE)
    assert words in str(err.value)
    assert audit_events(db, "consultation") == []


# -- stored answers -------------------------------------------------------------------


def test_answers_are_stored_with_their_script_version_and_changes_supersede(
    db: Database, handler: Actor, incident_id: int
) -> None:
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.press("da_weapon", "n").press("da_abuse_types", "3").press("da_coercive_behaviours", "2")
    c = c.answer("da_codeword", "bluebell")
    first = triage.record_answers(db, handler, incident_id, c)
    assert (first.added, first.superseded, first.unchanged) == (4, 0, 0)
    again = triage.record_answers(db, handler, incident_id, c)
    assert (again.added, again.superseded, again.unchanged) == (0, 0, 4)

    # change one answer, and close the coercive branch (its answer is kept, not counted)
    c = c.press("da_weapon", "y").press("da_abuse_types", "3").press("da_abuse_types", "1")
    changed = triage.record_answers(db, handler, incident_id, c)
    assert (changed.added, changed.superseded, changed.unchanged) == (3, 3, 1)
    current = {a.question_id: a for a in triage.answers_for(db, handler, incident_id)}
    assert current["da_weapon"].value == "yes"
    assert current["da_abuse_types"].value == ("physical",)
    assert current["da_coercive_behaviours"].counted is False
    assert current["da_weapon"].script_id == "domestic_abuse"
    assert current["da_weapon"].script_version == c.script.version == 2
    assert current["da_weapon"].answered_by == "h1"

    triage.record_answers(db, handler, incident_id, c.clear("da_codeword"))
    assert "da_codeword" not in {
        a.question_id for a in triage.answers_for(db, handler, incident_id)
    }
    with db.read() as session:
        history = session.execute(
            select(func.count())
            .select_from(TriageAnswer)
            .where(TriageAnswer.question_id == "da_weapon")
        ).scalar_one()
    assert history == 2  # the old answer is kept, superseded

    events = audit_events(db, "triage_answers")
    assert len(events) == 3  # the unchanged re-record wrote nothing
    assert all("bluebell" not in json.dumps(e) for e in events)  # the codeword stays out of the log


def test_only_call_takers_record_answers_and_not_on_a_finalised_incident(
    db: Database, handler: Actor, incident_id: int
) -> None:
    c = Conversation.start(shipped_script("domestic_abuse")).press("da_weapon", "n")
    with pytest.raises(PermissionDenied):
        triage.record_answers(db, system_actor(), incident_id, c)
    with db.write() as session:
        session.execute(
            update(Incident).where(Incident.id == incident_id).values(status="finalised")
        )
    with pytest.raises(BadInput, match="finalised"):
        triage.record_answers(db, handler, incident_id, c)
    with pytest.raises(BadInput, match="no incident"):
        triage.record_answers(db, handler, 99999, c)


# -- grade decisions ------------------------------------------------------------------


def test_an_override_needs_a_rationale_and_is_stored_flagged_and_audited(
    db: Database, handler: Actor, incident_id: int
) -> None:
    facts = Facts({"relationship": "intimate_partner", "abuse_types": ["coercive_control"]})
    assessment = triage.recommend_grade(db, handler, facts, phone=PHONE, now=NOW)
    rec = assessment.recommendation
    assert (rec.grade, rec.policy_floor) == (2, 3)

    with pytest.raises(BadInput, match="write why"):
        triage.decide_grade(db, handler, incident_id, rec, 4, "")
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(GradeDecision)).scalar_one() == 0
    assert audit_events(db, "grade") == []

    stored = triage.decide_grade(
        db, handler, incident_id, rec, 4, "Caller wants advice only; safe at her mother's."
    )
    assert stored.overridden and stored.below_floor
    assert (stored.recommended_grade, stored.chosen_grade, stored.policy_floor) == (2, 4, 3)
    with db.read() as session:
        row = session.execute(select(GradeDecision)).scalar_one()
        incident = session.get(Incident, incident_id)
        assert incident is not None
        assert (incident.grade, incident.domestic_abuse) == (4, True)
        assert row.below_floor and row.decided_by == "h1"
        assert "domestic_abuse" in [r["rule"] for r in json.loads(row.reasons_json)]
        assert json.loads(row.facts_json)["abuse_types"] == ["coercive_control"]
    (detail,) = audit_events(db, "grade")
    assert detail["below_floor"] is True and detail["chosen"] == 4 and detail["recommended"] == 2

    accepted = triage.decide_grade(db, handler, incident_id, rec, 2)
    assert not accepted.overridden and not accepted.below_floor


def test_only_call_takers_decide_grades(db: Database, incident_id: int) -> None:
    rec = triage.recommend_grade(db, system_actor(), Facts({"weapon": "yes"})).recommendation
    with pytest.raises(PermissionDenied):
        triage.decide_grade(db, system_actor(), incident_id, rec, 1)

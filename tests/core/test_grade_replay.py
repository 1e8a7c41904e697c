"""The attacker's view of grading (issue 15): whoever holds a shell on a workstation can
write anything into its outbox, and whoever calls the core can pass any recommendation.
The server recomputes the recommendation when the outbox reaches it and refuses one it
would not make: nothing is stored, the outbox shows the refusal with the server's words.
An honest offline decision replays; one made while the cache lacked history the server
had is refused with the server's (stricter) recommendation, never silently stored.
SQLite and PostgreSQL servers (the cache is always SQLite)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, update

from builders import core_recommendation
from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from callhandler.services import calls, triage
from callhandler.services.grade_check import RecommendationChanged
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import GradeDecision, TriageAnswer
from callhandler.sync import outbox
from callhandler.sync.workstation import Workstation
from closure_helpers import Staff
from outage_helpers import CALL, conversation, count, events, take_call_offline

ADVICE = "Caller asked for advice only; the suspect has left."


def grade_op(cache: Database) -> outbox.OutboxEntry:
    return next(e for e in outbox.entries(cache) if e.kind == "decide_grade")


def tamper(cache: Database, recommendation: dict[str, Any], **payload: Any) -> None:
    """What a handler with a shell does: edit the queued decision in the cache file."""
    op = grade_op(cache)
    edited = {
        **op.payload,
        **payload,
        "recommendation": {**op.payload["recommendation"], **recommendation},
    }
    with cache.write() as session:
        session.execute(
            update(outbox.outbox)
            .where(outbox.outbox.c.seq == op.seq)
            .values(payload_json=json.dumps(edited))
        )


def server_incident(db: Database) -> Incident:
    with db.read() as session:
        [incident] = session.execute(select(Incident)).scalars().all()
        session.expunge(incident)
        return incident


@pytest.mark.parametrize(
    ("recommendation", "payload"),
    [
        pytest.param(
            {"grade": 4, "grade_name": "Resolution without deployment"},
            {"chosen": 4, "rationale": ""},
            id="a less urgent grade, chosen without a rationale",
        ),
        pytest.param(
            {"policy_floor": 4, "policy_floor_name": "Resolution without deployment"},
            {"chosen": 4, "rationale": ADVICE},
            id="below the floor hidden",
        ),
        pytest.param({"reasons": []}, {}, id="the reasons taken out"),
        pytest.param({"policy_version": 99}, {}, id="another policy named"),
        pytest.param(
            {"flags": [["children", "Children present"]]}, {}, id="a flag that is not there"
        ),
    ],
)
def test_a_decision_tampered_with_in_the_outbox_is_refused_at_replay_and_nothing_is_stored(
    db: Database,
    cache: Database,
    staff: Staff,
    unreachable: Database,
    recommendation: dict[str, Any],
    payload: dict[str, Any],
) -> None:
    take_call_offline(Workstation(unreachable, cache, staff.handler, pull=None))
    tamper(cache, recommendation, **payload)

    state = Workstation(db, cache, staff.handler, pull=None).tick()

    [refused] = state.conflicts
    assert refused.kind == "decide_grade" and grade_op(cache).status == "conflict"
    assert refused.message.startswith("The server recommends Grade 2 (Priority)")
    assert "Nothing was stored" in refused.message and "Discard it with a reason" in refused.message
    assert "1 refused by the server" in state.describe()
    # The call and its answers reached the server; the forged grade did not.
    assert server_incident(db).grade is None
    assert count(db, TriageAnswer) == 4
    assert count(db, GradeDecision) == 0 and events(db, "grade") == []
    kinds = [json.loads(e.detail)["kind"] for e in events(db, "offline_operation")]
    assert kinds == ["open_incident", "record_answers"]


def test_an_honest_offline_decision_replays_with_the_core_s_reasons(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    take_call_offline(Workstation(unreachable, cache, staff.handler, pull=None))
    honest = grade_op(cache).payload["recommendation"]
    # The window's wording of a reason is not what is stored: the core's is.
    tamper(cache, {"reasons": [{**r, "text": "(window)"} for r in honest["reasons"]]})

    state = Workstation(db, cache, staff.handler, pull=None).tick()

    assert state.conflicts == () and state.pending == 0
    assert grade_op(cache).status == "applied"
    with db.read() as session:
        stored = session.execute(select(GradeDecision)).scalar_one()
        reasons = json.loads(stored.reasons_json)
        assert (stored.recommended_grade, stored.chosen_grade, stored.policy_floor) == (2, 2, 3)
        assert not stored.overridden and not stored.below_floor
    assert [r["rule"] for r in reasons] == [r["rule"] for r in honest["reasons"]]
    assert "(window)" not in json.dumps(reasons)
    assert server_incident(db).grade == 2
    [graded] = events(db, "grade")
    assert graded.username == "h1"


def partner_call() -> Conversation:
    return conversation().answer("da_relationship", "intimate_partner").answer("da_children", "yes")


def test_history_the_cache_had_not_pulled_makes_the_server_refuse_then_decide_again_on_it(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    """Two domestic-abuse calls from the number reached the server (another handler, online)
    but not this workstation's cache; an outage follows. Offline the handler grades on what
    the cache knows (Grade 2); the server knows it is a repeat victim (Grade 1): the offline
    decision is refused with the server's recommendation, never stored as the weaker one;
    discarded with a reason, the grade is decided again against the server's."""
    other = DatabaseDesk(db, staff.handler2)
    for _ in range(2):
        row = other.open_call(CALL).value
        other.record_answers(row.id, partner_call())
        rec = core_recommendation(db, staff.handler2, row.id)
        other.decide_grade(row.id, rec, rec.grade, expected_version=row.version)

    offline = Workstation(unreachable, cache, staff.handler, pull=None)
    row = offline.open_call(CALL)
    offline.record_answers(row.id, partner_call())
    shown = recommend(partner_call().facts, None, shipped_policy())  # the cache's history: none
    assert (shown.grade, shown.flag_ids) == (2, ("children",))
    offline.decide_grade(row.id, shown, shown.grade, expected_version=row.version)

    back = Workstation(db, cache, staff.handler, pull=None)
    [refused] = back.tick().conflicts
    assert refused.message.startswith(
        "The server recommends Grade 1 (Emergency), not the Grade 2 shown offline"
    )
    assert "+repeat_victim" in refused.message and "Nothing was stored" in refused.message
    with db.read() as session:
        mine = session.execute(select(Incident).where(Incident.client_uuid.is_not(None)))
        incident = mine.scalar_one()
        server_id, version = incident.id, incident.version_id
        assert incident.grade is None
    assert count(db, GradeDecision, GradeDecision.incident_id == server_id) == 0
    # Retrying sends the same decision: refused again, it does not slip through.
    again = back.retry(refused.seq)
    assert [c.seq for c in again.conflicts] == [refused.seq]
    assert count(db, GradeDecision, GradeDecision.incident_id == server_id) == 0

    back.discard(refused.seq, "Server knows two earlier calls: grading again on its advice.")
    desk = WorkstationDesk(back)
    now_shown = core_recommendation(db, staff.handler, server_id)  # what the window shows now
    decided = desk.decide_grade(
        server_id, now_shown, now_shown.grade, expected_version=version
    ).value
    assert (decided.recommended_grade, decided.chosen_grade) == (1, 1)
    with db.read() as session:
        stored = session.execute(
            select(GradeDecision).where(GradeDecision.incident_id == server_id)
        ).scalar_one()
        assert "repeat_victim" in json.loads(stored.flags_json)
    discarded = json.loads(events(db, "discard_offline_operation")[0].detail)
    assert discarded["kind"] == "decide_grade" and "Grade 1" in discarded["server_said"]


def test_the_core_refuses_a_tampered_recommendation_passed_to_it_directly(
    db: Database, staff: Staff
) -> None:
    """Whatever calls the core (a script, seeding, the command line, a replay), not the desk."""
    row = calls.open_incident(db, staff.handler, CALL)
    triage.record_answers(db, staff.handler, row.id, partner_call())
    honest = core_recommendation(db, staff.handler, row.id)
    lower = recommend(conversation().facts, None, shipped_policy())  # another call's facts
    for forged in (lower, replace(honest, policy_floor=4)):
        with pytest.raises(RecommendationChanged, match="Nothing was stored"):
            triage.decide_grade(db, staff.handler, row.id, forged, 4, ADVICE)
    assert count(db, GradeDecision) == 0 and events(db, "grade") == []
    stored = triage.decide_grade(db, staff.handler, row.id, honest, 4, ADVICE)
    assert stored.below_floor and stored.policy_floor == 3

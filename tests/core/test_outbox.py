"""Working through an outage: actions queue in the cache while the server refuses connections,
then reach the server in order, exactly once, with conflicts kept for the handler."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, update

from callhandler.errors import BadInput
from callhandler.services import audit, calls, triage
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.sync_models import AppliedOp
from callhandler.storage.triage_models import GradeDecision, TriageAnswer
from callhandler.sync import outbox, replay
from callhandler.sync.workstation import Workstation
from closure_helpers import Staff
from outage_helpers import (
    CALL,
    conversation,
    count,
    events,
    recommendation,
    take_call_offline,
)


def test_a_refused_connection_is_an_outage_and_bad_input_is_not(unreachable: Database) -> None:
    with pytest.raises(Exception) as refused:
        with unreachable.read_connection():
            pass
    assert replay.is_unreachable(refused.value)
    assert not replay.is_unreachable(BadInput("no"))
    assert "connect_timeout=3" in unreachable.url.render_as_string()


def test_calls_taken_while_the_server_is_down_reach_it_in_order_exactly_once(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    offline = Workstation(unreachable, cache, staff.handler, pull=None)
    first = take_call_offline(offline)
    second = offline.open_call(calls.NewCall(phone="07700 900556", address="14 Offline Lane"))
    offline.previous_calls(HistoryQuery(phone="07700 900555"))

    state = offline.state()
    assert not state.online and "OFFLINE" in state.describe()
    assert state.pending == 5 and "5 waiting to be sent" in state.describe()
    assert first.ref == "PENDING-ws-h1-0001" and second.ref == "PENDING-ws-h1-0002"
    assert first.id < 0 and second.id < 0  # never the id of a server row in the cache
    local = triage.answers_for(cache, staff.handler, first.id)
    assert {a.question_id for a in local} == {
        "da_weapon",
        "da_abuse_types",
        "da_coercive_behaviours",
        "da_codeword",
    }
    # The offline call shows in the look-up at once (read from the cache).
    seen = offline.previous_calls(HistoryQuery(phone="07700 900555"))
    assert [c.incident_ref for c in seen.exact] == ["PENDING-ws-h1-0001"]
    assert count(db, Incident) == 0

    back = Workstation(db, cache, staff.handler, pull=None)
    assert back.tick().pending == 0

    with db.read() as session:
        synced = session.execute(
            select(Incident.id, Incident.ref, Incident.client_uuid, Incident.grade).order_by(
                Incident.id
            )
        ).all()
    assert len(synced) == 2
    assert all(i.ref.startswith("CH") and i.client_uuid for i in synced)
    made = {e.client_uuid: e for e in outbox.entries(cache) if e.kind == "open_incident"}
    assert set(made) == {i.client_uuid for i in synced}
    [graded] = [i for i in synced if i.client_uuid == made_first(cache).client_uuid]
    assert graded.grade == recommendation(conversation()).grade
    assert count(db, TriageAnswer, TriageAnswer.incident_id == graded.id) == 4
    assert count(db, GradeDecision, GradeDecision.incident_id == graded.id) == 1
    # In order: the opening, the answers, the grade, the second call, the look-up.
    kinds = [json.loads(e.detail)["kind"] for e in events(db, "offline_operation")]
    assert kinds == [
        "open_incident",
        "record_answers",
        "decide_grade",
        "open_incident",
        "consultation",
        "consultation",
    ]
    assert count(db, AppliedOp) == 6
    detail = json.loads(events(db, "offline_operation")[0].detail)
    assert detail["provisional_ref"] == "PENDING-ws-h1-0001" and detail["made_offline_at"]
    assert events(db, "create")[0].username == "h1"  # audited as the person who did it
    assert json.loads(events(db, "consultation", "history")[0].detail)["offline"] is True
    # The provisional rows are gone from the cache: the pull brings the real ones.
    with cache.read() as session:
        assert session.execute(select(func.count()).where(Incident.id < 0)).scalar() == 0
    assert audit.verify(db).ok

    # Replaying again does nothing: every operation is already applied.
    assert replay.replay(db, cache).applied == 0
    with cache.write() as session:
        session.execute(update(outbox.outbox).values(status="pending"))
    again = replay.replay(db, cache)
    assert (again.applied, again.already_applied) == (0, 6)
    assert count(db, Incident) == 2 and count(db, AppliedOp) == 6
    assert count(db, TriageAnswer) == 4 and count(db, GradeDecision) == 1
    assert len(events(db, "offline_operation")) == 6


def made_first(cache: Database) -> outbox.OutboxEntry:
    return next(e for e in outbox.entries(cache) if e.kind == "open_incident")


def test_an_operation_applied_but_not_acknowledged_is_not_applied_again(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    offline = Workstation(unreachable, cache, staff.handler, pull=None)
    take_call_offline(offline)
    ops = outbox.entries(cache, "pending")
    # The server committed the first two, then the link died before the workstation heard.
    replay.apply_op(db, ops[0])
    replay.apply_op(db, ops[1])
    assert [e.status for e in outbox.entries(cache)] == ["pending"] * 3

    report = replay.replay(db, cache)
    assert (report.applied, report.already_applied) == (1, 2)
    assert [e.status for e in outbox.entries(cache)] == ["applied"] * 3
    assert count(db, Incident) == 1 and count(db, TriageAnswer) == 4
    assert len(events(db, "create")) == 1 and len(events(db, "triage_answers")) == 1
    assert len(events(db, "offline_operation")) == 3


def test_a_grade_someone_else_changed_meanwhile_is_a_conflict_that_blocks_only_that_incident(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)  # opened online before the outage
    c = conversation()
    rec = recommendation(c)

    offline = Workstation(unreachable, cache, staff.handler, pull=None)
    offline.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    offline.record_answers(shared.id, c)  # after the grade: must wait behind it
    other = take_call_offline(offline)
    # Meanwhile the other handler, online, grades the same incident.
    triage.decide_grade(
        db, staff.handler2, shared.id, rec, 1, "Caller rang back: he is at the door.",
        expected_version=shared.version,
    )  # fmt: skip

    back = Workstation(db, cache, staff.handler, pull=None)
    state = back.tick()
    assert len(state.conflicts) == 1 and state.pending == 1
    conflict = state.conflicts[0]
    assert conflict.kind == "decide_grade"
    assert "changed by h2" in conflict.message and "NOT saved" in conflict.message
    assert "1 refused by the server" in state.describe()
    waiting = back.queued()[1]
    assert (waiting.kind, waiting.status) == ("record_answers", "pending")
    # The other incident went through in full.
    with db.read() as session:
        synced = session.execute(
            select(Incident).where(Incident.client_uuid.is_not(None))
        ).scalar_one()
        assert synced.grade == rec.grade
        assert session.get(Incident, shared.id).grade == 1  # h2's grade was not overwritten
    assert count(db, TriageAnswer, TriageAnswer.incident_id == shared.id) == 0
    assert other.ref.startswith("PENDING")

    # Still refused after another tick: never dropped, never silently re-applied.
    assert len(back.tick().conflicts) == 1

    # The handler reloads the incident, sees h2's grade and confirms theirs again.
    with db.read() as session:
        now_version = session.get(Incident, shared.id).version_id
    state = back.retry(conflict.seq, expected_version=now_version)
    assert state.conflicts == () and state.pending == 0
    with db.read() as session:
        assert session.get(Incident, shared.id).grade == rec.grade
    assert count(db, TriageAnswer, TriageAnswer.incident_id == shared.id) == 4
    assert audit.verify(db).ok


def test_a_conflict_is_discarded_only_with_a_reason_and_the_discard_is_audited(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)
    rec = recommendation(conversation())
    offline = Workstation(unreachable, cache, staff.handler, pull=None)
    offline.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    triage.decide_grade(
        db, staff.handler2, shared.id, rec, 1, "Caller rang back: he is at the door.",
        expected_version=shared.version,
    )  # fmt: skip
    back = Workstation(db, cache, staff.handler, pull=None)
    conflict = back.tick().conflicts[0]

    with pytest.raises(BadInput, match="Write why"):
        back.discard(conflict.seq, "  ")
    with pytest.raises(BadInput, match="Write why"):
        offline.discard(conflict.seq, "")  # checked before the server is even needed
    assert back.state().conflicts  # still there

    state = back.discard(conflict.seq, "h2 regraded it on the caller's new information.")
    assert state.conflicts == () and state.pending == 0
    assert outbox.entry(cache, conflict.seq).status == "discarded"
    [discarded] = events(db, "discard_offline_operation")
    detail = json.loads(discarded.detail)
    assert discarded.username == "h1" and discarded.entity_id == shared.ref
    assert detail["reason"] == "h2 regraded it on the caller's new information."
    assert detail["kind"] == "decide_grade" and "changed by h2" in detail["server_said"]
    assert audit.verify(db).ok


def test_the_workstation_probes_every_few_seconds_and_goes_back_online(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    clock = [100.0]
    ws = Workstation(unreachable, cache, staff.handler, pull=None, clock=lambda: clock[0])
    ws.open_call(CALL)
    assert not ws.online
    ws.server = db  # the network comes back
    clock[0] += 1
    assert ws.tick().pending == 1 and not ws.online  # not probed yet: not time
    clock[0] += 5
    state = ws.tick()
    assert state.online and state.pending == 0 and "Online" in state.describe()
    row = ws.open_call(calls.NewCall(phone="07700 900557"))
    assert row.ref.startswith("CH") and row.id > 0  # online again: straight to the server

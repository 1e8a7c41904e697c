"""The workstation facade online: straight to the server, exactly once, look-ups from the
cache; and the encrypted cache holding offline work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from callhandler.services import calls, triage
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.sync_models import AppliedOp
from callhandler.storage.triage_models import GradeDecision, TriageAnswer
from callhandler.sync import outbox
from callhandler.sync.cache import open_cache
from callhandler.sync.keys import new_key
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


def test_online_every_action_goes_straight_to_the_server_once_and_is_not_marked_offline(
    db: Database, cache: Database, staff: Staff
) -> None:
    ws = Workstation(db, cache, staff.handler, pull=None)
    row = ws.open_call(CALL)
    assert row.ref.startswith("CH") and row.id > 0
    c = conversation()
    assert ws.record_answers(row.id, c).added == 4
    decision = ws.decide_grade(
        row.id, recommendation(c), recommendation(c).grade, expected_version=row.version
    )
    assert decision.version == row.version + 1 and decision.incident_ref == row.ref

    assert ws.state().pending == 0 and ws.state().online
    assert count(db, TriageAnswer) == 4 and count(db, GradeDecision) == 1
    assert count(db, AppliedOp) == 3  # a lost acknowledgement could not make it twice
    assert events(db, "offline_operation") == []
    assert [e.username for e in events(db, "create")] == ["h1"]
    with db.read_connection() as conn:
        assert conn.execute(select(Incident.client_uuid)).scalar()  # same key as offline


def test_look_ups_read_the_cache_and_the_consultation_is_audited_on_the_server(
    db: Database, cache: Database, staff: Staff
) -> None:
    calls.open_incident(db, staff.handler2, CALL)  # on the server, not yet in this cache
    ws = Workstation(db, cache, staff.handler, pull=None)
    found = ws.previous_calls(HistoryQuery(phone=CALL.phone))
    assert found.exact == ()  # the cache has not pulled it: look-ups never wait on the server
    [consulted] = events(db, "consultation", "history")
    assert consulted.username == "h1" and json.loads(consulted.detail)["exact"] == 0
    with cache.read_connection() as conn:
        assert conn.execute(select(AuditEvent.id)).first() is None


def test_the_pull_fills_the_cache_from_a_postgresql_server(
    db: Database, cache: Database, staff: Staff
) -> None:
    opened = calls.open_incident(db, staff.handler2, CALL)
    ws = Workstation(db, cache, staff.handler)
    state = ws.tick()
    found = ws.previous_calls(HistoryQuery(phone=CALL.phone))
    if db.backend == "postgresql":
        assert state.last_synced_at is not None and "History synced at" in state.describe()
        assert [c.incident_ref for c in found.exact] == [opened.ref]
    else:  # a single machine on SQLite has nothing to sync from
        assert state.last_synced_at is None and "synced at never" in state.describe()
        assert found.exact == ()


def test_an_incident_opened_offline_keeps_its_id_after_it_reached_the_server(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    row = ws.open_call(CALL)
    assert ws.server_incident(row.id) is None  # not on the server yet
    ws.server = db  # the network is back
    ws.tick(force=True)
    server_id, ref = ws.server_incident(row.id) or (0, "")
    assert ref.startswith("CH")

    # The handler is still on the same call: what they do now goes to the real incident.
    c = conversation()
    ws.record_answers(row.id, c)
    ws.decide_grade(row.id, recommendation(c), 1, "Officer safety: he is at the door.")
    assert ws.state().pending == 0
    assert count(db, TriageAnswer, TriageAnswer.incident_id == server_id) == 4
    with db.read_connection() as conn:
        assert conn.execute(select(Incident.grade).where(Incident.id == server_id)).scalar() == 1


def test_online_actions_wait_behind_a_conflict_of_the_same_incident(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)
    rec = recommendation(conversation())
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    ws.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    triage.decide_grade(
        db, staff.handler2, shared.id, rec, 1, "Caller rang back: he is at the door.",
        expected_version=shared.version,
    )  # fmt: skip
    ws.server = db
    assert len(ws.tick(force=True).conflicts) == 1

    ws.record_answers(shared.id, conversation())  # online, but must not overtake the conflict
    assert ws.state().pending == 1
    assert count(db, TriageAnswer) == 0
    other = ws.open_call(calls.NewCall(phone="07700 900558"))  # other incidents carry on
    assert other.ref.startswith("CH")


@pytest.fixture
def encrypted_cache(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    path = tmp_path / "cache.sqlite3"
    database = open_cache(path, new_key())
    yield database, path
    database.dispose()


def test_offline_calls_wait_in_the_encrypted_cache_unreadable_without_its_key(
    db: Database, staff: Staff, unreachable: Database, encrypted_cache: tuple[Database, Path]
) -> None:
    cache_db, path = encrypted_cache
    offline = Workstation(unreachable, cache_db, staff.handler, pull=None)
    row = take_call_offline(offline)
    assert row.ref.startswith("PENDING")
    cache_db.dispose()  # everything written to the file (WAL checkpointed)
    raw = b"".join(p.read_bytes() for p in path.parent.glob("cache.sqlite3*"))
    for secret in (b"bluebell", b"Ann Example", b"12 Offline Lane", b"SQLite format 3"):
        assert secret not in raw

    back = Workstation(db, cache_db, staff.handler, pull=None)
    assert back.tick().pending == 0
    assert [e.status for e in outbox.entries(cache_db)] == ["applied"] * 3
    assert count(db, TriageAnswer) == 4

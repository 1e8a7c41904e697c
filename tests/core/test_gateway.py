"""The call gateway: the same call on one database (direct) and through a workstation's
cache and outbox; what needs the server says so instead of failing obscurely."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.errors import DatabaseError
from callhandler.services import calls
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from callhandler.sync.gateway import (
    DirectGateway,
    WorkstationGateway,
    is_provisional,
    with_connect_timeout,
)
from callhandler.sync.workstation import Workstation, server_database
from closure_helpers import Staff, make_staff
from outage_helpers import CALL, closed_port_url, conversation, copy_of, events, recommendation


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


@pytest.fixture
def cache(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = copy_of(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def unreachable() -> Iterator[Database]:
    server = server_database(closed_port_url())
    yield server
    server.dispose()


def test_direct_a_whole_call_on_the_one_database(db: Database, staff: Staff) -> None:
    gateway = DirectGateway(db, staff.handler)
    assert gateway.local is db
    row = gateway.open_call(CALL)
    assert row.ref.startswith("CH") and not is_provisional(row.ref)
    c = conversation()
    assert gateway.record_answers(row.id, c).added == 4
    stored = gateway.decide_grade(
        row.id, recommendation(c), 1, "He is at the door with a knife.", expected_version=1
    )
    version = gateway.dispatch(row.id, stored.version, grade=1, officers=["PC4521"])
    assert version == stored.version + 1
    [shift] = calls.shift_incidents(db, staff.handler)
    assert (shift.status, shift.grade) == ("dispatched", 1)
    found = gateway.previous_calls(HistoryQuery(phone=CALL.phone), exclude_incident_id=row.id)
    assert found.exact == ()  # its own incident is not a previous call
    assert len(events(db, "consultation", "history")) == 1  # the look-up is audited
    assert gateway.server_incident(row.id) is None  # nothing to map on one database


def test_dispatch_offline_is_refused_plainly_and_the_grade_is_kept(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)
    gateway = WorkstationGateway(Workstation(unreachable, cache, staff.handler, pull=None))
    assert gateway.local is cache
    rec = recommendation(conversation())
    stored = gateway.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    with pytest.raises(DatabaseError, match="needs the server, which cannot be reached"):
        gateway.dispatch(shared.id, stored.version, grade=rec.grade, officers=["PC4521"])
    assert gateway.workstation.state().pending == 1  # the grade waits to be sent
    assert calls.shift_incidents(db, staff.handler)[0].status == "open"


def test_an_incident_opened_offline_is_dispatched_only_once_it_has_reached_the_server(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    gateway = WorkstationGateway(ws)
    row = gateway.open_call(CALL)
    assert is_provisional(row.ref)
    ws.server = db  # the server is back, but nothing has been sent yet
    ws._online = True  # as after a probe, before the outbox went  # noqa: SLF001
    with pytest.raises(DatabaseError, match="has not reached it yet"):
        gateway.dispatch(row.id, 1, grade=2, officers=["PC4521"])
    ws.tick(force=True)
    server_id, ref = gateway.server_incident(row.id) or (0, "")
    assert ref.startswith("CH")
    rec = recommendation(conversation())
    stored = gateway.decide_grade(row.id, rec, 2, "Officers needed: children in the house.")
    gateway.dispatch(row.id, stored.version, grade=2, officers=["PC4521"])
    on_server = next(r for r in calls.shift_incidents(db, staff.handler) if r.id == server_id)
    assert (on_server.ref, on_server.status) == (ref, "dispatched")


def test_a_postgresql_url_gets_a_short_connect_timeout_and_others_are_left_alone() -> None:
    timed = with_connect_timeout("postgresql+psycopg://u:secret@db.example/callhandler")
    assert "connect_timeout=3" in timed and "u:secret@" in timed
    assert with_connect_timeout(timed) == timed
    kept = "postgresql+psycopg://u@h/d?connect_timeout=10"
    assert with_connect_timeout(kept) == kept
    assert with_connect_timeout("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"

"""The desk: one way from the window into the core. The same call on one database and
through a workstation's cache and outbox; every write says what it changed; on a
workstation, an action on an incident never reaches the server before the server has all
of the incident (dispatch from My incidents after an outage included)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.desk import DatabaseDesk, Desk, WorkstationDesk
from callhandler.errors import DatabaseError
from callhandler.services import calls
from callhandler.services.history import HistoryQuery
from callhandler.storage.engine import Database
from callhandler.sync.gateway import is_provisional, with_connect_timeout
from callhandler.sync.workstation import Workstation, server_database
from closure_helpers import Staff, make_staff
from outage_helpers import CALL, closed_port_url, conversation, copy_of, events, recommendation

KNIFE = "He is at the door with a knife."


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


def back_online(ws: Workstation, server: Database) -> None:
    """The server is back, as after a probe, before the outbox was sent."""
    ws.server = server
    ws._online = True  # noqa: SLF001


def test_a_whole_call_on_one_database_says_what_each_step_changed(
    db: Database, staff: Staff
) -> None:
    desk: Desk = DatabaseDesk(db, staff.handler)
    opened = desk.open_call(CALL)
    row = opened.value
    assert row.ref.startswith("CH") and not is_provisional(row.ref)
    assert opened.changes.incident_id == row.id and opened.changes.touches("shift")
    c = conversation()
    assert desk.record_answers(row.id, c).value.added == 4
    decided = desk.decide_grade(row.id, recommendation(c), 1, KNIFE, expected_version=1)
    assert decided.changes.version == decided.value.version
    sent = desk.dispatch(row.id, decided.value.version, grade=1, officers=["PC4521"])
    assert sent.value == decided.value.version + 1 == sent.changes.version
    assert sent.changes.touches("shift", "queue") and not sent.changes.queued
    [shift] = desk.shift_incidents()
    assert (shift.status, shift.grade, shift.version) == ("dispatched", 1, sent.value)
    found = desk.previous_calls(HistoryQuery(phone=CALL.phone), exclude_incident_id=row.id)
    assert found.exact == ()  # its own incident is not a previous call
    assert len(events(db, "consultation", "history")) == 1  # the look-up is audited
    assert desk.server_incident(row.id) is None  # nothing to map on one database
    assert desk.sync_state() is None  # nothing is ever queued on one database


def test_on_a_workstation_offline_the_grade_is_kept_and_dispatch_says_it_needs_the_server(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)
    desk = WorkstationDesk(Workstation(unreachable, cache, staff.handler, pull=None))
    rec = recommendation(conversation())
    kept = desk.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    assert kept.changes.queued and kept.changes.touches("outbox")
    with pytest.raises(DatabaseError, match="needs the server, which cannot be reached"):
        desk.dispatch(shared.id, kept.value.version, grade=rec.grade, officers=["PC4521"])
    state = desk.sync_state()
    assert state is not None and state.pending == 1  # the grade waits to be sent
    assert calls.shift_incidents(db, staff.handler)[0].status == "open"


def test_a_call_opened_offline_is_dispatched_only_once_the_server_has_it(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    desk = WorkstationDesk(ws)
    row = desk.open_call(CALL).value
    assert is_provisional(row.ref) and row.id < 0
    back_online(ws, db)  # nothing has been sent yet
    with pytest.raises(DatabaseError, match="has not reached the server yet") as refused:
        desk.dispatch(row.id, 1, grade=2, officers=["PC4521"])
    assert row.ref in str(refused.value) and "Online and nothing is waiting" in str(refused.value)
    assert calls.shift_incidents(db, staff.handler) == []  # the server has nothing at all
    desk.sync_now(force=True)  # the replay
    server_id, ref = desk.server_incident(row.id) or (0, "")
    assert ref.startswith("CH")
    rec = recommendation(conversation())
    stored = desk.decide_grade(row.id, rec, 2, "Officers needed: children in the house.").value
    desk.dispatch(row.id, stored.version, grade=2, officers=["PC4521"])
    on_server = next(r for r in calls.shift_incidents(db, staff.handler) if r.id == server_id)
    assert (on_server.ref, on_server.status) == (ref, "dispatched")


def test_dispatch_from_my_incidents_waits_for_the_grade_kept_during_the_outage(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    """My incidents lists the server's rows: an incident opened online, graded during the
    outage. Before the replay, dispatching it would reach the server ahead of its grade."""
    ws = Workstation(db, cache, staff.handler, pull=None)
    desk = WorkstationDesk(ws)
    row = desk.open_call(CALL).value
    assert row.id > 0  # on the server
    ws.server = unreachable
    ws._online = False  # noqa: SLF001
    rec = recommendation(conversation())
    kept = desk.decide_grade(row.id, rec, 1, KNIFE, expected_version=row.version)
    assert kept.changes.queued
    back_online(ws, db)
    [listed] = desk.shift_incidents()  # what My incidents shows: no grade yet on the server
    assert (listed.id, listed.grade, listed.status) == (row.id, None, "open")
    with pytest.raises(DatabaseError, match="has not reached the server yet"):
        desk.dispatch(listed.id, listed.version, grade=1, officers=["PC4521"])
    with pytest.raises(DatabaseError, match="has not reached the server yet"):
        desk.resolve_without_deployment(listed.id, listed.version)
    [still] = calls.shift_incidents(db, staff.handler)
    assert (still.status, still.version) == ("open", listed.version)  # nothing reached it
    desk.sync_now(force=True)  # the grade reaches the server first
    [graded] = desk.shift_incidents()
    assert graded.grade == 1
    sent = desk.dispatch(graded.id, graded.version, grade=1, officers=["PC4521"])
    assert sent.changes.incident_id == row.id and not sent.changes.queued
    [dispatched] = calls.shift_incidents(db, staff.handler)
    assert (dispatched.status, dispatched.version) == ("dispatched", sent.value)


def test_drafts_stay_on_the_workstation_and_lists_need_the_server(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    desk = WorkstationDesk(Workstation(unreachable, cache, staff.handler, pull=None))
    assert desk.save_draft("call-1", {"form": {"phone": CALL.phone}}).changes.touches("drafts")
    assert [d.key for d in desk.drafts_for()] == ["call-1"]
    assert [d.key for d in DatabaseDesk(cache, staff.handler).drafts_for()] == ["call-1"]
    with pytest.raises(DatabaseError, match="Listing your incidents needs the server"):
        desk.shift_incidents()


def test_a_postgresql_url_gets_a_short_connect_timeout_and_others_are_left_alone() -> None:
    timed = with_connect_timeout("postgresql+psycopg://u:secret@db.example/callhandler")
    assert "connect_timeout=3" in timed and "u:secret@" in timed
    assert with_connect_timeout(timed) == timed
    kept = "postgresql+psycopg://u@h/d?connect_timeout=10"
    assert with_connect_timeout(kept) == kept
    assert with_connect_timeout("sqlite:///x.sqlite3") == "sqlite:///x.sqlite3"

"""The workstation's outbox through the desk (issue 15): what the status bar lists as
waiting or refused, and nothing on one database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.services import calls
from callhandler.storage.engine import Database
from callhandler.sync.workstation import Workstation, server_database
from closure_helpers import Staff, make_staff
from outage_helpers import CALL, closed_port_url, conversation, copy_of, recommendation


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


def test_nothing_waits_on_one_database(db: Database, staff: Staff) -> None:
    assert DatabaseDesk(db, staff.handler).outbox() == []


def test_a_grade_kept_offline_is_listed_until_the_server_has_it(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    desk = WorkstationDesk(ws)
    rec = recommendation(conversation())
    desk.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
    [waiting] = desk.outbox()
    assert (waiting.incident_id, waiting.status) == (shared.id, "pending")
    ws.server = db  # the server is back
    desk.sync_now(force=True)
    assert desk.outbox() == []
    assert calls.shift_incidents(db, staff.handler)[0].grade == rec.grade

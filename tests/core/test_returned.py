"""Returned incidents announced to their handler (issue 16): through both desks, until
resubmitted; never another handler's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.errors import DatabaseError, PermissionDenied
from callhandler.services import calls, lifecycle, returned, signoff
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.sync.workstation import Workstation
from closure_helpers import PASSWORD, make_staff, new_incident, to_awaiting_sign_off
from outage_helpers import copy_of


@pytest.fixture
def cache(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = copy_of(sqlite_template, tmp_path)
    yield database
    database.dispose()


def test_the_handler_sees_their_returned_incidents_until_they_resubmit(
    db: Database, cache: Database
) -> None:
    staff = make_staff(db)

    def submitted(handler, phone):  # type: ignore[no-untyped-def]
        row = new_incident(db, handler, phone)
        return row, to_awaiting_sign_off(db, handler, row.id, row.version)

    first, v1 = submitted(staff.handler, "07700 900501")
    second, v2 = submitted(staff.handler, "07700 900502")
    other, v3 = submitted(staff.handler2, "07700 900503")
    v1 = signoff.return_to_handler(
        db, staff.inspector, first.id, v1, reason="Say where the children were.", password=PASSWORD
    )
    v2 = signoff.return_to_handler(
        db, staff.inspector2, second.id, v2, reason="Add the DASH answers.", password=PASSWORD
    )
    signoff.return_to_handler(
        db, staff.inspector, other.id, v3, reason="Not this handler's.", password=PASSWORD
    )

    desk = DatabaseDesk(db, staff.handler)
    mine = desk.returned_to_me()
    assert [(r.ref, r.inspector, r.reason) for r in mine] == [
        (first.ref, "I1", "Say where the children were."),
        (second.ref, "I2", "Add the DASH answers."),
    ]
    # however old, they stay in the handler's list (hours=0: nothing else is this shift)
    assert {r.ref for r in calls.shift_incidents(db, staff.handler, hours=0)} == {
        first.ref,
        second.ref,
    }
    # back in closure is not yet dealt with; submitted again, it is
    v1 = lifecycle.start_closure(db, staff.handler, first.id, v1)
    assert [r.ref for r in desk.returned_to_me()] == [first.ref, second.ref]
    lifecycle.submit_for_sign_off(
        db, staff.handler, first.id, v1, reason="The children were at school, as recorded."
    )
    assert [r.ref for r in desk.returned_to_me()] == [second.ref]
    assert [r.ref for r in calls.shift_incidents(db, staff.handler, hours=0)] == [second.ref]
    # returned again: the latest reason
    seen = signoff.review(db, staff.inspector, first.id).version
    signoff.return_to_handler(
        db, staff.inspector, first.id, seen, reason="Name the school.", password=PASSWORD
    )
    assert [(r.ref, r.reason) for r in desk.returned_to_me()] == [
        (second.ref, "Add the DASH answers."),
        (first.ref, "Name the school."),
    ]
    # a workstation asks the server; offline it says it needs it
    workstation = Workstation(db, cache, staff.handler, pull=None)
    assert WorkstationDesk(workstation).returned_to_me() == desk.returned_to_me()
    workstation._online = False  # noqa: SLF001
    with pytest.raises(DatabaseError, match="needs the server"):
        WorkstationDesk(workstation).returned_to_me()
    with pytest.raises(PermissionDenied):
        returned.returned_to_me(db, system_actor())

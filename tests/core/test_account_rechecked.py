"""Every read or write of personal data the desk or the command line reaches reads the
account again in the service (red team: an account disabled, or its role changed, while
its window was open kept reading incidents, markers, returns and the oversight lists).
Each is refused with the look-up's own message (the session has ended), and nothing is
returned or written; the look-up refuses an administrator and the import a handler, in the
service, not only in the command line. SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from builders import NOW, add_incident
from callhandler import messages
from callhandler.desk import DatabaseDesk
from callhandler.domain.oversight import DEFAULT_SETTINGS
from callhandler.errors import PermissionDenied
from callhandler.importing.run import import_file
from callhandler.services import account_admin, risk, trigger_events
from callhandler.services.context import Actor, SessionEnded, system_actor
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident
from signin_helpers import make_user

PHONE = "07700 900321"
EXPORT = Path(__file__).resolve().parent.parent / "data" / "history_good.jsonl"
Read = Callable[[DatabaseDesk, int], Any]

# What each service gives, through the desk, and who may ask: (signed-in role, the role
# an administrator then gives the account).
READS: dict[str, tuple[str, str, Read]] = {
    "closure_view": ("handler", "inspector", lambda d, i: d.closure_view(i)),
    "markers_for_incident": ("handler", "inspector", lambda d, i: d.markers_for_incident(i)),
    "latest_return": ("handler", "inspector", lambda d, i: d.latest_return(i)),
    "returned_to_me": ("handler", "inspector", lambda d, i: d.returned_to_me()),
    "shift_incidents": ("handler", "inspector", lambda d, i: d.shift_incidents()),
    "overdue_incidents": ("handler", "admin", lambda d, i: d.overdue_incidents(now=NOW)),
    "control_room_incidents": (
        "inspector",
        "handler",
        lambda d, i: d.control_room_incidents(),
    ),
    "review": ("inspector", "handler", lambda d, i: d.review(i)),
    "sign_off_queue": ("inspector", "handler", lambda d, i: d.sign_off_queue()),
    "oversight_report": (
        "inspector",
        "handler",
        lambda d, i: d.oversight_report("repeat-victims", now=NOW, settings=DEFAULT_SETTINGS),
    ),
    "drill_down": ("admin", "handler", lambda d, i: _drill(d)),
    "latest_assessment": (
        "handler",
        "inspector",
        lambda d, i: risk.latest_assessment(d.db, d.actor, i),
    ),
    "events_for_incident": (
        "handler",
        "inspector",
        lambda d, i: trigger_events.events_for_incident(d.db, d.actor, i),
    ),
    "previous_calls": (
        "handler",
        "inspector",
        lambda d, i: d.previous_calls(HistoryQuery(phone=PHONE)),
    ),
}


def _drill(desk: DatabaseDesk) -> Any:
    rows = desk.oversight_report("repeat-victims", now=NOW, settings=DEFAULT_SETTINGS)
    return desk.drill_down("repeat-victims", rows[0], now=NOW, settings=DEFAULT_SETTINGS)


def _world(db: Database) -> int:
    """A second administrator (so one can be changed), and a victim with three calls."""
    make_user(db, "a0", "admin")
    ids = [
        add_incident(
            db,
            f"R-{n}",
            days_ago=20 + n,
            phone=PHONE,
            address="4 Quarry Lane",
            people=[("victim", "Nina Example", dt.date(1985, 4, 5))],
            markers=[("phone", "high_risk")],
        )
        for n in range(3)
    ]
    return ids[0]


def _audit_events(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


@pytest.mark.parametrize("name", sorted(READS))
def test_a_disabled_account_reads_nothing(db: Database, private_folders: Path, name: str) -> None:
    role, _new, read = READS[name]
    incident_id = _world(db)
    desk = DatabaseDesk(db, make_user(db, "u1", role))
    read(desk, incident_id)  # the open window could read it a moment ago
    account_admin.disable(db, system_actor("test"), "u1")
    events = _audit_events(db)
    with pytest.raises(SessionEnded) as refused:
        read(desk, incident_id)
    assert str(refused.value) == messages.SESSION_DISABLED(username="u1")
    assert _audit_events(db) == events  # nothing consulted, nothing written


@pytest.mark.parametrize("name", sorted(READS))
def test_an_account_whose_role_changed_reads_nothing(
    db: Database, private_folders: Path, name: str
) -> None:
    role, new, read = READS[name]
    incident_id = _world(db)
    desk = DatabaseDesk(db, make_user(db, "u1", role))
    read(desk, incident_id)
    account_admin.set_role(db, system_actor("test"), "u1", new)
    events = _audit_events(db)
    with pytest.raises(SessionEnded) as refused:
        read(desk, incident_id)
    assert str(refused.value) == messages.SESSION_ROLE_CHANGED(username="u1", old=role, new=new)
    assert _audit_events(db) == events


def test_an_administrator_cannot_look_up_previous_calls(
    db: Database, private_folders: Path
) -> None:
    _world(db)
    admin = make_user(db, "a1", "admin")
    events = _audit_events(db)
    with pytest.raises(PermissionDenied) as refused:
        find_previous_calls(db, admin, HistoryQuery(phone=PHONE))
    assert str(refused.value) == messages.ROLE_CANNOT(role="admin", doing="look up previous calls")
    with pytest.raises(PermissionDenied):
        DatabaseDesk(db, admin).previous_calls(HistoryQuery(phone=PHONE))
    assert _audit_events(db) == events
    # a handler's look-up finds the three calls: the refusal is the role, not the query
    handler = make_user(db, "h1", "handler")
    assert len(find_previous_calls(db, handler, HistoryQuery(phone=PHONE)).exact) == 3


def _incidents(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Incident)).scalar_one())


def test_import_refuses_a_handler_and_writes_nothing(db: Database, private_folders: Path) -> None:
    handler = make_user(db, "h1", "handler")
    with pytest.raises(PermissionDenied) as refused:
        import_file(db, handler, EXPORT)
    assert str(refused.value) == messages.ROLE_CANNOT(role="handler", doing="import export files")
    assert _incidents(db) == 0
    admin = make_user(db, "a1", "admin")
    assert import_file(db, admin, EXPORT).imported > 0


@pytest.mark.parametrize("change", ["disable", "set_role"])
def test_import_stops_an_administrator_whose_account_changed(
    db: Database, private_folders: Path, change: str
) -> None:
    make_user(db, "a0", "admin")
    admin: Actor = make_user(db, "a1", "admin")
    if change == "disable":
        account_admin.disable(db, system_actor("test"), "a1")
    else:
        account_admin.set_role(db, system_actor("test"), "a1", "inspector")
    with pytest.raises(SessionEnded):
        import_file(db, admin, EXPORT)
    assert _incidents(db) == 0

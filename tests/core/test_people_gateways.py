"""Who a typed name may be, and the handler's confirmation, through both desks: on the
one database, and on a workstation online and offline (queued, then sent once, in order)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from builders import add_incident
from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.errors import BadInput
from callhandler.services.calls import NewCall
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson
from callhandler.sync.workstation import Workstation
from closure_helpers import Staff
from outage_helpers import events

DOB = dt.date(1991, 3, 4)
CALL = NewCall(phone="07700 900222", victim_name="Jane Example")


def on_record(database: Database) -> None:
    """Jane Example, born 04/03/1991, victim in one imported incident."""
    add_incident(
        database,
        "OLD-1",
        days_ago=10,
        phone="07700 900111",
        people=[("victim", "Jane Example", DOB)],
    )


def victim_of(db: Database, ref: str) -> int:
    with db.read() as session:
        incident = session.execute(select(Incident).where(Incident.ref == ref)).scalar_one()
        return next(p.person_id for p in incident.people if p.role == "victim")


def victim_count(db: Database, person_id: int) -> int:
    with db.read() as session:
        rows = session.execute(
            select(IncidentPerson.id).where(
                IncidentPerson.person_id == person_id, IncidentPerson.role == "victim"
            )
        ).all()
    return len(rows)


def test_both_gateways_online_offer_the_person_and_link_on_confirmation(
    db: Database, cache: Database, staff: Staff
) -> None:
    on_record(db)
    on_record(cache)  # the workstation's cache holds her as the server does (same ids)
    direct = DatabaseDesk(db, staff.handler)
    row = direct.open_call(CALL).value
    [known] = [
        c for c in direct.possible_people("Jane Example", exclude_incident=row.id) if c.incidents
    ]
    assert (known.dob, known.incidents, known.exact) == (DOB, 1, False)
    assert victim_of(db, row.ref) != known.person_id  # never linked without the handler
    version = direct.link_person(
        row.id, row.version, role="victim", person_id=known.person_id
    ).value
    assert version == row.version + 1 and victim_of(db, row.ref) == known.person_id

    ws = Workstation(db, cache, staff.handler, pull=None)
    gateway = WorkstationDesk(ws)
    other = gateway.open_call(CALL).value
    [offered] = [
        c for c in gateway.possible_people("Jane Example", exclude_incident=other.id) if c.incidents
    ]
    assert offered.person_id == known.person_id  # read from the cache
    version = gateway.link_person(
        other.id, other.version, role="victim", person_id=offered.person_id
    ).value
    assert version == other.version + 1 and ws.state().pending == 0
    assert victim_of(db, other.ref) == known.person_id
    assert victim_count(db, known.person_id) == 3
    assert len(events(db, "link_person")) == 2 and events(db, "offline_operation") == []


def test_offline_a_confirmed_person_is_linked_here_and_reaches_the_server_once_in_order(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    on_record(db)
    on_record(cache)
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    row = ws.open_call(CALL)  # opened offline: provisional, its victim a new person here
    found = ws.possible_people("Jane Example", exclude_incident=row.id)
    assert all(c.person_id > 0 for c in found)  # the person made offline is not offered
    [known] = [c for c in found if c.dob == DOB]
    version = ws.link_person(row.id, row.version, role="victim", person_id=known.person_id)
    assert version == row.version + 1
    assert victim_of(cache, row.ref) == known.person_id  # seen here at once
    assert [e.kind for e in ws.queued()] == ["open_incident", "link_person"]
    assert "link a person on record" in ws.queued()[1].describe()
    with pytest.raises(BadInput, match="while the server was unreachable"):
        ws.link_person(row.id, version, role="victim", person_id=-1_000_001)

    ws.server = db  # the network is back
    assert ws.tick(force=True).pending == 0
    assert ws.tick(force=True).conflicts == ()  # sent once
    with db.read() as session:
        ref = session.execute(select(Incident.ref).where(Incident.ref != "OLD-1")).scalar_one()
    assert victim_of(db, ref) == known.person_id
    assert victim_count(db, known.person_id) == 2
    assert len(events(db, "link_person")) == 1
    assert [json.loads(e.detail)["kind"] for e in events(db, "offline_operation")] == [
        "open_incident",
        "link_person",
    ]

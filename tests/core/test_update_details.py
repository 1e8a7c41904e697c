"""Correcting the details recorded when the incident was opened: who may, when, what is
re-pointed and audited, and the same through the workstation online and offline."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from callhandler.desk import DatabaseDesk, WorkstationDesk
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit, calls, lifecycle, signoff
from callhandler.services.calls import NewCall
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Person
from callhandler.sync import outbox
from callhandler.sync.gateway import retry_conflict
from callhandler.sync.workstation import Workstation
from closure_helpers import PASSWORD, Staff, to_awaiting_sign_off
from outage_helpers import CALL, events

TYPED = NewCall(
    phone="07700 900111",
    address="14 Mill Road",
    postcode="CB1 2AD",
    caller_name="Ann Caller",
    victim_name="Jane Example",
    suspect_name="John Example",
    summary="He is shouting outside the door.",
)
CORRECTED = replace(TYPED, phone="07700 900222", address="41 Mill Road", suspect_name="Jon Other")


def refs(db: Database, staff: Staff, **query: str) -> list[str]:
    found = find_previous_calls(db, staff.inspector, HistoryQuery(**query))
    return [c.incident_ref for c in found.exact]


def snapshot(db: Database, incident_id: int) -> tuple[object, ...]:
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        people = sorted((p.role, p.person.name) for p in incident.people)
        return (
            incident.version_id,
            incident.phone_id,
            incident.address_id,
            incident.summary,
            tuple(people),
        )


def test_a_corrected_address_and_number_file_the_incident_where_look_ups_find_it(
    db: Database, staff: Staff
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    assert refs(db, staff, address="14 Mill Road", postcode="CB1 2AD") == [row.ref]

    fixed = calls.update_call_details(db, staff.handler, row.id, row.version, CORRECTED)

    assert fixed.version == row.version + 1
    assert (fixed.address, fixed.phone, fixed.suspect) == (
        "41 Mill Road",
        "07700 900222",
        "Jon Other",
    )
    assert (fixed.victim, fixed.caller, fixed.status) == ("Jane Example", "Ann Caller", "open")
    assert refs(db, staff, address="41 Mill Road", postcode="CB1 2AD") == [row.ref]
    assert refs(db, staff, address="14 Mill Road", postcode="CB1 2AD") == []
    assert refs(db, staff, phone="07700 900222") == [row.ref]
    assert refs(db, staff, phone="07700 900111") == []
    [event] = events(db, "correct_details")
    detail = json.loads(event.detail)
    assert event.username == "h1" and event.entity_id == row.ref
    assert detail["changed"]["address"] == {"from": "14 Mill Road", "to": "41 Mill Road"}
    assert detail["changed"]["phone"] == {"from": "+447700900111", "to": "+447700900222"}
    assert detail["changed"]["suspect"] == {"from": "John Example", "to": "Jon Other"}
    assert set(detail["changed"]) == {"address", "phone", "suspect"}  # only what changed
    assert audit.verify(db).ok


def test_the_form_people_are_replaced_and_everyone_else_on_the_incident_stays(
    db: Database, staff: Staff
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    with db.write() as session:
        incident = session.get(Incident, row.id)
        assert incident is not None
        child = Person(name="Tom Child", name_key="tom child")
        incident.people.append(IncidentPerson(person=child, role="child"))
    no_victim = replace(TYPED, victim_name="", summary="He has gone; she is safe now.")

    version = calls.update_call_details(db, staff.handler, row.id, row.version, no_victim).version

    with db.read() as session:
        incident = session.get(Incident, row.id)
        assert incident is not None
        people = sorted((p.role, p.person.name) for p in incident.people)
        assert incident.summary == "He has gone; she is safe now."
    assert people == [("caller", "Ann Caller"), ("child", "Tom Child"), ("suspect", "John Example")]
    detail = json.loads(events(db, "correct_details")[0].detail)["changed"]
    assert detail["victim"] == {"from": "Jane Example", "to": None}
    assert "shouting" not in json.dumps(detail) and "safe now" not in json.dumps(detail)
    assert version == row.version + 1


def test_nothing_changed_writes_nothing_and_audits_nothing(db: Database, staff: Staff) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    before = snapshot(db, row.id)
    # Spacing and case are how it was typed, not a different place or person.
    same = replace(TYPED, address=" 14 mill road ", victim_name="JANE  example")
    again = calls.update_call_details(db, staff.handler, row.id, row.version, same)
    assert again.version == row.version and snapshot(db, row.id) == before
    assert events(db, "correct_details") == []


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (replace(TYPED, postcode="ZZ9 9ZZZ"), "not a UK postcode"),
        (replace(TYPED, address="x" * 100_000), "Too long"),
        (replace(TYPED, phone="", address="  "), "number or the address"),
        (replace(TYPED, phone="999"), "service number"),
    ],
)
def test_bad_input_is_refused_like_opening_and_nothing_changes(
    db: Database, staff: Staff, call: NewCall, words: str
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    before = snapshot(db, row.id)
    with pytest.raises(BadInput, match=words):
        calls.update_call_details(db, staff.handler, row.id, row.version, call)
    assert snapshot(db, row.id) == before and events(db, "correct_details") == []


def test_only_the_handler_of_the_incident_or_an_inspector_may_correct_it(
    db: Database, staff: Staff
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    before = snapshot(db, row.id)
    with pytest.raises(PermissionDenied, match="Only the handler who took"):
        calls.update_call_details(db, staff.handler2, row.id, row.version, CORRECTED)
    assert snapshot(db, row.id) == before
    fixed = calls.update_call_details(db, staff.inspector, row.id, row.version, CORRECTED)
    assert fixed.address == "41 Mill Road"
    assert events(db, "correct_details")[0].username == "i1"


def test_a_stale_version_is_a_concurrent_change_and_nothing_is_overwritten(
    db: Database, staff: Staff
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    moved = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC1"])
    before = snapshot(db, row.id)
    with pytest.raises(ConcurrentChange, match="NOT saved"):
        calls.update_call_details(db, staff.handler, row.id, row.version, CORRECTED)
    assert snapshot(db, row.id) == before
    # Dispatched is still the handler's to correct, on the version now seen.
    fixed = calls.update_call_details(db, staff.handler, row.id, moved, CORRECTED)
    assert (fixed.status, fixed.address) == ("dispatched", "41 Mill Road")


def test_after_submission_for_sign_off_and_once_finalised_a_note_is_the_way(
    db: Database, staff: Staff
) -> None:
    row = calls.open_incident(db, staff.handler, TYPED)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    before = snapshot(db, row.id)
    for actor in (staff.handler, staff.inspector):
        with pytest.raises(BadInput, match="awaiting sign-off.*add a note"):
            calls.update_call_details(db, actor, row.id, version, CORRECTED)
    version = signoff.finalise(db, staff.inspector2, row.id, version, password=PASSWORD)
    with pytest.raises(BadInput, match="finalised.*add a note"):
        calls.update_call_details(db, staff.inspector, row.id, version, CORRECTED)
    assert snapshot(db, row.id)[1:] == before[1:] and events(db, "correct_details") == []


# -- through the desks -------------------------------------------------------------------


def test_both_gateways_online_correct_the_incident_on_the_server(
    db: Database, cache: Database, staff: Staff
) -> None:
    direct = DatabaseDesk(db, staff.handler)
    row = direct.open_call(TYPED).value
    assert direct.update_details(row.id, row.version, CORRECTED).value.address == "41 Mill Road"

    ws = Workstation(db, cache, staff.handler, pull=None)
    other = WorkstationDesk(ws).open_call(TYPED).value
    fixed = WorkstationDesk(ws).update_details(other.id, other.version, CORRECTED).value
    assert fixed.ref == other.ref and fixed.version == other.version + 1
    assert ws.state().pending == 0
    assert sorted(refs(db, staff, address="41 Mill Road", postcode="CB1 2AD")) == sorted(
        [row.ref, other.ref]
    )
    assert len(events(db, "correct_details")) == 2 and events(db, "offline_operation") == []


def test_offline_a_correction_is_applied_here_then_reaches_the_server_once_in_order(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    row = ws.open_call(TYPED)  # opened offline: provisional
    fixed = ws.update_details(row.id, row.version, CORRECTED)
    assert fixed.ref == row.ref and fixed.address == "41 Mill Road"
    local = find_previous_calls(cache, staff.handler, HistoryQuery(phone="07700 900222"))
    assert [c.incident_ref for c in local.exact] == [row.ref]  # the cache already has it
    assert [e.kind for e in ws.queued()] == ["open_incident", "update_details"]
    with pytest.raises(BadInput, match="not a UK postcode"):  # refused now, never queued
        ws.update_details(row.id, fixed.version, replace(CORRECTED, postcode="ZZ9 9ZZZ"))
    assert ws.state().pending == 2

    ws.server = db  # the network is back
    assert ws.tick(force=True).pending == 0
    assert ws.tick(force=True).conflicts == ()  # sent once: nothing left to send again
    with db.read() as session:
        incident = session.execute(select(Incident)).scalar_one()
        ref = incident.ref
    assert refs(db, staff, address="41 Mill Road", postcode="CB1 2AD") == [ref]
    assert refs(db, staff, address="14 Mill Road", postcode="CB1 2AD") == []
    assert len(events(db, "correct_details")) == 1
    assert [json.loads(e.detail)["kind"] for e in events(db, "offline_operation")] == [
        "open_incident",
        "update_details",
    ]


def test_offline_a_correction_the_server_refuses_is_a_conflict_and_retry_uses_the_new_version(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    shared = calls.open_incident(db, staff.handler, CALL)  # opened online before the outage
    ws = Workstation(unreachable, cache, staff.handler, pull=None)
    ws.update_details(shared.id, shared.version, replace(CALL, address="99 Wrong Way"))
    # Meanwhile, on the server, the incident moves on.
    lifecycle.dispatch(db, staff.handler, shared.id, shared.version, grade=2, officers=["PC1"])

    ws.server = db
    state = ws.tick(force=True)
    [conflict] = state.conflicts
    assert conflict.kind == "update_details" and "NOT saved" in conflict.message
    assert "correct the call details" in conflict.describe()
    with db.read() as session:
        incident = session.get(Incident, shared.id)
        assert incident is not None and incident.address is not None
        assert incident.address.display == CALL.address  # nothing overwritten

    state = retry_conflict(ws, conflict.seq)  # the handler read it and confirms
    assert state.conflicts == () and state.pending == 0
    assert refs(db, staff, address="99 Wrong Way", postcode=CALL.postcode) == [shared.ref]
    assert [e.status for e in outbox.entries(cache)] == ["applied"]


@pytest.mark.backends("postgresql")  # a cache pulls only from a PostgreSQL server
def test_offline_a_correction_of_an_incident_the_cache_holds_is_seen_there_and_after_the_pull(
    db: Database, cache: Database, staff: Staff, unreachable: Database
) -> None:
    ws = Workstation(db, cache, staff.handler)
    row = ws.open_call(TYPED)
    ws.tick()  # the cache now holds the incident as the server has it

    ws.server = unreachable  # the outage
    fixed = ws.update_details(row.id, row.version, CORRECTED)
    assert (fixed.id, fixed.ref, fixed.version) == (row.id, row.ref, row.version + 1)
    assert refs(cache, staff, phone="07700 900222") == [row.ref]  # seen here at once
    assert refs(cache, staff, phone="07700 900111") == []
    assert ws.state().pending == 1

    ws.server = db
    for _ in range(2):  # sent, then the provisional rows tidied after the pull
        state = ws.tick(force=True)
    assert state.pending == 0 and state.conflicts == ()
    assert refs(db, staff, phone="07700 900222") == [row.ref]
    for database in (db, cache):
        assert refs(database, staff, phone="07700 900111") == []
        assert refs(database, staff, address="41 Mill Road", postcode="CB1 2AD") == [row.ref]
    with cache.read() as session:
        incident = session.get(Incident, row.id)
        assert incident is not None
        assert sorted((p.role, p.person.name) for p in incident.people) == [
            ("caller", "Ann Caller"),
            ("suspect", "Jon Other"),
            ("victim", "Jane Example"),
        ]
        assert incident.version_id == row.version + 1

"""The database keeps incidents and a finalised incident's records, whoever asks.

Measured before: ``DELETE FROM incidents`` succeeded and cascaded to the sign-offs, and a
finalised incident's checklist answers, sign-offs, transitions and people could be edited.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from callhandler.services.records import person_for
from callhandler.storage.closure_models import ChecklistAnswer, IncidentTransition, SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson

NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
CHILDREN = {
    "checklist_answers": "value_json = '\"no\"'",
    "sign_offs": "reason = 'changed later'",
    "incident_transitions": "username = 'someone-else'",
    "incident_people": "role = 'witness'",
}


def incident_with_records(db: Database, ref: str, *, finalised: bool) -> int:
    """A live incident with one row in each guarded table (then finalised, if asked)."""
    with db.write() as session:
        incident = Incident(
            ref=ref,
            opened_at=NOW,
            category="domestic abuse",
            domestic_abuse=True,
            risk_level="medium",
            children_present=False,
            status="awaiting_sign_off",
            summary="",
            source="live",
        )
        session.add(incident)
        victim = person_for(session, "Jane Example")
        assert victim is not None
        incident.people.append(IncidentPerson(person=victim, role="victim"))
        session.flush()
        session.add_all(
            [
                ChecklistAnswer(
                    incident_id=incident.id,
                    checklist_id="default",
                    checklist_version=1,
                    item_id="safeguarding_referral",
                    value_json='"yes"',
                    officer_collar="PC4521",
                    taken_by="h1",
                    taken_at=NOW,
                ),
                SignOff(incident_id=incident.id, inspector="i1", decision="finalised", at=NOW),
                IncidentTransition(
                    incident_id=incident.id,
                    action="finalise",
                    from_status="awaiting_sign_off",
                    to_status="finalised",
                    username="i1",
                    role="inspector",
                    at=NOW,
                ),
            ]
        )
        session.flush()
        if finalised:
            incident.status = "finalised"
        return incident.id


def count(db: Database, table: str, incident_id: int) -> int:
    with db.read_connection() as conn:
        return int(
            conn.execute(
                text(f"SELECT count(*) FROM {table} WHERE incident_id = :i"), {"i": incident_id}
            ).scalar_one()
        )


def test_incidents_are_never_deleted_and_their_sign_offs_stay(db: Database) -> None:
    finalised = incident_with_records(db, "CH-F", finalised=True)
    waiting = incident_with_records(db, "CH-W", finalised=False)
    for statement in ("DELETE FROM incidents", f"DELETE FROM incidents WHERE id = {waiting}"):
        with pytest.raises(Exception, match="never deleted"), db.write() as session:
            session.execute(text(statement))
    with db.read_connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM incidents")).scalar_one() == 2
    assert count(db, "sign_offs", finalised) == 1


@pytest.mark.parametrize("table", sorted(CHILDREN))
def test_a_finalised_incidents_records_refuse_update_and_delete(db: Database, table: str) -> None:
    finalised = incident_with_records(db, "CH-F", finalised=True)
    for statement in (
        f"UPDATE {table} SET {CHILDREN[table]} WHERE incident_id = {finalised}",
        f"DELETE FROM {table} WHERE incident_id = {finalised}",
    ):
        with pytest.raises(Exception, match="finalised incident cannot change"):
            with db.write() as session:
                session.execute(text(statement))
    assert count(db, table, finalised) == 1


@pytest.mark.parametrize("table", sorted(CHILDREN))
def test_no_record_moves_into_a_finalised_incident(db: Database, table: str) -> None:
    finalised = incident_with_records(db, "CH-F", finalised=True)
    waiting = incident_with_records(db, "CH-W", finalised=False)
    with pytest.raises(Exception, match="finalised incident cannot change"):
        with db.write() as session:
            session.execute(
                text(f"UPDATE {table} SET incident_id = :f WHERE incident_id = :w"),
                {"f": finalised, "w": waiting},
            )


@pytest.mark.parametrize("table", sorted(CHILDREN))
def test_an_unfinalised_incidents_records_may_still_change(db: Database, table: str) -> None:
    waiting = incident_with_records(db, "CH-W", finalised=False)
    with db.write() as session:
        session.execute(text(f"UPDATE {table} SET {CHILDREN[table]} WHERE incident_id = {waiting}"))
        session.execute(text(f"DELETE FROM {table} WHERE incident_id = {waiting}"))
    assert count(db, table, waiting) == 0


def test_an_incident_keeps_its_id(db: Database) -> None:
    waiting = incident_with_records(db, "CH-W", finalised=False)
    with pytest.raises(Exception, match="keeps its id"), db.write() as session:
        session.execute(text(f"UPDATE incidents SET id = -5 WHERE id = {waiting}"))


@pytest.mark.backends("sqlite")
def test_a_workstation_cache_may_drop_provisional_rows_and_follow_the_servers_people(
    db: Database,
) -> None:
    """A cache (SQLite, with sync state) removes the provisional copy of an incident opened
    offline (ids below zero) and applies the server's changes to people in any order."""
    finalised = incident_with_records(db, "CH-F", finalised=True)
    with db.write() as session:
        session.execute(
            text(
                "INSERT INTO incidents (id, ref, opened_at, category, domestic_abuse, "
                "risk_level, children_present, status, summary, source, version_id) VALUES "
                "(-1000001, 'PENDING-WS-0001', :at, 'x', 0, 'none', 0, 'open', '', 'live', 1)"
            ),
            {"at": NOW.replace(tzinfo=None)},
        )
        session.execute(text("DELETE FROM incidents WHERE id = -1000001"))
        session.execute(text("INSERT INTO sync_state (name, server, cursor) VALUES ('*', 'pg', 1)"))
        session.execute(text(f"DELETE FROM incident_people WHERE incident_id = {finalised}"))
    assert count(db, "incident_people", finalised) == 0
    assert count(db, "sign_offs", finalised) == 1

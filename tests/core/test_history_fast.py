"""The look-up's hot path (issue 18): few statements, one transaction, the audit intact."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from builders import add_incident
from callhandler.services import account_admin, accounts, audit, history
from callhandler.services.context import Actor, SessionEnded, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from outage_helpers import copy_of
from signin_helpers import PASSWORD

Q = history.HistoryQuery


def _handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def _history(db: Database) -> None:
    for n in range(4):
        add_incident(
            db,
            f"F-{n}",
            days_ago=30 + n,
            phone="07700 900321",
            address="Flat 1, 3 Orchard Way",
            postcode="CB1 2AD",
            people=[("victim", "Mary Sample", dt.date(1980, 2, 3))],
            markers=[("address", "high_risk_da_victim")] if n == 0 else [],
        )


def _consultations(db: Database) -> list[Any]:
    columns = (AuditEvent.detail, AuditEvent.entity_id, AuditEvent.username, AuditEvent.role)
    with db.read() as session:
        return list(
            session.execute(
                select(*columns, AuditEvent.workstation, AuditEvent.hash)
                .where(AuditEvent.action == "consultation")
                .order_by(AuditEvent.id)
            )
        )


def _statements(traced: list[str]) -> list[str]:
    """What SQLite ran, without trigger bodies and the repeat its trace shows for an
    INSERT ... RETURNING (one statement, reported once per step)."""
    found: list[str] = []
    for statement in traced:
        if not statement.startswith("--") and (not found or found[-1] != statement):
            found.append(statement)
    return found


def test_a_number_or_address_look_up_runs_a_dozen_statements_with_its_audit(
    sqlite_template: Path, tmp_path: Path, private_folders: Path
) -> None:
    db = copy_of(sqlite_template, tmp_path)
    try:
        handler = _handler(db)
        _history(db)
        seen: list[str] = []

        @event.listens_for(db.engine, "checkout")
        def _trace(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
            dbapi_conn.set_trace_callback(seen.append)

        by_number = history.find_previous_calls(db, handler, Q(phone="07700 900321"))
        number_statements = _statements(seen)
        seen.clear()
        by_address = history.find_previous_calls(
            db, handler, Q(address="flat 1, 3 orchard way", postcode="cb12ad")
        )
        address_statements = _statements(seen)
    finally:
        db.dispose()
    assert len(by_number.exact) == 4 and len(by_address.exact) == 4
    assert by_number.summary.markers and by_address.summary.markers  # the marker still shows
    # BEGIN IMMEDIATE, five for the look-up (the incidents' markers come with them, the
    # safety notes with the victims and suspects), two for the audit, COMMIT: was 16, then 11.
    assert len(number_statements) <= 9, number_statements
    assert len(address_statements) <= 9, address_statements
    assert not any(s.startswith("SELECT source_incident_id") for s in number_statements)
    assert number_statements[0].startswith("BEGIN IMMEDIATE")
    assert number_statements[-1] == "COMMIT"
    assert sum(s.startswith("INSERT INTO audit_events") for s in number_statements) == 1


def test_every_look_up_is_audited_with_what_was_asked_and_found_and_the_chain_verifies(
    db: Database, private_folders: Path
) -> None:
    handler = _handler(db)
    _history(db)
    history.find_previous_calls(db, handler, Q(phone="07700 900321"))
    history.find_previous_calls(db, handler, Q(address="3 Orchad Way Flat 1"))  # a typo
    history.find_previous_calls(db, handler, Q(phone="07700 900999"))  # never called
    events = _consultations(db)
    assert [json.loads(e.detail)["exact"] for e in events] == [4, 0, 0]
    assert json.loads(events[1].detail)["possible"] == 4
    assert [e.entity_id for e in events] == [
        "+447700900321",
        "FLAT 1 3 ORCHAD WAY",
        "+447700900999",
    ]
    assert {(e.username, e.role, e.workstation) for e in events} == {("h1", "handler", "ws-1")}
    result = audit.verify(db)
    assert result.ok, result.problem
    # The witness file holds a sealed checkpoint of the newest look-up's event.
    lines = (private_folders / "audit-witness.jsonl").read_text().splitlines()
    assert json.loads(lines[-1])["hash"] == events[-1].hash


def test_a_disabled_account_is_shown_nothing_and_the_refusal_says_so(
    db: Database, private_folders: Path
) -> None:
    handler = _handler(db)
    _history(db)
    account_admin.disable(db, system_actor(), "h1")
    with pytest.raises(SessionEnded, match="disabled"):
        history.find_previous_calls(db, handler, Q(phone="07700 900321"))
    assert _consultations(db) == []


def test_a_look_up_without_audit_writes_nothing(db: Database, private_folders: Path) -> None:
    handler = _handler(db)
    _history(db)
    result = history.find_previous_calls(
        db, handler, Q(phone="07700 900321"), audit_consultation=False
    )
    assert len(result.exact) == 4
    assert _consultations(db) == []

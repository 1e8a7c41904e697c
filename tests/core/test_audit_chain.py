"""The audit chain against someone with the database's rights: cut, emptied, forged, rehashed.

Each attack is made as the database owner would (the guards lifted, rows changed with plain
SQL); ``callhandler audit verify`` must report it with the first event concerned, exit
non-zero, and never crash on the rows it finds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from callhandler import cli
from callhandler.services import audit, audit_digest, audit_key, audit_witness, calls
from callhandler.services.audit_key import AuditKeyMismatch
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database

SQLITE_GUARDS = (
    "audit_events_no_update",
    "audit_events_no_delete",
    "audit_events_continue_chain",
    "audit_chain_fixed_update",
    "audit_chain_fixed_delete",
)
ACTOR = Actor(None, "h1", "H1", "handler", "ws-1")
WITNESS = audit_witness.WITNESS_FILE


@contextlib.contextmanager
def tampering(db: Database) -> Iterator[Connection]:
    """The owner lifts every guard of the audit tables (SQLite: drops them; PostgreSQL:
    disables them, enabled again before the commit) and changes rows by hand."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in SQLITE_GUARDS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            yield conn
            return
        for table in ("audit_events", "audit_chain"):
            conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        yield conn
        for table in ("audit_events", "audit_chain"):
            conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))


def write_events(db: Database, count: int) -> None:
    """``count`` events, each in a transaction of its own (one checkpoint each)."""
    for n in range(count):
        with db.write() as session:
            audit.record(session, ACTOR, "consultation", "history", f"+4477009001{n:02d}")


def rows(db: Database) -> list[dict[str, object]]:
    with db.read_connection() as conn:
        found = conn.execute(text("SELECT * FROM audit_events ORDER BY id")).mappings().all()
    return [dict(row) for row in found]


def run_verify(db_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["audit", "verify", "--db", db_url])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    return code, captured.out


def test_an_untouched_chain_is_intact_and_its_key_and_witness_are_private(
    db: Database, db_url: str, private_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 5)
    code, out = run_verify(db_url, capsys)
    assert code == 0, out
    assert "intact: 5 events, agreeing with 5 witnessed checkpoints" in out
    for path in (private_folders / "config" / "audit.secret", private_folders / WITNESS):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    # The key is not in the database: only a check value that says nothing about it.
    key = (private_folders / "config" / "audit.secret").read_text().strip()
    with db.read_connection() as conn:
        dumped = json.dumps([list(r) for r in conn.execute(text("SELECT * FROM audit_chain"))])
    assert key not in dumped and key not in json.dumps(rows(db), default=str)


def test_deleting_the_newest_twenty_events_is_reported_from_the_first_deleted(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 50)
    thirty_first = rows(db)[30]["id"]
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 30"))
    result = audit.verify(db)
    assert (result.first_broken_seq, result.first_broken_id) == (31, thirty_first)
    assert "events #31 to #50 are missing" in (result.problem or "")
    code, out = run_verify(db_url, capsys)
    assert code == 1
    assert f"BROKEN at event #31 (id {thirty_first})" in out


def test_deleting_the_newest_events_then_carrying_on_is_still_reported(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 40)
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 20"))
    write_events(db, 25)  # the application carries on: a valid chain, longer than before
    result = audit.verify(db)
    assert result.first_broken_seq == 21
    assert "not the event the witness saw at #21" in (result.problem or "")


def test_deleting_every_event_is_reported_from_the_first(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 12)
    first = rows(db)[0]["id"]
    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_events"))
    result = audit.verify(db)
    assert (result.first_broken_seq, result.first_broken_id) == (1, first)
    assert "the database holds no events" in (result.problem or "")
    code, out = run_verify(db_url, capsys)
    assert code == 1 and "BROKEN at event #1" in out


def test_a_forged_event_appended_by_plain_insert_is_reported(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 3)
    head = rows(db)[-1]
    # It continues from the head, so the database accepts it; without the key its hash can
    # only be a plain digest.
    forged = audit_digest.legacy_digest(
        str(head["prev_hash"]), dt.datetime.now(dt.UTC), {"action": "login"}
    )
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_events (seq, at, username, role, workstation, action, "
                "entity, entity_id, detail, prev_hash, hash) VALUES (4, :at, 'i1', "
                "'inspector', 'ws-9', 'sign_off', 'incident', 'CH1', '{}', :prev, :hash)"
            ),
            {"at": dt.datetime(2026, 11, 1, 12, 0), "prev": head["hash"], "hash": forged},
        )
    forged_id = rows(db)[-1]["id"]
    result = audit.verify(db)
    assert (result.first_broken_seq, result.first_broken_id) == (4, forged_id)
    assert "seal does not match" in (result.problem or "")
    code, out = run_verify(db_url, capsys)
    assert code == 1 and f"#4 (id {forged_id})" in out


def test_an_event_edited_with_the_chain_recomputed_after_it_is_reported(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 8)
    events = rows(db)
    edited = events[2]["id"]
    with tampering(db) as conn:
        prev = str(events[1]["hash"])
        for event in events[2:]:
            fields = {k: str(event[k]) for k in audit_fields()}
            if event["id"] == edited:
                fields["entity_id"] = "+447700900999"
            at = event["at"]
            stamp = dt.datetime.fromisoformat(at) if isinstance(at, str) else at
            assert isinstance(stamp, dt.datetime)
            digest = audit_digest.legacy_digest(prev, stamp.replace(tzinfo=dt.UTC), fields)
            conn.execute(
                text(
                    "UPDATE audit_events SET entity_id = :e, prev_hash = :p, hash = :h "
                    "WHERE id = :i"
                ),
                {"e": fields["entity_id"], "p": prev, "h": digest, "i": event["id"]},
            )
            prev = digest
    result = audit.verify(db)
    assert (result.first_broken_seq, result.first_broken_id) == (3, edited)
    code, out = run_verify(db_url, capsys)
    assert code == 1 and f"#3 (id {edited})" in out


def audit_fields() -> tuple[str, ...]:
    return ("username", "role", "workstation", "action", "entity", "entity_id", "detail")


@pytest.mark.backends("sqlite")  # PostgreSQL's timestamp column refuses such a value
def test_a_forged_event_with_a_malformed_time_is_reported_not_a_crash(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_events(db, 2)
    head = rows(db)[-1]
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_events (seq, at, username, role, workstation, action, "
                "entity, entity_id, detail, prev_hash, hash) VALUES (3, 'last tuesday', 'x', "
                "'admin', 'ws', 'login', 'user', 'x', '{}', :prev, 'f00d')"
            ),
            {"prev": head["hash"]},
        )
    result = audit.verify(db)
    assert result.first_broken_seq == 3
    assert "malformed" in (result.problem or "") and "last tuesday" in (result.problem or "")
    code, out = run_verify(db_url, capsys)
    assert code == 1 and "malformed" in out


@pytest.mark.backends("sqlite")
def test_rows_of_the_wrong_kind_are_reported_not_a_crash(db: Database) -> None:
    write_events(db, 2)
    with tampering(db) as conn:
        conn.execute(text("UPDATE audit_events SET seq = 'two', detail = x'00ff' WHERE seq = 2"))
    result = audit.verify(db)
    assert result.first_broken_seq == 2 and "malformed" in (result.problem or "")


def test_the_database_refuses_an_event_that_does_not_continue_from_the_head(
    db: Database,
) -> None:
    write_events(db, 2)
    head = rows(db)[-1]
    insert = text(
        "INSERT INTO audit_events (seq, at, username, role, workstation, action, entity, "
        "entity_id, detail, prev_hash, hash) VALUES (:seq, :at, 'x', 'admin', 'ws', 'login', "
        "'user', 'x', '{}', :prev, :hash)"
    )
    stamp = dt.datetime(2026, 11, 1, 12, 0)
    for seq, prev in (
        (3, audit_digest.GENESIS),
        (3, str(head["prev_hash"])),
        (5, str(head["hash"])),
    ):
        with pytest.raises(Exception, match="continue the chain"), db.engine.begin() as conn:
            conn.execute(
                insert, {"seq": seq, "at": stamp, "prev": prev, "hash": f"{seq}{prev}"[:64]}
            )
    assert len(rows(db)) == 2


def test_a_workstation_with_another_key_is_refused_before_it_writes(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_events(db, 1)
    monkeypatch.setenv(audit_key.KEY_ENV, "ab" * 32)
    with pytest.raises(AuditKeyMismatch, match="not the one this database"):
        calls.open_incident(db, ACTOR, calls.NewCall(phone="07700 900123"))
    with db.read_connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM incidents")).scalar_one() == 0
    result = audit.verify(db)
    assert not result.ok and "audit key here" in (result.problem or "")
    monkeypatch.delenv(audit_key.KEY_ENV)
    assert audit.verify(db).ok


def test_a_checkpoint_written_by_hand_into_the_witness_is_reported(
    db: Database, private_folders: Path
) -> None:
    write_events(db, 3)
    line = {
        "v": 1,
        "db": audit_witness.database_identity(db.url),
        "seq": 3,
        "id": 3,
        "hash": "0" * 64,
        "keyed_from": 0,
        "at": "2026-11-01T12:00:00+00:00",
        "why": "write",
        "seal": "1" * 64,
    }
    with (private_folders / WITNESS).open("a") as witness:
        witness.write(json.dumps(line) + "\n")
    result = audit.verify(db)
    assert not result.ok and "witness file was tampered with" in (result.problem or "")


def test_a_database_with_no_checkpoint_here_says_what_cannot_be_checked(
    db: Database, private_folders: Path
) -> None:
    write_events(db, 2)
    (private_folders / WITNESS).unlink()
    result = audit.verify(db)
    assert result.ok
    assert any("no checkpoint of this database" in note for note in result.notes)


def test_a_failed_write_witnesses_nothing(db: Database, private_folders: Path) -> None:
    write_events(db, 1)
    before = (private_folders / WITNESS).read_text()
    with pytest.raises(RuntimeError), db.write() as session:
        audit.record(session, system_actor(), "create", "user", "x")
        raise RuntimeError("the action failed after auditing")
    assert (private_folders / WITNESS).read_text() == before
    assert audit.verify(db).ok


def test_incidents_opened_are_witnessed_at_each_commit(db: Database, private_folders: Path) -> None:
    calls.open_incident(db, ACTOR, calls.NewCall(phone="07700 900123"))
    calls.open_incident(db, ACTOR, calls.NewCall(phone="07700 900124"))
    lines = [json.loads(x) for x in (private_folders / WITNESS).read_text().splitlines()]
    assert [(x["seq"], x["why"]) for x in lines] == [(1, "write"), (2, "write")]
    with db.read_connection() as conn:
        assert conn.execute(text("SELECT count(*) FROM incidents")).scalar_one() == 2

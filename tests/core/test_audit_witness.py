"""Where the audit chain's head is witnessed: at the upgrade that keys an older database's
chain, and at every workstation sync of a shared PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from test_audit_chain import WITNESS, tampering, write_events

from callhandler import cli
from callhandler.paths import app_paths
from callhandler.services import audit, audit_digest, audit_key, calls
from callhandler.services.context import Actor
from callhandler.storage import migrate
from callhandler.storage.engine import Database
from callhandler.sync.pull import sync_once
from sync_helpers import drop_database, pg_admin_url

ACTOR = Actor(None, "h1", "H1", "handler", "ws-1")
OLD_FIELDS = ("username", "role", "workstation", "action", "entity", "entity_id", "detail")
TODAY = dt.datetime.now(dt.UTC).strftime("%Y%m%d")


@pytest.fixture
def old_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """An empty database of the backend, for a schema older than the code."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    admin = pg_admin_url()
    assert admin
    name = f"callhandler_old_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    drop_database(engine, name)
    engine.dispose()


def database_at_0008_with_history(url: str) -> None:
    """Schema 0008 holding three events chained the old way (plain SHA-256, no key), a live
    incident numbered 5 today and an imported one numbered 7."""
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            cfg = migrate._config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0008")
            prev = audit_digest.GENESIS
            for n in range(3):
                at = dt.datetime(2026, 10, 1, 9, n, tzinfo=dt.UTC)
                fields = dict(
                    zip(
                        OLD_FIELDS,
                        ("old", "admin", "ws-0", "create", "user", f"u{n}", "{}"),
                        strict=True,
                    )
                )
                digest = audit_digest.legacy_digest(prev, at, fields)
                conn.execute(
                    text(
                        "INSERT INTO audit_events (at, username, role, workstation, action, "
                        "entity, entity_id, detail, prev_hash, hash) VALUES (:at, :username, "
                        ":role, :workstation, :action, :entity, :entity_id, :detail, :p, :h)"
                    ),
                    {"at": at.replace(tzinfo=None), **fields, "p": prev, "h": digest},
                )
                prev = digest
            for ref, source in ((f"CH{TODAY}-0005", "live"), (f"CH{TODAY}-0007", "import")):
                conn.execute(
                    text(
                        "INSERT INTO incidents (ref, opened_at, category, domestic_abuse, "
                        "risk_level, children_present, status, summary, source, version_id) "
                        "VALUES (:ref, :at, 'test', false, 'none', false, 'open', '', :s, 1)"
                    ),
                    {"ref": ref, "at": dt.datetime(2026, 10, 1, 9, 0), "s": source},
                )
    finally:
        db.dispose()


def witnessed(folder: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (folder / WITNESS).read_text().splitlines()]


def test_an_older_databases_events_are_declared_and_sealed_at_the_upgrade(
    old_url: str, private_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_at_0008_with_history(old_url)
    assert cli.main(["db", "upgrade", "--db", old_url]) == 0
    assert "Audit key:" in capsys.readouterr().out
    # The upgrade's checkpoint says where keying began.
    [keyed] = witnessed(private_folders)
    assert (keyed["why"], keyed["seq"], keyed["keyed_from"]) == ("keyed", 3, 3)
    db = Database(old_url)
    try:
        write_events(db, 2)  # keyed from here on
        result = audit.verify(db)
        assert result.ok, result.problem
        assert result.events_checked == 5
        assert any("#1 to #3 were written before the audit key" in n for n in result.notes)
        # Live numbering carries on after the live 5 and steps over the imported 7.
        refs = [calls.open_incident(db, ACTOR, calls.NewCall(phone="07700 900123")).ref]
        refs.append(calls.open_incident(db, ACTOR, calls.NewCall(phone="07700 900124")).ref)
        assert refs == [f"CH{TODAY}-0006", f"CH{TODAY}-0008"]
    finally:
        db.dispose()


def test_an_old_event_edited_with_the_old_chain_recomputed_is_reported(
    old_url: str, private_folders: Path
) -> None:
    database_at_0008_with_history(old_url)
    assert cli.main(["db", "upgrade", "--db", old_url]) == 0
    db = Database(old_url)
    try:
        write_events(db, 1)
        with db.read_connection() as conn:
            old = conn.execute(text("SELECT * FROM audit_events ORDER BY id")).mappings().all()
        with tampering(db) as conn:
            prev = str(old[0]["hash"])
            for event in old[1:3]:  # the second and third old events, the plain way
                fields = {k: str(event[k]) for k in OLD_FIELDS}
                fields["entity_id"] = "someone-else" if event["seq"] == 2 else fields["entity_id"]
                at = event["at"]
                stamp = dt.datetime.fromisoformat(at) if isinstance(at, str) else at
                digest = audit_digest.legacy_digest(prev, stamp.replace(tzinfo=dt.UTC), fields)
                conn.execute(
                    text(
                        "UPDATE audit_events SET entity_id = :e, prev_hash = :p, hash = :h WHERE id = :i"
                    ),
                    {"e": fields["entity_id"], "p": prev, "h": digest, "i": event["id"]},
                )
                prev = digest
        result = audit.verify(db)
        assert result.first_broken_seq == 3
        assert "no longer has the hash declared" in (result.problem or "")
    finally:
        db.dispose()


def test_moving_the_keyed_point_to_pass_off_a_forged_event_is_reported(
    old_url: str, private_folders: Path
) -> None:
    database_at_0008_with_history(old_url)
    assert cli.main(["db", "upgrade", "--db", old_url]) == 0
    db = Database(old_url)
    try:
        with db.read_connection() as conn:
            head = conn.execute(text("SELECT hash FROM audit_events WHERE seq = 3")).scalar_one()
        at = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
        fields = dict(
            zip(
                OLD_FIELDS,
                ("i1", "inspector", "ws", "sign_off", "incident", "CH1", "{}"),
                strict=True,
            )
        )
        forged = audit_digest.legacy_digest(head, at, fields)
        with tampering(db) as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_events (seq, at, username, role, workstation, action, "
                    "entity, entity_id, detail, prev_hash, hash) VALUES (4, :at, :username, "
                    ":role, :workstation, :action, :entity, :entity_id, :detail, :p, :h)"
                ),
                {"at": at.replace(tzinfo=None), **fields, "p": head, "h": forged},
            )
            conn.execute(
                text("UPDATE audit_chain SET legacy_count = 4, legacy_head = :h"), {"h": forged}
            )
        result = audit.verify(db)
        assert result.first_broken_seq == 4
        assert "re-declared" in (result.problem or "")
    finally:
        db.dispose()


@pytest.mark.backends("postgresql")  # a workstation cache syncs only from PostgreSQL
def test_each_sync_witnesses_the_servers_head_so_a_later_cut_is_reported(
    db: Database,
    db_url: str,
    cache: Database,
    tmp_path: Path,
    private_folders: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(audit_key.KEY_ENV, "cd" * 32)  # the control room's one key
    other = Database(db_url)  # another workstation, with a witness of its own
    audit_key.attach(other, app_paths(tmp_path / "other-workstation"))
    try:
        write_events(other, 10)
    finally:
        other.dispose()
    assert not (private_folders / WITNESS).exists()  # this workstation wrote nothing
    assert sync_once(db, cache).complete
    [synced] = witnessed(private_folders)
    assert (synced["why"], synced["seq"]) == ("sync", 10)
    assert sync_once(db, cache).complete  # nothing moved: no second line
    assert len(witnessed(private_folders)) == 1

    with tampering(db) as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 4"))
    result = audit.verify(db)
    assert result.first_broken_seq == 5
    assert "(sync)" in (result.problem or "")

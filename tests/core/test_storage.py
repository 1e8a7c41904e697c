"""The database under bad conditions: too new, corrupt, locked, read-only, full, wrong URL."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, func, inspect, select, text

from callhandler.errors import BadInput, DatabaseError, DatabaseLocked, DatabaseTooNew
from callhandler.services import accounts, calls
from callhandler.services.context import Actor, system_actor
from callhandler.services.database import open_database
from callhandler.storage.engine import Database, parse_url
from callhandler.storage.migrate import code_head, database_revision, upgrade
from callhandler.storage.models import Incident
from signin_helpers import PASSWORD

EXPECTED_TABLES = {
    "users",
    "addresses",
    "phones",
    "people",
    "incidents",
    "incident_people",
    "markers",
    "audit_events",
    "alembic_version",
}


def _handler(db: Database) -> Actor:
    accounts.create_user(db, system_actor(), "h1", "Handler One", "handler", PASSWORD)
    return accounts.authenticate(db, "h1", PASSWORD, "ws", failure_delay_s=0)


def test_migrations_build_every_table_on_an_empty_database(db: Database) -> None:
    with db.engine.connect() as conn:
        assert EXPECTED_TABLES <= set(inspect(conn).get_table_names())
    assert database_revision(db) == code_head()


def test_migrating_twice_changes_nothing(db: Database) -> None:
    upgrade(db)
    assert database_revision(db) == code_head()


def test_a_database_newer_than_the_code_is_refused_and_left_alone(db: Database) -> None:
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew) as err:
        upgrade(db)
    assert "newer version" in str(err.value)
    assert database_revision(db) == "9999_future"


def test_sqlite_file_is_private_wal_and_enforces_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = open_database(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(DatabaseError), db.write() as session:
        session.execute(
            text(
                "INSERT INTO incident_people (incident_id, person_id, role) VALUES (999, 999, 'victim')"
            )
        )
    db.dispose()


def test_write_sessions_take_the_lock_at_begin(tmp_path: Path) -> None:
    """BEGIN IMMEDIATE: a second writer waits instead of failing half-way through."""
    db = open_database(f"sqlite:///{tmp_path / 'w.sqlite3'}")
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.write() as session:
        session.execute(select(func.count()).select_from(Incident))
    assert any(s.startswith("BEGIN IMMEDIATE") for s in statements)
    db.dispose()


def test_a_corrupt_file_is_reported_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite3"
    junk = b"this is not a database\x00" * 500
    path.write_bytes(junk)
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "not a readable callhandler database" in str(err.value)
    assert path.read_bytes() == junk


def test_another_applications_sqlite_file_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{path}")
    assert "not a callhandler database" in str(err.value)
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"recipes"}


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as err:
        open_database(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'x.sqlite3'}")
    assert "does not exist" in str(err.value)


@pytest.mark.parametrize(
    "url", ["mysql://u@h/db", "oracle://x", "not a url at all", "postgresql+asyncpg://u@h/db"]
)
def test_an_unknown_database_scheme_is_bad_input(url: str) -> None:
    with pytest.raises(BadInput) as err:
        parse_url(url)
    assert "use " in str(err.value) and "postgresql+psycopg://" in str(err.value)


def test_a_locked_database_gives_a_clear_message_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    setup = open_database(f"sqlite:///{path}")
    actor = _handler(setup)
    first = calls.open_incident(setup, actor, calls.NewCall(phone="07700 900111"))
    setup.dispose()

    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    db = Database(f"sqlite:///{path}", busy_timeout_ms=150)
    with pytest.raises(DatabaseLocked) as err:
        calls.open_incident(db, actor, calls.NewCall(phone="07700 900222"))
    assert "locked by another program" in str(err.value)
    holder.rollback()
    holder.close()
    assert [r.ref for r in calls.shift_incidents(db, actor)] == [first.ref]
    db.dispose()


def test_a_second_writer_waits_for_the_first(tmp_path: Path) -> None:
    path = tmp_path / "queue.sqlite3"
    db = open_database(f"sqlite:///{path}")
    actor = _handler(db)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, holder.rollback)
    release.start()
    row = calls.open_incident(db, actor, calls.NewCall(phone="07700 900333"))
    release.join()
    assert row.phone == "07700 900333"
    holder.close()
    db.dispose()


def test_a_read_only_database_says_so_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    setup = open_database(f"sqlite:///{path}")
    actor = _handler(setup)
    calls.open_incident(setup, actor, calls.NewCall(phone="07700 900444"))
    setup.dispose()
    readonly = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(DatabaseError) as err:
        calls.open_incident(readonly, actor, calls.NewCall(phone="07700 900555"))
    assert "read-only" in str(err.value)
    assert len(calls.shift_incidents(readonly, actor)) == 1
    readonly.dispose()


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(tmp_path: Path) -> None:
    path = tmp_path / "full.sqlite3"
    db = open_database(f"sqlite:///{path}")
    actor = _handler(db)
    kept = calls.open_incident(db, actor, calls.NewCall(phone="07700 900666"))
    db.dispose()
    # SQLITE_FULL without filling the machine's disk: cap the file at its current size.
    full = Database(f"sqlite:///{path}")
    event.listen(
        full.engine,
        "connect",
        lambda conn, _rec: conn.execute(
            f"PRAGMA max_page_count = {path.stat().st_size // 4096 + 1}"
        ),
    )
    huge = "x" * 200_000
    with pytest.raises(DatabaseError) as err:
        calls.open_incident(full, actor, calls.NewCall(phone="07700 900777", summary=huge * 5))
    assert "full" in str(err.value)
    assert [r.ref for r in calls.shift_incidents(full, actor)] == [kept.ref]
    full.dispose()

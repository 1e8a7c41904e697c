"""Alembic migrations: refuse a database newer than this code; who may migrate.

- An embedded SQLite file (or a workstation cache) is migrated when opened (``prepare``).
- A shared PostgreSQL is migrated only by an administrator, ``callhandler db upgrade``
  (``upgrade``), under a session advisory lock so several started at once never race;
  a workstation that finds it behind refuses to start with that command in the message.
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from callhandler.errors import DatabaseError, DatabaseTooNew
from callhandler.storage.engine import Database, translate_errors
from callhandler.storage.sync_models import MIGRATION_LOCK_KEY


class DatabaseBehind(DatabaseError):
    """A shared database older than this code: an administrator must migrate it."""


def _config() -> Config:
    cfg = Config()
    location = resources.files("callhandler.storage") / "migrations"
    cfg.set_main_option("script_location", str(location))
    return cfg


def code_head() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def database_revision(db: Database) -> str | None:
    with translate_errors(db), db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(db: Database) -> None:
    """Raise DatabaseTooNew when the database carries a revision this code does not know."""
    current = database_revision(db)
    if current is None:
        return
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise DatabaseTooNew(
            f"The database {db.describe()} was created by a newer version of callhandler "
            f"(schema {current}; this version knows up to {code_head()}). It has not been "
            "opened or changed. Install the newer version, or choose another database."
        )


def upgrade(db: Database) -> str | None:
    """Bring the database to the code's schema; refuse one that is newer.

    On PostgreSQL the work runs under ``pg_advisory_lock``: a second administrator (or
    process) waits, then finds the schema at head and does nothing. Returns the revision
    found (under the lock) before migrating.
    """
    check_not_newer(db)
    with translate_errors(db):
        if db.is_sqlite:
            with db.engine.connect() as probe:
                tables = set(inspect(probe).get_table_names())
            if tables and "alembic_version" not in tables:
                raise DatabaseError(
                    f"The file {db.describe()} holds tables that are not a callhandler "
                    "database. It was not changed: choose another file."
                )
            with db.engine.begin() as conn:
                return _run(conn)
        with db.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            conn.commit()
            try:
                with conn.begin():
                    return _run(conn)
            finally:
                conn.rollback()
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                conn.commit()


def _run(conn: Connection) -> str | None:
    before = MigrationContext.configure(conn).get_current_revision()
    cfg = _config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    return before


def prepare(db: Database) -> None:
    """At start: migrate an SQLite file; a shared PostgreSQL must already be at head."""
    if db.is_sqlite:
        upgrade(db)
        return
    check_not_newer(db)
    current = database_revision(db)
    head = code_head()
    if current != head:
        state = f"at schema {current}" if current else "empty (no callhandler schema)"
        raise DatabaseBehind(
            f"The shared database {db.describe()} is {state}; this version of callhandler "
            f"needs schema {head}. It has not been changed: workstations never migrate a "
            "shared database. An administrator runs "
            f"`callhandler db upgrade --db {db.describe()}` once, then workstations start."
        )


def status(db: Database) -> dict[str, str | bool | None]:
    """The database's schema revision and this code's, for ``callhandler db status``."""
    current = database_revision(db)
    head = code_head()
    return {
        "database": db.describe(),
        "current": current,
        "code": head,
        "up_to_date": current == head,
    }

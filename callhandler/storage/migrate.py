"""Apply Alembic migrations at start and refuse a database newer than this code."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from callhandler.errors import DatabaseError, DatabaseTooNew
from callhandler.storage.engine import Database, translate_errors


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


def upgrade(db: Database) -> None:
    """Bring the database to the code's schema; refuse one that is newer."""
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
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

"""Helpers for the PostgreSQL-only sync tests (importable from any test folder, unlike
conftest, whose module name is ambiguous once tests/ui/conftest.py is collected too)."""

from __future__ import annotations

import os

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import ProgrammingError

from callhandler.storage.migrate import code_head

PG_ENV = "CALLHANDLER_TEST_PG"


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def empty_pg(url: str) -> None:
    """Every table emptied (ids restarted), the schema revision put back to head."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            tables = (
                conn.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        "AND tablename <> 'alembic_version'"
                    )
                )
                .scalars()
                .all()
            )
            if tables:
                conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            # A test may have pretended the schema is newer: put the real head back.
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": code_head()})
    finally:
        engine.dispose()


def drop_database(admin: Engine, name: str) -> None:
    """Drop a test database, ending its connections. As a non-superuser, WITH (FORCE) is
    refused while an autovacuum worker happens to be in that database (PostgreSQL 15 asks
    for the right to signal it); a plain DROP DATABASE stops such a worker itself."""
    with admin.connect() as conn:
        try:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except ProgrammingError as exc:
            if "pg_signal_backend" not in str(exc):
                raise
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))

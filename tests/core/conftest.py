"""Fixtures shared by the core workstation tests (outbox, workstation, corrections):
a local cache of their own, a server that refuses connections, and the four staff."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.storage.engine import Database
from callhandler.sync.workstation import server_database
from closure_helpers import Staff, make_staff
from outage_helpers import closed_port_url, copy_of


@pytest.fixture
def staff(db: Database) -> Staff:
    """h1/h2 handlers and i1/i2 inspectors on the test's database (a module may define its own)."""
    return make_staff(db)


@pytest.fixture
def cache(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A workstation's local cache: a migrated SQLite file of its own (shadows pytest's cache)."""
    database = copy_of(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def unreachable() -> Iterator[Database]:
    """A PostgreSQL URL on a closed local port: every connection is refused at once."""
    server = server_database(closed_port_url())
    yield server
    server.dispose()

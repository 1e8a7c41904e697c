"""Accounts for tests: passwords the password rules accept, and signing a command in."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from callhandler.paths import app_paths
from callhandler.services import accounts, audit_key
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database

# Long, not common, contains no test username.
PASSWORD = "Tawny-Owl-Lantern-93"
USER_ENV = "CALLHANDLER_USER"
PASSWORD_ENV = "CALLHANDLER_PASSWORD"


def password_for(username: str) -> str:
    """A password of its own for each test user (so one user's never opens another's)."""
    return f"Tawny-Owl-{hashlib.sha256(username.encode()).hexdigest()[:8]}"


def make_user(db: Database, username: str, role: str, *, workstation: str = "ws-test") -> Actor:
    """Create the account (as the program) and sign it in."""
    accounts.create_user(db, system_actor("test"), username, username.title(), role, PASSWORD)
    return accounts.authenticate(db, username, PASSWORD, workstation, failure_delay_s=0)


def credentials(username: str, password: str = PASSWORD) -> dict[str, str]:
    """The environment that signs a ``callhandler`` command in as ``username``."""
    return {USER_ENV: username, PASSWORD_ENV: password}


def sign_in_as(
    monkeypatch: pytest.MonkeyPatch,
    db_url: str,
    username: str,
    role: str,
    *,
    data_dir: str | Path | None = None,
) -> None:
    """Create the account in ``db_url`` and sign the in-process ``main([...])`` commands
    of this test in as it (the variables a script would set). ``data_dir``: the one the
    commands are given, whose audit key the account's creation must be written with."""
    db = Database(db_url)
    if data_dir is not None:
        audit_key.attach(db, app_paths(data_dir))
    try:
        accounts.create_user(db, system_actor("test"), username, username.title(), role, PASSWORD)
    finally:
        db.dispose()
    for name, value in credentials(username).items():
        monkeypatch.setenv(name, value)

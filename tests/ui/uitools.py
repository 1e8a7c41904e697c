"""Helpers shared by the UI tests (imported as a plain module: tests/ui is on sys.path)."""

from __future__ import annotations

from callhandler.services import accounts
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from signin_helpers import password_for

__all__ = ["WAIT_MS", "make_actor", "password_for"]

WAIT_MS = 10_000  # generous: a worker job takes milliseconds, but CI machines stall


def make_actor(db: Database, username: str, role: str, workstation: str = "ws-test") -> Actor:
    """Create an account (its password: ``password_for(username)``) and sign it in (no
    failure delay: tests must be fast)."""
    password = password_for(username)
    accounts.create_user(db, system_actor("test"), username, username.title(), role, password)
    return accounts.authenticate(db, username, password, workstation, failure_delay_s=0)

"""Sign-in throttled and locked out in the database, per account and per workstation; the
audit never keeps what was typed into the username box (issue 13)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import Row, select

from callhandler.errors import AuthenticationFailed
from callhandler.services import account_admin, accounts, signin
from callhandler.services.accounts import AccountLocked
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from signin_helpers import PASSWORD, make_user

T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def _wrong(db: Database, username: str, workstation: str, now: dt.datetime) -> str:
    with pytest.raises(AuthenticationFailed) as err:
        accounts.authenticate(
            db, username, "not-the-password", workstation, failure_delay_s=0, now=now
        )
    return str(err.value)


def _events(db: Database) -> list[Row[Any]]:
    with db.read() as session:
        return list(
            session.execute(
                select(
                    AuditEvent.action,
                    AuditEvent.username,
                    AuditEvent.role,
                    AuditEvent.workstation,
                    AuditEvent.entity_id,
                    AuditEvent.detail,
                ).order_by(AuditEvent.id)
            )
        )


def test_thirty_wrong_passwords_then_the_right_one_is_locked_out(db: Database) -> None:
    make_user(db, "h1", "handler")
    for n in range(30):
        _wrong(db, "h1", f"ws-{n % 3}", T0 + dt.timedelta(seconds=n))
    later = T0 + dt.timedelta(seconds=31)
    with pytest.raises(AccountLocked) as err:
        accounts.authenticate(db, "h1", PASSWORD, "ws-0", failure_delay_s=0, now=later)
    assert "locked until" in str(err.value)
    # Counted in the database: another workstation (another process) is refused too.
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "h1", PASSWORD, "ws-elsewhere", failure_delay_s=0, now=later)
    actions = [e.action for e in _events(db)]
    assert actions.count("login_failed") == 5  # then refused without checking the password
    assert actions.count("login_refused") == 27
    # The lock ends by itself after 15 minutes (tries while locked do not extend it) …
    after = T0 + dt.timedelta(seconds=4) + signin.LOCK_FOR + dt.timedelta(seconds=1)
    assert accounts.authenticate(db, "h1", PASSWORD, "ws-0", failure_delay_s=0, now=after)


def test_five_failures_lock_the_account_and_an_administrator_unlocks_it(db: Database) -> None:
    admin = make_user(db, "boss", "admin")
    make_user(db, "h1", "handler")
    for n in range(signin.ACCOUNT_LIMIT):
        _wrong(db, "h1", "ws-1", T0 + dt.timedelta(minutes=n))
    now = T0 + dt.timedelta(minutes=5)
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0, now=now)
    assert account_admin.unlock(db, admin, username="h1")
    assert accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0, now=now)
    unlock = [e for e in _events(db) if e.action == "unlock"]
    assert len(unlock) == 1 and unlock[0].username == "boss"


def test_failures_spread_over_more_than_the_window_do_not_lock(db: Database) -> None:
    make_user(db, "h1", "handler")
    for n in range(3 * signin.ACCOUNT_LIMIT):
        _wrong(db, "h1", f"ws-{n}", T0 + n * (signin.WINDOW / (signin.ACCOUNT_LIMIT - 1)))
    later = T0 + 3 * signin.ACCOUNT_LIMIT * signin.WINDOW
    assert accounts.authenticate(db, "h1", PASSWORD, "ws-x", failure_delay_s=0, now=later)


def test_a_workstation_trying_many_usernames_is_locked_for_everyone_on_it(db: Database) -> None:
    admin = make_user(db, "boss", "admin")
    make_user(db, "h1", "handler")
    for n in range(signin.WORKSTATION_LIMIT):
        _wrong(db, f"guess{n}", "ws-spray", T0 + dt.timedelta(seconds=n))
    now = T0 + dt.timedelta(minutes=1)
    with pytest.raises(AccountLocked) as err:
        accounts.authenticate(db, "h1", PASSWORD, "ws-spray", failure_delay_s=0, now=now)
    assert "workstation" in str(err.value)
    # The account itself is not locked: from another workstation it signs in.
    assert accounts.authenticate(db, "h1", PASSWORD, "ws-2", failure_delay_s=0, now=now)
    assert account_admin.unlock(db, admin, workstation="ws-spray")
    assert accounts.authenticate(db, "h1", PASSWORD, "ws-spray", failure_delay_s=0, now=now)


def test_a_password_typed_in_the_username_box_is_not_in_the_audit_log(db: Database) -> None:
    make_user(db, "h1", "handler")
    typed = "Secret-Tawny-Owl-77"  # the password, typed where the username goes
    for username in (typed, typed.lower(), "  " + typed):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, username, "", "ws-1", failure_delay_s=0)
    failed = [e for e in _events(db) if e.action == "login_failed"]
    assert len(failed) == 3
    for event in failed:
        whole = json.dumps(
            [event.username, event.entity_id, event.detail, event.role, event.workstation]
        ).lower()
        assert typed.lower() not in whole and "tawny" not in whole
        assert event.username == accounts.UNKNOWN_USER
        assert json.loads(event.detail)["reason"] == "unknown user"


def test_a_wrong_password_at_a_signature_counts_towards_the_lock(db: Database) -> None:
    inspector = make_user(db, "i1", "inspector")
    for _ in range(signin.ACCOUNT_LIMIT):
        with pytest.raises(AuthenticationFailed):
            accounts.confirm_password(
                db, inspector, "guess", purpose="signature", failure_delay_s=0
            )
    with pytest.raises(AccountLocked):
        accounts.confirm_password(db, inspector, PASSWORD, purpose="signature", failure_delay_s=0)
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "i1", PASSWORD, "ws", failure_delay_s=0)


def test_a_success_clears_the_accounts_count(db: Database) -> None:
    make_user(db, "h1", "handler")
    for round_ in range(3):
        for n in range(signin.ACCOUNT_LIMIT - 1):
            _wrong(db, "h1", "ws-1", T0 + dt.timedelta(seconds=10 * round_ + n))
        now = T0 + dt.timedelta(seconds=10 * round_ + 9)
        assert accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0, now=now)


def test_a_disabled_account_with_the_right_password_is_refused_like_a_wrong_one(
    db: Database,
) -> None:
    admin = make_user(db, "boss", "admin")
    make_user(db, "h1", "handler")
    account_admin.disable(db, admin, "h1")
    message = _wrong(db, "h1", "ws-1", T0)
    with pytest.raises(AuthenticationFailed) as err:
        accounts.authenticate(db, "h1", PASSWORD, "ws-1", failure_delay_s=0)
    assert str(err.value) == message  # says nothing about the account existing
    assert not isinstance(err.value, AccountLocked)
    assert system_actor().is_system

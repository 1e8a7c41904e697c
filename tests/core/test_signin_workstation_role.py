"""PostgreSQL: signing in, locking out and administering accounts work as the workstations'
least-privilege role (no DELETE on the sign-in tables is needed), and the lock-out counts
failures from two workstations at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from callhandler import cli
from callhandler.errors import AuthenticationFailed
from callhandler.services import account_admin, accounts, cli_tokens, signin
from callhandler.services.accounts import AccountLocked
from callhandler.storage.engine import Database
from callhandler.storage.roles import WORKSTATION_ROLE
from signin_helpers import PASSWORD, make_user

pytestmark = pytest.mark.backends("postgresql")
LOGIN = "callhandler_ws_signin_test"
LOGIN_PASSWORD = "ws-signin-test-only"


@pytest.fixture
def workstation(db_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[Database]:
    """The shared database after ``db upgrade``, opened as a workstation's login role."""
    assert cli.main(["db", "upgrade", "--db", db_url]) == 0
    if f"Workstation role {WORKSTATION_ROLE}" not in capsys.readouterr().out:
        pytest.fail("db upgrade could not create the workstation role (needs CREATEROLE)")
    owner = create_engine(db_url)
    try:
        with owner.begin() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": LOGIN})
            verb = "ALTER" if exists.first() else "CREATE"
            conn.execute(text(f"{verb} ROLE {LOGIN} LOGIN PASSWORD '{LOGIN_PASSWORD}'"))
            conn.execute(text(f"GRANT {WORKSTATION_ROLE} TO {LOGIN}"))
    finally:
        owner.dispose()
    url = make_url(db_url).set(username=LOGIN, password=LOGIN_PASSWORD)
    database = Database(url.render_as_string(hide_password=False))
    yield database
    database.dispose()


def test_sign_in_lock_out_and_administration_as_the_workstation_role(
    workstation: Database,
) -> None:
    admin = make_user(workstation, "boss", "admin")
    handler = make_user(workstation, "h1", "handler")
    token, _ = cli_tokens.issue(workstation, handler)
    for _ in range(signin.ACCOUNT_LIMIT):
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(workstation, "h1", "wrong-guess", "ws-1", failure_delay_s=0)
    with pytest.raises(AccountLocked):
        accounts.authenticate(workstation, "h1", PASSWORD, "ws-1", failure_delay_s=0)
    assert account_admin.unlock(workstation, admin, username="h1")
    account_admin.set_role(workstation, admin, "h1", "inspector")
    account_admin.disable(workstation, admin, "h1")
    with pytest.raises(AuthenticationFailed):
        cli_tokens.actor_for(workstation, token, "ws-test")
    account_admin.enable(workstation, admin, "h1")
    assert accounts.authenticate(workstation, "h1", PASSWORD, "ws-1", failure_delay_s=0)


def test_failures_from_two_workstations_at_once_are_all_counted(db: Database) -> None:
    make_user(db, "h1", "handler")
    other = Database(db.url.render_as_string(hide_password=False))
    barrier = threading.Barrier(2)
    failures: list[Exception] = []

    def guess(database: Database, workstation: str) -> None:
        barrier.wait()
        for _ in range(3):
            try:
                accounts.authenticate(database, "h1", "wrong-guess", workstation, failure_delay_s=0)
            except AuthenticationFailed as exc:
                failures.append(exc)

    threads = [
        threading.Thread(target=guess, args=(db, "ws-a")),
        threading.Thread(target=guess, args=(other, "ws-b")),
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        other.dispose()
    assert len(failures) == 6
    # Five counted failures lock the account: the sixth try, whichever it was, was refused
    # as locked (or was itself the fifth), and the right password is refused now.
    with pytest.raises(AccountLocked):
        accounts.authenticate(db, "h1", PASSWORD, "ws-c", failure_delay_s=0)

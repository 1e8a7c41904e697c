"""Sign-in with Argon2id and the tamper-evident audit log."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import accounts, audit, calls
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, User
from signin_helpers import PASSWORD


def test_passwords_are_stored_as_argon2id_hashes(db: Database) -> None:
    accounts.create_user(db, system_actor(), "insp", "Insp. Example", "inspector", PASSWORD)
    with db.read() as session:
        stored = session.execute(select(User.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_wrong_password_and_unknown_user_get_the_same_message_after_a_delay(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    accounts.create_user(db, system_actor(), "insp", "Insp. Example", "inspector", PASSWORD)
    waits: list[float] = []  # the delay each failure asked for, not a stopwatch
    monkeypatch.setattr(accounts.time, "sleep", waits.append)
    messages = []
    for user, password in (("insp", "wrong password"), ("nobody", PASSWORD)):
        with pytest.raises(AuthenticationFailed) as err:
            accounts.authenticate(db, user, password, "ws", failure_delay_s=0.2)
        messages.append(str(err.value))
    assert waits == [0.2, 0.2]  # both failures wait alike: timing does not tell which was wrong
    assert messages[0] == messages[1]
    assert "username or password" in messages[0]
    actor = accounts.authenticate(db, "INSP ", PASSWORD, "ws", failure_delay_s=0)
    assert (actor.username, actor.role, actor.workstation) == ("insp", "inspector", "ws")
    with db.read() as session:
        actions = session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars().all()
    assert actions == ["create", "login_failed", "login_failed", "login"]


@pytest.mark.parametrize(
    ("username", "role", "password", "expected"),
    [
        ("", "handler", PASSWORD, "Username"),
        ("x" * 80, "handler", PASSWORD, "Username"),
        ("ok.user", "superuser", PASSWORD, "Role"),
        ("ok.user", "handler", "short", "at least 12"),
        ("Robert'); DROP TABLE users;--", "handler", PASSWORD, "Username"),
    ],
)
def test_bad_accounts_are_refused_with_the_reason(
    db: Database, username: str, role: str, password: str, expected: str
) -> None:
    with pytest.raises(BadInput) as err:
        accounts.create_user(db, system_actor(), username, "Name", role, password)
    assert expected in str(err.value)


def test_only_an_admin_creates_accounts_and_names_are_unique(db: Database) -> None:
    accounts.create_user(db, system_actor(), "h1", "Handler", "handler", PASSWORD)
    handler = accounts.authenticate(db, "h1", PASSWORD, failure_delay_s=0)
    with pytest.raises(PermissionDenied):
        accounts.create_user(db, handler, "h2", "Other", "admin", "Other-Tawny-Owl-94")
    with pytest.raises(BadInput, match="already in use"):
        accounts.create_user(db, system_actor(), "h1", "Again", "handler", "Third-Tawny-Owl-95")


def test_audit_rows_cannot_be_updated_or_deleted_through_the_database(db: Database) -> None:
    accounts.create_user(db, system_actor(), "h1", "Handler", "handler", PASSWORD)
    for statement in (
        "UPDATE audit_events SET username = 'someone else'",
        "DELETE FROM audit_events",
    ):
        with pytest.raises(Exception, match="append-only"), db.write() as session:
            session.execute(text(statement))
    assert audit.verify(db).ok


def test_verify_names_the_first_event_changed_behind_the_applications_back(db: Database) -> None:
    accounts.create_user(db, system_actor(), "h1", "Handler", "handler", PASSWORD)
    handler = accounts.authenticate(db, "h1", PASSWORD, failure_delay_s=0)
    for n in range(3):
        calls.open_incident(db, handler, calls.NewCall(phone=f"07700 90010{n}"))
    assert audit.verify(db).events_checked == 5
    with db.read() as session:
        third = session.execute(
            select(AuditEvent.id).order_by(AuditEvent.id).offset(2).limit(1)
        ).scalar_one()
    # Someone with database access drops the guard and edits an event.
    with db.engine.begin() as conn:
        if db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_events_no_update"))
        else:
            conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"))
        conn.execute(
            text('UPDATE audit_events SET detail = \'{"phone": "+447700900999"}\' WHERE id = :i'),
            {"i": third},
        )
    result = audit.verify(db)
    assert not result.ok
    assert result.first_broken_id == third
    assert "changed" in (result.problem or "")

"""Accounts: create users with roles, sign in with Argon2id-hashed passwords."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from callhandler.domain.normalise import clean_text
from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, this_workstation
from callhandler.storage.engine import Database
from callhandler.storage.models import ROLES, User

_hasher = PasswordHasher()  # argon2-cffi defaults are Argon2id (RFC 9106 low-memory profile)
FAILED_LOGIN_DELAY_S = 1.0
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 8
# Verifying against this keeps an unknown user as slow as a wrong password.
_DUMMY_HASH = _hasher.hash("callhandler-timing-equaliser")


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool


def validate_new_user(username: str, display_name: str, role: str, password: str) -> None:
    if not USERNAME_RE.match(username or ""):
        raise BadInput(
            f"Username {username!r} is not allowed: use 2-64 lower-case letters, digits, "
            "dots, hyphens or underscores, starting with a letter or digit."
        )
    if role not in ROLES:
        raise BadInput(f"Role {role!r} is unknown: choose one of {', '.join(ROLES)}.")
    if not clean_text(display_name, 120):
        raise BadInput("A display name is required (the name colleagues know you by).")
    if len(password or "") < MIN_PASSWORD:
        raise BadInput(f"The password must be at least {MIN_PASSWORD} characters long.")


def create_user(
    db: Database, actor: Actor, username: str, display_name: str, role: str, password: str
) -> UserRow:
    """Create an account (administrators only; the command line acts as admin)."""
    if not actor.is_admin:
        raise PermissionDenied("Only an administrator can create accounts.")
    username = (username or "").strip().lower()
    validate_new_user(username, display_name, role, password)
    with db.write() as session:
        taken = session.execute(
            select(func.count()).select_from(User).where(User.username == username)
        ).scalar_one()
        if taken:
            raise BadInput(f"The username {username!r} is already in use: choose another.")
        user = User(
            username=username,
            display_name=clean_text(display_name, 120),
            role=role,
            password_hash=_hasher.hash(password),
            active=True,
            created_at=dt.datetime.now(dt.UTC),
        )
        session.add(user)
        session.flush()
        audit.record(
            session, actor, "create", "user", user.id, {"username": username, "role": role}
        )
        return UserRow(user.id, user.username, user.display_name, user.role, user.active)


def authenticate(
    db: Database,
    username: str,
    password: str,
    workstation: str | None = None,
    *,
    failure_delay_s: float = FAILED_LOGIN_DELAY_S,
) -> Actor:
    """Check a password and return the signed-in actor; every attempt is audited.

    Unknown user and wrong password give the same message after the same delay, so the
    screen never tells an attacker which usernames exist.
    """
    workstation = workstation or this_workstation()
    name = (username or "").strip().lower()[:64]
    with db.write() as session:
        user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
        ok = False
        try:
            ok = _hasher.verify(user.password_hash if user else _DUMMY_HASH, password or "")
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        ok = ok and user is not None and user.active
        if user is not None and ok and _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        who = Actor(
            user.id if user else None,
            name or "(blank)",
            user.display_name if user else "",
            user.role if user else "none",
            workstation,
        )
        audit.record(
            session, who, "login" if ok else "login_failed", "user", user.id if user else name
        )
    if not ok:
        time.sleep(failure_delay_s)
        raise AuthenticationFailed(
            "Sign-in failed: the username or password is not right. Check Caps Lock and try "
            "again, or ask an administrator to reset your password."
        )
    assert user is not None
    return Actor(user.id, user.username, user.display_name, user.role, workstation)


def list_users(db: Database) -> list[UserRow]:
    with db.read() as session:
        users = session.execute(select(User).order_by(User.username)).scalars()
        return [UserRow(u.id, u.username, u.display_name, u.role, u.active) for u in users]


def confirm_password(
    db: Database,
    actor: Actor,
    password: str,
    *,
    purpose: str,
    failure_delay_s: float = FAILED_LOGIN_DELAY_S,
) -> None:
    """Re-check the signed-in user's password before a signature; a failure is audited."""
    with db.write() as session:
        user = session.get(User, actor.user_id) if actor.user_id is not None else None
        ok = False
        if user is not None and user.active:
            try:
                ok = _hasher.verify(user.password_hash, password or "")
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                ok = False
        if not ok:
            audit.record(
                session,
                actor,
                "password_check_failed",
                "user",
                actor.username,
                {"purpose": purpose},
            )
    if not ok:
        time.sleep(failure_delay_s)
        raise AuthenticationFailed(
            f"The password is not right, so the {purpose} was not made. Type your own password "
            "again to sign."
        )

"""Accounts: create users with roles, sign in with Argon2id-hashed passwords.

Sign-in is throttled in the database (callhandler.services.signin); administration of
existing accounts (disable, enable, reset, role, unlock) is in account_admin.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain.normalise import clean_text
from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.services import audit, signin
from callhandler.services.context import Actor, current_actor, require_role, this_workstation
from callhandler.services.password_policy import password_problem
from callhandler.storage.engine import Database
from callhandler.storage.models import ROLES, User

_hasher = PasswordHasher()  # argon2-cffi defaults are Argon2id (RFC 9106 low-memory profile)
FAILED_LOGIN_DELAY_S = 1.0  # a pause for the person; the brake is the server's lock-out
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
UNKNOWN_USER = "(unknown user)"  # what the audit says instead of a username nobody has
_BOOTSTRAP_LOCK = 0x0CA11A0B00  # PostgreSQL advisory lock: one first administrator
_dummy: dict[int, str] = {}


class AccountLocked(AuthenticationFailed):
    """Too many failed sign-ins for the account or from the workstation."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    locked_until: dt.datetime | None = None


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hasher() -> PasswordHasher:
    return _hasher


def _dummy_hash() -> str:
    """A hash to verify against for an unknown user, so that takes as long as a wrong
    password (made with the hasher in use, whose cost tests lower)."""
    key = id(_hasher)
    if key not in _dummy:
        _dummy[key] = _hasher.hash("callhandler-timing-equaliser")
    return _dummy[key]


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return bool(_hasher.verify(stored_hash or _dummy_hash(), password or ""))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def clean_username(username: str) -> str:
    return (username or "").strip().lower()


def validate_new_user(username: str, display_name: str, role: str, password: str) -> None:
    if not USERNAME_RE.match(username or ""):
        raise BadInput(messages.USERNAME_NOT_ALLOWED(username=username))
    if role not in ROLES:
        raise BadInput(messages.ROLE_UNKNOWN(role=role, roles=", ".join(ROLES)))
    if not clean_text(display_name, 120):
        raise BadInput(messages.DISPLAY_NAME_NEEDED())
    problem = password_problem(username, password)
    if problem:
        raise BadInput(problem)


def user_row(user: User, locked_until: dt.datetime | None = None) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, user.role, user.active, locked_until)


def count_users(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(User)).scalar_one())


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    password: str,
    *,
    first_administrator: bool = False,
) -> UserRow:
    """Create an account (administrators only), audited.

    ``first_administrator``: the bootstrap of a new database, where nobody can sign in
    yet: allowed only while there is no account at all, and only for the admin role.
    """
    username = clean_username(username)
    validate_new_user(username, display_name, role, password)
    if first_administrator and role != "admin":
        raise PermissionDenied(
            "The first account of a database must be an administrator (--role admin); "
            "they then sign in and create the others."
        )
    password_hash = hash_password(password)
    with db.write() as session:
        if first_administrator:
            _refuse_unless_empty(session)
        else:
            actor = require_role(session, actor, ("admin",), "create accounts")
        taken = session.execute(
            select(func.count()).select_from(User).where(User.username == username)
        ).scalar_one()
        if taken:
            raise BadInput(messages.USERNAME_TAKEN(username=username))
        user = User(
            username=username,
            display_name=clean_text(display_name, 120),
            role=role,
            password_hash=password_hash,
            active=True,
            created_at=now_utc(),
        )
        session.add(user)
        session.flush()
        detail = {"username": username, "role": role}
        if first_administrator:
            detail["first_administrator"] = "yes"
        audit.record(session, actor, "create", "user", user.id, detail)
        return user_row(user)


def _refuse_unless_empty(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":  # two first administrators at once
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _BOOTSTRAP_LOCK})
    if session.execute(select(func.count()).select_from(User)).scalar_one():
        raise PermissionDenied(
            "Accounts already exist, so only a signed-in administrator can create one: "
            "run `callhandler login` as an administrator first."
        )


def _attempt_actor(user: User | None, workstation: str) -> Actor:
    """Who a sign-in attempt is audited as: never the text typed for a username nobody has
    (it may be a password typed into the wrong box)."""
    if user is None:
        return Actor(None, UNKNOWN_USER, "", "none", workstation)
    return Actor(user.id, user.username, user.display_name, user.role, workstation)


def authenticate(
    db: Database,
    username: str,
    password: str,
    workstation: str | None = None,
    *,
    failure_delay_s: float = FAILED_LOGIN_DELAY_S,
    now: dt.datetime | None = None,
) -> Actor:
    """Check a password and return the signed-in actor; every attempt is audited.

    Refused without checking the password while the account or the workstation is locked
    out (too many failures, counted in the database). Unknown user, disabled account and
    wrong password give the same message, so the screen never tells which usernames exist.
    """
    workstation = clean_text(workstation or this_workstation(), 64) or "unknown-workstation"
    name = clean_username(username)
    now = now or now_utc()
    with db.read() as session:
        user = None
        if USERNAME_RE.match(name):
            user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
        user_id = user.id if user else None
        seen_hash = user.password_hash if user else None
        lock = signin.current_lock(session, user_id, workstation, now)
    ok = lock is None and verify_password(seen_hash, password) and user is not None
    signed_in: Actor | None = None
    with db.write() as session:
        if lock is None:  # failures from elsewhere may have locked it meanwhile
            lock = signin.lock_for_update(session, user_id, workstation, now)
        current = session.get(User, user_id) if user_id is not None else None
        who = _attempt_actor(current, workstation)
        entity = user_id if user_id is not None else "unknown"
        if lock is not None:
            audit.record(
                session,
                who,
                "login_refused",
                "user",
                entity,
                {"reason": f"{lock.kind} locked", "locked_until": lock.until},
            )
        elif ok and current is not None and current.active and current.password_hash == seen_hash:
            signin.clear(session, signin.ACCOUNT, signin.account_subject(current.id))
            if _hasher.check_needs_rehash(current.password_hash):
                current.password_hash = hash_password(password)
            audit.record(session, who, "login", "user", current.id)
            signed_in = who
        else:
            started = signin.record_failure(session, user_id, workstation, now)
            reason = (
                "unknown user"
                if current is None
                else ("account disabled" if not current.active else "wrong password")
            )
            detail: dict[str, object] = {"reason": reason}
            if started is not None:
                detail |= {"locked": started.kind, "locked_until": started.until}
            audit.record(session, who, "login_failed", "user", entity, detail)
    if lock is not None:
        raise AccountLocked(lock.message(workstation))
    if signed_in is None:
        time.sleep(failure_delay_s)
        raise AuthenticationFailed(messages.SIGN_IN_FAILED())
    return signed_in


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    """Every account with its role, state and any lock-out in force (administrators)."""
    now = now_utc()
    with db.read() as session:
        require_role(session, actor, ("admin",), "list the accounts")
        users = session.execute(select(User).order_by(User.username)).scalars().all()
        return [
            user_row(
                u, lock.until if (lock := signin.current_lock(session, u.id, None, now)) else None
            )
            for u in users
        ]


def confirm_password(
    db: Database,
    actor: Actor,
    password: str,
    *,
    purpose: str,
    failure_delay_s: float = FAILED_LOGIN_DELAY_S,
) -> None:
    """Re-check the signed-in user's password before a signature.

    The account is read again first: disabled, or no longer in the role it signed in
    with, the signature is refused (SessionEnded). A wrong password counts towards the
    account's lock-out like a failed sign-in, and is audited.
    """
    now = now_utc()
    with db.read() as session:
        current_actor(session, actor)
        user = session.get(User, actor.user_id) if actor.user_id is not None else None
        seen_hash = user.password_hash if user else None
        lock = signin.current_lock(session, actor.user_id, None, now)
    if lock is not None:
        raise AccountLocked(lock.message(actor.workstation))
    ok = user is not None and verify_password(seen_hash, password)
    with db.write() as session:
        if ok:
            if actor.user_id is not None:
                signin.clear(session, signin.ACCOUNT, signin.account_subject(actor.user_id))
        else:
            started = signin.record_failure(session, actor.user_id, None, now)
            detail: dict[str, object] = {"purpose": purpose}
            if started is not None:
                detail |= {"locked": started.kind, "locked_until": started.until}
            audit.record(session, actor, "password_check_failed", "user", actor.username, detail)
    if not ok:
        time.sleep(failure_delay_s)
        raise AuthenticationFailed(messages.PASSWORD_TO_SIGN(purpose=purpose))

"""Administering existing accounts: disable, enable, reset a password, change a role, unlock.

Administrators only (the role read from the database in the same transaction), each change
audited. The database never loses its last active administrator, and an administrator
cannot disable or demote themselves (another one does it). A disabled account's open
sessions stop at their next action (callhandler.services.context.current_actor) and its
command-line sign-ins are revoked; so are those of an account whose password is reset.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit, cli_tokens, signin
from callhandler.services.accounts import (
    UserRow,
    clean_username,
    hash_password,
    now_utc,
    user_row,
)
from callhandler.services.context import Actor, require_role
from callhandler.services.password_policy import password_problem
from callhandler.storage.engine import Database
from callhandler.storage.models import ROLES, User

DOING = "administer accounts"


def _target(session: Session, username: str) -> User:
    name = clean_username(username)
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    if user is None:
        raise BadInput(f"There is no account {name!r}: `callhandler users list` shows them.")
    return user


def _keep_an_administrator(session: Session, admin: Actor, user: User, doing: str) -> None:
    if user.id == admin.user_id:
        raise PermissionDenied(
            f"You cannot {doing} your own account: another administrator must do it."
        )
    if user.role == "admin" and user.active:
        others = session.execute(
            select(func.count())
            .select_from(User)
            .where(User.role == "admin", User.active.is_(True), User.id != user.id)
        ).scalar_one()
        if not others:
            raise PermissionDenied(
                f"{user.username} is the only active administrator: create or enable another "
                f"administrator before you {doing} this account."
            )


def disable(db: Database, actor: Actor, username: str) -> UserRow:
    """The account can no longer sign in; its open sessions end at their next action."""
    with db.write() as session:
        admin = require_role(session, actor, ("admin",), DOING)
        user = _target(session, username)
        _keep_an_administrator(session, admin, user, "disable")
        if user.active:
            user.active = False
            revoked = cli_tokens.revoke_all(session, user.id, now_utc())
            audit.record(
                session,
                admin,
                "disable",
                "user",
                user.id,
                {"username": user.username, "cli_sign_ins_revoked": revoked},
            )
        return user_row(user)


def enable(db: Database, actor: Actor, username: str) -> UserRow:
    """The account may sign in again; any lock-out of it is lifted too."""
    with db.write() as session:
        admin = require_role(session, actor, ("admin",), DOING)
        user = _target(session, username)
        unlocked = signin.clear(session, signin.ACCOUNT, signin.account_subject(user.id))
        if not user.active or unlocked:
            user.active = True
            audit.record(
                session,
                admin,
                "enable",
                "user",
                user.id,
                {"username": user.username, "unlocked": unlocked},
            )
        return user_row(user)


def reset_password(db: Database, actor: Actor, username: str, password: str) -> UserRow:
    """A new password (under the password rules); lock-out lifted, command-line sign-ins
    revoked. The password itself is never audited."""
    with db.read() as session:
        name = _target(session, username).username
    problem = password_problem(name, password)
    if problem:
        raise BadInput(problem)
    new_hash = hash_password(password)
    with db.write() as session:
        admin = require_role(session, actor, ("admin",), DOING)
        user = _target(session, username)
        user.password_hash = new_hash
        signin.clear(session, signin.ACCOUNT, signin.account_subject(user.id))
        revoked = cli_tokens.revoke_all(session, user.id, now_utc())
        audit.record(
            session,
            admin,
            "reset_password",
            "user",
            user.id,
            {"username": user.username, "cli_sign_ins_revoked": revoked},
        )
        return user_row(user)


def set_role(db: Database, actor: Actor, username: str, role: str) -> UserRow:
    """Change the role; the account's open sessions end at their next action and it signs
    in again in the new role (an inspector made a handler can no longer sign off)."""
    if role not in ROLES:
        raise BadInput(f"Role {role!r} is unknown: choose one of {', '.join(ROLES)}.")
    with db.write() as session:
        admin = require_role(session, actor, ("admin",), DOING)
        user = _target(session, username)
        if user.role != role:
            if user.role == "admin":
                _keep_an_administrator(session, admin, user, "change the role of")
            before = user.role
            user.role = role
            audit.record(
                session,
                admin,
                "set_role",
                "user",
                user.id,
                {"username": user.username, "from": before, "to": role},
            )
        return user_row(user)


def unlock(
    db: Database, actor: Actor, *, username: str | None = None, workstation: str | None = None
) -> bool:
    """Lift a lock-out of an account or a workstation; True when there was one (or failures
    were being counted)."""
    if bool(username) == bool(workstation):
        raise BadInput("Say what to unlock: an account NAME, or --workstation NAME.")
    with db.write() as session:
        admin = require_role(session, actor, ("admin",), DOING)
        entity: int | str
        if username:
            user = _target(session, username)
            done = signin.clear(session, signin.ACCOUNT, signin.account_subject(user.id))
            entity, detail = user.id, {"username": user.username}
        else:
            name = (workstation or "").strip()[:64]
            done = signin.clear(session, signin.WORKSTATION, name)
            entity, detail = name, {"workstation": name}
        audit.record(
            session,
            admin,
            "unlock",
            "user" if username else "workstation",
            entity,
            detail | {"was_locked_or_counting": done},
        )
        return done

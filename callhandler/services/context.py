"""Who is acting, from which workstation: passed to every service call, re-checked there."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.errors import PermissionDenied
from callhandler.message_ids import Said
from callhandler.storage.models import User

if TYPE_CHECKING:
    from callhandler.storage.engine import Database

# session.info: {user id: the actor as the database saw it in this transaction}
_CHECKED = "callhandler.context.checked"


def this_workstation() -> str:
    """The name an administrator gave this workstation (``CALLHANDLER_WORKSTATION`` or
    ``[workstation] name`` in the settings files), else its host name."""
    from callhandler.paths import app_paths
    from callhandler.settings import load_settings

    named = load_settings(app_paths()).workstation
    return named or socket.gethostname() or "unknown-workstation"


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the system, for command-line work) behind an action.

    An actor is what the user was when they signed in; ``current_actor`` says whether the
    database still agrees (the account may have been disabled or its role changed since).
    """

    user_id: int | None
    username: str
    display_name: str
    role: str
    workstation: str

    @property
    def is_inspector(self) -> bool:
        return self.role == "inspector"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_system(self) -> bool:
        """The program itself (demo, seed, benchmark, bootstrap), not a person's account."""
        return self.user_id is None


class SessionEnded(PermissionDenied):
    """The account behind a signed-in session was disabled or its role changed."""


def system_actor(purpose: str = "cli") -> Actor:
    """The program acting for itself (building the demo, seeding synthetic history, a
    benchmark, creating the first administrator): the operating-system user, role admin.
    Never used for a command that reads personal data once accounts exist."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return Actor(None, f"{purpose}:{who}", f"{purpose} ({who})", "admin", this_workstation())


def current_actor(session: Session, actor: Actor) -> Actor:
    """The actor as the database sees it now, checked once per transaction (one query by
    primary key, then remembered in the session until it commits or rolls back).

    Raises SessionEnded when the account was disabled or its role is no longer
    the one it signed in with: the session must sign in again, so that a demoted inspector
    cannot finalise and a disabled user's open window stops at its next action.
    """
    if actor.user_id is None:
        return actor
    checked: dict[int, Actor] = session.info.setdefault(_CHECKED, {})
    known = checked.get(actor.user_id)
    if known is not None and known.role == actor.role:
        return known
    row = session.execute(
        select(User.active, User.role, User.username).where(User.id == actor.user_id)
    ).first()
    if row is None:
        # Not in this database: a workstation's cache that has not pulled the account yet
        # (accounts are never deleted). The server checks it when the work reaches it.
        checked[actor.user_id] = actor
        return actor
    if not row.active:
        raise SessionEnded(messages.SESSION_DISABLED(username=actor.username))
    if row.role != actor.role:
        raise SessionEnded(
            messages.SESSION_ROLE_CHANGED(username=actor.username, old=actor.role, new=row.role)
        )
    fresh = replace(actor, username=row.username)
    checked[actor.user_id] = fresh
    return fresh


@event.listens_for(Session, "after_transaction_end")
def _forget_checks(session: Session, transaction: object) -> None:
    """A check holds for one transaction: the next one reads the account again."""
    session.info.pop(_CHECKED, None)


def require_role(session: Session, actor: Actor, roles: tuple[str, ...], doing: str) -> Actor:
    """``current_actor``, then PermissionDenied unless the (current) role is one of ``roles``."""
    fresh = current_actor(session, actor)
    if fresh.role not in roles:
        raise PermissionDenied(messages.ROLE_CANNOT(role=fresh.role, doing=doing))
    return fresh


def recheck(session: Session, actor: Actor, roles: tuple[str, ...], refused: Said) -> Actor:
    """At the start of a transaction that reads or writes personal data: the account read
    again (``current_actor``: disabled or its role changed, SessionEnded), then
    PermissionDenied(``refused``, the action's own message) unless its role is in ``roles``."""
    fresh = current_actor(session, actor)
    if fresh.role not in roles:
        raise PermissionDenied(refused)
    return fresh


def recheck_first(db: Database, actor: Actor, roles: tuple[str, ...], refused: Said) -> Actor:
    """``recheck`` in a short read of its own, for a service whose reads open several
    transactions or none of their own (an oversight list, the review, the overdue list)."""
    with db.read() as session:
        return recheck(session, actor, roles, refused)

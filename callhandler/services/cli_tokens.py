"""Command-line sign-ins: short-lived tokens handed out by ``callhandler login``.

The database keeps only each token's SHA-256 (a token is 256 random bits, so nobody can
work back from the hash), with its account, workstation and expiry. Every command that
presents the token has its account read again: expired, revoked, disabled, or from
another workstation, it is refused and the person signs in again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from callhandler.errors import AuthenticationFailed, BadInput
from callhandler.services import audit
from callhandler.services.context import Actor, current_actor
from callhandler.storage.account_models import CliToken
from callhandler.storage.engine import Database
from callhandler.storage.models import User

DEFAULT_HOURS = 8  # one shift: signed in once, gone before the next shift sits down
MAX_HOURS = 12
EXPIRED = (
    "Your command-line sign-in has expired or was ended (logout, or an administrator "
    "disabled the account or reset its password): run `callhandler login` again."
)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue(
    db: Database, actor: Actor, *, hours: float = DEFAULT_HOURS, now: dt.datetime | None = None
) -> tuple[str, dt.datetime]:
    """A new token for the signed-in ``actor`` on its workstation; audited."""
    if not 0 < hours <= MAX_HOURS:
        raise BadInput(f"--hours must be more than 0 and at most {MAX_HOURS}.")
    if actor.user_id is None:
        raise AuthenticationFailed("Only a person's account can sign in on the command line.")
    now = now or dt.datetime.now(dt.UTC)
    token = secrets.token_urlsafe(32)
    expires = now + dt.timedelta(hours=hours)
    with db.write() as session:
        current_actor(session, actor)
        session.add(
            CliToken(
                token_hash=token_hash(token),
                user_id=actor.user_id,
                workstation=actor.workstation[:64],
                issued_at=now,
                expires_at=expires,
            )
        )
        audit.record(session, actor, "cli_login", "user", actor.user_id, {"expires_at": expires})
    return token, expires


def actor_for(
    db: Database, token: str, workstation: str, *, now: dt.datetime | None = None
) -> Actor:
    """The account a token signs in, as the database has it now; AuthenticationFailed when
    the token is unknown, expired, revoked, from another workstation or its account is
    disabled."""
    now = now or dt.datetime.now(dt.UTC)
    with db.read() as session:
        row = session.execute(
            select(
                CliToken.revoked_at,
                CliToken.expires_at,
                CliToken.workstation,
                User.id,
                User.username,
                User.display_name,
                User.role,
                User.active,
            )
            .join(User, User.id == CliToken.user_id)
            .where(CliToken.token_hash == token_hash(token))
        ).first()
    if (
        row is None
        or row.revoked_at is not None
        or row.expires_at <= now
        or row.workstation != workstation[:64]
        or not row.active
    ):
        raise AuthenticationFailed(EXPIRED)
    return Actor(row.id, row.username, row.display_name, row.role, workstation)


def revoke(db: Database, token: str, *, now: dt.datetime | None = None) -> bool:
    """End one command-line sign-in (logout); True when it was still in force."""
    now = now or dt.datetime.now(dt.UTC)
    with db.write() as session:
        signed = session.execute(
            select(CliToken).where(CliToken.token_hash == token_hash(token))
        ).scalar_one_or_none()
        if signed is None or signed.revoked_at is not None or signed.expires_at <= now:
            return False
        signed.revoked_at = now
        user = session.get(User, signed.user_id)
        if user is not None:
            who = Actor(user.id, user.username, user.display_name, user.role, signed.workstation)
            audit.record(session, who, "cli_logout", "user", user.id)
        return True


def revoke_all(session: Session, user_id: int, now: dt.datetime) -> int:
    """End every command-line sign-in of an account still in force (inside the caller's
    transaction); how many there were."""
    done = session.execute(
        update(CliToken)
        .where(
            CliToken.user_id == user_id,
            CliToken.revoked_at.is_(None),
            CliToken.expires_at > now,
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(done, "rowcount", 0) or 0)

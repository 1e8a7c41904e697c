"""Sign-in throttling kept in the database: failures per account and per workstation, lock-outs.

The count lives on the server (table ``sign_in_throttle``), so a client cannot skip it by
restarting, and every workstation sees the same count. An account is locked after
``ACCOUNT_LIMIT`` failures within ``WINDOW``; a workstation after ``WORKSTATION_LIMIT``
(higher: a control room shares its workstations, and one person's typos must not lock the
next shift out). A lock lasts ``LOCK_FOR``; tries while locked are refused without checking
the password and do not extend it. A successful sign-in clears its account's count; an
administrator's unlock clears either.

Thread and transaction rules: every function here works inside the caller's write
session; on PostgreSQL ``_row`` takes the row lock, so two workstations failing at once
both count.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.messages import Said
from callhandler.storage.account_models import SignInThrottle

ACCOUNT_LIMIT = 5
WORKSTATION_LIMIT = 20
WINDOW = dt.timedelta(minutes=15)
LOCK_FOR = dt.timedelta(minutes=15)
ACCOUNT = "account"
WORKSTATION = "workstation"


@dataclass(frozen=True)
class Lock:
    """Why a sign-in is refused before the password is even checked."""

    kind: str  # ACCOUNT or WORKSTATION
    until: dt.datetime

    def message(self, workstation: str) -> Said:
        when = self.until.astimezone().strftime("%H:%M")
        if self.kind == ACCOUNT:
            return messages.ACCOUNT_LOCKED(until=when)
        return messages.WORKSTATION_LOCKED(workstation=workstation, until=when)


def _subjects(user_id: int | None, workstation: str) -> list[tuple[str, str]]:
    keys = [(WORKSTATION, workstation[:64])]
    if user_id is not None:
        keys.insert(0, (ACCOUNT, str(user_id)))
    return keys


def current_lock(
    session: Session, user_id: int | None, workstation: str | None, now: dt.datetime
) -> Lock | None:
    """The lock in force on the account or the workstation (the account's first), if any."""
    for kind, subject in _subjects(user_id, workstation or ""):
        if not subject:
            continue
        until = session.execute(
            select(SignInThrottle.locked_until).where(
                SignInThrottle.kind == kind, SignInThrottle.subject == subject
            )
        ).scalar()
        if until is not None and until > now:
            return Lock(kind, until)
    return None


def _insert_missing(session: Session, kind: str, subject: str, now: dt.datetime) -> None:
    values = {"kind": kind, "subject": subject, "failures": 0, "window_started": now}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(SignInThrottle).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(SignInThrottle).values(**values).on_conflict_do_nothing())


def _row(session: Session, kind: str, subject: str, now: dt.datetime) -> SignInThrottle:
    """The row, created if missing, locked for this transaction (PostgreSQL)."""
    _insert_missing(session, kind, subject, now)
    return session.execute(
        select(SignInThrottle)
        .where(SignInThrottle.kind == kind, SignInThrottle.subject == subject)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()


def lock_for_update(
    session: Session, user_id: int | None, workstation: str | None, now: dt.datetime
) -> Lock | None:
    """Take the rows' locks (so concurrent failures queue), then the lock in force."""
    for kind, subject in _subjects(user_id, workstation or ""):
        if subject:
            _row(session, kind, subject, now)
    return current_lock(session, user_id, workstation, now)


def record_failure(
    session: Session, user_id: int | None, workstation: str | None, now: dt.datetime
) -> Lock | None:
    """Count one failure against the account (when known) and the workstation; returns the
    lock this failure started, if it started one."""
    started: Lock | None = None
    for kind, subject in _subjects(user_id, workstation or ""):
        if not subject:
            continue
        row = _row(session, kind, subject, now)
        if row.window_started + WINDOW <= now:
            row.failures, row.window_started = 0, now
        row.failures += 1
        limit = ACCOUNT_LIMIT if kind == ACCOUNT else WORKSTATION_LIMIT
        if row.failures >= limit:
            row.locked_until = now + LOCK_FOR
            row.failures, row.window_started = 0, now
            started = started or Lock(kind, row.locked_until)
    session.flush()
    return started


def clear(session: Session, kind: str, subject: str) -> bool:
    """No failures and no lock for ``subject`` (a success, or an administrator's unlock);
    True when there was a lock in force or failures counted."""
    done = session.execute(
        update(SignInThrottle)
        .where(
            SignInThrottle.kind == kind,
            SignInThrottle.subject == subject,
            (SignInThrottle.failures > 0) | SignInThrottle.locked_until.is_not(None),
        )
        .values(failures=0, locked_until=None)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(done, "rowcount", 0))


def account_subject(user_id: int) -> str:
    return str(user_id)

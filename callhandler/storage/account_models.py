"""Tables of signing in (migration 0011): failed sign-ins and lock-outs, command-line tokens.

Both are only ever inserted and updated, never deleted, so the workstations' PostgreSQL
role needs no DELETE on them (callhandler.storage.roles).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime


class SignInThrottle(Base):
    """Failed sign-ins of one account or from one workstation, and a lock-out.

    ``kind`` is ``account`` (``subject`` the user id) or ``workstation`` (its name). The
    failures count within a window that starts at the first of them; enough failures lock
    the subject until ``locked_until``. An administrator's unlock, or a successful sign-in
    for an account, puts the count back to zero.
    """

    __tablename__ = "sign_in_throttle"

    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    subject: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_started: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class CliToken(Base):
    """A command-line sign-in (``callhandler login``): only the SHA-256 of the token is
    kept (the token is 256 random bits, so a fast hash is enough); it works until
    ``expires_at`` from the workstation that asked for it, unless revoked (logout, the
    account disabled or its password reset)."""

    __tablename__ = "cli_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

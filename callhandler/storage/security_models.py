"""Tables of the safeguards (migration 0009): the audit chain's declaration and the
per-day counters live incident references are numbered from."""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base


class AuditChain(Base):
    """The one row that says how to check the audit chain (never deleted).

    ``legacy_count``: events written before the chain was keyed (an older database being
    upgraded); they are checked by their plain SHA-256 links, and the last of them must
    still have ``legacy_head``. Every later event carries an HMAC. ``key_check``: an HMAC
    of a fixed text under the audit key, so a workstation holding another key is refused
    before it writes an event nobody could verify (it tells nothing about the key).
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    legacy_count: Mapped[int] = mapped_column(BigInteger)
    legacy_head: Mapped[str] = mapped_column(String(64))
    key_check: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)


class IncidentRefCounter(Base):
    """The last number given to a live incident reference on one day (``CHyyyymmdd-n``)."""

    __tablename__ = "incident_ref_counters"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_number: Mapped[int] = mapped_column(BigInteger)

"""Tables for the shared database and the workstation cache (migration 0008).

- ``applied_ops`` (server): one row per offline operation replayed, inserted in the same
  transaction as its effect, so replaying the same operation twice does nothing the
  second time (exactly once).
- ``sync_tombstones`` (server): rows deleted from a synced table, with the change
  sequence of the deletion, so a workstation's cache deletes them too.
- ``sync_state`` (cache): how far the cache has pulled (a cursor per table) and when,
  written in the same transaction as the rows it covers.

The synced tables also carry a ``change_seq`` column (not mapped on the ORM classes: it is
set by a trigger on PostgreSQL and only read by callhandler.sync.pull).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime

# Tables a previous-calls look-up reads, in foreign-key order (parents first).
SYNCED_TABLES = (
    "users",
    "phones",
    "addresses",
    "people",
    "incidents",
    "incident_people",
    "markers",
)

# Fixed key for the advisory lock that orders change-sequence stamping against readers of
# the high-water mark (see migration 0008 and callhandler.sync.pull.high_water_mark).
SYNC_LOCK_KEY = 7_346_210_008
# Fixed key for the advisory lock under which ``callhandler db upgrade`` migrates.
MIGRATION_LOCK_KEY = 7_346_210_001
CHANGE_SEQUENCE = "sync_change_seq"


class AppliedOp(Base):
    """An offline operation already applied on the server (exactly-once replay)."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    incident_id: Mapped[int | None] = mapped_column(Integer)
    applied_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    result_json: Mapped[str] = mapped_column(Text)


class SyncTombstone(Base):
    """A row deleted on the server from one of SYNCED_TABLES."""

    __tablename__ = "sync_tombstones"

    change_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(BigInteger)


class SyncState(Base):
    """How far the cache has pulled: one row per synced table, one for the tombstones and
    one ("*") for the last complete sync (its cursor is that sync's high-water mark)."""

    __tablename__ = "sync_state"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    server: Mapped[str] = mapped_column(String(300))
    cursor: Mapped[int] = mapped_column(BigInteger)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

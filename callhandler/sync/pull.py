"""Incremental pull: bring the workstation cache up to date with the shared PostgreSQL.

How a run stays correct and resumable:

1. A safe high-water mark ``hwm`` is read under the exclusive sync advisory lock (see
   migration 0008): every row stamped at or below it is committed (or rolled back). If
   writers keep the lock busy, the previous mark is kept: visible rows are still copied,
   but no cursor moves.
2. One REPEATABLE READ snapshot of the server, taken after that, is read table by table in
   foreign-key order (parents first), each table from its own cursor, in batches ordered
   by ``change_seq``. Rows stamped above ``hwm`` may be read too (harmless: re-read next
   time); a table's cursor never moves past ``hwm``, so a transaction that commits late
   with a lower stamp is still picked up next time.
3. Each batch is upserted by primary key into the cache in one transaction together with
   its table's cursor: a cancelled or crashed run leaves the cache consistent, and the
   next run carries on from the cursors. Deletions (tombstones) are applied last, children
   first; the "*" row records the last complete sync.

Users are copied without their password hash (a placeholder no password verifies), so a
stolen cache gives no hashes to attack; sign-in needs the server.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Date,
    DateTime,
    MetaData,
    Table,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from callhandler.errors import BadInput
from callhandler.progress import Progress
from callhandler.services import audit
from callhandler.storage import (  # noqa: F401 (every table, for _references)
    closure_models,
    oversight_models,
    risk_models,
    triage_models,
)
from callhandler.storage.engine import Database, translate_errors
from callhandler.storage.models import Base, UTCDateTime
from callhandler.storage.sync_models import (
    CHANGE_SEQUENCE,
    SYNC_LOCK_KEY,
    SYNCED_TABLES,
    SyncState,
    SyncTombstone,
)
from callhandler.sync.cache import REBUILD_HINT

# A password hash no password can match (argon2 refuses it as not a hash at all).
NO_LOGIN_HASH = "!synced-to-cache:sign-in-needs-the-server"
COMPLETE = "*"
TOMBSTONES = "sync_tombstones"
# Page cache of a syncing connection: the incidents table has eight indexes, and a larger
# cache keeps their pages in memory between batches (measured: see bench_sync).
CACHE_KIB = 65_536
HWM_ATTEMPTS = 10
HWM_PAUSE_S = 0.05


@dataclass
class SyncStats:
    """What one run transferred. ``rows`` counts rows read from the server per table."""

    rows: dict[str, int] = field(default_factory=dict)
    deleted: int = 0
    high_water_mark: int = 0
    seconds: float = 0.0
    complete: bool = False
    # True when writers kept the server busy: the rows seen were still copied, but the
    # cursors stayed where they were (the next sync reads those rows again).
    held_back: bool = False

    @property
    def incidents(self) -> int:
        return self.rows.get("incidents", 0)

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _sync_tables() -> dict[str, Table]:
    """The synced tables as the models define them, plus the change_seq column."""
    metadata = MetaData()
    tables: dict[str, Table] = {}
    for name in SYNCED_TABLES:
        table = Base.metadata.tables[name].to_metadata(metadata)
        table.append_column(Column("change_seq", BigInteger))
        tables[name] = table
    return tables


_TABLES = _sync_tables()
_STATE = cast(Table, SyncState.__table__)
_TOMBSTONE = cast(Table, SyncTombstone.__table__)


def high_water_mark(server: Database, *, attempts: int = HWM_ATTEMPTS) -> int | None:
    """The highest change_seq below which nothing can still commit (see module doc).

    None when writers kept the server busy for every attempt: the exclusive lock is only
    ever tried, never waited for, so a handler's save never stalls behind a sync.
    """
    if server.is_sqlite:
        raise BadInput(
            f"{server.describe()} is an SQLite file: a workstation cache syncs from the "
            "shared PostgreSQL server (postgresql+psycopg://USER@HOST/DBNAME)."
        )
    for attempt in range(attempts):
        if attempt:
            time.sleep(HWM_PAUSE_S)
        with translate_errors(server), server.engine.connect() as conn, conn.begin():
            got = conn.execute(
                text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": SYNC_LOCK_KEY}
            ).scalar_one()
            if got:
                last, called = conn.execute(
                    text(f"SELECT last_value, is_called FROM {CHANGE_SEQUENCE}")
                ).one()
                return int(last) if called else 0
    return None


def read_cursors(cache: Database) -> dict[str, int]:
    with cache.read_connection() as conn:
        rows = conn.execute(select(_STATE.c.name, _STATE.c.cursor)).all()
    return {str(name): int(cursor) for name, cursor in rows}


def last_sync_at(cache: Database) -> dt.datetime | None:
    """When the cache last completed a sync (None: never)."""
    with cache.read() as session:
        state = session.get(SyncState, COMPLETE)
        return state.last_sync_at if state else None


def sync_once(
    server: Database,
    cache: Database,
    *,
    batch: int = 5000,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> SyncStats:
    """Pull every change since the cache's cursors; see the module doc for the guarantees."""
    if batch < 1:
        raise BadInput("The sync batch size must be at least 1.")
    started = time.perf_counter()
    stats = SyncStats()

    def cancelled() -> bool:
        return bool((cancel and cancel()) or (progress and progress.cancelled()))

    where = server.describe()
    _refuse_other_server(cache, where)
    cursors = read_cursors(cache)
    fresh = high_water_mark(server)
    hwm = fresh if fresh is not None else cursors.get(COMPLETE, 0)
    stats.high_water_mark = hwm
    stats.held_back = fresh is None
    with translate_errors(server), server.engine.connect() as src:
        src = src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin():
            if progress is not None:
                progress.start(_pending(src, cursors, hwm), "Updating the local cache")
            for name in SYNCED_TABLES:
                if cancelled():
                    break
                table = _TABLES[name]
                for rows, cursor in _batches(src, table, cursors.get(name, 0), hwm, batch):
                    _apply_rows(cache, table, rows, where, min(cursor, hwm))
                    stats.rows[name] = stats.rows.get(name, 0) + len(rows)
                    if progress is not None:
                        progress.advance(len(rows))
                    if cancelled():
                        break
            if not cancelled():
                stats.deleted = _apply_tombstones(
                    src, cache, cursors.get(TOMBSTONES, 0), hwm, batch, where
                )
                _save_cursor(cache, COMPLETE, hwm, where, complete=True)
                stats.complete = True
    if stats.complete:  # the server's audit head, witnessed outside it at every sync
        audit.witness_head(server, "sync")
    stats.seconds = time.perf_counter() - started
    return stats


def _refuse_other_server(cache: Database, where: str) -> None:
    with cache.read_connection() as conn:
        known = conn.execute(select(_STATE.c.server).limit(1)).scalar_one_or_none()
    if known is not None and known != where[:300]:
        raise BadInput(
            f"This cache holds data from {known}, not {where}; its cursors mean nothing "
            f"there. Use that server, or start a new cache for this one. {REBUILD_HINT}"
        )


def _pending(src: Connection, cursors: dict[str, int], hwm: int) -> int:
    total = 0
    for name in SYNCED_TABLES:
        total += src.execute(
            text(f"SELECT count(*) FROM {name} WHERE change_seq > :c AND change_seq <= :h"),
            {"c": cursors.get(name, 0), "h": hwm},
        ).scalar_one()
    return int(total)


def _converters(table: Table) -> list[Callable[[Any], Any] | None]:
    """Per column, how a server value becomes what SQLAlchemy would store in SQLite.

    The hot path copies plain tuples with the drivers' own cursors (about twice as fast as
    Core with its per-value processors); the text forms are exactly SQLAlchemy's SQLite
    storage formats, so every service reads the cache as if it had written it.
    """
    out: list[Callable[[Any], Any] | None] = []
    for column in table.columns:
        kind = column.type
        if isinstance(kind, UTCDateTime | DateTime):
            out.append(_stamp_text)
        elif isinstance(kind, Date):
            out.append(_date_text)
        elif table.name == "users" and column.name == "password_hash":
            out.append(_no_login)
        else:
            out.append(None)
    return out


def _stamp_text(value: Any) -> Any:
    if value is None:
        return None
    stamp: dt.datetime = value
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
    return stamp.isoformat(" ", "microseconds")


def _date_text(value: Any) -> Any:
    return None if value is None else value.isoformat()


def _no_login(_value: Any) -> str:
    return NO_LOGIN_HASH


def _batches(
    src: Connection, table: Table, cursor: int, hwm: int, size: int
) -> Iterator[tuple[list[tuple[Any, ...]], int]]:
    names = [c.name for c in table.columns]
    seq_at = names.index("change_seq")
    convert = list(enumerate(_converters(table)))
    active = [(i, f) for i, f in convert if f is not None]
    query = (
        f"SELECT {', '.join(names)} FROM {table.name} WHERE change_seq > %s "
        "ORDER BY change_seq LIMIT %s"
    )
    raw = src.connection.dbapi_connection
    assert raw is not None
    while True:
        cur = raw.cursor()
        try:
            cur.execute(query, (cursor, size))
            fetched = cur.fetchall()
        finally:
            cur.close()
        if not fetched:
            return
        if active:
            rows = []
            for row in fetched:
                values = list(row)
                for i, fn in active:
                    values[i] = fn(values[i])
                rows.append(tuple(values))
        else:
            rows = [tuple(row) for row in fetched]
        cursor = int(rows[-1][seq_at])
        yield rows, cursor
        if len(rows) < size or cursor > hwm:
            return


def _upsert_sql(table: Table) -> str:
    names = [c.name for c in table.columns]
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    return (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


def _apply_rows(
    cache: Database, table: Table, rows: list[tuple[Any, ...]], server: str, cursor: int
) -> None:
    with cache.write() as session:
        conn = session.connection()
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
        raw = conn.connection.dbapi_connection
        assert raw is not None
        _adopt_provisional(conn, table, rows)
        raw_cursor = raw.cursor()
        try:
            raw_cursor.executemany(_upsert_sql(table), rows)
        finally:
            raw_cursor.close()
        _write_cursor(conn, table.name, cursor, server, complete=False)


def _unique_keys(table: Table) -> list[list[str]]:
    """The column sets, other than the id, that are unique in ``table``."""
    keys: list[list[str]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append([c.name for c in constraint.columns])
    for index in table.indexes:
        if index.unique:
            keys.append([c.name for c in index.columns if isinstance(c, Column)])
    return [k for k in keys if k and k != ["id"]]


def _adopt_provisional(conn: Connection, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Rows made offline in the cache (ids below zero, callhandler.sync.local_store) that
    the server now holds under its own id (same number, same client uuid…): whatever
    refers to the provisional row is pointed at the server's, and the provisional row
    goes, so the upsert never trips over a unique key and no offline work is lost."""
    names = [c.name for c in table.columns]
    id_at = names.index("id")
    for key in _unique_keys(table):
        local = conn.execute(
            select(table.c.id, *(table.c[name] for name in key)).where(table.c.id < 0)
        ).all()
        if not local:
            continue
        at = [names.index(name) for name in key]
        incoming = {tuple(row[i] for i in at): row[id_at] for row in rows}
        for local_id, *values in local:
            server_id = incoming.get(tuple(values))
            if server_id is None or None in values:
                continue
            for child, column in _references(table.name):
                conn.execute(
                    child.update().where(child.c[column] == local_id).values({column: server_id})
                )
            conn.execute(table.delete().where(table.c.id == local_id))


def _references(name: str) -> list[tuple[Table, str]]:
    """Every (table, column) of the full schema with a foreign key to ``name``.id."""
    found: list[tuple[Table, str]] = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == name and fk.column.name == "id":
                found.append((table, fk.parent.name))
    return found


def _apply_tombstones(
    src: Connection, cache: Database, cursor: int, hwm: int, size: int, server: str
) -> int:
    """Delete what the server deleted, children before parents; returns rows deleted."""
    order = {name: i for i, name in enumerate(SYNCED_TABLES)}
    deleted = 0
    while True:
        rows = src.execute(
            select(_TOMBSTONE.c.change_seq, _TOMBSTONE.c.table_name, _TOMBSTONE.c.row_id)
            .where(_TOMBSTONE.c.change_seq > cursor, _TOMBSTONE.c.change_seq <= hwm)
            .order_by(_TOMBSTONE.c.change_seq)
            .limit(size)
        ).all()
        if not rows:
            return deleted
        cursor = int(rows[-1][0])
        with cache.write() as session:
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for _seq, name, row_id in sorted(rows, key=lambda r: -order.get(r[1], -1)):
                if name in _TABLES:
                    table = _TABLES[name]
                    result = conn.execute(table.delete().where(table.c.id == row_id))
                    deleted += result.rowcount or 0
            _write_cursor(conn, TOMBSTONES, cursor, server, complete=False)
        if len(rows) < size:
            return deleted


def _save_cursor(cache: Database, name: str, cursor: int, server: str, *, complete: bool) -> None:
    with cache.write() as session:
        _write_cursor(session.connection(), name, cursor, server, complete=complete)


def _write_cursor(conn: Connection, name: str, cursor: int, server: str, *, complete: bool) -> None:
    now = dt.datetime.now(dt.UTC) if complete else None
    statement = sqlite_insert(_STATE).values(
        name=name, cursor=cursor, server=server[:300], last_sync_at=now
    )
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["name"],
            set_={"cursor": cursor, "server": server[:300], "last_sync_at": now},
        )
    )

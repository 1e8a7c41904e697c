"""Fill a database with synthetic history, deterministic for a seed (``callhandler seed``).

Only invented data: Faker en_GB names, made-up streets with syntactically valid
postcodes, and telephone numbers from Ofcom's drama ranges. The whole run is one
transaction: a cancelled or failed seed leaves the database exactly as it was.

Streamed: the history is drawn in blocks (``world.BLOCK_INCIDENTS``) and each block is
written before the next is drawn, so memory does not grow with the incidents. On two or
more cores a helper process draws the blocks while this one writes them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import marshal
import multiprocessing
import multiprocessing.connection
import os
import queue
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from callhandler.errors import BadInput, CallHandlerError
from callhandler.importing.bulk import BIG_LOAD_ROWS, BulkWriter, paused_gc
from callhandler.progress import NoProgress, Progress, check_cancel
from callhandler.services import audit
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.person_latest import deferred_person_latest
from callhandler.synthetic import world
from callhandler.synthetic.da import DomesticAbuse
from callhandler.synthetic.rows import COLUMNS, TABLES, Batch, Plan, RowMaker, ref_prefix
from callhandler.synthetic.text import CATEGORIES, MARKER_TYPES
from callhandler.synthetic.world import World, WorldBuilder

__all__ = ["CATEGORIES", "MARKER_TYPES", "SeedResult", "build_world", "peak_memory", "seed"]

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_NO_PROGRESS = NoProgress()
PARALLEL_FROM = 100_000  # below this, starting a helper process costs more than it saves
# rows a load adds per incident, roughly: decides whether indexes are set aside
_ROWS_PER_INCIDENT = {
    "phones": 0.0, "addresses": 0.25, "people": 0.25, "incidents": 1.0,
    "incident_people": 0.6, "markers": 0.05,
}  # fmt: skip


@dataclass(frozen=True)
class SeedResult:
    """What one seed run added (new rows only) and how long it took."""

    incidents: int
    people: int
    addresses: int
    phones: int
    markers: int
    seconds: float


def build_world(seed_value: int, incidents: int, now: dt.datetime) -> World:
    """The synthetic history for a seed, all in memory (small runs and tests): the same
    blocks ``seed`` streams, with list indexes standing in for database ids."""
    builder = WorldBuilder(seed_value, _seconds(now), incidents)
    drawn = World(now=builder.now, phones=builder.phones)
    for block in builder.blocks(DomesticAbuse(builder), world.BLOCK_INCIDENTS):
        drawn.incidents += block
    drawn.loose_markers = builder.loose_markers()
    drawn.addresses = [builder.address_row(i) for i in range(builder.n_addresses)]
    drawn.people = [builder.person_row(i) for i in range(builder.n_people)]
    return drawn


def seed(
    db: Database,
    incidents: int,
    *,
    seed: int = 1,
    now: dt.datetime | None = None,
    progress: Progress = _NO_PROGRESS,
    parallel: bool | None = None,
) -> SeedResult:
    """Append ``incidents`` synthetic incidents (refs ``S{seed}-00000001``…) in one transaction.

    ``now`` (default: today 00:00 UTC) is the end of the three years of history; the same
    seed and ``now`` give identical rows. A seed already used in this database is refused.
    ``parallel`` (default: from PARALLEL_FROM incidents on two or more cores) draws the
    rows in a helper process; the rows are the same either way.
    """
    if incidents < 1:
        raise BadInput("The number of incidents to seed must be at least 1.")
    if parallel is None:
        parallel = incidents >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2
    if db.encrypted or (db.is_sqlite and db.sqlite_path is None):
        parallel = False  # a helper could not open it
    with paused_gc():
        return _seed(db, incidents, seed, _now(now), progress, parallel)


def peak_memory() -> dict[str, float]:
    """Peak resident memory so far of this process and of its finished helpers (MB)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return {}
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"peak_rss_mb": round(own / 1024, 1), "helper_peak_rss_mb": round(helpers / 1024, 1)}


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        today = dt.datetime.now(dt.UTC).date()
        return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    return now.astimezone(dt.UTC)


def _seconds(now: dt.datetime) -> int:
    return int((_now(now) - _EPOCH).total_seconds())


def _seed(
    db: Database, incidents: int, seed: int, now: dt.datetime, progress: Progress, parallel: bool
) -> SeedResult:
    started = time.perf_counter()
    with db.read() as session:
        _refuse_used_seed(BulkWriter(session, progress), seed)
    with db.write() as session:
        writer = BulkWriter(session, progress)
        writer.lock(TABLES)
        _refuse_used_seed(writer, seed)
        stored = frozenset(t for t in TABLES if not _table_empty(writer, t))
        plan = Plan(
            url=db.url.render_as_string(hide_password=False),
            seed=seed,
            now=_seconds(now),
            incidents=incidents,
            copy_text=not writer.is_sqlite,
            first_ids={t: writer.next_id(t) for t in TABLES},
            stored=stored,
            block=world.BLOCK_INCIDENTS,
        )
        progress.start(incidents, "Writing incidents")
        with writer.fast_load(), _deferred(writer, plan):
            counts = _write(writer, _batches(db, plan, parallel))
        writer.sync_sequences(TABLES)
        writer.analyze(TABLES)
        audit.record(
            session,
            system_actor("seed"),
            "seed",
            "database",
            f"S{seed}",
            {"seed": seed, "now": now.isoformat(), **counts},
        )
    return SeedResult(
        incidents=counts["incidents"],
        people=counts["people"],
        addresses=counts["addresses"],
        phones=counts["phones"],
        markers=counts["markers"],
        seconds=round(time.perf_counter() - started, 3),
    )


@contextlib.contextmanager
def _deferred(writer: BulkWriter, plan: Plan) -> Iterator[None]:
    """Indexes (and the address search trigger) set aside for a big load, rebuilt after."""
    with contextlib.ExitStack() as stack:
        if plan.incidents >= max(BIG_LOAD_ROWS, plan.first_ids["incidents"]):
            # At least doubling the history: person_latest is worked out once, after the
            # indexes (10 us a link by its trigger, under 2 us rebuilt; issue 18).
            stack.enter_context(deferred_person_latest(writer.cursor, writer.is_sqlite))
        for table in TABLES:
            rows = round(plan.incidents * _ROWS_PER_INCIDENT[table])
            if table == "addresses":
                first = plan.first_ids[table]
                stack.enter_context(writer.deferred_search_triggers(table, first, rows))
            stack.enter_context(writer.deferred_indexes(table, rows))
        yield


def _write(writer: BulkWriter, batches: Iterator[Batch]) -> dict[str, int]:
    counts = dict.fromkeys(TABLES, 0)
    for batch in batches:
        for table in TABLES:
            rows = batch.rows.get(table)
            if rows:
                if writer.is_sqlite:
                    counted = table == "incidents"
                    writer.insert(table, COLUMNS[table], rows, count_progress=counted)
                else:
                    writer.copy_text(table, COLUMNS[table], rows)
            counts[table] += batch.counts.get(table, 0)
        if not writer.is_sqlite and batch.incidents:
            writer.progress.advance(batch.incidents)
        check_cancel(writer.progress)
    return counts


def _batches(db: Database, plan: Plan, parallel: bool) -> Iterator[Batch]:
    """The blocks' rows, drawn here or by a helper process."""
    if parallel:
        yield from _from_helper(plan)
        return
    if not plan.stored:
        yield from RowMaker(plan, None).batches()
        return
    with db.read() as session:  # sees the database as it was before this transaction
        yield from RowMaker(plan, BulkWriter(session, _NO_PROGRESS)).batches()


def _end_with_the_writer() -> None:
    """A killed writer (``kill``, a closed terminal) reads no more rows: the helper ends too
    instead of staying behind with its memory and a core."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="seed-rows-writer", daemon=True).start()


def _helper(plan: Plan, out: Any) -> None:
    """The helper process: draw every block and send its rows (then None, or the error)."""
    _end_with_the_writer()
    with paused_gc():  # as in the writer: about 17 % of the helper's CPU (300,000 incidents)
        _draw_into(plan, out)


def _draw_into(plan: Plan, out: Any) -> None:
    try:
        if not plan.stored:
            for batch in RowMaker(plan, None).batches():
                out.put(_packed(batch))
        else:
            db = Database(plan.url)
            try:
                with db.read() as session:
                    for batch in RowMaker(plan, BulkWriter(session, _NO_PROGRESS)).batches():
                        out.put(_packed(batch))
            finally:
                db.dispose()
        out.put(None)
    except BaseException as exc:  # reported by the writer, which rolls back
        out.put(f"{type(exc).__name__}: {exc}")


def _packed(batch: Batch) -> bytes:
    """A block's rows for the queue: marshal (tuples of str, int, bool, None; bytes for
    COPY) costs about half of pickling the Batch (0.9 instead of 1.6 µs an incident)."""
    return marshal.dumps((batch.incidents, batch.rows, batch.counts))


def _from_helper(plan: Plan) -> Iterator[Batch]:
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=3)
    helper = context.Process(target=_helper, args=(plan, out), name="seed-rows", daemon=True)
    helper.start()
    try:
        while True:
            try:
                item = out.get(timeout=1.0)
            except queue.Empty:
                if not helper.is_alive():
                    raise CallHandlerError(
                        "The process drawing the synthetic rows stopped."
                    ) from None
                continue
            if item is None:
                return
            if isinstance(item, str):
                raise CallHandlerError(f"Drawing the synthetic rows failed: {item}")
            incidents, rows, counts = marshal.loads(item)
            yield Batch(incidents, rows, counts)
    finally:
        if helper.is_alive():
            helper.terminate()
        helper.join()
        out.cancel_join_thread()
        out.close()


def _refuse_used_seed(writer: BulkWriter, seed_value: int) -> None:
    prefix = ref_prefix(seed_value)
    used = writer.scalar("SELECT ref FROM incidents WHERE ref LIKE ? LIMIT 1", (prefix + "%",))
    if used is not None:
        raise BadInput(
            f"Seed {seed_value} was already used in this database (incident {used} exists): "
            "choose another --seed to add more history."
        )


def _table_empty(writer: BulkWriter, table: str) -> bool:
    return writer.scalar(f"SELECT 1 FROM {table} LIMIT 1") is None

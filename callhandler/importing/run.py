"""History import (``callhandler import FILE``): a force's CSV or JSON Lines export into incidents.

Good rows are kept when others are bad; each bad row is reported with its line number and
what to fix. Re-importing the same file changes nothing (rows carry a digest of their
normalised content); a row whose incident_ref was imported before with other content
updates that incident in place, its people and import markers replaced. The whole run is
one transaction: cancelling leaves the database as it was.

The file is streamed: rows are checked and written ``BATCH_ROWS`` at a time, and what
must be remembered across the whole file (which references it has used, on which line)
is kept in a temporary table, so memory does not grow with the file. A record given
byte for byte as when it was last imported is recognised by its text before it is
parsed (``importing.stream``) and only counted.

Times: ISO 8601; a time without an offset is taken as UTC (not UK local time), so an
export that writes local times must include the offset (``+01:00`` in summer).
Imported incidents are history: status ``finalised``, source ``import``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import operator
import time
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callhandler.importing.bulk import BulkWriter, paused_gc
from callhandler.importing.format import sniff
from callhandler.importing.rows import ImportRow, RowChecker, RowProblem
from callhandler.importing.store import Store
from callhandler.importing.stream import Batch, read_batches
from callhandler.progress import NoProgress, Progress, check_cancel
from callhandler.services import audit
from callhandler.services.context import Actor, require_role
from callhandler.storage.engine import Database

TABLES = ("phones", "addresses", "people", "incidents", "incident_people", "markers")
PROGRESS_EVERY = 10_000
BATCH_ROWS = 20_000  # rows checked and written together; memory is bounded by this
# SQLite's page cache during an import: with Python's batch and the interpreter, a
# 10,000,000-row import peaked at 480 MB of resident memory with 256 MiB
CACHE_KIB = 131_072
LOOKUP_CHUNK = 900  # references asked about in one statement (SQLite allows 999 marks)
RANGE_MIN = 1_000  # below this many references, asking for each costs no more
_NO_PROGRESS = NoProgress()
_REF = operator.itemgetter(1)  # of a (line, ref) pair
_LINE = operator.itemgetter(0)
_PACK_SEPARATOR = "\n"  # between the references of a packed batch (a ref holds none)


@dataclass(frozen=True)
class RejectedRow:
    """A row left out: its physical line in the file (CSV header = line 1) and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    unchanged: int
    rejected: list[RejectedRow]
    seconds: float

    @property
    def rows(self) -> int:
        return self.imported + self.updated + self.unchanged + len(self.rejected)

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second, 1),
        }


def import_file(
    db: Database, actor: Actor, path: Path, *, progress: Progress = _NO_PROGRESS
) -> ImportResult:
    """Import one export file; BadInput (nothing written) when it is not CSV or JSON Lines."""
    with paused_gc():
        return _import(db, actor, path, progress)


def _import(db: Database, actor: Actor, path: Path, progress: Progress) -> ImportResult:
    started = time.perf_counter()
    now = dt.datetime.now(dt.UTC)
    fmt = sniff(path)
    checker = RowChecker(now)
    rejected: list[RejectedRow] = []
    counts = {"imported": 0, "updated": 0, "unchanged": 0}
    progress.start(_estimate_rows(path), f"Importing {path.name}")
    with db.write() as session:
        actor = require_role(session, actor, ("admin",), "import export files")
        # The writer's own progress (per table written) would restart for every batch:
        # the file's rows are the progress shown; cancelling still stops between chunks.
        writer = BulkWriter(session, _CancelOnly(progress))
        writer.lock(TABLES)
        refs = _RefsSeen(writer)
        with _page_cache(writer, CACHE_KIB):
            for batch in read_batches(path, fmt, refs.imported_as, BATCH_ROWS):
                good, unchanged = _check(batch, checker, refs, rejected)
                counts["unchanged"] += unchanged
                store = Store(writer, now)
                store.run(good)
                rejected += [RejectedRow(line, reason) for line, reason in store.refused]
                for name in counts:
                    counts[name] += getattr(store, name)
                progress.advance(len(batch))
                check_cancel(progress)
                checker.trim()
            refs.drop()
            writer.sync_sequences(TABLES)
            writer.analyze(TABLES)
            rejected.sort(key=lambda r: r.line)
            audit.record(
                session,
                actor,
                "import",
                "file",
                path.name[:64],
                {"file": path.name, "format": fmt.kind, **counts, "rejected": len(rejected)},
            )
            _commit_unmapped(writer)
    return ImportResult(
        imported=counts["imported"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        rejected=rejected,
        seconds=time.perf_counter() - started,
    )


class _CancelOnly:
    """A progress that only passes on cancellation."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    def start(self, total: int, label: str) -> None:
        pass

    def advance(self, amount: int) -> None:
        pass

    def cancelled(self) -> bool:
        return self.progress.cancelled()


class _RefsSeen:
    """The incident references used so far in this file and their lines (a temporary
    table: a file of ten million rows would not fit a dictionary in memory)."""

    def __init__(self, writer: BulkWriter) -> None:
        self.w = writer
        self.highest: str | None = None  # the greatest reference added (Python's order)
        after = " WITHOUT ROWID" if writer.is_sqlite else " ON COMMIT DROP"
        writer.cursor.execute(
            "CREATE TEMPORARY TABLE import_refs_seen (ref VARCHAR(40) PRIMARY KEY, "
            f"line INTEGER NOT NULL){after}"
        )
        # SQLite: while no reference is ever asked about (a file in reference order), each
        # batch's (line, ref) pairs are kept as one packed row, not indexed one by one
        # (about 1.1 µs a row); the first question unpacks them into import_refs_seen.
        self.packs = 0 if writer.is_sqlite else -1  # -1: unpacked, rows go straight in
        if self.packs == 0:
            writer.cursor.execute(
                "CREATE TEMPORARY TABLE import_refs_packed (lines BLOB NOT NULL, refs TEXT NOT NULL)"
            )

    def earlier(self, refs: list[str]) -> dict[str, int]:
        self._unpack()
        sql = "SELECT ref, line FROM import_refs_seen WHERE ref IN ({})"
        return {str(ref): int(line) for ref, line in self.w.lookup_in(sql, refs)}

    def any_earlier(self, refs: set[str]) -> bool:
        """Whether any of ``refs`` was added before (no query when all sort after every
        reference added: a file in reference order never asks)."""
        if self.highest is None or not refs or min(refs) > self.highest:
            return False
        return bool(self.earlier(sorted(refs)))

    def add(self, kept: list[tuple[int, str]], top: str = "") -> None:
        """(line, ref) of the rows kept; ``top``: the greatest of their refs, when known."""
        if not kept:
            return
        if self.packs < 0 or not self._pack(kept):
            if self.w.is_sqlite:  # one statement: a third of the cost of a statement per row
                self.w.cursor.execute(
                    "INSERT INTO import_refs_seen (line, ref) "
                    "SELECT value ->> 0, value ->> 1 FROM json_each(?)",
                    (json.dumps(kept),),
                )
            else:
                self.w.insert("import_refs_seen", ("line", "ref"), kept)
        top = top or max(map(_REF, kept))
        self.highest = top if self.highest is None else max(self.highest, top)

    def imported_as(self, refs: list[str]) -> dict[str, str | None]:
        """ref -> the raw digest it was last imported with (None: not imported, or imported
        before there were raw digests); may hold other references too."""
        if self.w.is_sqlite and len(refs) >= RANGE_MIN:
            found = self._imported_between(min(refs), max(refs), 2 * len(refs) + RANGE_MIN)
            if found is not None:
                return found
        w, found = self.w, {}
        sql = (
            "SELECT ref, import_raw_digest FROM incidents WHERE source = 'import' "
            "AND import_raw_digest IS NOT NULL AND ref IN ({})"
        )
        for start in range(0, len(refs), LOOKUP_CHUNK):
            part = refs[start : start + LOOKUP_CHUNK]
            w.cursor.execute(sql.format(", ".join([w.mark] * len(part))), part)
            found.update(w.cursor.fetchall())
        return found

    def _imported_between(self, low: str, high: str, most: int) -> dict[str, str | None] | None:
        """SQLite (whose text order is Python's): every reference from ``low`` to ``high``
        in one walk along the reference index, when there are at most ``most`` of them
        (a batch of a file in reference order; None when there are more)."""
        self.w.cursor.execute(
            "SELECT ref, CASE WHEN source = 'import' THEN import_raw_digest END FROM incidents "
            "WHERE ref >= ? AND ref <= ? LIMIT ?",
            (low, high, most),
        )
        rows = self.w.cursor.fetchall()
        return dict(rows) if len(rows) < most else None

    def _pack(self, kept: list[tuple[int, str]]) -> bool:
        """Keep the pairs as one row (False, and nothing kept, if a reference holds the
        separator: then everything is unpacked and the pairs go in one by one)."""
        refs = _PACK_SEPARATOR.join(map(_REF, kept))
        if refs.count(_PACK_SEPARATOR) != len(kept) - 1:
            self._unpack()
            return False
        lines = array("q", map(_LINE, kept)).tobytes()
        self.w.cursor.execute(
            "INSERT INTO temp.import_refs_packed (rowid, lines, refs) VALUES (?, ?, ?)",
            (self.packs + 1, lines, refs),
        )
        self.packs += 1
        return True

    def _unpack(self) -> None:
        """Every packed row into import_refs_seen, one batch at a time (memory stays flat)."""
        if self.packs < 0:
            return
        cursor, packs = self.w.cursor, self.packs
        self.packs = -1
        for rowid in range(1, packs + 1):
            cursor.execute(
                "SELECT lines, refs FROM temp.import_refs_packed WHERE rowid = ?", (rowid,)
            )
            lines, refs = cursor.fetchone()
            cursor.executemany(
                "INSERT INTO import_refs_seen (line, ref) VALUES (?, ?)",
                zip(array("q", lines), refs.split(_PACK_SEPARATOR), strict=True),
            )
        cursor.execute("DELETE FROM temp.import_refs_packed")

    def drop(self) -> None:
        if self.w.is_sqlite:
            self.w.cursor.execute("DROP TABLE temp.import_refs_seen")
            self.w.cursor.execute("DROP TABLE temp.import_refs_packed")


def _check(
    batch: Batch, checker: RowChecker, refs: _RefsSeen, rejected: list[RejectedRow]
) -> tuple[list[ImportRow], int]:
    """The batch's rows to write (first occurrence of each ref in the file) and how many
    are unchanged since they were last imported, byte for byte (not checked again); the
    bad ones go to ``rejected`` with their reasons."""
    checked: list[tuple[int, str, ImportRow]] = []
    for line, raw, digest in batch.rows:
        if isinstance(raw, str):
            rejected.append(RejectedRow(line, raw))
            continue
        try:
            row = checker.check(line, raw, digest)
        except RowProblem as problem:
            rejected.append(RejectedRow(line, str(problem)))
            continue
        checked.append((line, row.ref, row))
    here = set(map(_REF, batch.same))
    here.update(ref for _line, ref, _row in checked)
    if len(here) == len(batch.same) + len(checked) and not refs.any_earlier(here):
        refs.add(batch.same + [(line, ref) for line, ref, _row in checked], max(here, default=""))
        return [row for _line, _ref, row in checked], len(batch.same)
    return _first_of_each(batch, checked, refs, rejected)


def _first_of_each(
    batch: Batch,
    checked: list[tuple[int, str, ImportRow]],
    refs: _RefsSeen,
    rejected: list[RejectedRow],
) -> tuple[list[ImportRow], int]:
    """A batch with a reference used twice: keep its first use in the file, refuse the rest."""
    entries: list[tuple[int, str, ImportRow | None]] = [
        (line, ref, None) for line, ref in batch.same
    ]
    entries += checked
    entries.sort(key=lambda entry: entry[0])
    first_line = refs.earlier(sorted({ref for _line, ref, _row in entries}))
    good: list[ImportRow] = []
    kept: list[tuple[int, str]] = []
    unchanged = 0
    for line, ref, found in entries:
        earlier = first_line.setdefault(ref, line)
        if earlier != line:
            rejected.append(
                RejectedRow(
                    line,
                    f"incident_ref {ref!r} already appears on line {earlier} of this file: "
                    "each incident may appear only once.",
                )
            )
            continue
        kept.append((line, ref))
        if found is None:
            unchanged += 1
        else:
            good.append(found)
    refs.add(kept)
    return good, unchanged


@contextlib.contextmanager
def _page_cache(writer: BulkWriter, kib: int) -> Iterator[None]:
    """SQLite: a page cache of ``kib`` for this import and no memory map, restored
    afterwards. A re-import reads every imported incident: through the connection's
    memory map (1 GiB) its pages counted in the process's resident memory (773 MB peak
    for 1,000,000 rows, 315 MB for the first import of the same file)."""
    if not writer.is_sqlite:
        yield
        return
    was = writer.scalar("PRAGMA cache_size"), writer.scalar("PRAGMA mmap_size")
    writer.cursor.execute(f"PRAGMA cache_size = -{int(kib)}")
    writer.cursor.execute("PRAGMA mmap_size = 0")
    try:
        yield
    finally:
        with contextlib.suppress(Exception):
            writer.cursor.execute(f"PRAGMA cache_size = {int(was[0])}")
            writer.cursor.execute(f"PRAGMA mmap_size = {int(was[1] or 0)}")


def _commit_unmapped(writer: BulkWriter) -> None:
    """SQLite: commit while the memory map is still off. The commit's checkpoint copies the
    whole load into the file, and through the map those pages counted in the process's
    memory (45 MB more at the end of 2,000,000 rows, up to the map's 1 GiB for larger
    files). The session's own commit then finds nothing to commit (it still runs its
    hooks: the audit event is witnessed after the commit as before)."""
    if writer.is_sqlite:
        writer.cursor.execute("COMMIT")


def _estimate_rows(path: Path) -> int:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            sample = handle.read(65_536)
    except OSError:
        return 0
    lines = max(1, sample.count(b"\n"))
    return max(1, round(size / (len(sample) / lines)))

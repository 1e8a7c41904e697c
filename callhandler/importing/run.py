"""History import (``callhandler import FILE``): a force's CSV or JSON Lines export into incidents.

Good rows are kept when others are bad; each bad row is reported with its line number and
what to fix. Re-importing the same file changes nothing (rows carry a digest of their
normalised content); a row whose incident_ref was imported before with other content
updates that incident in place, its people and import markers replaced. The whole run is
one transaction: cancelling leaves the database as it was.

Times: ISO 8601; a time without an offset is taken as UTC (not UK local time), so an
export that writes local times must include the offset (``+01:00`` in summer).
Imported incidents are history: status ``finalised``, source ``import``.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callhandler.importing.bulk import BulkWriter, paused_gc
from callhandler.importing.format import FileFormat, read_rows, sniff
from callhandler.importing.rows import ImportRow, RowChecker, RowProblem
from callhandler.importing.store import Store
from callhandler.progress import NoProgress, Progress, check_cancel
from callhandler.services import audit
from callhandler.services.context import Actor
from callhandler.storage.engine import Database

TABLES = ("phones", "addresses", "people", "incidents", "incident_people", "markers")
PROGRESS_EVERY = 10_000
_NO_PROGRESS = NoProgress()


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
    rows, rejected = _read(path, fmt, now, progress)
    with db.write() as session:
        writer = BulkWriter(session, progress)
        writer.lock(TABLES)
        with writer.fast_sqlite():
            store = Store(writer, now)
            store.run(rows)
        writer.sync_sequences(TABLES)
        refused = [RejectedRow(line, reason) for line, reason in store.refused]
        rejected = sorted(rejected + refused, key=lambda r: r.line)
        audit.record(
            session,
            actor,
            "import",
            "file",
            path.name[:64],
            {
                "file": path.name,
                "format": fmt.kind,
                "imported": store.imported,
                "updated": store.updated,
                "unchanged": store.unchanged,
                "rejected": len(rejected),
            },
        )
    return ImportResult(
        imported=store.imported,
        updated=store.updated,
        unchanged=store.unchanged,
        rejected=rejected,
        seconds=time.perf_counter() - started,
    )


def _read(
    path: Path, fmt: FileFormat, now: dt.datetime, progress: Progress
) -> tuple[list[ImportRow], list[RejectedRow]]:
    """Every good row (first occurrence of each ref) and every bad one with its reason."""
    checker = RowChecker(now)
    good: list[ImportRow] = []
    rejected: list[RejectedRow] = []
    first_line: dict[str, int] = {}
    progress.start(_estimate_rows(path), f"Reading {path.name}")
    count = 0
    for line, raw in read_rows(path, fmt):
        count += 1
        if count % PROGRESS_EVERY == 0:
            progress.advance(PROGRESS_EVERY)
            check_cancel(progress)
        if isinstance(raw, str):
            rejected.append(RejectedRow(line, raw))
            continue
        try:
            row = checker.check(line, raw)
        except RowProblem as problem:
            rejected.append(RejectedRow(line, str(problem)))
            continue
        earlier = first_line.setdefault(row.ref, line)
        if earlier != line:
            rejected.append(
                RejectedRow(
                    line,
                    f"incident_ref {row.ref!r} already appears on line {earlier} of this file: "
                    "each incident may appear only once.",
                )
            )
            continue
        good.append(row)
    progress.advance(count % PROGRESS_EVERY)
    return good, rejected


def _estimate_rows(path: Path) -> int:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            sample = handle.read(65_536)
    except OSError:
        return 0
    lines = max(1, sample.count(b"\n"))
    return max(1, round(size / (len(sample) / lines)))

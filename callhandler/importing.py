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
import itertools
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callhandler.bulk import BulkWriter, paused_gc
from callhandler.import_rows import (
    FileFormat,
    ImportRow,
    Party,
    RowChecker,
    RowProblem,
    read_rows,
    sniff,
)
from callhandler.progress import NoProgress, Progress, check_cancel
from callhandler.services import audit
from callhandler.services.context import Actor
from callhandler.storage.engine import Database

TABLES = ("phones", "addresses", "people", "incidents", "incident_people", "markers")
IMPORT_SET_BY = "import"
IMPORT_SOURCE = "import"
PROGRESS_EVERY = 10_000
_NO_PROGRESS = NoProgress()

INCIDENT_COLUMNS = (
    "id", "ref", "opened_at", "closed_at", "phone_id", "address_id", "category",
    "domestic_abuse", "grade", "risk_level", "children_present", "status", "summary",
    "source", "import_digest", "updated_at", "version_id",
)  # fmt: skip
UPDATE_INCIDENT = (
    "UPDATE incidents SET opened_at = ?, closed_at = ?, phone_id = ?, address_id = ?, "
    "category = ?, domestic_abuse = ?, grade = ?, risk_level = ?, children_present = ?, "
    "summary = ?, import_digest = ?, updated_at = ?, version_id = version_id + 1 WHERE id = ?"
)
MARKER_COLUMNS = (
    "id", "marker_type", "text", "address_id", "phone_id", "set_by", "set_at",
    "source_incident_id",
)  # fmt: skip


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
        rejected = sorted(rejected + store.rejected, key=lambda r: r.line)
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


class Store:
    """Writes checked rows: find-or-create numbers, places and people, then incidents."""

    def __init__(self, writer: BulkWriter, now: dt.datetime) -> None:
        self.w = writer
        self.now = now
        self.rejected: list[RejectedRow] = []
        self.imported = self.updated = self.unchanged = 0
        self.phone_ids: dict[str, int] = {}
        self.address_by_uprn: dict[str, int] = {}
        self.address_by_key: dict[str, int] = {}
        self.address_by_key_without_uprn: dict[str, int] = {}
        self.person_ids: dict[tuple[str, dt.date | None], int] = {}
        self.new_phones: list[tuple[Any, ...]] = []
        self.new_addresses: list[tuple[Any, ...]] = []
        self.uprn_updates: list[tuple[str, int]] = []
        self.new_people: list[tuple[Any, ...]] = []
        self._next: dict[str, int] = {}
        self._row_ids: dict[str, tuple[int | None, int | None, int | None, int | None]] = {}

    def run(self, rows: list[ImportRow]) -> None:
        existing = self._existing_incidents(rows)
        new: list[ImportRow] = []
        changed: list[tuple[ImportRow, int]] = []
        for row in rows:
            found = existing.get(row.ref)
            if found is None:
                new.append(row)
            elif found[2] != IMPORT_SOURCE:
                self.rejected.append(
                    RejectedRow(
                        row.line,
                        f"incident_ref {row.ref!r} is an incident recorded on this system, not "
                        "imported history: an import cannot overwrite it. Check the reference.",
                    )
                )
            elif found[1] == row.digest:
                self.unchanged += 1
            else:
                changed.append((row, found[0]))
        work = new + [row for row, _ in changed]
        self._resolve(work)
        check_cancel(self.w.progress)
        self._insert_entities(work)

        w = self.w
        next_id = w.next_id("incidents")
        ids = {row.ref: next_id + n for n, row in enumerate(new)}
        ids.update({row.ref: incident_id for row, incident_id in changed})
        if changed:
            changed_ids = [incident_id for _, incident_id in changed]
            w.delete_in("DELETE FROM incident_people WHERE incident_id IN ({})", changed_ids)
            w.delete_in(
                f"DELETE FROM markers WHERE set_by = '{IMPORT_SET_BY}' "
                "AND source_incident_id IN ({})",
                changed_ids,
            )
            w.progress.start(len(changed), "Updating incidents")
            w.execute_many(UPDATE_INCIDENT, (self._update_row(r, i) for r, i in changed))
            w.progress.advance(len(changed))
        updated_at = w.datetime(self.now)
        incident_rows = (self._incident_row(row, ids[row.ref], updated_at) for row in new)
        with w.deferred_indexes("incidents", len(new)):
            w.progress.start(len(new), "Writing incidents")
            w.insert("incidents", INCIDENT_COLUMNS, incident_rows)
        links = list(self._links(work, ids))
        with w.deferred_indexes("incident_people", len(links)):
            w.progress.start(len(links), "Writing incident people")
            w.insert("incident_people", ("id", "incident_id", "person_id", "role"), links)
        markers = list(self._markers(work, ids))
        with w.deferred_indexes("markers", len(markers)):
            w.progress.start(len(markers), "Writing markers")
            w.insert("markers", MARKER_COLUMNS, markers)
        self.imported = len(new)
        self.updated = len(changed)

    # -- what is there already -----------------------------------------------------

    def _existing_incidents(self, rows: list[ImportRow]) -> dict[str, tuple[int, str, str]]:
        """ref -> (id, import digest, source) for the refs in the file that are stored."""
        w = self.w
        if not rows or w.scalar("SELECT 1 FROM incidents LIMIT 1") is None:
            return {}
        stored = int(w.scalar("SELECT COUNT(*) FROM incidents"))
        if stored <= 2 * len(rows):
            everything = w.rows("SELECT ref, id, import_digest, source FROM incidents")
            wanted = {row.ref for row in rows}
            return {r[0]: (r[1], r[2], r[3]) for r in everything if r[0] in wanted}
        sql = "SELECT ref, id, import_digest, source FROM incidents WHERE ref IN ({})"
        return {r[0]: (r[1], r[2], r[3]) for r in w.lookup_in(sql, [row.ref for row in rows])}

    def _resolve(self, rows: list[ImportRow]) -> None:
        """Load the stored phones, addresses and people these rows may share."""
        w = self.w
        e164s = {row.phone.e164 for row in rows if row.phone}
        sql = "SELECT e164, id FROM phones WHERE e164 IN ({})"
        self.phone_ids.update(dict(w.lookup_in(sql, sorted(e164s))))
        uprns = {row.uprn for row in rows if row.uprn}
        sql = "SELECT uprn, id FROM addresses WHERE uprn IN ({}) ORDER BY id"
        for uprn, address_id in w.lookup_in(sql, sorted(uprns)):
            self.address_by_uprn.setdefault(uprn, address_id)
        keys = {row.address_key for row in rows if row.address_key}
        sql = "SELECT key, id, uprn FROM addresses WHERE key IN ({}) ORDER BY id"
        for key, address_id, uprn in w.lookup_in(sql, sorted(keys)):
            self.address_by_key.setdefault(key, address_id)
            if uprn is None:
                self.address_by_key_without_uprn.setdefault(key, address_id)
        names = {p.key for row in rows for p in (row.victim, row.suspect) if p}
        sql = "SELECT name_key, dob, id FROM people WHERE name_key IN ({}) ORDER BY id"
        for key, dob, person_id in w.lookup_in(sql, sorted(names)):
            born = dt.date.fromisoformat(dob[:10]) if isinstance(dob, str) else dob
            self.person_ids.setdefault((key, born), person_id)
        self._next = {t: w.next_id(t) for t in ("phones", "addresses", "people")}

    def _phone(self, row: ImportRow) -> int | None:
        if row.phone is None:
            return None
        found = self.phone_ids.get(row.phone.e164)
        if found is None:
            found = self.phone_ids[row.phone.e164] = self._take("phones")
            self.new_phones.append((found, row.phone.e164, row.phone.valid))
        return found

    def _address(self, row: ImportRow) -> int | None:
        """Same rules as live calls: by UPRN when given, else by the normalised key."""
        if not row.address and not row.uprn:
            return None
        key = row.address_key
        if row.uprn:
            found = self.address_by_uprn.get(row.uprn)
            if found is None and key:
                found = self.address_by_key_without_uprn.pop(key, None)
                if found is not None:
                    self.uprn_updates.append((row.uprn, found))
                    self.address_by_uprn[row.uprn] = found
        else:
            found = self.address_by_key.get(key)
        if found is None:
            found = self._take("addresses")
            postcode = row.postcode
            self.new_addresses.append(
                (
                    found,
                    row.address or f"UPRN {row.uprn}",
                    key,
                    postcode.text if postcode else None,
                    bool(postcode and postcode.valid),
                    row.uprn,
                )
            )
            self.address_by_key.setdefault(key, found)
            if row.uprn:
                self.address_by_uprn[row.uprn] = found
            else:
                self.address_by_key_without_uprn.setdefault(key, found)
        return found

    def _person(self, party: Party | None) -> int | None:
        if party is None:
            return None
        found = self.person_ids.get((party.key, party.dob))
        if found is None:
            found = self.person_ids[(party.key, party.dob)] = self._take("people")
            self.new_people.append((found, party.name, party.key, self.w.date(party.dob)))
        return found

    def _take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value

    # -- rows to write ---------------------------------------------------------------

    def _insert_entities(self, rows: list[ImportRow]) -> None:
        """Give every row its phone, address and people ids; write the ones that are new."""
        first_address = self._next["addresses"]
        self._row_ids = {
            row.ref: (
                self._phone(row),
                self._address(row),
                self._person(row.victim),
                self._person(row.suspect),
            )
            for row in rows
        }
        w = self.w
        w.progress.start(len(self.new_phones), "Writing numbers")
        w.insert("phones", ("id", "e164", "valid"), self.new_phones)
        if self.uprn_updates:
            w.execute_many("UPDATE addresses SET uprn = ? WHERE id = ?", self.uprn_updates)
        columns = ("id", "display", "key", "postcode", "postcode_valid", "uprn")
        with (
            w.deferred_search_triggers("addresses", first_address, len(self.new_addresses)),
            w.deferred_indexes("addresses", len(self.new_addresses)),
        ):
            w.progress.start(len(self.new_addresses), "Writing addresses")
            w.insert("addresses", columns, self.new_addresses)
        with w.deferred_indexes("people", len(self.new_people)):
            w.progress.start(len(self.new_people), "Writing people")
            w.insert("people", ("id", "name", "name_key", "dob"), self.new_people)

    def _ids(self, row: ImportRow) -> tuple[int | None, int | None, int | None, int | None]:
        return self._row_ids[row.ref]

    def _incident_row(self, row: ImportRow, incident_id: int, updated_at: Any) -> tuple[Any, ...]:
        phone, address, _victim, _suspect = self._ids(row)
        w = self.w
        opened, closed = w.naive_utc(row.opened), w.naive_utc(row.closed)
        return (
            incident_id, row.ref, opened, closed, phone,
            address, row.category, row.domestic_abuse, row.grade, row.risk_level,
            row.children_present, "finalised", row.summary, IMPORT_SOURCE, row.digest,
            updated_at, 1,
        )  # fmt: skip

    def _update_row(self, row: ImportRow, incident_id: int) -> tuple[Any, ...]:
        phone, address, _victim, _suspect = self._ids(row)
        w = self.w
        return (
            w.naive_utc(row.opened), w.naive_utc(row.closed), phone, address, row.category,
            row.domestic_abuse, row.grade, row.risk_level, row.children_present, row.summary,
            row.digest, w.datetime(self.now), incident_id,
        )  # fmt: skip

    def _links(self, rows: list[ImportRow], ids: dict[str, int]) -> Any:
        next_id = itertools.count(self.w.next_id("incident_people"))
        for row in rows:
            _phone, _address, victim, suspect = self._ids(row)
            if victim is not None:
                yield (next(next_id), ids[row.ref], victim, "victim")
            if suspect is not None:
                yield (next(next_id), ids[row.ref], suspect, "suspect")

    def _markers(self, rows: list[ImportRow], ids: dict[str, int]) -> Any:
        next_id = itertools.count(self.w.next_id("markers"))
        for row in rows:
            if not row.markers:
                continue
            phone, address, _victim, _suspect = self._ids(row)
            set_at = self.w.naive_utc(row.opened)
            text = f"From imported incident {row.ref}."
            for kind in row.markers:
                if address is not None:
                    yield (next(next_id), kind, text, address, None, IMPORT_SET_BY, set_at, ids[row.ref])  # fmt: skip
                if phone is not None:
                    yield (next(next_id), kind, text, None, phone, IMPORT_SET_BY, set_at, ids[row.ref])  # fmt: skip

"""Write checked history rows: find-or-create numbers, places and people, then incidents.

Runs inside the import's one transaction. Stored phones, addresses and people are looked
up once for the keys in the file and kept in dictionaries; new rows get ids assigned here
and go in through ``BulkWriter`` (executemany on SQLite, COPY on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

from callhandler.importing.bulk import BulkWriter
from callhandler.importing.rows import ImportRow, Party
from callhandler.progress import check_cancel

IMPORT_SET_BY = "import"
IMPORT_SOURCE = "import"
INCIDENT_COLUMNS = (
    "id", "ref", "opened_at", "closed_at", "phone_id", "address_id", "category",
    "domestic_abuse", "grade", "risk_level", "children_present", "status", "summary",
    "source", "import_digest", "updated_at", "version_id", "import_raw_digest",
)  # fmt: skip
UPDATE_INCIDENT = (
    "UPDATE incidents SET opened_at = ?, closed_at = ?, phone_id = ?, address_id = ?, "
    "category = ?, domestic_abuse = ?, grade = ?, risk_level = ?, children_present = ?, "
    "summary = ?, import_digest = ?, updated_at = ?, version_id = version_id + 1, "
    "import_raw_digest = ? WHERE id = ?"
)
MARKER_COLUMNS = (
    "id", "marker_type", "text", "address_id", "phone_id", "set_by", "set_at",
    "source_incident_id",
)  # fmt: skip
# phone id, address id, victim id, suspect id of one row
EntityIds = tuple[int | None, int | None, int | None, int | None]


class Store:
    """Writes one import's good rows; counts what it did and the rows it had to refuse."""

    def __init__(self, writer: BulkWriter, now: dt.datetime) -> None:
        self.w = writer
        self.now = now
        self.refused: list[tuple[int, str]] = []  # (line, reason)
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
        self.raw_digests: list[tuple[str, int]] = []  # (raw digest, incident id) to store

    def run(self, rows: list[ImportRow]) -> None:
        existing = self._existing_incidents(rows)
        new: list[ImportRow] = []
        changed: list[ImportRow] = []
        changed_ids: list[int] = []
        for row in rows:
            found = existing.get(row.ref)
            if found is None:
                new.append(row)
            elif found[2] != IMPORT_SOURCE:
                self.refused.append(
                    (
                        row.line,
                        f"incident_ref {row.ref!r} is an incident recorded on this system, not "
                        "imported history: an import cannot overwrite it. Check the reference.",
                    )
                )
            elif found[1] == row.digest:
                self.unchanged += 1
                if found[3] != row.raw_digest:  # written differently: next time, fast
                    self.raw_digests.append((row.raw_digest, found[0]))
            else:
                changed.append(row)
                changed_ids.append(found[0])
        if self.raw_digests:
            self.w.execute_many(
                "UPDATE incidents SET import_raw_digest = ? WHERE id = ?", self.raw_digests
            )
        work = new + changed
        self._load_stored(work)
        check_cancel(self.w.progress)
        entity_ids = [self._entity_ids(row) for row in work]
        self._write_entities()

        w = self.w
        first_new = w.next_id("incidents")
        incident_ids = list(range(first_new, first_new + len(new))) + changed_ids
        if changed:
            self._update(changed, changed_ids, entity_ids[len(new) :])
        with w.deferred_indexes("incidents", len(new)):
            w.progress.start(len(new), "Writing incidents")
            w.insert("incidents", INCIDENT_COLUMNS, self._incident_rows(new, entity_ids, first_new))
        links = list(self._links(entity_ids, incident_ids))
        with w.deferred_indexes("incident_people", len(links)):
            w.progress.start(len(links), "Writing incident people")
            w.insert("incident_people", ("id", "incident_id", "person_id", "role"), links)
        markers = list(self._markers(work, entity_ids, incident_ids))
        with w.deferred_indexes("markers", len(markers)):
            w.progress.start(len(markers), "Writing markers")
            w.insert("markers", MARKER_COLUMNS, markers)
        self.imported = len(new)
        self.updated = len(changed)

    # -- what is stored already ----------------------------------------------------

    def _existing_incidents(
        self, rows: list[ImportRow]
    ) -> dict[str, tuple[int, str, str, str | None]]:
        """ref -> (id, import digest, source, raw digest) for the refs stored already."""
        w = self.w
        if not rows or w.scalar("SELECT 1 FROM incidents LIMIT 1") is None:
            return {}
        columns = "ref, id, import_digest, source, import_raw_digest"
        stored = int(w.scalar("SELECT COUNT(*) FROM incidents"))
        if stored <= 2 * len(rows):
            everything = w.rows(f"SELECT {columns} FROM incidents")
            wanted = {row.ref for row in rows}
            return {r[0]: (r[1], r[2], r[3], r[4]) for r in everything if r[0] in wanted}
        sql = f"SELECT {columns} FROM incidents WHERE ref IN ({{}})"
        found = w.lookup_in(sql, [row.ref for row in rows])
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in found}

    def _load_stored(self, rows: list[ImportRow]) -> None:
        """Load the stored phones, addresses and people these rows may share."""
        w = self.w
        self._next = {t: w.next_id(t) for t in ("phones", "addresses", "people")}
        if all(self._next[t] == 1 for t in self._next):
            return  # an empty database: nothing to share
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

    # -- find or create --------------------------------------------------------------

    def _entity_ids(self, row: ImportRow) -> EntityIds:
        return (
            self._phone(row),
            self._address(row),
            self._person(row.victim),
            self._person(row.suspect),
        )

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

    # -- writing -----------------------------------------------------------------------

    def _write_entities(self) -> None:
        w = self.w
        w.progress.start(len(self.new_phones), "Writing numbers")
        w.insert("phones", ("id", "e164", "valid"), self.new_phones)
        if self.uprn_updates:
            w.execute_many("UPDATE addresses SET uprn = ? WHERE id = ?", self.uprn_updates)
        columns = ("id", "display", "key", "postcode", "postcode_valid", "uprn")
        first_address = self.new_addresses[0][0] if self.new_addresses else 0
        with (
            w.deferred_search_triggers("addresses", first_address, len(self.new_addresses)),
            w.deferred_indexes("addresses", len(self.new_addresses)),
        ):
            w.progress.start(len(self.new_addresses), "Writing addresses")
            w.insert("addresses", columns, self.new_addresses)
        with w.deferred_indexes("people", len(self.new_people)):
            w.progress.start(len(self.new_people), "Writing people")
            w.insert("people", ("id", "name", "name_key", "dob"), self.new_people)

    def _update(self, rows: list[ImportRow], ids: list[int], entity_ids: list[EntityIds]) -> None:
        """Changed rows: replace the incident's fields, its people and its import markers."""
        w = self.w
        w.delete_in("DELETE FROM incident_people WHERE incident_id IN ({})", ids)
        w.delete_in(
            f"DELETE FROM markers WHERE set_by = '{IMPORT_SET_BY}' AND source_incident_id IN ({{}})",
            ids,
        )
        now = w.datetime(self.now)
        values = (
            (
                w.naive_utc(row.opened),
                w.naive_utc(row.closed),
                phone,
                address,
                row.category,
                row.domestic_abuse,
                row.grade,
                row.risk_level,
                row.children_present,
                row.summary,
                row.digest,
                now,
                row.raw_digest,
                incident_id,
            )  # fmt: skip
            for row, incident_id, (phone, address, _v, _s) in zip(
                rows, ids, entity_ids, strict=False
            )
        )
        w.progress.start(len(rows), "Updating incidents")
        w.execute_many(UPDATE_INCIDENT, values)
        w.progress.advance(len(rows))

    def _incident_rows(
        self, rows: list[ImportRow], entity_ids: list[EntityIds], first_id: int
    ) -> Iterator[tuple[Any, ...]]:
        as_stored = self.w.naive_utc
        updated_at = self.w.datetime(self.now)
        for n, row in enumerate(rows):
            phone, address, _victim, _suspect = entity_ids[n]
            yield (
                first_id + n, row.ref, as_stored(row.opened), as_stored(row.closed), phone,
                address, row.category, row.domestic_abuse, row.grade, row.risk_level,
                row.children_present, "finalised", row.summary, IMPORT_SOURCE, row.digest,
                updated_at, 1, row.raw_digest,
            )  # fmt: skip

    def _links(
        self, entity_ids: list[EntityIds], incident_ids: list[int]
    ) -> Iterator[tuple[int, int, int, str]]:
        next_id = itertools.count(self.w.next_id("incident_people"))
        for (_phone, _address, victim, suspect), incident_id in zip(
            entity_ids, incident_ids, strict=True
        ):
            if victim is not None:
                yield (next(next_id), incident_id, victim, "victim")
            if suspect is not None:
                yield (next(next_id), incident_id, suspect, "suspect")

    def _markers(
        self, rows: list[ImportRow], entity_ids: list[EntityIds], incident_ids: list[int]
    ) -> Iterator[tuple[Any, ...]]:
        """Each marker type of a row on its address and on its number, sourced to the incident."""
        next_id = itertools.count(self.w.next_id("markers"))
        for row, (phone, address, _v, _s), incident_id in zip(
            rows, entity_ids, incident_ids, strict=True
        ):
            if not row.markers:
                continue
            set_at = self.w.naive_utc(row.opened)
            text = f"From imported incident {row.ref}."
            for kind in row.markers:
                if address is not None:
                    yield (next(next_id), kind, text, address, None, IMPORT_SET_BY, set_at, incident_id)  # fmt: skip
                if phone is not None:
                    yield (next(next_id), kind, text, None, phone, IMPORT_SET_BY, set_at, incident_id)  # fmt: skip

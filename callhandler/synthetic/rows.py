"""Turn a seed's blocks of incidents into the rows ``seed`` writes, here or in a second process.

The rows depend only on the seed, ``now`` and what the database held before the seed:
every block is drawn the same way whether it is consumed in this process or streamed from a
helper process while this one writes (two cores: one draws, one writes). Phones, addresses
and people are added when a block first uses them, reusing rows stored before the seed
(looked up through a read connection, which sees the database as it was).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from callhandler.synthetic.da import DomesticAbuse
from callhandler.synthetic.text import SEED_SET_BY
from callhandler.synthetic.world import (
    BLOCK_INCIDENTS,
    DAY,
    YEAR,
    IncidentSpec,
    MarkerSpec,
    WorldBuilder,
)

TABLES = ("phones", "addresses", "people", "incidents", "incident_people", "markers")
COLUMNS: dict[str, tuple[str, ...]] = {
    "phones": ("id", "e164", "valid"),
    "addresses": ("id", "display", "key", "postcode", "postcode_valid"),
    "people": ("id", "name", "name_key", "dob"),
    "incidents": (
        "id", "ref", "opened_at", "closed_at", "phone_id", "address_id", "category",
        "domestic_abuse", "grade", "risk_level", "children_present", "status", "summary",
        "source", "updated_at", "version_id",
    ),
    "incident_people": ("id", "incident_id", "person_id", "role"),
    "markers": (
        "id", "marker_type", "text", "address_id", "phone_id", "person_id", "set_by", "set_at",
        "expires_at", "source_incident_id",
    ),
}  # fmt: skip
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


@dataclass(frozen=True)
class Plan:
    """What the rows are drawn from: crosses to the helper process (picklable)."""

    url: str  # the database, for the read connection that finds stored rows
    seed: int
    now: int  # seconds since 1970, UTC
    incidents: int
    copy_text: bool  # PostgreSQL: rows come as COPY text, not tuples
    first_ids: dict[str, int]
    stored: frozenset[str]  # tables that held rows before the seed
    block: int = BLOCK_INCIDENTS  # incidents drawn (and sorted) at a time: part of the seed


@dataclass
class Batch:
    """One block's new rows by table (tuples, or COPY text for PostgreSQL) and counts."""

    incidents: int
    rows: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


class Lookup(Protocol):
    def lookup_in(self, sql: str, values: Iterable[Any]) -> Iterator[tuple[Any, ...]]: ...


def ref_prefix(seed_value: int) -> str:
    return f"S{seed_value}-"


class RowMaker:
    """Draws the blocks and gives each its rows with database ids."""

    def __init__(self, plan: Plan, stored: Lookup | None) -> None:
        self.plan = plan
        self.stored = stored
        self.b = WorldBuilder(plan.seed, plan.now, plan.incidents)
        self.phone_id = array("q", [0]) * len(self.b.phones)
        self.address_id = array("q", [0]) * self.b.n_addresses
        self.person_id = array("q")
        self.next = dict(plan.first_ids)
        self.refs = 0
        self.prefix = ref_prefix(plan.seed)
        first_day = (self.b.today - self.b.span) // DAY - 2
        self._first_day = first_day
        epoch = dt.date(1970, 1, 1)
        last_day = (plan.now + 2 * YEAR) // DAY + 2
        self._days = [
            (epoch + dt.timedelta(days=d)).strftime("%Y-%m-%d ")
            for d in range(first_day, last_day + 1)
        ]
        self._times = [
            f"{h:02d}:{m:02d}:{s:02d}.000000"
            for h in range(24)
            for m in range(60)
            for s in range(60)
        ]

    def ts(self, seconds: int) -> str:
        """The text SQLAlchemy writes for a UTCDateTime (and COPY reads on PostgreSQL)."""
        return self._days[seconds // DAY - self._first_day] + self._times[seconds % DAY]

    def batches(self) -> Iterator[Batch]:
        for block in self.b.blocks(DomesticAbuse(self.b), self.plan.block):
            yield self._batch(block, [])
        yield self._batch([], self.b.loose_markers())

    # -- one block ------------------------------------------------------------------

    def _batch(self, block: list[IncidentSpec], loose: list[tuple[MarkerSpec, int]]) -> Batch:
        phones: set[int] = set()
        addresses: set[int] = set()
        people: set[int] = set()
        targets = {"phone": phones, "address": addresses, "person": people}
        phones.update([spec[2] for spec in block])
        addresses.update([spec[3] for spec in block])
        for spec in block:
            for person, _role in spec[10]:
                people.add(person)
            for marker in spec[11]:
                targets[marker[2]].add(marker[3])
        for marker, _set_at in loose:
            targets[marker[2]].add(marker[3])
        phones.discard(-1)
        addresses.discard(-1)
        batch = Batch(incidents=len(block))
        rows = batch.rows
        rows["phones"] = self._phones(sorted(p for p in phones if not self.phone_id[p]))
        rows["addresses"] = self._addresses(sorted(a for a in addresses if not self.address_id[a]))
        rows["people"] = self._people(sorted(p for p in people if not self._person(p)))
        rows["incidents"], rows["incident_people"], rows["markers"] = self._incidents(block, loose)
        batch.counts = {table: len(r) for table, r in rows.items()}
        if self.plan.copy_text:
            batch.rows = {table: copy_text(r) for table, r in rows.items() if r}
        return batch

    def _person(self, index: int) -> int:
        if index >= len(self.person_id):
            self.person_id.extend([0] * (self.b.n_people - len(self.person_id)))
        return self.person_id[index]

    def _take_id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value

    def _phones(self, new: list[int]) -> list[tuple[Any, ...]]:
        e164 = {i: self.b.phones[i].e164 for i in new}
        existing: dict[str, int] = {}
        if self.stored is not None and "phones" in self.plan.stored:
            sql = "SELECT e164, id FROM phones WHERE e164 IN ({})"
            existing = {k: v for k, v in self.stored.lookup_in(sql, e164.values())}
        rows = []
        for i in new:
            if e164[i] in existing:
                self.phone_id[i] = existing[e164[i]]
                continue
            self.phone_id[i] = self._take_id("phones")
            rows.append((self.phone_id[i], e164[i], self.b.phones[i].valid))
        return rows

    def _addresses(self, new: list[int]) -> list[tuple[Any, ...]]:
        """One row per normalised key, shared with rows stored before the seed."""
        made = {i: self.b.address_row(i) for i in new}
        by_key: dict[str, int] = {}
        if self.stored is not None and "addresses" in self.plan.stored:
            sql = "SELECT key, id FROM addresses WHERE key IN ({})"
            for key, row_id in self.stored.lookup_in(sql, {m[1] for m in made.values()}):
                by_key.setdefault(key, row_id)
        rows = []
        for i in new:
            display, key, postcode = made[i]
            if key not in by_key:
                by_key[key] = self._take_id("addresses")
                rows.append((by_key[key], display, key, postcode, True))
            self.address_id[i] = by_key[key]
        return rows

    def _people(self, new: list[int]) -> list[tuple[Any, ...]]:
        """The same person when name key and date of birth agree with a stored row."""
        made = {i: self.b.person_row(i) for i in new}
        known: dict[tuple[str, int], int] = {}
        if self.stored is not None and "people" in self.plan.stored:
            sql = "SELECT name_key, dob, id FROM people WHERE name_key IN ({})"
            for key, dob, row_id in self.stored.lookup_in(sql, {m[1] for m in made.values()}):
                if dob is not None:
                    known.setdefault((key, _ordinal(dob)), row_id)
        rows = []
        for i in new:
            name, key, dob = made[i]
            if (key, dob) not in known:
                known[(key, dob)] = self._take_id("people")
                rows.append((known[(key, dob)], name, key, dt.date.fromordinal(dob).isoformat()))
            self.person_id[i] = known[(key, dob)]
        return rows

    def _incidents(
        self, block: list[IncidentSpec], loose: list[tuple[MarkerSpec, int]]
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        incidents: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        markers: list[tuple[Any, ...]] = []
        prefix, person_id = self.prefix, self.person_id
        days, times, first_day = self._days, self._times, self._first_day
        phone_id, address_id = self.phone_id, self.address_id
        incident = self.next["incidents"]
        link = self.next["incident_people"]
        ref = self.refs
        for spec in block:
            (opened, closed, phone, address, category, da, grade, risk, kids, summary,
             people, placed) = spec  # fmt: skip
            ref += 1
            closed_at = days[closed // DAY - first_day] + times[closed % DAY]
            for person, role in people:
                links.append((link, incident, person_id[person], role))
                link += 1
            for marker in placed:
                markers.append(self._marker(marker, closed, incident))
            opened_at = days[opened // DAY - first_day] + times[opened % DAY]
            incidents.append(
                (incident, f"{prefix}{ref:08d}", opened_at, closed_at,
                 phone_id[phone] if phone >= 0 else None,
                 address_id[address] if address >= 0 else None, category, da, grade, risk,
                 kids, "finalised", summary, "seed", closed_at, 1)
            )  # fmt: skip
            incident += 1
        self.refs = ref
        self.next["incidents"], self.next["incident_people"] = incident, link
        for marker, set_at in loose:
            markers.append(self._marker(marker, set_at, None))
        return incidents, links, markers

    def _marker(self, marker: MarkerSpec, set_at: int, incident: int | None) -> tuple[Any, ...]:
        kind, text, target, index, valid_for = marker
        ids = {"address": self.address_id, "phone": self.phone_id, "person": self.person_id}
        row_id = ids[target][index]
        return (
            self._take_id("markers"), kind, text,
            row_id if target == "address" else None,
            row_id if target == "phone" else None,
            row_id if target == "person" else None,
            SEED_SET_BY, self.ts(set_at),
            self.ts(set_at + valid_for) if valid_for else None,
            incident,
        )  # fmt: skip


def copy_text(rows: list[tuple[Any, ...]]) -> bytes:
    """Rows in PostgreSQL's COPY text format (tab-separated, ``\\N`` for NULL).

    Fast path: every value through ``str`` in one join (booleans as True/False, which
    PostgreSQL reads), then NULLs put in by one pattern over the whole text. Used only
    when no value holds a tab, line break or backslash (the counts prove it), else each
    value is escaped. A text value that is exactly "None" would be read as NULL: the
    synthetic vocabularies have none.
    """
    if not rows:
        return b""
    text = "\n".join(["\t".join(map(str, row)) for row in rows]) + "\n"
    plain = (
        "\\" not in text
        and "\r" not in text
        and text.count("\n") == len(rows)
        and text.count("\t") == len(rows) * (len(rows[0]) - 1)
    )
    if not plain:
        lines = ["\t".join(map(_copy_value, row)) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    return _NULL_FIELD.sub(r"\\N", text).encode()


_NULL_FIELD = re.compile(r"(?<![^\t\n])None(?![^\t\n])")


def _copy_value(value: Any) -> str:
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, str):
        return value.translate(_COPY_ESCAPES)
    return str(value)


def _ordinal(value: Any) -> int:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]).toordinal()
    return int(value.toordinal())

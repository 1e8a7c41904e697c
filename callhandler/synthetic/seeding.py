"""Fill a database with synthetic history, deterministic for a seed (``callhandler seed``).

Only invented data: Faker en_GB names, made-up streets with syntactically valid
postcodes, and telephone numbers from Ofcom's drama ranges. The whole run is one
transaction: a cancelled or failed seed leaves the database exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from callhandler.errors import BadInput
from callhandler.importing.bulk import BulkWriter, paused_gc
from callhandler.progress import NoProgress, Progress, check_cancel
from callhandler.services import audit
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.synthetic.da import DomesticAbuse
from callhandler.synthetic.text import CATEGORIES, MARKER_TYPES, SEED_SET_BY
from callhandler.synthetic.world import World, WorldBuilder

__all__ = ["CATEGORIES", "MARKER_TYPES", "SeedResult", "build_world", "seed"]

TABLES = ("phones", "addresses", "people", "incidents", "incident_people", "markers")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_NO_PROGRESS = NoProgress()


@dataclass(frozen=True)
class SeedResult:
    """What one seed run added (new rows only) and how long it took."""

    incidents: int
    people: int
    addresses: int
    phones: int
    markers: int
    seconds: float


def ref_prefix(seed_value: int) -> str:
    return f"S{seed_value}-"


def build_world(seed_value: int, incidents: int, now: dt.datetime) -> World:
    """The synthetic history for a seed, in memory (no database involved)."""
    now_s = int((now - _EPOCH).total_seconds())
    builder = WorldBuilder(seed_value, now_s, incidents)
    da_incidents = DomesticAbuse(builder).run()
    builder.general_incidents(incidents - da_incidents)
    builder.loose_markers()
    return builder.finish()


def seed(
    db: Database,
    incidents: int,
    *,
    seed: int = 1,
    now: dt.datetime | None = None,
    progress: Progress = _NO_PROGRESS,
) -> SeedResult:
    """Append ``incidents`` synthetic incidents (refs ``S{seed}-00000001``…) in one transaction.

    ``now`` (default: today 00:00 UTC) is the end of the three years of history; the same
    seed and ``now`` give identical rows. A seed already used in this database is refused.
    """
    if incidents < 1:
        raise BadInput("The number of incidents to seed must be at least 1.")
    with paused_gc():
        return _seed(db, incidents, seed, now, progress)


def _seed(
    db: Database, incidents: int, seed: int, now: dt.datetime | None, progress: Progress
) -> SeedResult:
    started = time.perf_counter()
    if now is None:
        today = dt.datetime.now(dt.UTC).date()
        now = dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=dt.UTC)
    now = now.astimezone(dt.UTC)
    with db.read() as session:
        _refuse_used_seed(BulkWriter(session, progress), seed)
    progress.start(incidents, "Building synthetic history")
    world = build_world(seed, incidents, now)
    progress.advance(incidents)
    check_cancel(progress)

    with db.write() as session:
        writer = BulkWriter(session, progress)
        writer.lock(TABLES)
        _refuse_used_seed(writer, seed)
        with writer.fast_sqlite():
            counts = _write(writer, world, seed)
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


def _refuse_used_seed(writer: BulkWriter, seed_value: int) -> None:
    prefix = ref_prefix(seed_value)
    used = writer.scalar("SELECT ref FROM incidents WHERE ref LIKE ? LIMIT 1", (prefix + "%",))
    if used is not None:
        raise BadInput(
            f"Seed {seed_value} was already used in this database (incident {used} exists): "
            "choose another --seed to add more history."
        )


def _referenced(world: World) -> tuple[set[int], set[int], set[int]]:
    """Indexes of the phones, addresses and people that some incident or marker uses."""
    incidents = world.incidents
    phones = {spec[2] for spec in incidents}
    addresses = {spec[3] for spec in incidents}
    people = {person for spec in incidents for person, _role in spec[10]}
    targets = {"phone": phones, "address": addresses, "person": people}
    placed = [marker for spec in incidents if spec[11] for marker in spec[11]]
    for marker in placed + [marker for marker, _set_at in world.loose_markers]:
        targets[marker[2]].add(marker[3])
    phones.discard(-1)
    addresses.discard(-1)
    return phones, addresses, people


def _table_empty(writer: BulkWriter, table: str) -> bool:
    return writer.scalar(f"SELECT 1 FROM {table} LIMIT 1") is None


def _write(writer: BulkWriter, world: World, seed_value: int) -> dict[str, int]:
    """Insert the world's rows, reusing phones, addresses and people already stored."""
    used_phones, used_addresses, used_people = _referenced(world)
    phone_id, new_phones = _phones(writer, world, used_phones)
    address_id, new_addresses = _addresses(writer, world, used_addresses)
    person_id, new_people = _people(writer, world, used_people)

    links: list[tuple[int, int, int, str]] = []
    markers: list[tuple[Any, ...]] = []
    first_incident = writer.next_id("incidents")
    next_link = itertools.count(writer.next_id("incident_people"))
    next_marker = itertools.count(writer.next_id("markers"))
    targets = {"address": address_id, "phone": phone_id, "person": person_id}

    def marker_row(marker: tuple[Any, ...], set_at: int, incident: int | None) -> tuple[Any, ...]:
        kind, text, target, index, valid_for = marker
        row_id = targets[target][index]
        return (
            next(next_marker), kind, text,
            row_id if target == "address" else None,
            row_id if target == "phone" else None,
            row_id if target == "person" else None,
            SEED_SET_BY, writer.timestamp(set_at),
            writer.timestamp(set_at + valid_for) if valid_for else None,
            incident,
        )  # fmt: skip

    def incident_rows() -> Iterator[tuple[Any, ...]]:
        ts = writer.timestamps(world.incidents[0][0], world.now)  # sorted; closed <= now
        prefix = ref_prefix(seed_value)
        phone_of = phone_id.get
        address_of = address_id.get
        add_link = links.append
        for n, spec in enumerate(world.incidents):
            (opened, closed, phone, address, category, da, grade, risk, kids, summary,
             people, placed) = spec  # fmt: skip
            incident = first_incident + n
            closed_at = ts(closed)
            for person, role in people:
                add_link((next(next_link), incident, person_id[person], role))
            for marker in placed:
                markers.append(marker_row(marker, closed, incident))
            yield (
                incident, f"{prefix}{n + 1:08d}", ts(opened), closed_at, phone_of(phone),
                address_of(address), category, da, grade, risk, kids, "finalised", summary,
                "seed", closed_at, 1,
            )  # fmt: skip

    with writer.deferred_indexes("incidents", len(world.incidents)):
        _insert(writer, "incidents", INCIDENT_COLUMNS, incident_rows(), total=len(world.incidents))
    for marker, set_at in world.loose_markers:
        markers.append(marker_row(marker, set_at, None))
    with writer.deferred_indexes("incident_people", len(links)):
        _insert(writer, "incident_people", ("id", "incident_id", "person_id", "role"), links)
    with writer.deferred_indexes("markers", len(markers)):
        _insert(writer, "markers", MARKER_COLUMNS, markers)
    return {
        "incidents": len(world.incidents),
        "people": len(new_people),
        "addresses": len(new_addresses),
        "phones": len(new_phones),
        "markers": len(markers),
        "incident_people": len(links),
    }


def _phones(
    writer: BulkWriter, world: World, used: set[int]
) -> tuple[dict[int, int], list[tuple[Any, ...]]]:
    """Phone ids by world index: existing rows by E.164 (unique), new rows for the rest."""
    e164 = {i: world.phones[i].e164 for i in used}
    sql = "SELECT e164, id FROM phones WHERE e164 IN ({})"
    existing = dict(writer.lookup_in(sql, e164.values()))
    ids: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    next_id = writer.next_id("phones")
    for i in sorted(used):
        if e164[i] in existing:
            ids[i] = existing[e164[i]]
            continue
        ids[i] = next_id
        rows.append((next_id, e164[i], world.phones[i].valid))
        next_id += 1
    _insert(writer, "phones", ("id", "e164", "valid"), rows)
    return ids, rows


def _addresses(
    writer: BulkWriter, world: World, used: set[int]
) -> tuple[dict[int, int], list[tuple[Any, ...]]]:
    """Address ids by world index: one row per normalised key, shared with stored rows."""
    by_key: dict[str, int] = {}
    if not _table_empty(writer, "addresses"):
        keys = {world.addresses[i][1] for i in used}
        sql = "SELECT key, id FROM addresses WHERE key IN ({})"
        for key, row_id in writer.lookup_in(sql, keys):
            by_key.setdefault(key, row_id)
    ids: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    first_id = next_id = writer.next_id("addresses")
    for i in sorted(used):
        display, key, postcode = world.addresses[i]
        if key not in by_key:
            by_key[key] = next_id
            rows.append((next_id, display, key, postcode, True))
            next_id += 1
        ids[i] = by_key[key]
    columns = ("id", "display", "key", "postcode", "postcode_valid")
    with (
        writer.deferred_search_triggers("addresses", first_id, len(rows)),
        writer.deferred_indexes("addresses", len(rows)),
    ):
        _insert(writer, "addresses", columns, rows)
    return ids, rows


def _people(
    writer: BulkWriter, world: World, used: set[int]
) -> tuple[dict[int, int], list[tuple[Any, ...]]]:
    """Person ids by world index: the same person when name key and date of birth agree."""
    known: dict[tuple[str, int], int] = {}
    if not _table_empty(writer, "people"):
        keys = {world.people[i][1] for i in used}
        sql = "SELECT name_key, dob, id FROM people WHERE name_key IN ({})"
        for key, dob, row_id in writer.lookup_in(sql, keys):
            if dob is not None:
                known.setdefault((key, _ordinal(dob)), row_id)
    ids: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    next_id = writer.next_id("people")
    for i in sorted(used):
        name, key, dob = world.people[i]
        if (key, dob) not in known:
            known[(key, dob)] = next_id
            rows.append((next_id, name, key, writer.date(dt.date.fromordinal(dob))))
            next_id += 1
        ids[i] = known[(key, dob)]
    with writer.deferred_indexes("people", len(rows)):
        _insert(writer, "people", ("id", "name", "name_key", "dob"), rows)
    return ids, rows


INCIDENT_COLUMNS = (
    "id", "ref", "opened_at", "closed_at", "phone_id", "address_id", "category",
    "domestic_abuse", "grade", "risk_level", "children_present", "status", "summary",
    "source", "updated_at", "version_id",
)  # fmt: skip
MARKER_COLUMNS = (
    "id", "marker_type", "text", "address_id", "phone_id", "person_id", "set_by", "set_at",
    "expires_at", "source_incident_id",
)  # fmt: skip


def _insert(
    writer: BulkWriter,
    table: str,
    columns: tuple[str, ...],
    rows: Any,
    *,
    total: int | None = None,
) -> None:
    writer.progress.start(total if total is not None else len(rows), f"Writing {table}")
    writer.insert(table, columns, rows)


def _ordinal(value: Any) -> int:
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10]).toordinal()
    return int(value.toordinal())

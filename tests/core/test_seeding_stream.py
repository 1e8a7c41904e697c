"""Streamed seeding (issue 18): the same rows however they are chunked or which process
draws them, one transaction even with a helper process, and memory that does not grow
with the number of incidents."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from callhandler.bench.report import complete_build
from callhandler.importing import bulk
from callhandler.progress import Cancelled
from callhandler.storage.engine import Database
from callhandler.synthetic import world
from callhandler.synthetic.seeding import build_world, seed

NOW = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
TABLES = ("incidents", "incident_people", "markers", "people", "addresses", "phones")


def _rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every seeded row that a user could see, by reference and value (ids included)."""
    queries = {
        "incidents": "SELECT id, ref, opened_at, closed_at, phone_id, address_id, category, "
        "domestic_abuse, grade, risk_level, children_present, summary FROM incidents",
        "incident_people": "SELECT id, incident_id, person_id, role FROM incident_people",
        "markers": "SELECT id, marker_type, address_id, phone_id, person_id, set_at, "
        "expires_at, source_incident_id FROM markers",
        "people": "SELECT id, name, name_key, dob FROM people",
        "addresses": "SELECT id, display, key, postcode FROM addresses",
        "phones": "SELECT id, e164 FROM phones",
    }
    with db.read() as session:
        return {
            table: [
                tuple(_as_sqlite_text(v) for v in row)
                for row in session.execute(text(sql + " ORDER BY id"))
            ]
            for table, sql in queries.items()
        }


def _as_sqlite_text(value: object) -> object:
    """Dates and times as SQLite stores them (PostgreSQL gives objects)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(" ", "microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _sqlite(sqlite_template: Path, tmp_path: Path, name: str) -> Database:
    path = tmp_path / name
    path.write_bytes(sqlite_template.read_bytes())
    return Database(f"sqlite:///{path}")


def test_same_rows_whatever_the_chunks_the_process_or_the_backend(
    db: Database,
    sqlite_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Several blocks, written in chunks of 37 rows here, 50,000 there, drawn by a helper
    process on the fixture's backend (SQLite and PostgreSQL): the same rows."""
    monkeypatch.setattr(world, "BLOCK_INCIDENTS", 700)
    monkeypatch.setattr(bulk, "BIG_LOAD_ROWS", 10)  # indexes set aside in both runs
    seed(db, 2500, seed=9, now=NOW, parallel=True)
    monkeypatch.setattr(bulk, "CHUNK_ROWS", 37)
    other = _sqlite(sqlite_template, tmp_path, "chunked.sqlite3")
    try:
        seed(other, 2500, seed=9, now=NOW, parallel=False)
        streamed, chunked = _rows(db), _rows(other)
    finally:
        other.dispose()
    assert len(streamed["incidents"]) == 2500
    assert streamed == chunked
    drawn = build_world(9, 2500, NOW)  # the in-memory world is the same history
    assert [r[11] for r in chunked["incidents"]] == [s[9] for s in drawn.incidents]


def test_a_block_is_sorted_by_opening_and_keeps_the_share_of_domestic_abuse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(world, "BLOCK_INCIDENTS", 1000)
    drawn = build_world(4, 6000, NOW)
    for start in range(0, 6000, 1000):
        block = drawn.incidents[start : start + 1000]
        assert [s[0] for s in block] == sorted(s[0] for s in block)
        share = sum(1 for s in block if s[5]) / len(block)
        assert 0.04 <= share <= 0.10, (start, share)


class CancelAfterChunks:
    """Cancels once some incidents have been written (the helper is still drawing)."""

    def __init__(self, chunks: int) -> None:
        self.label = ""
        self.chunks = chunks
        self.written = 0

    def start(self, total: int, label: str) -> None:
        self.label = label

    def advance(self, amount: int) -> None:
        if self.label == "Writing incidents":
            self.written += 1

    def cancelled(self) -> bool:
        return self.written >= self.chunks


def test_cancel_half_way_with_a_helper_leaves_the_database_as_it_was(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(world, "BLOCK_INCIDENTS", 500)
    monkeypatch.setattr(bulk, "BIG_LOAD_ROWS", 10)
    seed(db, 300, seed=1, now=NOW, parallel=False)  # history already there stays as it was
    before = _rows(db)
    progress = CancelAfterChunks(3)
    with pytest.raises(Cancelled):
        seed(db, 5000, seed=2, now=NOW, progress=progress, parallel=True)
    assert progress.written == 3  # cancelled half-way through the incidents
    assert _rows(db) == before
    assert multiprocessing.active_children() == []  # the helper was stopped
    seed(db, 200, seed=2, now=NOW)  # the seed was not used up: nothing of it was kept
    assert len(_rows(db)["incidents"]) == 500


def _peak_bytes(tmp_path: Path, sqlite_template: Path, incidents: int) -> int:
    db = _sqlite(sqlite_template, tmp_path, f"memory-{incidents}.sqlite3")
    try:
        tracemalloc.start()
        seed(db, incidents, seed=5, now=NOW, parallel=False)
        _size, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        db.dispose()
    return peak


def test_memory_does_not_grow_with_the_incidents(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four times the incidents: Python's peak grows by a small part only (the integer
    arrays for places and people), not fourfold as when the whole world was held."""
    monkeypatch.setattr(world, "BLOCK_INCIDENTS", 1000)
    small = _peak_bytes(tmp_path, sqlite_template, 5000)
    large = _peak_bytes(tmp_path, sqlite_template, 20_000)
    assert large < small * 1.5, (small, large)


def test_the_bench_reports_10m_measured_when_it_built_10m_and_extrapolates_otherwise() -> None:
    measured = {"build": {"incidents": 10_000_000, "seconds": 280.0, "incidents_per_second": 35714}}
    complete_build(measured)
    assert measured["build"]["seconds_for_10m_at_this_rate"] == 280
    assert measured["build"]["seconds_for_10m_measured"] is True
    assert measured["build"]["met"] is True
    small = {"build": {"incidents": 1_000_000, "seconds": 40.0, "incidents_per_second": 25_000}}
    complete_build(small)
    assert small["build"]["seconds_for_10m_at_this_rate"] == 400
    assert small["build"]["seconds_for_10m_measured"] is False
    assert small["build"]["met"] is False


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(x) for x in path.read_text().split()] if path.exists() else []


def _gone(pid: int) -> bool:
    """Ended (a zombie nobody reaps counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith("Z")
    except (FileNotFoundError, ProcessLookupError):
        return True


def test_the_helper_ends_when_the_seed_command_is_killed(tmp_path: Path) -> None:
    """An administrator's `kill` of a long seed leaves no process drawing rows behind."""
    import signal
    import subprocess
    import sys
    import time

    command = [sys.executable, "-m", "callhandler", "seed", "--incidents", "2000000",
               "--quiet", "--data-dir", str(tmp_path / "data"),
               "--db", f"sqlite:///{tmp_path / 'big.sqlite3'}"]  # fmt: skip
    seeding = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        helpers: list[int] = []
        deadline = time.monotonic() + 60
        while not helpers and time.monotonic() < deadline:  # the helper starts drawing
            helpers = [c for c in _children(seeding.pid) if "spawn_main" in
                       Path(f"/proc/{c}/cmdline").read_text(errors="replace")]  # fmt: skip
            time.sleep(0.05)
        assert helpers, "the seed command never started its helper process"
    finally:
        seeding.send_signal(signal.SIGKILL)
        seeding.wait()
    deadline = time.monotonic() + 30
    while not all(_gone(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in helpers), "the helper kept running after the seed was killed"

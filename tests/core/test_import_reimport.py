"""Re-importing an export: a record given byte for byte as last time is recognised by its
text before it is parsed (``importing.stream``), and everything else is checked and
applied exactly as on a first import (changed rows, quotes, line breaks, moved, removed
and repeated rows, another header); memory stays flat however long the file."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from callhandler.bench.importing import write_export
from callhandler.importing import rows, run
from callhandler.importing.run import ImportResult, import_file
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import MMAP_BYTES, Database
from callhandler.storage.models import AuditEvent, Incident, IncidentPerson, Marker
from outage_helpers import copy_of

HEADER = (
    "incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,"
    "grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,"
    "markers,summary\n"
)


@pytest.fixture
def actor() -> Actor:
    return system_actor("import")


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The line of every row the import checked and normalised (an unchanged row is not)."""
    lines: list[int] = []
    check = rows.RowChecker.check

    def counting(self: rows.RowChecker, line: int, raw: Any, digest: str) -> rows.ImportRow:
        lines.append(line)
        return check(self, line, raw, digest)

    monkeypatch.setattr(rows.RowChecker, "check", counting)
    return lines


def snapshot(db: Database) -> dict[str, Any]:
    """Every imported incident's stored fields by reference, and the rows hanging off them."""
    with db.read() as session:
        incidents = {
            i.ref: (
                i.opened_at,
                i.closed_at,
                i.phone_id,
                i.address_id,
                i.category,
                i.domestic_abuse,
                i.grade,
                i.risk_level,
                i.children_present,
                i.summary,
                i.version_id,
                i.import_digest,
            )  # fmt: skip
            for i in session.execute(select(Incident)).scalars()
        }
        links = session.execute(select(func.count()).select_from(IncidentPerson)).scalar_one()
        markers = session.execute(select(func.count()).select_from(Marker)).scalar_one()
    return {"incidents": incidents, "links": links, "markers": markers}


def as_csv(records: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(records)
    return out.getvalue()


def outcome(result: ImportResult) -> tuple[int, int, int, list[int]]:
    return result.imported, result.updated, result.unchanged, [r.line for r in result.rejected]


def last_audit(db: Database) -> dict[str, Any]:
    with db.read() as session:
        event = (
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.action == "import")
                .order_by(AuditEvent.id.desc())
            )
            .scalars()
            .first()
        )
        assert event is not None
        return dict(json.loads(event.detail))


@pytest.fixture
def export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """1,200 rows read in batches of 500: what is remembered crosses batches."""
    monkeypatch.setattr(run, "BATCH_ROWS", 500)
    path = tmp_path / "export.csv"
    write_export(path, 1_200)
    return path


def test_an_unchanged_file_changes_nothing_and_every_row_is_unchanged_unchecked(
    db: Database, actor: Actor, export: Path, checked: list[int]
):
    first = import_file(db, actor, export)
    assert outcome(first) == (1_200, 0, 0, [])
    before = snapshot(db)
    checked.clear()
    again = import_file(db, actor, export)
    assert outcome(again) == (0, 0, 1_200, [])
    assert checked == []  # recognised by its text, not parsed and checked again
    assert snapshot(db) == before
    assert last_audit(db) == {"file": "export.csv", "format": "csv", "imported": 0,
                              "updated": 0, "unchanged": 1_200, "rejected": 0}  # fmt: skip


def test_one_changed_row_among_unchanged_ones_is_exactly_the_change_applied(
    db: Database, actor: Actor, export: Path, checked: list[int], tmp_path: Path
):
    import_file(db, actor, export)
    before = snapshot(db)
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    fields = next(csv.reader([lines[700]]))
    assert fields[0] == "BENCH-000000699"
    fields[10] = "medium" if fields[10] != "medium" else "high"
    fields[17] = "Argument overheard by a neighbour again."
    lines[700] = as_csv([fields])
    changed = tmp_path / "changed.csv"
    changed.write_text("".join(lines), encoding="utf-8")
    checked.clear()
    result = import_file(db, actor, changed)
    assert outcome(result) == (0, 1, 1_199, [])
    assert checked == [701]
    after = snapshot(db)
    old, new = before["incidents"].pop("BENCH-000000699"), after["incidents"].pop("BENCH-000000699")
    assert after == before  # every other incident, person link and marker as it was
    assert (new[7], new[9], new[10]) == (fields[10], fields[17], 2)
    assert new[:7] == old[:7]


def test_rows_moved_or_removed_are_still_unchanged_and_nothing_is_deleted(
    db: Database, actor: Actor, export: Path, checked: list[int], tmp_path: Path
):
    import_file(db, actor, export)
    before = snapshot(db)
    header, *body = export.read_text(encoding="utf-8").splitlines(keepends=True)
    moved = tmp_path / "moved.csv"
    moved.write_text(header + "".join(reversed(body[100:])), encoding="utf-8")  # 100 removed
    checked.clear()
    result = import_file(db, actor, moved)
    assert outcome(result) == (0, 0, 1_100, [])
    assert checked == []
    assert snapshot(db) == before  # a row left out of a later export is not deleted


def test_a_reference_given_twice_is_refused_the_second_time_changed_or_not(
    db: Database, actor: Actor, export: Path, checked: list[int], tmp_path: Path
):
    import_file(db, actor, export)
    before = snapshot(db)
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    again = lines[5]  # line 6 of the file, unchanged
    other = lines[10].replace("by a neighbour.", "by someone else.")  # line 11, changed
    twice = tmp_path / "twice.csv"
    twice.write_text("".join([*lines, again, other]), encoding="utf-8")
    result = import_file(db, actor, twice)
    assert outcome(result) == (0, 0, 1_200, [1_202, 1_203])
    assert "'BENCH-000000004' already appears on line 6" in result.rejected[0].reason
    assert "'BENCH-000000009' already appears on line 11" in result.rejected[1].reason
    assert snapshot(db) == before
    # the changed row first, then the line as imported: the first is applied, not the second
    swapped = tmp_path / "swapped.csv"
    swapped.write_text("".join([lines[0], other, *lines[1:]]), encoding="utf-8")
    result = import_file(db, actor, swapped)
    assert outcome(result) == (0, 1, 1_199, [12])
    assert "already appears on line 2" in result.rejected[0].reason


def test_repeats_are_refused_by_line_before_and_after_the_references_stop_rising(
    db: Database, actor: Actor, export: Path, tmp_path: Path
):
    """A file in reference order is remembered batch by batch without being asked about;
    the first reference that goes back (a repeat) makes it look up every earlier batch,
    and a repeat of a row read after that is still found, first import and re-import."""
    lines = export.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = lines[1:]
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("".join([lines[0], *rows[:700], rows[50], *rows[700:], rows[900]]))
    for expected in ((1_200, 0, 0, [702, 1_203]), (0, 0, 1_200, [702, 1_203])):
        result = import_file(db, actor, mixed)
        assert outcome(result) == expected
        assert "'BENCH-000000050' already appears on line 52" in result.rejected[0].reason
        assert "'BENCH-000000900' already appears on line 903" in result.rejected[1].reason


def test_an_import_commits_before_the_memory_map_comes_back(
    sqlite_template: Path, tmp_path: Path, export: Path, actor: Actor
):
    """SQLite: the commit, whose checkpoint copies the whole load into the file, runs with
    the memory map still off (through the map those pages counted in the import's memory:
    45 MB more at 2,000,000 rows); afterwards the connection has its map back for the
    look-ups, and the import and its audit event are committed."""
    db = copy_of(sqlite_template, tmp_path)
    statements: list[str] = []
    event.listen(db.engine, "connect", lambda raw, _r: raw.set_trace_callback(statements.append))
    try:
        assert outcome(import_file(db, actor, export)) == (1_200, 0, 0, [])
        with db.read() as session:
            mapped = session.connection().exec_driver_sql("PRAGMA mmap_size").scalar()
        assert last_audit(db)["imported"] == 1_200
    finally:
        db.dispose()
    assert mapped == MMAP_BYTES
    order = [s for s in statements if s.startswith(("PRAGMA mmap_size =", "COMMIT"))]
    assert order[:3] == ["PRAGMA mmap_size = 0", "COMMIT", f"PRAGMA mmap_size = {MMAP_BYTES}"]


def test_quotes_and_line_breaks_are_unchanged_on_a_reimport_and_a_change_inside_is_applied(
    db: Database, actor: Actor, tmp_path: Path, checked: list[int]
):
    row = "Q-{n},2024-01-0{n}T10:00:00Z,,07700 90060{n},\"{n} Test Street, Town\",CB1 2AD,,theft,no,3,,no,Ann Victim,,,,,{summary}\n"  # fmt: skip
    summaries = ['"Said ""leave""\nthen left"', '"plain, with a comma"', "no quotes at all"]
    path = tmp_path / "quoted.csv"
    path.write_text(
        HEADER + "".join(row.format(n=n, summary=s) for n, s in enumerate(summaries, 1)),
        encoding="utf-8",
    )
    assert outcome(import_file(db, actor, path)) == (3, 0, 0, [])
    with db.read() as session:
        stored = session.execute(select(Incident.summary).where(Incident.ref == "Q-1")).scalar()
    assert stored == 'Said "leave"\nthen left'
    before = snapshot(db)
    checked.clear()
    assert outcome(import_file(db, actor, path)) == (0, 0, 3, [])
    assert checked == [] and snapshot(db) == before
    path.write_text(path.read_text(encoding="utf-8").replace("then left", "then came back"))
    result = import_file(db, actor, path)
    assert outcome(result) == (0, 1, 2, [])
    with db.read() as session:
        stored = session.execute(select(Incident.summary).where(Incident.ref == "Q-1")).scalar()
    assert stored == 'Said "leave"\nthen came back'


def test_a_line_a_quote_left_open_takes_in_is_not_counted_though_imported_before(
    db: Database, actor: Actor, tmp_path: Path
):
    """The third line, byte for byte a row imported before, is inside the second's open
    quote: refused with it, exactly as on a first import, never counted unchanged."""
    good = "R-{n},2024-01-0{n}T10:00:00Z,,07700 90070{n},{n} Test Street,CB1 2AD,,theft,no,3,,no,,,,,,{s}\n"  # fmt: skip
    first = tmp_path / "first.csv"
    first.write_text(HEADER + "".join(good.format(n=n, s="ok") for n in (1, 2, 3)))
    import_file(db, actor, first)
    before = snapshot(db)
    broken = tmp_path / "broken.csv"
    broken.write_text(
        HEADER + good.format(n=1, s="ok") + good.format(n=2, s='"a note') + good.format(n=3, s="ok")
    )
    result = import_file(db, actor, broken)
    assert outcome(result) == (0, 0, 1, [3, 4])
    assert "A quote opened in summary on this line" in result.rejected[0].reason
    assert "read as part of a quoted field that begins on line 3" in result.rejected[1].reason
    assert snapshot(db) == before


def test_another_header_checks_every_row_once_then_recognises_them(
    db: Database, actor: Actor, export: Path, checked: list[int], tmp_path: Path
):
    """The same text under another header means other fields: checked again (unchanged,
    the same incidents), then recognised by its text the time after."""
    import_file(db, actor, export)
    before = snapshot(db)
    with export.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    other = tmp_path / "semicolons.csv"
    other.write_text(as_csv(records, delimiter=";"), encoding="utf-8")
    checked.clear()
    assert outcome(import_file(db, actor, other)) == (0, 0, 1_200, [])
    assert len(checked) == 1_200 and snapshot(db) == before
    checked.clear()
    assert outcome(import_file(db, actor, other)) == (0, 0, 1_200, [])
    assert checked == []


def test_json_lines_reimport_is_recognised_and_a_change_applied(
    db: Database, actor: Actor, tmp_path: Path, checked: list[int]
):
    row = {"incident_ref": "J-{n}", "opened_at": "2024-01-01T10:00:00Z",
           "phone": "07700 900800", "category": "theft", "summary": "first"}  # fmt: skip
    lines = [json.dumps({**row, "incident_ref": f"J-{n}"}) for n in range(1, 6)]
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert outcome(import_file(db, actor, path)) == (5, 0, 0, [])
    checked.clear()
    assert outcome(import_file(db, actor, path)) == (0, 0, 5, [])
    assert checked == []
    lines[2] = lines[2].replace('"first"', '"second"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert outcome(import_file(db, actor, path)) == (0, 1, 4, [])
    assert checked == [3]


def _peaks(template: Path, folder: Path, count: int) -> tuple[float, float]:
    """tracemalloc peak MB of a first import of ``count`` rows and of its re-import."""
    folder.mkdir()
    export = folder / "export.csv"
    write_export(export, count)
    db = copy_of(template, folder)
    peaks = []
    try:
        for expected in ((count, 0), (0, count)):
            tracemalloc.start()
            try:
                result = import_file(db, system_actor("import"), export)
                peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
            finally:
                tracemalloc.stop()
            assert (result.imported, result.unchanged) == expected
    finally:
        db.dispose()
    return peaks[0], peaks[1]


def test_peak_memory_of_ten_times_the_rows_is_the_same(
    sqlite_template: Path, tmp_path: Path, private_folders: Path, monkeypatch: pytest.MonkeyPatch
):
    """2,000 and 20,000 rows in batches of 1,000 (caches of 1,000): the same peak, for the
    first import and for the re-import."""
    monkeypatch.setattr(run, "BATCH_ROWS", 1_000)
    monkeypatch.setattr(rows, "CACHE_MOST", 1_000)
    small = _peaks(sqlite_template, tmp_path / "small", 2_000)
    large = _peaks(sqlite_template, tmp_path / "large", 20_000)
    assert large[0] < small[0] * 1.2 + 0.5, (small, large)
    assert large[1] < small[1] * 1.2 + 0.5, (small, large)


def test_a_byte_that_is_not_utf8_past_the_sniffed_head_is_one_refused_row(
    db: Database, actor: Actor, tmp_path: Path
):
    path = tmp_path / "late-latin1.csv"
    write_export(path, 400)  # about 80 KB: past the 64 KB the format is recognised from
    with path.open("ab") as handle:
        handle.write(b"BENCH-\xff,2024-03-01T10:00:00Z,,07700 900100,1 Test Street,CB1 2AD,"
                     b",theft,no,3,,no,,,,,,caf\xe9\n")  # fmt: skip
    for expected in ((400, 0), (0, 400)):
        result = import_file(db, actor, path)
        assert (result.imported, result.unchanged) == expected
        assert [r.line for r in result.rejected] == [402]
        assert "not valid UTF-8" in result.rejected[0].reason

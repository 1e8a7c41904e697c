"""History import: good rows kept, bad rows reported by line, idempotent, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callhandler.bench.importing import write_export
from callhandler.cli import main
from callhandler.errors import BadInput
from callhandler.importing import bulk, rows, run
from callhandler.importing.run import ImportResult, import_file
from callhandler.progress import Cancelled
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import (
    Address,
    AuditEvent,
    Incident,
    IncidentPerson,
    Marker,
    Person,
    Phone,
)
from callhandler.synthetic.seeding import seed
from outage_helpers import copy_of
from signin_helpers import sign_in_as

DATA = Path(__file__).resolve().parent.parent / "data"
GOOD_CSV = DATA / "history_good.csv"
GOOD_JSONL = DATA / "history_good.jsonl"
BAD_ROWS_CSV = DATA / "history_bad_rows.csv"
TABLES = (Incident, Address, Phone, Person, IncidentPerson, Marker)
HEADER = (
    "incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,"
    "grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,"
    "markers,summary\n"
)
UTC = dt.UTC


@pytest.fixture
def actor() -> Actor:
    return system_actor("import")


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            m.__tablename__: session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (*TABLES, AuditEvent)
        }


def incident(db: Database, ref: str) -> dict[str, object]:
    with db.read() as session:
        row = session.execute(select(Incident).where(Incident.ref == ref)).scalar_one()
        return {
            "opened_at": row.opened_at,
            "closed_at": row.closed_at,
            "phone": row.phone.e164 if row.phone else None,
            "address_id": row.address_id,
            "category": row.category,
            "domestic_abuse": row.domestic_abuse,
            "grade": row.grade,
            "risk_level": row.risk_level,
            "children_present": row.children_present,
            "status": row.status,
            "source": row.source,
            "version": row.version_id,
            "people": sorted((p.role, p.person.name) for p in row.people),
            "markers": sorted(
                (m.marker_type, "address" if m.address_id else "phone")
                for m in session.execute(
                    select(Marker).where(Marker.source_incident_id == row.id)
                ).scalars()
            ),
        }


def test_good_csv_imports_with_variant_spellings_resolved(db: Database, actor: Actor):
    result = import_file(db, actor, GOOD_CSV)
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (6, 0, 0, [])
    assert result.rows_per_second > 0
    first = incident(db, "FX-2024-000101")
    assert first["opened_at"] == dt.datetime(2024, 3, 1, 14, 5, tzinfo=UTC)
    assert first["phone"] == "+447700900101"
    assert first["people"] == [("suspect", "John Example"), ("victim", "Jane Example")]
    assert first["markers"] == [
        ("children_at_address", "address"),
        ("children_at_address", "phone"),
        ("domestic_abuse", "address"),
        ("domestic_abuse", "phone"),
    ]
    assert (first["status"], first["source"], first["risk_level"]) == (
        "finalised",
        "import",
        "medium",
    )
    # "Flat 2, 14 Mill Road" / "14 Mill Rd Flat 2" / "2/14 mill road": one place, one number
    same_place = [incident(db, f"FX-2024-00010{n}") for n in (1, 2, 3)]
    assert len({i["address_id"] for i in same_place}) == 1
    assert same_place[1]["phone"] == "+447700900101"
    # offsets are honoured; a time without one is UTC
    assert same_place[2]["opened_at"] == dt.datetime(2024, 4, 2, 8, 30, tzinfo=UTC)
    silent = incident(db, "FX-2024-000104")
    assert silent["opened_at"] == dt.datetime(2024, 5, 17, 3, 12, tzinfo=UTC)
    assert silent["closed_at"] is None and silent["address_id"] is None
    # the UPRN row and the abbreviated spelling without UPRN are the same address
    assert (
        incident(db, "FX-2024-000105")["address_id"] == incident(db, "FX-2024-000106")["address_id"]
    )
    c = counts(db)
    assert (c["addresses"], c["phones"], c["people"]) == (2, 4, 4)
    with db.read() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "import")
        ).scalar_one()
        assert event.entity_id == "history_good.csv"
        assert json.loads(event.detail)["imported"] == 6


def test_good_jsonl_imports_unicode_names_as_given(db: Database, actor: Actor):
    result = import_file(db, actor, GOOD_JSONL)
    assert (result.imported, result.rejected) == (3, [])
    first = incident(db, "FJ-2024-000201")
    assert ("victim", "Zoë Ñúñez-O'Brien") in first["people"]
    second = incident(db, "FJ-2024-000202")
    assert second["address_id"] == first["address_id"]
    assert second["grade"] == 2 and second["domestic_abuse"] is True
    assert counts(db)["people"] == 2  # the upper-case spelling is the same person


def test_bad_rows_are_reported_by_line_and_good_rows_kept(db: Database, actor: Actor):
    result = import_file(db, actor, BAD_ROWS_CSV)
    assert result.imported == 3
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 11, 12, 13]
    assert "opened_at 'yesterday teatime' is not an ISO 8601" in reasons[3]
    assert "grade '7'" in reasons[4] and "1, 2, 3 or 4" in reasons[4]
    assert "phone 'call me maybe' is not a telephone number" in reasons[5]
    assert "domestic_abuse 'maybe'" in reasons[6]
    assert "already appears on line 2" in reasons[7]
    assert "phone and address are both empty" in reasons[8]
    assert "11 fields but the header has 18" in reasons[11]
    assert "victim_dob '23/07/1985'" in reasons[12] and "YYYY-MM-DD" in reasons[12]
    assert "risk_level 'extreme'" in reasons[13]
    injected = incident(db, "FB-0007")  # a quoted field over two lines: rows after it still count
    assert injected["category"] == "Robert'); DROP TABLE incidents;--"
    assert injected["people"] == [("victim", "Robert'); DROP TABLE people;--")]
    assert counts(db)["incidents"] == 3


def test_reimport_changes_nothing(db: Database, actor: Actor):
    import_file(db, actor, GOOD_CSV)
    import_file(db, actor, GOOD_JSONL)
    before = counts(db)
    again = import_file(db, actor, GOOD_CSV)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 6, [])
    after = counts(db)
    assert after == {**before, "audit_events": before["audit_events"] + 1}
    assert incident(db, "FX-2024-000101")["version"] == 1


def test_changed_row_updates_in_place(db: Database, actor: Actor, tmp_path: Path):
    import_file(db, actor, GOOD_CSV)
    before = counts(db)
    text = GOOD_CSV.read_text(encoding="utf-8").replace(
        "domestic abuse,true,2,medium,yes,Jane Example,1985-07-23,John Example,1982-02-11,"
        "domestic_abuse;children_at_address",
        "domestic abuse,true,1,high,yes,Jane Example,1985-07-23,Jon Exampel,1982-02-11,marac",
    )
    changed = tmp_path / "history_changed.csv"
    changed.write_text(text, encoding="utf-8")
    result = import_file(db, actor, changed)
    assert (result.imported, result.updated, result.unchanged) == (0, 1, 5)
    row = incident(db, "FX-2024-000101")
    assert (row["grade"], row["risk_level"], row["version"]) == (1, "high", 2)
    assert row["people"] == [("suspect", "Jon Exampel"), ("victim", "Jane Example")]
    assert row["markers"] == [("marac", "address"), ("marac", "phone")]
    after = counts(db)
    assert after["incidents"] == before["incidents"]
    assert after["markers"] == before["markers"] - 2
    assert after["people"] == before["people"] + 1  # the new spelling is a new person
    assert import_file(db, actor, changed).unchanged == 6


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n \n", "is empty"),
        ("picture.png", (DATA / "not_history.png").read_bytes(), "PNG image"),
        ("random.bin", bytes(range(256)) * 4, "not a text file"),
        ("latin1.csv", "incident_ref,opened_at\nX,caf\xe9".encode("latin-1"), "not UTF-8"),
        ("sheet.xlsx", b"PK\x03\x04rest-of-zip", "ZIP archive"),
        ("array.json", b'[{"incident_ref": "X"}]', "JSON array"),
        (
            "missing.csv",
            (DATA / "missing_columns.csv").read_bytes(),
            "missing columns: incident_ref, opened_at",
        ),  # fmt: skip
        ("prose.txt", b"Dear admin,\nplease import this.\n", "missing columns: incident_ref"),
        ("prose.jsonl", b"Dear admin,\nplease import this.\n", "first line is not a JSON object"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_and_nothing_written(
    db: Database, actor: Actor, tmp_path: Path, name: str, content: bytes, message: str
):
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(db)
    with pytest.raises(BadInput, match=message) as err:
        import_file(db, actor, path)
    assert name in str(err.value)
    assert counts(db) == before


def test_missing_file_is_bad_input(db: Database, actor: Actor, tmp_path: Path):
    with pytest.raises(BadInput, match="no such file"):
        import_file(db, actor, tmp_path / "nowhere.csv")


def test_hostile_rows_are_rejected_each_with_a_reason(db: Database, actor: Actor, tmp_path: Path):
    good = "2024-01-0{d}T10:00:00Z,,07700 900500,1 Test Street,CB1 2AD,,theft,no,3,,no"
    lines = [
        f"H-1,{good.format(d=1)},,,,,,ok",
        f"H-2,{good.format(d=2)},,,,,,{'x' * 20_001}",
        f"H-3,{good.format(d=3)},Nul\x00Name,,,,,nul byte",
        f"H-4,{good.format(d=4)},,,,,weapons;not a marker!,bad marker",
        "H-5,2024-01-05T10:00:00Z,2024-01-04T10:00:00Z,07700 900500,1 Test Street,CB1 2AD,,theft,no,3,,no,,,,,,closed first",  # fmt: skip
        f"H-6,{good.format(d=6)},,,,,,ok too",
        f"{'R' * 41},{good.format(d=7)},,,,,,long ref",
        "H-8,2099-01-01T10:00:00Z,,07700 900500,1 Test Street,CB1 2AD,,theft,no,3,,no,,,,,,future",  # fmt: skip
    ]
    path = tmp_path / "hostile.csv"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(db, actor, path)
    assert result.imported == 2
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 8, 9]
    assert "summary is 20,001 characters long; the limit is 20,000" in reasons[3]
    assert "NUL byte" in reasons[4]
    assert "not a marker type" in reasons[5]
    assert "closed_at is before opened_at" in reasons[6]
    assert "incident_ref is 41 characters long" in reasons[8]
    assert "in the future" in reasons[9]


def test_jsonl_line_problems(db: Database, actor: Actor, tmp_path: Path):
    row = {"incident_ref": "J-1", "opened_at": "2024-01-01T10:00:00Z", "phone": "07700 900600"}
    lines = [
        json.dumps({**row, "category": "theft"}),
        "[1, 2, 3]",
        "{not json",
        json.dumps({**row, "incident_ref": "J-2", "category": {"nested": True}}),
        json.dumps({**row, "incident_ref": "J-3"}),
        json.dumps({**row, "incident_ref": "J-4", "category": "theft", "grade": 4}),
    ]
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(db, actor, path)
    assert result.imported == 2
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [2, 3, 4, 5]
    assert "not a JSON object" in reasons[2]
    assert "not valid JSON" in reasons[3]
    assert "category must be text" in reasons[4]
    assert "category is empty" in reasons[5]


def test_import_never_overwrites_incidents_recorded_here(
    db: Database, actor: Actor, tmp_path: Path
):
    seed(db, 20, seed=1, now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    path = tmp_path / "clash.csv"
    path.write_text(
        HEADER + "S1-00000001,2024-01-01T10:00:00Z,,07700 900700,,,,theft,no,3,,no,,,,,,clash\n",
        encoding="utf-8",
    )
    result = import_file(db, actor, path)
    assert result.imported == 0
    assert "recorded on this system" in result.rejected[0].reason


class CancelAfterIncidents:
    """Cancels at the check made after the first chunk of incidents is written (the
    checks before: numbers, addresses, people; chunks of 2 rows)."""

    def __init__(self) -> None:
        self.asked = 0

    def start(self, total: int, label: str) -> None:
        pass

    def advance(self, amount: int) -> None:
        pass

    def cancelled(self) -> bool:
        self.asked += 1
        return self.asked > 6


def test_cancel_leaves_nothing_half_written(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(bulk, "CHUNK_ROWS", 2)
    before = counts(db)
    with pytest.raises(Cancelled):
        import_file(db, actor, GOOD_CSV, progress=CancelAfterIncidents())
    assert counts(db) == before


def test_result_json_shape():
    result = ImportResult(3, 1, 2, [], 0.5)
    assert result.to_json() == {
        "imported": 3,
        "updated": 1,
        "unchanged": 2,
        "rejected": [],
        "seconds": 0.5,
        "rows_per_second": 12.0,
    }


def test_cli_import(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
):
    sign_in_as(monkeypatch, db_url, "boss", "admin")
    code = main(["import", str(BAD_ROWS_CSV), "--json", "--quiet", "--db", db_url])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["imported"] == 3 and [r["line"] for r in out["rejected"]][:2] == [3, 4]
    picture = tmp_path / "photo.csv"
    picture.write_bytes((DATA / "not_history.png").read_bytes())
    code = main(["import", str(picture), "--json", "--quiet", "--db", db_url])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "photo.csv is a PNG image" in captured.err


def test_excel_style_csv_with_bom_crlf_and_semicolons(db: Database, actor: Actor, tmp_path: Path):
    rows = [
        HEADER.strip().replace(",", ";"),
        "E-1;2024-01-01T10:00:00Z;;07700 900800;1 Test Street;CB1 2AD;;theft;no;3;;no;;;;;;ok",
        "E-2;2024-01-02T10:00:00Z;;07700 900800;1 Test Street;CB1 2AD;;theft;no;9;;no;;;;;;bad",
    ]
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(rows) + "\r\n").encode("utf-8"))
    result = import_file(db, actor, path)
    assert result.imported == 1
    assert [(r.line, r.reason[:9]) for r in result.rejected] == [(3, "grade '9'")]


def test_the_same_ref_far_apart_in_a_streamed_file_is_still_refused_by_line(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
):
    """Rows are read and written a batch at a time: a repeat in a later batch is caught."""
    monkeypatch.setattr(run, "BATCH_ROWS", 2)
    result = import_file(db, actor, BAD_ROWS_CSV)
    reasons = {r.line: r.reason for r in result.rejected}
    assert "already appears on line 2" in reasons[7]
    assert result.imported == 3 and counts(db)["incidents"] == 3


def _peak_mb(template: Path, folder: Path, count: int) -> float:
    folder.mkdir()
    export = folder / "export.csv"
    write_export(export, count)
    db = copy_of(template, folder)
    try:
        tracemalloc.start()
        result = import_file(db, system_actor("import"), export)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
        db.dispose()
    assert result.imported == count
    return peak


def test_import_memory_does_not_grow_with_the_file(
    sqlite_template: Path, tmp_path: Path, private_folders: Path, monkeypatch: pytest.MonkeyPatch
):
    """Four times the rows, the same peak (batches of 500 rows, caches of 500 here)."""
    monkeypatch.setattr(run, "BATCH_ROWS", 500)
    monkeypatch.setattr(rows, "CACHE_MOST", 500)
    small = _peak_mb(sqlite_template, tmp_path / "small", 1_500)
    large = _peak_mb(sqlite_template, tmp_path / "large", 6_000)
    assert large < small * 1.25, (small, large)


def test_an_unchanged_file_again_after_another_changed_a_row_puts_the_row_back(
    db: Database, actor: Actor, tmp_path: Path
):
    """Rows given byte for byte as last time are not checked again; a row changed since by
    another file is not "as last time" and is written back."""
    import_file(db, actor, GOOD_CSV)
    text = GOOD_CSV.read_text(encoding="utf-8").replace(
        "domestic abuse,true,2,medium,", "domestic abuse,true,1,high,"
    )
    changed = tmp_path / "history_changed.csv"
    changed.write_text(text, encoding="utf-8")
    assert import_file(db, actor, changed).updated == 1
    back = import_file(db, actor, GOOD_CSV)
    assert (back.imported, back.updated, back.unchanged) == (0, 1, 5)
    row = incident(db, "FX-2024-000101")
    assert (row["grade"], row["risk_level"], row["version"]) == (2, "medium", 3)
    # The same line twice in one file is refused the second time, however it is read.
    lines = GOOD_CSV.read_text(encoding="utf-8").splitlines(keepends=True)
    twice = tmp_path / "twice.csv"
    twice.write_text("".join([*lines, lines[1]]), encoding="utf-8")
    result = import_file(db, actor, twice)
    assert result.unchanged == 6
    assert [r.line for r in result.rejected] == [len(lines) + 1]
    assert "already appears on line 2" in result.rejected[0].reason

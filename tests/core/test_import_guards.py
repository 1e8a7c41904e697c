"""History import loses nothing silently: a quote left open, hostile JSON, spoofing characters.

Measured before: a CSV with one unterminated quote said "Imported 11, rejected 0" for 20
rows (the rows after it vanished into one field); JSON nested 30,000 deep or a 5,000-digit
integer aborted the whole import with a traceback; duplicate keys took the last value;
bidi overrides and zero-width characters were stored in references and names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from callhandler.importing.run import ImportResult, import_file
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, Person
from signin_helpers import sign_in_as

HEADER = (
    "incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,"
    "grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,"
    "markers,summary\n"
)


@pytest.fixture
def actor() -> Actor:
    return system_actor("import")


def csv_row(number: int, summary: str = "ok") -> str:
    return (
        f"Q-{number},2024-01-{number % 28 + 1:02d}T10:00:00Z,,07700 900{number % 1000:03d},"
        f"{number} Test Street,CB1 2AD,,theft,no,3,,no,Ann Victim,,,,,{summary}"
    )


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def accounted(result: ImportResult) -> int:
    return result.imported + result.updated + result.unchanged + len(result.rejected)


def refs(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(session.execute(select(Incident.ref)).scalars())


# -- CSV: a quote left open ------------------------------------------------------------


def test_a_quote_closed_rows_later_is_reported_with_every_line_it_swallowed(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [csv_row(n) for n in range(1, 21)]
    rows[5] = csv_row(6, '"He said 5 foot tall')  # line 7: the quote opens…
    rows[14] = csv_row(15, 'about 6" maybe')  # line 16: …and a stray quote closes it
    result = import_file(db, actor, write_csv(tmp_path / "q.csv", rows))
    assert accounted(result) == 20, "every row is imported or reported"
    assert result.imported == 10
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == list(range(7, 17))
    assert "quote opened in summary on this line has taken in lines 8–16" in reasons[7]
    assert all("begins on line 7" in reasons[line] for line in range(8, 17))
    assert "Q-7" not in refs(db) and "Q-16" in refs(db) and "Q-17" in refs(db)


def test_a_quote_never_closed_is_reported_to_the_end_of_the_file(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [csv_row(n) for n in range(1, 21)]
    rows[5] = csv_row(6, '"He said 5 foot tall')
    result = import_file(db, actor, write_csv(tmp_path / "q.csv", rows))
    assert (result.imported, len(result.rejected)) == (5, 15)
    assert result.rejected[0].line == 7 and "lines 8–21" in result.rejected[0].reason


def test_a_quote_open_past_the_field_size_limit_reports_each_line_it_took(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    """5,000 rows: before, about 800 good rows were neither imported nor reported."""
    rows = [csv_row(n, "a fairly ordinary summary of a call " * 2) for n in range(1, 5001)]
    rows[99] = csv_row(100, '"He said 5 foot tall')
    result = import_file(db, actor, write_csv(tmp_path / "big.csv", rows))
    assert accounted(result) == 5000
    first = result.rejected[0]
    assert first.line == 101 and "A quote opened on this line is not closed" in first.reason
    swallowed = [r.line for r in result.rejected[1:]]
    assert swallowed == list(range(102, 102 + len(swallowed)))
    assert result.imported == 5000 - 1 - len(swallowed) > 4000


def test_a_quote_open_to_the_end_of_a_file_without_whole_rows_after_it(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [csv_row(1), csv_row(2, '"a note that goes on'), "and on", "and on"]
    result = import_file(db, actor, write_csv(tmp_path / "q.csv", rows))
    assert result.imported == 1
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [3, 4, 5]
    assert "is never closed" in reasons[3] and "the end of the file" in reasons[3]


def test_a_record_over_too_many_lines_is_refused(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    note = "\n".join(f"line {n} of the note" for n in range(300))
    rows = [csv_row(1), csv_row(2, f'"{note}"'), csv_row(3)]
    result = import_file(db, actor, write_csv(tmp_path / "q.csv", rows))
    assert result.imported == 2
    assert "runs over 300 lines" in result.rejected[0].reason
    assert len(result.rejected) == 300


def test_a_legitimate_multi_line_summary_is_imported(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [
        csv_row(1),
        csv_row(2, '"Caller said:\nhe left, then came back\n""again"""'),
        csv_row(3),
    ]
    result = import_file(db, actor, write_csv(tmp_path / "q.csv", rows))
    assert (result.imported, result.rejected) == (3, [])
    with db.read() as session:
        summary = session.execute(select(Incident.summary).where(Incident.ref == "Q-2")).scalar()
    assert summary == 'Caller said:\nhe left, then came back\n"again"'


def test_the_cli_summary_is_honest(
    db_url: str, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from callhandler.cli import main

    sign_in_as(monkeypatch, db_url, "boss", "admin")

    rows = [csv_row(n) for n in range(1, 21)]
    rows[5] = csv_row(6, '"He said 5 foot tall')
    rows[14] = csv_row(15, 'about 6" maybe')
    path = write_csv(tmp_path / "q.csv", rows)
    assert main(["import", str(path), "--db", db_url, "--quiet"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported 10, updated 0, unchanged 0, rejected 10 ")
    assert "line 7:" in out and "line 16:" in out


# -- JSON Lines: bounded, no duplicate keys ---------------------------------------------


def test_hostile_json_lines_are_rejected_one_by_one(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    row = {"incident_ref": "J-1", "opened_at": "2024-01-01T10:00:00Z", "phone": "07700 900600"}
    good = {**row, "category": "theft"}
    lines = [
        json.dumps(good),
        '{"incident_ref": "J-2", "category": ' + "[" * 30_000 + "]" * 30_000 + "}",
        '{"incident_ref": "J-3", "grade": ' + "9" * 5000 + "}",
        '{"incident_ref": "J-4", "category": "theft", "incident_ref": "J-5"}',
        json.dumps({**good, "incident_ref": "J-6", "Incident Ref": "J-7"}),
        '{"incident_ref": "J-8", "grade": 1e999}',
        '{"incident_ref": "J-9", "grade": NaN}',
        json.dumps({**good, "incident_ref": "J-10"}),
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_file(db, actor, path)  # no RecursionError, no ValueError
    assert result.imported == 2 and refs(db) == ["J-1", "J-10"]
    reasons = {r.line: r.reason for r in result.rejected}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7]
    assert "nested more than" in reasons[2]
    assert "5,000 digits long" in reasons[3]
    assert "'incident_ref' appears more than once" in reasons[4]
    assert "'incident_ref' and 'Incident Ref' both mean incident_ref" in reasons[5]
    assert "too large" in reasons[6]
    assert "NaN is not a number" in reasons[7]


# -- references and names cleaned of control, bidi and zero-width characters -----------


SPOOFING = ["\u202e", "\u202a", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\x07", "\x1b"]


def test_references_and_names_are_stored_without_spoofing_characters(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [
        "CH2024\u202e0101-0001,2024-01-01T10:00:00Z,,07700 900111,1 Test Street,CB1 2AD,,"
        "theft,no,3,,no,Ann\u200b Vic\u2066tim,,Bob\x07 \ufeffSus\u202apect,,,ok",
        '"R\u200d-2\t",2024-01-02T10:00:00Z,,07700 900112,2 Test Street,CB1 2AD,,theft,no,3,,no,'
        '"Cara\nLine",,,,,ok',
    ]
    result = import_file(db, actor, write_csv(tmp_path / "spoof.csv", rows))
    assert (result.imported, result.rejected) == (2, [])
    assert refs(db) == ["CH20240101-0001", "R-2"]
    with db.read() as session:
        names = sorted(session.execute(select(Person.name)).scalars())
    assert names == ["Ann Victim", "Bob Suspect", "Cara Line"]
    assert not any(c in "".join(names) for c in SPOOFING)


def test_a_reference_of_nothing_but_invisible_characters_is_rejected(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    rows = [
        "\u202e\u200b,2024-01-01T10:00:00Z,,07700 900111,1 Test Street,CB1 2AD,,theft,no,3,,no"
        + ",,,,,,ok"
    ]
    result = import_file(db, actor, write_csv(tmp_path / "empty-ref.csv", rows))
    assert result.imported == 0 and "incident_ref is empty" in result.rejected[0].reason

"""Exports of an oversight list: CSV and PDF hold exactly the rows, columns and order on
screen, with the title, filters and time generated; a bad path leaves no file."""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_oversight_lists import load, make_view, victims_history

from builders import NOW
from callhandler.errors import BadInput
from ui.oversight import export
from ui.oversight.lists_view import OversightListsView
from uitools import WAIT_MS, make_actor


def on_screen(view: OversightListsView) -> tuple[list[str], list[list[str]]]:
    """The visible headers and the rows, as the proxy (what the table shows) holds them."""
    columns = [c for c in range(view.model.columnCount()) if not view.table.isColumnHidden(c)]
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [[view.proxy.index(r, c).data() for c in columns] for r in range(view.proxy.rowCount())]
    return headers, rows


def pdf_text(path: Path) -> list[str]:
    """Each page's words, single-spaced (pypdf gives tabs between words, and ligatures)."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in PdfReader(str(path)).pages
    ]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's database and home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def filtered_view(qtbot, db, worker) -> OversightListsView:
    """Repeat victims at 2+ in 12 months, sorted by last incident, filtered to two rows."""
    victims_history(db)
    view = make_view(qtbot, db, worker, make_actor(db, "inspector1", "inspector"))
    load(qtbot, view, "repeat-victims")
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.thresholds.minimum.setValue(2)
    column = view.model.columns().index("last_incident_at")
    view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    view.filter_edit.setText("oct")  # last incident in October: Jane and Zoe, not Ann
    assert view.proxy.rowCount() == 2 and view.model.rowCount() == 3
    return view


def test_csv_matches_the_screen_row_by_row(filtered_view, out) -> None:
    view = filtered_view
    target = out / "repeat.csv"
    assert view.export_csv(target) == target
    with target.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["Repeat victims"]
    assert lines[1] == [
        "Filters",
        "Window: 365 days",
        "Minimum: 2",
        "Text filter: oct",
        "Sorted by Last incident, descending",
    ]
    assert lines[2][0] == "Generated" and lines[2][1].startswith("01 Nov 2026")
    assert lines[3] == []
    headers, rows = on_screen(view)
    assert lines[4] == headers
    assert "Subject id" not in headers and "Subject" in headers
    assert lines[5:] == rows
    assert [row[headers.index("Subject")] for row in lines[5:]] == ["Jane Example", "Zoe Edge"]
    assert "2 rows exported to" in view.notice.text()


def test_pdf_holds_the_rows_title_and_filters(filtered_view, out) -> None:
    view = filtered_view
    target = out / "repeat.pdf"
    assert view.export_pdf(target) == target
    reader = PdfReader(str(target))
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = " ".join(pdf_text(target))
    assert "Repeat victims" in text
    assert "Window: 365 days; Minimum: 2; Text filter: oct" in text
    assert "Generated 01 Nov 2026" in text and "2 rows" in text
    headers, rows = on_screen(view)
    for header in headers:
        assert header in text
    for row in rows:
        for cell in row:
            assert cell in text
    assert text.index("Jane Example") < text.index("Zoe Edge")  # the order on screen
    assert "Ann Once" not in text


def test_a_long_table_runs_onto_pages_with_the_header_on_each(out) -> None:
    rows = tuple(
        (f"CH-{n:05d}", f"Victim number {n}", f"{n * 3 % 17}", "01 Nov 2026 12:00")
        for n in range(130)
    )
    table = export.TableSnapshot(
        "Sign-off backlog",
        ("Window: 365 days",),
        NOW,
        ("Ref", "Victim", "Count", "When"),
        rows,
    )
    target = export.export_pdf(table, out / "long.pdf")
    pages = pdf_text(target)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Ref" in text and "Victim" in text  # the header row repeats
        assert f"page {number} of {len(pages)}" in text
    joined = " ".join(pages)
    assert all(row[0] in joined and row[1] in joined for row in rows)
    assert joined.index("CH-00000") < joined.index("CH-00129")


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_a_bad_path_says_why_and_leaves_no_file(filtered_view, out, kind) -> None:
    view = filtered_view
    write = view.export_csv if kind == "csv" else view.export_pdf
    missing = out / "no-such-folder" / f"list.{kind}"
    assert write(missing) is None
    assert view.notice.level == "error"
    assert "does not exist" in view.notice.text() and "Choose another folder" in view.notice.text()
    assert not missing.parent.exists()

    assert write(out) is None
    assert "is a folder, not a file" in view.notice.text()
    assert list(out.iterdir()) == []

    a_file = out / "notes.txt"
    a_file.write_text("x")
    assert write(a_file / f"list.{kind}") is None
    assert "notes.txt is a file, not a folder" in view.notice.text()

    # /proc takes no new files, whoever runs the tests (root included).
    assert write(Path("/proc") / f"oversight-list.{kind}") is None
    assert "cannot be written to /proc" in view.notice.text()
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]


def test_formula_like_cells_are_neutralised_but_numbers_are_not(out) -> None:
    table = export.TableSnapshot(
        "T", (), NOW, ("Name", "Delta"), (('=HYPERLINK("x")', "-3"), ("@SUM(A1)", "1,234"))
    )
    with export.export_csv(table, out / "t.csv").open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[-2:] == [['\'=HYPERLINK("x")', "-3"], ["'@SUM(A1)", "1,234"]]


def test_an_empty_file_name_is_refused() -> None:
    table = export.TableSnapshot("T", (), dt.datetime.now(dt.UTC), ("A",), ())
    with pytest.raises(BadInput, match="Choose a file name for the CSV file"):
        export.export_csv(table, "  ")

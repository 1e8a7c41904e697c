"""The briefing window, its printed page and its PDF (text read back out of the file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput
from callhandler.services import attendance, lifecycle, triage
from callhandler.services.briefing import Briefing, build_briefing
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from closure_helpers import make_staff, new_incident
from ui.briefing import pdf_export
from ui.briefing.briefing_view import BriefingView
from ui.briefing.pdf_export import export_pdf
from uitools import WAIT_MS

PHONE = "07700 900444"


def crafted(db: Database) -> tuple[int, Actor]:
    """Dispatched at Grade 1: markers, children now and before, a codeword, an order."""
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    add_incident(
        db,
        "P-0",
        days_ago=20,
        phone=PHONE,
        address="3 Test Street",
        postcode="CB1 2AD",
        risk_level="high",
        children=True,
        markers=[("phone", "high_risk_da_victim"), ("address", "court_order")],
        now=now,
    )
    add_incident(db, "P-1", days_ago=90, phone=PHONE, risk_level="medium", now=now)
    row = new_incident(db, staff.handler, PHONE)
    c = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in (
        ("da_can_speak", "yes"),
        ("da_suspect_present", "yes"),
        ("da_weapon", "yes"),
        ("da_children", "yes"),
        ("da_vulnerable_adult", "no"),
        ("da_codeword", "bluebell"),
        ("da_suspect_description", "White man, 40s, green hoodie"),
        ("da_callers_words", "He's kicking the door in, he's got a knife"),
    ):
        c = c.answer(question, value)
    triage.record_answers(db, staff.handler, row.id, c)
    rec = triage.recommend_grade(db, staff.handler, c.facts, phone=PHONE).recommendation
    triage.decide_grade(db, staff.handler, row.id, rec, rec.grade)
    version = attendance.attendance_for(db, staff.handler, row.id).version
    lifecycle.dispatch(db, staff.handler, row.id, version, grade=rec.grade, officers=["PC4521"])
    return row.id, staff.handler


@pytest.fixture
def briefing(db: Database) -> Briefing:
    incident_id, handler = crafted(db)
    return build_briefing(db, handler, incident_id)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder of its own (tmp_path also holds the test's database and home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    words = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(words.split())


def test_the_pdf_carries_the_markers_children_and_codeword_on_one_page(
    qapp, briefing: Briefing, out: Path
) -> None:
    target = out / "briefing.pdf"
    export_pdf(briefing, target)
    assert target.read_bytes().startswith(b"%PDF")
    pages, text = pdf_text(target)
    assert pages == 1
    for expected in (
        "High-risk domestic abuse victim",
        "Court order",
        "CHILDREN AND VULNERABLE ADULTS",
        "Children now: YES",
        "Children here before: YES",
        "bluebell",
        "WEAPON reported on this call",
        "kicking the door in",
        "P-0",
        "risk HIGH",
        briefing.incident_ref,
    ):
        assert expected.lower() in text.lower(), expected
    assert text.lower().index("warning markers") < text.lower().index("caller said")
    assert sorted(p.name for p in out.iterdir()) == ["briefing.pdf"]  # no temp file left


def test_a_path_that_cannot_be_written_is_refused_and_leaves_no_file(
    qapp, briefing: Briefing, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        export_pdf(briefing, out / "missing" / "b.pdf")
    with pytest.raises(BadInput, match="is a folder"):
        export_pdf(briefing, out)
    (out / "notes.txt").write_text("x")
    with pytest.raises(BadInput, match="is a file, not a folder"):
        export_pdf(briefing, out / "notes.txt" / "b.pdf")
    with pytest.raises(BadInput, match="file name"):
        export_pdf(briefing, "  ")
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]

    # A failure while drawing: the earlier PDF stays as it was, nothing half-written.
    target = out / "b.pdf"
    target.write_bytes(b"%PDF earlier")

    def broken(*_args: object) -> int:
        raise BadInput("The printer refused it.")

    monkeypatch.setattr(pdf_export, "render", broken)
    with pytest.raises(BadInput, match="refused"):
        export_pdf(briefing, target)
    assert target.read_bytes() == b"%PDF earlier"
    assert sorted(p.name for p in out.iterdir()) == ["b.pdf", "notes.txt"]


def test_the_window_shows_the_briefing_and_saves_the_pdf_with_ctrl_s(
    qtbot, db: Database, worker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident_id, handler = crafted(db)
    view = BriefingView(DatabaseDesk(db, handler), worker, incident_id)
    qtbot.addWidget(view)
    assert not view.pdf_button.isEnabled()  # nothing to save before it loads
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show()
    text = view.text()
    assert "High-risk domestic abuse victim" in text and "bluebell" in text
    assert text.index("WARNING MARKERS") < text.index("CALLER SAID") < text.index("PREVIOUS")
    assert view.pdf_button.isEnabled() and view.briefing() is not None

    target = tmp_path / "from-window.pdf"
    monkeypatch.setattr(view, "choose_pdf_path", lambda: str(target))
    with qtbot.waitSignal(view.pdf_saved, timeout=WAIT_MS) as saved:
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [str(target)] and "bluebell" in pdf_text(target)[1]

    assert not view.save_pdf(tmp_path / "missing" / "b.pdf")
    assert view.status.isVisible() and "does not exist" in view.status.text()

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert view.print_briefing(printer)  # the print dialog is skipped when given a printer
    assert "Children here before: YES" in pdf_text(printed)[1]


def test_a_briefing_that_cannot_be_built_says_so(qtbot, db: Database, worker) -> None:
    staff = make_staff(db)
    view = BriefingView(DatabaseDesk(db, staff.handler), worker, 999_999)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert "There is no incident 999999" in view.status.text()
    assert not view.print_button.isEnabled() and view.briefing() is None


def test_a_neighbours_call_shows_who_called_where_the_suspect_is_and_the_red_flags(
    qtbot, db: Database, worker, out: Path
) -> None:
    """What the judgement questions add is on the page the officers read and print."""
    staff = make_staff(db)
    row = new_incident(db, staff.handler, "07700 900557")
    c = Conversation.start(shipped_script("domestic_abuse"))
    for question, key in (
        ("da_caller", "4"),  # a neighbour
        ("da_suspect_present", "n"),
        ("da_suspect_location", "3"),  # on the way back
        ("da_strangulation", "y"),
        ("da_strangulation_when", "2"),  # earlier today
        ("da_suicide_threat", "y"),
        ("da_firearms", "y"),
        ("da_children_live_there", "y"),
        ("da_children_taken", "y"),
        ("da_pregnant", "y"),
        ("da_barriers", "1"),  # language
    ):
        c = c.press(question, key)
    c = c.answer("da_suspect_vehicle", "Red Transit van")
    c = c.answer("da_suspect_direction", "From the ring road, ten minutes away")
    triage.record_answers(db, staff.handler, row.id, c)

    view = BriefingView(DatabaseDesk(db, staff.handler), worker, row.id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.show()
    text = " ".join(view.text().split())
    for expected in (
        "Caller: a neighbour (third party)",
        "the victim may not know the police are coming",
        "The suspect is on the way.",
        "FIREARMS",
        "RED FLAGS AND RISK FACTORS",
        "STRANGULATION or choking: earlier today",
        "Suspect has threatened suicide",
        "Victim pregnant or with a new baby",
        "Children live there: YES",
        "Children elsewhere or taken by the suspect: YES",
        "Where now: on the way",
        "Vehicle: Red Transit van",
        "Direction of travel: From the ring road",
        "use an independent interpreter, never a family member",
    ):
        assert expected in text, expected
    assert text.index("RED FLAGS") < text.index("CALLER SAID")

    target = out / "neighbour.pdf"
    export_pdf(view.briefing(), target)  # type: ignore[arg-type]
    pages, printed = pdf_text(target)
    assert pages == 1
    for expected in ("third party", "on the way", "independent interpreter", "STRANGULATION"):
        assert expected.lower() in printed.lower(), expected

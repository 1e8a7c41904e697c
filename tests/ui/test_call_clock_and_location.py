"""The Call tab's timer and clock, and the caller-location field (issue 16)."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from call_window import handler_window, keys, press, workspace_of
from callhandler.services import calls
from ui.call.call_clock import elapsed_text
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
START = dt.datetime(2026, 12, 3, 21, 14, 5, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def test_elapsed_text_is_minutes_and_seconds() -> None:
    assert elapsed_text(0) == "00:00"
    assert elapsed_text(207.9) == "03:27"
    assert elapsed_text(3725) == "1:02:05"


def test_the_timer_runs_from_the_first_words_to_the_end_of_the_call(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    clock = FakeClock()
    workspace.clock.use_clock(clock)
    local = START.astimezone()
    assert workspace.clock.timer_label.text() == "No call"
    assert workspace.clock.now_label.text() == f"Time {local:%H:%M:%S}"
    assert workspace.clock.isVisible() and workspace.clock.timer_label.isVisible()

    keys(qtbot, "07700 900123")  # the call begins
    assert QApplication.focusWidget() is workspace.form.editors["phone"]  # focus stays
    clock.now = START + dt.timedelta(minutes=3, seconds=27)
    workspace.clock.refresh()
    assert workspace.clock.timer_label.text() == "Call 03:27"
    assert workspace.clock.now_label.text() == f"Time {clock.now.astimezone():%H:%M:%S}"

    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    clock.now = START + dt.timedelta(minutes=4, seconds=1)
    workspace.clock.refresh()
    assert workspace.clock.timer_label.text() == "Call 04:01"  # still running

    press(qtbot, Qt.Key.Key_N, CTRL)  # the call ends (it is recorded: nothing to ask)
    clock.now = START + dt.timedelta(minutes=9)
    workspace.clock.refresh()
    assert workspace.clock.timer_label.text() == "Last call 04:01"
    assert not workspace.clock.running
    keys(qtbot, "0")  # the next call starts its own timer
    assert workspace.clock.timer_label.text() == "Call 00:00"


def test_a_malformed_location_is_named_under_its_field_and_a_good_one_is_stored(
    qtbot, window, db, worker, handler
) -> None:
    form = workspace_of(window).form
    keys(qtbot, "07700 900124")
    form.editors["caller_location"].setFocus()
    keys(qtbot, "TL 4512 578")
    press(qtbot, Qt.Key.Key_Tab)
    error = form.errors["caller_location"]
    assert error.isVisible()
    assert "e.g. TL 45123 57890" in error.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)  # refused: the location is named, focus on it
    assert QApplication.focusWidget() is form.editors["caller_location"]
    assert calls.shift_incidents(db, handler) == []

    form.editors["caller_location"].clear()
    keys(qtbot, "bus shelter, TL 45123 57890")
    assert not error.isVisible()
    with qtbot.waitSignal(form.incident_opened, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    [row] = calls.shift_incidents(db, handler)
    assert row.caller_location == "bus shelter, TL 45123 57890"


def test_the_busy_call_window_shows_the_timer_and_location(qtbot, db, worker) -> None:
    """Mid-call (a long history, the incident opened): the timer runs in the tabs' corner
    and the location typed is on the form; CALL_CONTEXT_SCREENSHOT=/tmp/x.png saves the
    window at 1366x768 and 1920x1080."""
    from fit_call import call_in_progress

    from closure_helpers import make_staff
    from ui.app import ensure_application

    ensure_application()
    window = call_in_progress(qtbot, db, worker, make_staff(db))
    workspace = workspace_of(window)
    assert workspace.clock.running
    assert re.fullmatch(r"Call \d\d:\d\d", workspace.clock.timer_label.text())
    assert workspace.form.editors["caller_location"].isReadOnly()  # recorded with the call
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.width() == s[0], timeout=WAIT_MS)
        corner = workspace.clock.mapTo(window, workspace.clock.rect().bottomRight())
        assert workspace.clock.isVisible() and window.rect().contains(corner)
        if os.environ.get("CALL_CONTEXT_SCREENSHOT"):
            shot = Path(os.environ["CALL_CONTEXT_SCREENSHOT"]).with_suffix(f".{size[0]}.png")
            assert window.grab().save(str(shot))


def test_the_briefing_pdf_says_where_the_caller_is(qtbot, db, tmp_path) -> None:
    from pypdf import PdfReader

    from callhandler.services.briefing import build_briefing
    from closure_helpers import make_staff
    from ui.briefing.pdf_export import export_pdf

    staff = make_staff(db)
    row = calls.open_incident(
        db,
        staff.handler,
        calls.NewCall(
            phone="07700 900125",
            address="3 Test Street",
            caller_location="in the bus shelter, TL 45123 57890",
        ),
    )
    out = tmp_path / "out"
    out.mkdir()
    target = out / "briefing.pdf"
    export_pdf(build_briefing(db, staff.handler, row.id), target)
    words = " ".join(" ".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Caller is at: in the bus shelter, TL 45123 57890" in words

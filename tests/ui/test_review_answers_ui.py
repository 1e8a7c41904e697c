"""The inspector's review shows the call's answers, who recorded them and when, and the
DASH answers (issue 16)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel

from callhandler.desk import DatabaseDesk
from callhandler.domain.conversation import Conversation
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.services import attendance, calls, lifecycle, risk, triage
from callhandler.storage.engine import Database
from closure_helpers import make_staff
from ui.app import ensure_application
from ui.inspector.sign_off_view import SignOffView
from uitools import WAIT_MS


def answered_and_assessed(db: Database):  # type: ignore[no-untyped-def]
    staff = make_staff(db)
    row = calls.open_incident(
        db,
        staff.handler,
        calls.NewCall(
            phone="07700 900444",
            address="3 Test Street",
            victim_name="Jane Example",
            caller_location="at her sister's, 52.2053, 0.1218",
        ),
    )
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.answer("da_weapon", "no").answer("da_codeword", "bluebell")
    triage.record_answers(db, staff.handler, row.id, c)
    c = c.answer("da_weapon", "yes").answer("da_weapon_when", "now")
    triage.record_answers(db, staff.handler, row.id, c)
    version = attendance.attendance_for(db, staff.handler, row.id).version
    version = lifecycle.dispatch(db, staff.handler, row.id, version, grade=1, officers=["PC4521"])
    answers: dict[object, str] = {q.number: "no" for q in shipped_instrument().questions}
    answers[1] = "yes"
    version = risk.record_assessment(
        db,
        staff.handler,
        row.id,
        version,
        answers,
        officer_collar="PC4521",
        notes={1: "Cut to the left arm."},
    ).version
    version = lifecycle.record_attendance(db, staff.handler, row.id, version, officer="PC4521")
    return staff, row


def test_the_review_shows_the_call_and_dash_answers(qtbot, db, worker) -> None:
    staff, row = answered_and_assessed(db)
    view = SignOffView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    # not yet in the queue (attended, not submitted): open it as the control room would
    with qtbot.waitSignal(view.review.loaded, timeout=WAIT_MS):
        view.review.load(row.id)
    page = view.review
    triage_table = page.findChild(QLabel, "triageAnswers")
    dash_table = page.findChild(QLabel, "dashAnswers")
    assert triage_table is not None and dash_table is not None
    script = shipped_script("domestic_abuse")
    plain = triage_table.text()
    assert script.question("da_weapon").text in plain
    assert "Happening now" in plain and "bluebell" in plain
    assert "before: No (H1, " in plain  # the changed answer keeps what it said
    assert "H1, " in plain  # who recorded each answer, and when
    assert shipped_instrument().question(1).text in dash_table.text()
    assert "<b>Yes</b>" in dash_table.text() and "Cut to the left arm." in dash_table.text()
    summaries = [label.text() for label in page.findChildren(QLabel)]
    assert "at her sister's, 52.2053, 0.1218" in summaries  # where the caller was
    assert any(": 1 yes of 27, by PC4521 with H1 at " in text for text in summaries)
    if os.environ.get("REVIEW_ANSWERS_SCREENSHOT"):  # =/tmp/review.png
        ensure_application()  # the workstation's stylesheet, as it runs
        base = Path(os.environ["REVIEW_ANSWERS_SCREENSHOT"])
        for size in ((1366, 768), (1920, 1080)):
            view.resize(*size)
            qtbot.waitUntil(lambda s=size: view.width() == s[0], timeout=WAIT_MS)
            page.page.ensureWidgetVisible(triage_table)
            assert view.grab().save(str(base.with_suffix(f".{size[0]}.png")))

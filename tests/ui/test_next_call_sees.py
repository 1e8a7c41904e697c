"""What one call records is what the next call sees, through the window (issue 14).

A known victim (two earlier domestic-abuse incidents, a MARAC marker, children before)
rings; the handler takes the call in the call window — her date of birth, the script, the
codeword, the grade — the closure and the inspector's sign-off follow (their windows have
tests of their own), and the next call from the same number shows the handler at once:
the call just taken as domestic abuse with children, its grade and risk, the marker the
closure placed, the codeword, and her as one person.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from builders import add_incident
from call_window import handler_window, workspace_of
from callhandler.services import closure, lifecycle, oversight, risk, signoff
from callhandler.storage.models import Incident
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, make_staff
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
PHONE = "07700 900633"
DOB = dt.date(1988, 6, 2)


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def version_of(db, incident_id: int) -> int:
    with db.read() as session:
        return int(
            session.execute(select(Incident.version_id).where(Incident.id == incident_id)).scalar()
        )


def test_the_next_call_from_her_number_shows_what_this_call_recorded(
    qtbot, window, db, worker, handler
) -> None:
    now = dt.datetime.now(dt.UTC)
    known = [("victim", "Mary Sample", DOB), ("suspect", "Pete Sample")]
    add_incident(
        db, "OLD-1", days_ago=150, phone=PHONE, risk_level="medium", children=True,
        people=known, markers=[("phone", "marac")], now=now,
    )  # fmt: skip
    add_incident(db, "OLD-2", days_ago=60, phone=PHONE, risk_level="medium", people=known, now=now)
    staff = make_staff(db)
    workspace = workspace_of(window)
    form, script, history = workspace.form, workspace.script, workspace.history

    # The call: her number, her name and date of birth, opened from the keyboard.
    assert QApplication.focusWidget() is form.editors["phone"]
    with qtbot.waitSignal(history.result_shown, timeout=WAIT_MS):
        qtbot.keyClicks(form.editors["phone"], PHONE)
    form.editors["victim_name"].setText("Mary Sample")
    form.editors["victim_dob"].setText("02/06/1988")
    with qtbot.waitSignal(form.incident_opened, timeout=WAIT_MS) as opened:
        qtbot.keyClick(form.editors["phone"], Qt.Key.Key_Return, CTRL)
    incident = opened.args[0]

    # The script: partners, hitting, then the domestic-abuse questions.
    script.go_to("fc_relationship")
    assert script.press("1")
    script.go_to("fc_behaviour")
    assert script.press("1")
    script.hand_over()
    assert script.conversation.script.id == "domestic_abuse"
    for question, key in (("da_suspect_present", "n"), ("da_children", "y")):
        script.go_to(question)
        assert script.press(key)
    script.go_to("da_codeword")
    script.give_text("kingfisher")
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert workspace.recommendation.grade_number.text() == "1"  # MARAC case, third call-out

    # The grade as recommended (Ctrl+G, Enter); officers are sent from the dispatch dialog.
    with qtbot.waitSignal(workspace.grading.decided, timeout=WAIT_MS):
        workspace.decide()
        workspace.override_dialog.accept()
    qtbot.waitUntil(lambda: workspace.dispatch_dialog is not None, timeout=WAIT_MS)
    workspace.dispatch_dialog.reject()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)

    # Officers attend; the DASH is high; the closure places a marker; the inspector signs.
    version = version_of(db, incident.id)
    version = lifecycle.dispatch(db, handler, incident.id, version, grade=1, officers=["PC4521"])
    version = lifecycle.record_attendance(db, handler, incident.id, version, officer="PC4521")
    answers = {n: ("yes" if n <= 14 else "no") for n in range(1, 28)}
    version = risk.record_assessment(
        db, handler, incident.id, version, answers, officer_collar="PC4521"
    ).version
    version = lifecycle.start_closure(db, handler, incident.id, version)
    for item, value in {**FULL_ANSWERS, "risk_level": "high", "children_at_address": "yes"}.items():
        version = closure.answer_item(
            db, handler, incident.id, version, item_id=item, value=value, officer_collar="PC4521"
        ).version
    view = closure.closure_view(db, handler, incident.id)
    for item_id in view.checklist_status.missing:
        item = view.checklist.item(item_id)
        value = item.options[0] if item.type == "choice" else "yes" if item.type == "yes_no" else (
            "Recorded by the attending officer for this test call."
        )  # fmt: skip
        version = closure.answer_item(
            db, handler, incident.id, version, item_id=item_id, value=value, officer_collar="PC4521"
        ).version
    for section, text in NARRATIVE.items():
        version = closure.set_narrative(
            db, handler, incident.id, version, section=section, text=text
        ).version
    version = lifecycle.submit_for_sign_off(db, handler, incident.id, version)
    signoff.finalise(db, staff.inspector, incident.id, version, password=PASSWORD)

    # The next call from her number: what the handler sees at once.
    workspace.new_call()
    qtbot.waitUntil(lambda: form.editors["phone"].text() == "", timeout=WAIT_MS)
    with qtbot.waitSignal(history.result_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClicks(form.editors["phone"], PHONE)
    result = shown.args[0]
    newest = result.exact[0]
    assert newest.incident_ref == incident.ref
    assert newest.domestic_abuse and newest.children_present
    assert newest.grade == 1 and newest.risk_level == "high"
    banners = " | ".join(history.banner_texts())
    assert "Codeword agreed" in banners and "kingfisher" in banners
    assert "REPEAT VICTIM: 3" in banners
    assert "Last risk assessment: HIGH" in banners
    assert "DOMESTIC ABUSE HISTORY" in banners  # the marker the closure placed
    assert "CHILDREN AT ADDRESS" in banners or "CHILDREN recorded" in banners
    repeat = [
        r for r in oversight.repeat_victims(db, staff.inspector) if r.subject == "Mary Sample"
    ]
    assert len(repeat) == 1 and repeat[0].last_risk_level == "high"

"""The review shows the core's four-eyes answer (it never works it out itself) and a
resubmission made with nothing changed, with the handler's reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from callhandler.desk import DatabaseDesk
from callhandler.domain.risk import shipped_instrument
from callhandler.services import accounts, closure, lifecycle, risk, signoff
from callhandler.storage.engine import Database
from closure_helpers import FULL_ANSWERS, NARRATIVE, PASSWORD, Staff, make_staff, new_incident
from ui.inspector.sign_off_view import SignOffView
from uitools import WAIT_MS


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def settle(qtbot, worker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)


def review_in_queue(qtbot, db: Database, worker, actor, incident_id: int) -> SignOffView:
    view = SignOffView(DatabaseDesk(db, actor), actor, worker)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)
    settle(qtbot, worker)
    view.focus_queue()
    view.select(incident_id)
    view.table.setFocus()
    with qtbot.waitSignal(view.review.loaded, timeout=WAIT_MS):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Return)
    return view


def to_closure_complete(db: Database, staff: Staff, incident_id: int, version: int) -> int:
    h1 = staff.handler
    version = lifecycle.dispatch(db, h1, incident_id, version, grade=2, officers=["PC4521"])
    # The inspector records the DASH: a contribution.
    version = risk.record_assessment(
        db,
        staff.inspector,
        incident_id,
        version,
        {q.number: "no" for q in shipped_instrument().questions},
        officer_collar="PC4521",
    ).version
    version = lifecycle.record_attendance(db, h1, incident_id, version, officer="PC4521")
    version = lifecycle.start_closure(db, h1, incident_id, version)
    for item, value in FULL_ANSWERS.items():
        version = closure.answer_item(
            db, h1, incident_id, version, item_id=item, value=value, officer_collar="PC4521"
        ).version
    for section, words in NARRATIVE.items():
        version = closure.set_narrative(
            db, h1, incident_id, version, section=section, text=words
        ).version
    return version


def test_an_inspector_who_did_the_dash_is_told_why_and_cannot_sign(
    qtbot, db, worker, staff: Staff
) -> None:
    row = new_incident(db, staff.handler)
    version = to_closure_complete(db, staff, row.id, row.version)
    lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    view = review_in_queue(qtbot, db, worker, staff.inspector, row.id)
    core = signoff.review(db, staff.inspector, row.id)
    assert not core.may_sign
    assert core.sign_refusal in view.review.own.text()
    assert "another inspector must sign it off" in view.review.own.text()
    assert not view.review.finalise_button.isEnabled()
    assert not view.review.return_button.isEnabled()

    other = review_in_queue(qtbot, db, worker, staff.inspector2, row.id)
    assert other.review.own.text() == ""
    assert other.review.finalise_button.isEnabled() and other.review.return_button.isEnabled()


def test_a_resubmission_with_nothing_changed_shows_the_handlers_reason(
    qtbot, db, worker, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(accounts.confirm_password, "__kwdefaults__", {"failure_delay_s": 0.0})
    row = new_incident(db, staff.handler)
    version = to_closure_complete(db, staff, row.id, row.version)
    version = lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    version = signoff.return_to_handler(
        db,
        staff.inspector2,
        row.id,
        version,
        reason="Record why no DVPN was sought.",
        password=PASSWORD,
    )
    version = lifecycle.start_closure(db, staff.handler, row.id, version)
    why = "No offence was disclosed, so a DVPN was not open to us."
    lifecycle.submit_for_sign_off(db, staff.handler, row.id, version, reason=why)
    view = review_in_queue(qtbot, db, worker, staff.inspector2, row.id)
    flag = view.review.page.findChild(QLabel, "resubmittedUnchanged")
    assert flag is not None and why in flag.text() and "RESUBMITTED UNCHANGED" in flag.text()

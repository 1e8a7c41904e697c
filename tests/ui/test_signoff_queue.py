"""The inspector's sign-off queue and review, driven from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from callhandler.desk import DatabaseDesk
from callhandler.domain.facts import Facts
from callhandler.services import accounts, closure, lifecycle, signoff, triage
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import (
    FULL_ANSWERS,
    NARRATIVE,
    PASSWORD,
    Staff,
    make_staff,
    new_incident,
    to_awaiting_sign_off,
)
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.closure.checklist_dialog import ClosureChecklistDialog
from ui.inspector.sign_dialog import SignDialog
from ui.inspector.sign_off_view import SignOffView
from ui.models.checklist_answers import ANSWER, OFFICER, TAKEN_BY
from ui.models.queue_table import FLAGS, REF
from uitools import WAIT_MS

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


@pytest.fixture(autouse=True)
def no_failure_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wrong password waits a second in production; tests need not."""
    monkeypatch.setattr(accounts.confirm_password, "__kwdefaults__", {"failure_delay_s": 0.0})


def settle(qtbot, worker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)


def active(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def type_here(qtbot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def status_of(db: Database, incident_id: int) -> str:
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        return incident.status


def awaiting(db: Database, staff: Staff, phone: str = "07700 900444") -> tuple[int, str]:
    row = new_incident(db, staff.handler, phone)
    to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    return row.id, row.ref


def below_floor(db: Database, staff: Staff) -> tuple[int, str]:
    """Coercive control graded 4 against a floor of 3, resolved without deployment."""
    row = new_incident(db, staff.handler, "01632 960111")
    facts = Facts({"relationship": "intimate_partner", "abuse_types": ["coercive_control"]})
    recommendation = triage.recommend_grade(db, staff.handler, facts).recommendation
    triage.decide_grade(
        db, staff.handler, row.id, recommendation, 4, "Caller wants advice only tonight."
    )
    version = closure.closure_view(db, staff.handler, row.id).version
    version = lifecycle.resolve_without_deployment(db, staff.handler, row.id, version)
    for item, value in FULL_ANSWERS.items():
        version = closure.answer_item(
            db, staff.handler, row.id, version, item_id=item, value=value, officer_collar="PC1"
        ).version
    for section, text in NARRATIVE.items():
        version = closure.set_narrative(
            db, staff.handler, row.id, version, section=section, text=text
        ).version
    lifecycle.submit_for_sign_off(db, staff.handler, row.id, version)
    return row.id, row.ref


def open_queue(qtbot, db, worker, actor) -> SignOffView:
    view = SignOffView(DatabaseDesk(db, actor), actor, worker)
    qtbot.addWidget(view)
    view.resize(1400, 850)
    view.show()
    active(qtbot, view)
    settle(qtbot, worker)
    view.focus_queue()
    return view


def open_review(qtbot, view: SignOffView, ref: str) -> None:
    row = next(r for r in view.model.rows() if r.ref == ref)
    view.select(row.incident_id)
    view.table.setFocus()
    with qtbot.waitSignal(view.review.loaded, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)


def texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def sign_dialog(qtbot, view: SignOffView, key: Qt.Key) -> SignDialog:
    press(qtbot, key, ALT)  # a button's Alt+letter clicks it a moment later
    qtbot.waitUntil(lambda: view.review.dialog is not None, timeout=WAIT_MS)
    dialog = view.review.dialog
    assert isinstance(dialog, SignDialog)
    active(qtbot, dialog)
    return dialog


def test_queue_flags_and_review_show_what_the_inspector_must_read(
    qtbot, db, worker, staff: Staff
) -> None:
    first_id, first_ref = awaiting(db, staff)
    low_id, low_ref = below_floor(db, staff)
    view = open_queue(qtbot, db, worker, staff.inspector)
    assert [r.ref for r in view.model.rows()] == [first_ref, low_ref]  # same risk: oldest first
    assert view.heading.text() == "Sign-off queue: 2 waiting"
    assert view.model.index(1, FLAGS).data() == "Below policy floor"
    assert view.model.index(1, FLAGS).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        "#b91c1c"
    )
    assert view.model.index(0, FLAGS).data() == ""

    open_review(qtbot, view, low_ref)
    review = view.review
    assert review.review is not None and review.review.ref == low_ref
    shown = texts(review)
    assert "DOWNGRADED BELOW THE POLICY FLOOR" in shown
    assert "Caller wants advice only tonight." in shown
    flag = review.findChild(QLabel, "overrideFlag")
    assert flag is not None and flag.property("tone") == "danger-soft"  # red in any theme
    assert NARRATIVE["what_happened"] in shown
    assert "History of the number and address" in shown
    assert "1 earlier incident(s) at this number or address:" in shown  # the same address
    assert [c.incident_ref for c in review.history_model.rows()] == [first_ref]
    lines = {line.item_id: line for line in review.answers_model.rows()}
    assert lines["safety_plan"].answer == FULL_ANSWERS["safety_plan"]
    safety = list(lines).index("safety_plan")
    assert review.answers_model.index(safety, OFFICER).data() == "PC1"
    assert review.answers_model.index(safety, TAKEN_BY).data() == "h1"
    assert review.answers_model.index(safety, ANSWER).data() == FULL_ANSWERS["safety_plan"]
    assert review.finalise_button.isEnabled() and review.return_button.isEnabled()

    # Esc goes back to the queue; the earlier incident's review shows its previous call.
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table
    assert view.model.index(view.table.currentIndex().row(), REF).data() == low_ref
    open_review(qtbot, view, first_ref)
    assert "DOWNGRADED" not in texts(view.review)
    assert view.review.findChild(QLabel, "overrideFlag") is None


def test_finalise_asks_for_the_password_again(qtbot, db, worker, staff: Staff) -> None:
    incident_id, ref = awaiting(db, staff)
    view = open_queue(qtbot, db, worker, staff.inspector)
    open_review(qtbot, view, ref)
    dialog = sign_dialog(qtbot, view, Qt.Key.Key_N)  # Fi&nalise…
    assert QApplication.focusWidget() is dialog.password_edit
    type_here(qtbot, "not-my-password")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert dialog.isVisible()
    assert "password is not right" in dialog.error.text()
    assert dialog.password_edit.text() == ""
    assert status_of(db, incident_id) == "awaiting_sign_off"

    type_here(qtbot, PASSWORD)
    with qtbot.waitSignal(view.review.signed, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert status_of(db, incident_id) == "finalised"
    assert view.model.rowCount() == 0
    assert view.notice.text() == f"{ref} finalised."
    assert view.review.review is None


def test_return_with_a_reason_reaches_the_handler(qtbot, db, worker, staff: Staff) -> None:
    incident_id, ref = awaiting(db, staff)
    view = open_queue(qtbot, db, worker, staff.inspector)
    open_review(qtbot, view, ref)
    dialog = sign_dialog(qtbot, view, Qt.Key.Key_R)  # &Return to handler…
    assert QApplication.focusWidget() is dialog.reason_edit
    type_here(qtbot, "No")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "at least 10 characters" in dialog.error.text()
    type_here(qtbot, "t enough: record why no DVPN was sought.")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, PASSWORD)
    with qtbot.waitSignal(view.review.signed, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert status_of(db, incident_id) == "returned"
    reason = "Not enough: record why no DVPN was sought."
    assert signoff.review(db, staff.inspector, incident_id).sign_offs[0][2] == reason

    # The handler's list says so, and selecting it shows the reason.
    panel = ShiftIncidentsPanel(DatabaseDesk(db, staff.handler), staff.handler, worker)
    qtbot.addWidget(panel)
    panel.show()
    active(qtbot, panel)
    panel.refresh()
    settle(qtbot, worker)
    assert panel.model.index(0, 2).data() == "Returned by inspector"
    panel.focus_list()
    settle(qtbot, worker)
    assert reason in panel.returned.text() and "RETURNED by I1" in panel.returned.text()
    press(qtbot, Qt.Key.Key_Return)  # the next step: closure questions again
    checklist = panel.dialog
    assert isinstance(checklist, ClosureChecklistDialog)
    qtbot.waitUntil(lambda: checklist.view is not None, timeout=WAIT_MS)
    settle(qtbot, worker)
    assert reason in checklist.returned.text()
    assert status_of(db, incident_id) == "closure_in_progress"
    assert checklist.can_submit()  # every answer is still there


def test_an_inspector_who_handled_the_incident_is_refused(qtbot, db, worker, staff: Staff) -> None:
    row = new_incident(db, staff.inspector)  # the inspector took this call
    to_awaiting_sign_off(db, staff.inspector, row.id, row.version)
    view = open_queue(qtbot, db, worker, staff.inspector)
    open_review(qtbot, view, row.ref)
    assert "another inspector must sign it off" in view.review.own.text()
    assert not view.review.finalise_button.isEnabled()
    assert not view.review.return_button.isEnabled()
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # anything it started is done
    assert view.review.dialog is None


def test_a_sign_off_after_another_inspectors_is_refused_plainly(
    qtbot, db, worker, staff: Staff
) -> None:
    incident_id, ref = awaiting(db, staff)
    view = open_queue(qtbot, db, worker, staff.inspector)
    open_review(qtbot, view, ref)
    version = view.review.review.version  # type: ignore[union-attr]
    signoff.finalise(db, staff.inspector2, incident_id, version, password=PASSWORD)  # elsewhere

    sign_dialog(qtbot, view, Qt.Key.Key_N)
    type_here(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert view.review.dialog is None  # the dialog closed
    message = view.review.notice.text()
    assert "changed by i2 (finalise" in message and "NOT saved" in message
    active(qtbot, view)
    assert QApplication.focusWidget() is view.review.notice.action

    with qtbot.waitSignal(view.review.loaded, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)  # Reload
    settle(qtbot, worker)
    assert view.review.title.text() == f"{ref} — Finalised"
    assert not view.review.finalise_button.isEnabled()
    assert view.model.rowCount() == 0
    assert "Finalised by i2" in texts(view.review)


def test_the_checklist_rows_are_as_tall_as_their_wrapped_text(
    qtbot, db, worker, staff: Staff
) -> None:
    """Fitted at the width the table is shown at: no answer cut off, no row lines taller
    than its text (sized before the table was laid out, rows came out 2-4 lines too tall),
    and every row shown without the table scrolling."""
    _incident_id, ref = below_floor(db, staff)
    view = open_queue(qtbot, db, worker, staff.inspector)
    open_review(qtbot, view, ref)
    page = view.review.page
    qtbot.waitUntil(lambda: getattr(page, "answers_view", None) is not None, timeout=WAIT_MS)
    table = page.answers_view
    line = table.fontMetrics().lineSpacing()
    rows = range(table.model().rowCount())
    assert len(rows) > 5

    def fitted() -> bool:
        return all(
            table.sizeHintForRow(r) <= table.rowHeight(r) < table.sizeHintForRow(r) + line
            for r in rows
        )

    qtbot.waitUntil(fitted, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0, timeout=WAIT_MS)

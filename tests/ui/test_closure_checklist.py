"""Closure from the keyboard: dispatch, attendance, the checklist dialog, sign-off, a note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from callhandler.desk import DatabaseDesk
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.services import closure, lifecycle, signoff, triage
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from closure_helpers import NARRATIVE, PASSWORD, Staff, make_staff, new_incident
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.shift_incidents import ShiftIncidentsPanel
from ui.closure.checklist_dialog import ClosureChecklistDialog
from ui.common.action_dialogs import AttendanceDialog, NoteDialog
from ui.inspector.sign_off_view import SignOffView
from uitools import WAIT_MS

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def staff(db: Database) -> Staff:
    return make_staff(db)


def status_of(db: Database, incident_id: int) -> str:
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        assert incident is not None
        return incident.status


def settle(qtbot, worker) -> None:
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)


def active(qtbot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=WAIT_MS)


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the cursor is, as the handler would press it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)


def type_here(qtbot, text: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def focused_item(dialog: ClosureChecklistDialog) -> str | None:
    focus = QApplication.focusWidget()
    return next((i for i, row in dialog.rows.items() if row.editor is focus), None)


def open_panel(qtbot, db, worker, actor) -> ShiftIncidentsPanel:
    panel = ShiftIncidentsPanel(DatabaseDesk(db, actor), actor, worker)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    active(qtbot, panel)
    panel.refresh()
    settle(qtbot, worker)
    return panel


@pytest.fixture
def host(qtbot) -> QWidget:
    """Owns a dialog opened on its own (the dialog deletes itself once closed)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_checklist(
    qtbot, db, worker, actor, incident_id: int, host: QWidget
) -> ClosureChecklistDialog:
    dialog = ClosureChecklistDialog(DatabaseDesk(db, actor), worker, incident_id, parent=host)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.open()
    active(qtbot, dialog)
    return dialog


def attended(db, staff: Staff) -> tuple[int, int]:
    row = new_incident(db, staff.handler)
    v = lifecycle.dispatch(db, staff.handler, row.id, row.version, grade=2, officers=["PC4521"])
    v = lifecycle.record_attendance(db, staff.handler, row.id, v, officer="PC4521")
    return row.id, v


def test_closure_end_to_end_from_the_keyboard(qtbot, db, worker, staff: Staff) -> None:
    row = new_incident(db, staff.handler)
    panel = open_panel(qtbot, db, worker, staff.handler)
    panel.focus_list()  # the handler's window does this on Ctrl+2
    assert QApplication.focusWidget() is panel.view
    assert panel.buttons["dispatch"].isEnabled() and not panel.buttons["note"].isEnabled()

    # Enter does the next step: dispatch.
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(panel.dialog, DispatchDialog)
    active(qtbot, panel.dialog)
    type_here(qtbot, "PC4521")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert status_of(db, row.id) == "dispatched"
    assert "dispatched" in panel.notice.text()

    # Enter again: record attendance (the time defaults to now).
    active(qtbot, panel)
    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(panel.dialog, AttendanceDialog)
    active(qtbot, panel.dialog)
    type_here(qtbot, "pc 4521")
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert status_of(db, row.id) == "attended"

    # Ctrl+K: the closure questions; opening them starts closure.
    active(qtbot, panel)
    panel.view.setFocus()
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.dialog
    assert isinstance(dialog, ClosureChecklistDialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    settle(qtbot, worker)
    active(qtbot, dialog)
    assert status_of(db, row.id) == "closure_in_progress"
    assert not dialog.submit_button.isEnabled()
    assert dialog.missing()[0][0] == "collar"
    assert QApplication.focusWidget() is dialog.collar_edit
    assert not dialog.rows["arrest_made"].isVisibleTo(dialog)
    assert not dialog.rows["no_arrest_rationale"].isVisibleTo(dialog)

    type_here(qtbot, "pc4521")
    press(qtbot, Qt.Key.Key_F8)  # next missing item
    assert focused_item(dialog) == "victim_spoken_to_alone"
    press(qtbot, Qt.Key.Key_Y)  # answered; the cursor moves on
    assert focused_item(dialog) == "safety_plan"
    type_here(qtbot, "Staying with her sister tonight; codeword agreed.")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Y)  # support information
    assert focused_item(dialog) == "victim_contact_owner"  # recommendation 4
    type_here(qtbot, "PC4521 Smith")
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, "Tomorrow 10:00 by phone")  # the next contact
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Y)  # risk assessment completed -> risk level appears
    assert focused_item(dialog) == "risk_level"
    press(qtbot, Qt.Key.Key_2)  # medium
    assert focused_item(dialog) == "dash_supervisor_reviewed"
    press(qtbot, Qt.Key.Key_Y)
    assert focused_item(dialog) == "children_at_address"  # the call did not say
    press(qtbot, Qt.Key.Key_N)  # no children -> the children items stay hidden
    assert not dialog.rows["children_accounted_for"].isVisibleTo(dialog)
    assert focused_item(dialog) == "officers_attended"
    press(qtbot, Qt.Key.Key_2)  # two officers
    assert focused_item(dialog) == "offence_disclosed"
    press(qtbot, Qt.Key.Key_Y)  # offence disclosed -> arrest made appears
    assert focused_item(dialog) == "arrest_made"
    press(qtbot, Qt.Key.Key_N)  # no arrest -> the rationale appears, required
    rationale = dialog.rows["no_arrest_rationale"]
    assert rationale.isVisibleTo(dialog)
    assert rationale.tag.text() == "Required now"
    assert "An offence was disclosed but nobody was arrested. Why?" in [
        words for _, words in dialog.missing()
    ]
    assert focused_item(dialog) == "no_arrest_rationale"
    type_here(qtbot, "Suspect had left; circulated as wanted, victim safe at her sister's.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_item(dialog) == "positive_action_taken"  # recommendation 14
    type_here(qtbot, "Circulated as wanted; DVPN considered; victim moved to her sister's.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_item(dialog) == "victim_supports_prosecution"
    press(qtbot, Qt.Key.Key_2)  # no -> evidence-led prosecution appears
    assert focused_item(dialog) == "evidence_led_prosecution_considered"
    press(qtbot, Qt.Key.Key_Y)
    assert focused_item(dialog) == "counter_allegation"
    press(qtbot, Qt.Key.Key_N)
    assert focused_item(dialog) == "evidence_captured"
    press(qtbot, Qt.Key.Key_1)  # body-worn video
    press(qtbot, Qt.Key.Key_2)  # injury photos
    press(qtbot, Qt.Key.Key_Tab)
    assert not dialog.rows["evidence_gap_reason"].isVisibleTo(dialog)  # body-worn video used
    for key in (Qt.Key.Key_Y, Qt.Key.Key_Y, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        press(qtbot, key)  # safeguarding, neighbourhood team, marker placed, DVPN, Clare's law
    for section, text in NARRATIVE.items():
        assert QApplication.focusWidget() is dialog.narrative_rows[section].editor
        type_here(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.idle and not worker.busy, timeout=WAIT_MS)

    assert dialog.missing() == []
    assert dialog.submit_button.isEnabled()
    view = closure.closure_view(db, staff.handler, row.id)
    assert view.checklist_status.complete
    assert view.answers["evidence_captured"].value == ("body_worn_video", "injury_photos")
    answer = view.answers["no_arrest_rationale"]
    assert (answer.officer_collar, answer.taken_by) == ("PC4521", "h1")
    assert "taken by h1" in dialog.rows["arrest_made"].meta.text()

    with qtbot.waitSignal(dialog.submitted, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_B, ALT)  # Su&bmit for sign-off
    settle(qtbot, worker)
    assert status_of(db, row.id) == "awaiting_sign_off"
    assert "submitted for the inspector's sign-off" in panel.notice.text()
    assert panel.model.rows()[0].status == "awaiting_sign_off"

    # The inspector's queue has it; the review shows the checklist; finalise with the password.
    queue = SignOffView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(queue)
    queue.show()
    active(qtbot, queue)
    settle(qtbot, worker)
    assert [r.ref for r in queue.model.rows()] == [row.ref]
    queue.focus_queue()
    with qtbot.waitSignal(queue.review.loaded, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    shown = {line.item_id: line.answer for line in queue.review.answers_model.rows()}
    assert shown["arrest_made"] == "No" and shown["risk_level"] == "Medium"
    press(qtbot, Qt.Key.Key_N, ALT)  # Fi&nalise…
    qtbot.waitUntil(lambda: queue.review.dialog is not None, timeout=WAIT_MS)
    active(qtbot, queue.review.dialog)
    type_here(qtbot, PASSWORD)
    with qtbot.waitSignal(queue.review.signed, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert status_of(db, row.id) == "finalised"
    assert queue.model.rowCount() == 0

    # Later information is a note on the finalised incident: Enter is the next step.
    active(qtbot, panel)
    panel.refresh()
    settle(qtbot, worker)
    panel.focus_list()
    assert panel.buttons["note"].isEnabled() and not panel.buttons["closure"].isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(panel.dialog, NoteDialog)
    active(qtbot, panel.dialog)
    type_here(qtbot, "Victim rang back: suspect arrested on a warrant.")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, worker)
    assert panel.notice.text() == f"Note added to {row.ref}."
    notes = signoff.review(db, staff.inspector, row.id).notes
    assert [(text, who) for text, who, _ in notes] == [
        ("Victim rang back: suspect arrested on a warrant.", "h1")
    ]


def test_another_workstations_change_is_shown_plainly_with_reload(
    qtbot, db, worker, staff: Staff, host: QWidget
) -> None:
    incident_id, _ = attended(db, staff)
    dialog = open_checklist(qtbot, db, worker, staff.handler, incident_id, host)
    dialog.collar_edit.setText("PC4521")
    # Meanwhile, on another workstation:
    other = closure.closure_view(db, staff.handler2, incident_id)
    closure.answer_item(
        db,
        staff.handler2,
        incident_id,
        other.version,
        item_id="victim_spoken_to_alone",
        value="no",
        officer_collar="PC7777",
    )
    qtbot.keyClick(dialog.rows["victim_spoken_to_alone"].editor, Qt.Key.Key_Y)
    settle(qtbot, worker)

    message = dialog.notice.text()
    assert "changed by h2" in message and "NOT saved" in message
    assert dialog.notice.action.isVisible() and dialog.notice.action.text() == "&Reload"
    assert QApplication.focusWidget() is dialog.notice.action
    assert not dialog.questions.isEnabled()
    assert not dialog.submit_button.isEnabled()
    stored = closure.closure_view(db, staff.handler, incident_id).answers
    assert stored["victim_spoken_to_alone"].value == "no"  # nothing overwritten

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return)  # Reload
    assert dialog.notice.text() == ""
    assert dialog.questions.isEnabled()
    row = dialog.rows["victim_spoken_to_alone"]
    assert row.editor.value() == "no"
    assert "Officer PC7777 · taken by h2" in row.meta.text()


def test_answers_are_saved_as_given_and_a_bad_one_is_refused_by_the_item(
    qtbot, db, worker, staff: Staff, host: QWidget
) -> None:
    incident_id, _ = attended(db, staff)
    dialog = open_checklist(qtbot, db, worker, staff.handler, incident_id, host)
    qtbot.keyClick(dialog.rows["offence_disclosed"].editor, Qt.Key.Key_Y)
    assert "collar" in dialog.collar.error.text()  # nothing sent without the officer
    assert not dialog.idle
    qtbot.keyClicks(dialog.collar_edit, "PC12")
    qtbot.keyClick(dialog.collar_edit, Qt.Key.Key_Return)
    settle(qtbot, worker)
    assert dialog.idle

    dialog.answer("no_arrest_rationale", "too short")  # hidden until arrest_made = no
    settle(qtbot, worker)
    assert "at least 30 characters" in dialog.rows["no_arrest_rationale"].error.text()

    dialog.answer("warning_marker", "placed")
    dialog.reject()  # closing loses nothing already given
    settle(qtbot, worker)
    answers = closure.closure_view(db, staff.handler, incident_id).answers
    assert answers["offence_disclosed"].value == "yes"
    assert answers["warning_marker"].value == "placed"
    assert answers["offence_disclosed"].officer_collar == "PC12"
    assert "no_arrest_rationale" not in answers


def test_strangulation_at_medium_risk_shows_the_written_challenge_as_required(
    qtbot, db, worker, staff: Staff, host: QWidget
) -> None:
    """Recommendations 6 and 9: the call recorded strangulation; a medium level is challenged."""
    incident_id, _ = attended(db, staff)
    call = Conversation.start(shipped_script("domestic_abuse")).answer("da_strangulation", "yes")
    triage.record_answers(db, staff.handler, incident_id, call)
    dialog = open_checklist(qtbot, db, worker, staff.handler, incident_id, host)
    qtbot.keyClicks(dialog.collar_edit, "PC4521")
    qtbot.keyClick(dialog.collar_edit, Qt.Key.Key_Return)
    challenge = dialog.rows["risk_level_challenge"]
    assert not challenge.isVisibleTo(dialog)

    dialog.answer("risk_assessment_completed", "yes")
    dialog.answer("risk_level", "medium")
    settle(qtbot, worker)
    assert challenge.isVisibleTo(dialog) and challenge.tag.text() == "Required now"
    assert dialog.rows["marac_referral"].isVisibleTo(dialog)  # professional judgement
    assert challenge.item.text in [words for _, words in dialog.missing()]

    dialog.answer("risk_level", "high")
    settle(qtbot, worker)
    assert not challenge.isVisibleTo(dialog)

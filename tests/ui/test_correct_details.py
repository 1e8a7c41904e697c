"""Correcting a mistyped number or address after the incident is opened, from the keyboard:
F6, Ctrl+Enter saves, Esc cancels; the history and the recommendation follow."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from builders import add_incident
from call_window import handler_window, press, workspace_of
from callhandler.services import lifecycle
from callhandler.services.calls import IncidentRow
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.storage.engine import Database
from outage_helpers import events
from ui.call.call_workspace import CallWorkspace
from ui.main_window import MainWindow
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def window(qtbot, db, worker, handler) -> MainWindow:
    return handler_window(qtbot, db, worker, handler)


def retype(qtbot, text: str) -> None:
    """Select what the focused field holds and type over it, as a handler would."""
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def open_call(qtbot, workspace: CallWorkspace) -> IncidentRow:
    """Type a number and a (mistyped) address, then Ctrl+Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), "07700 900111")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "14 Mill Road")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "CB1 2AD")
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS) as opened:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    row: IncidentRow = opened.args[0]
    return row


def read_only(workspace: CallWorkspace) -> bool:
    return all(editor.isReadOnly() for editor in workspace.form.editors.values())


def refs_at(db: Database, handler, address: str) -> list[str]:
    found = find_previous_calls(db, handler, HistoryQuery(address=address, postcode="CB1 2AD"))
    return [c.incident_ref for c in found.exact]


def test_f6_corrects_the_address_and_the_history_and_recommendation_follow(
    qtbot, window, db, worker, handler
) -> None:
    add_incident(
        db,
        "OLD-41",
        days_ago=20,
        now=NOW,
        address="41 Mill Road",
        postcode="CB1 2AD",
        risk_level="high",
        people=[("victim", "Jane Example"), ("suspect", "John Example")],
        # A MARAC case: Grade 1 whatever the call says (history alone no longer upgrades
        # a call that is not yet domestic abuse: policy v2, issue 12)
        markers=[("address", "marac")],
    )
    workspace = workspace_of(window)
    form, history = workspace.form, workspace.history
    row = open_call(qtbot, workspace)
    assert read_only(workspace)
    qtbot.waitUntil(lambda: history.last_result is not None, timeout=WAIT_MS)
    assert history.last_result is not None
    # Nothing earlier at the mistyped address; the call's own incident is never its history.
    history.look_up_now()
    qtbot.waitUntil(lambda: "Searching" not in history.status.text(), timeout=WAIT_MS)
    assert [c.incident_ref for c in history.last_result.exact] == []
    before = workspace.recommendation.grade_number.text()

    press(qtbot, Qt.Key.Key_F6)
    assert not read_only(workspace) and form.correction.active
    assert form.correction.save_button.isVisible() and not form.open_button.isVisible()
    assert QApplication.focusWidget() is form.editors["phone"]
    assert "Ctrl+Enter saves" in form.message.text()
    assert form.heading.text() == f"Correcting {row.ref}"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["address"]
    retype(qtbot, "41 Mill Road")
    with qtbot.waitSignal(workspace.correction.saved, timeout=WAIT_MS) as saved:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert saved.args[0].address == "41 Mill Road"
    qtbot.waitUntil(
        lambda: (
            history.last_result is not None
            and "OLD-41" in [c.incident_ref for c in history.last_result.exact]
        ),
        timeout=WAIT_MS,
    )
    assert read_only(workspace) and not form.correction.active
    assert "details corrected" in form.message.text() and form.heading.text() == "New call"
    assert [c.incident_ref for c in history.last_result.exact] == ["OLD-41"]  # not itself
    assert any("HIGH" in text.upper() for text in history.banner_texts())
    assert workspace.recommendation.grade_number.text() != before  # a MARAC case at the address
    # On file: filed at the corrected address, not the mistyped one; the version moved on.
    assert refs_at(db, handler, "41 Mill Road") == [row.ref, "OLD-41"]  # newest first
    assert refs_at(db, handler, "14 Mill Road") == []
    assert workspace.grading.version == row.version + 1
    [event] = events(db, "correct_details")
    assert json.loads(event.detail)["changed"]["address"]["to"] == "41 Mill Road"


def test_esc_puts_the_recorded_details_back_and_nothing_is_sent(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    form = workspace.form
    open_call(qtbot, workspace)
    press(qtbot, Qt.Key.Key_F6)
    retype(qtbot, "07700 900999")
    press(qtbot, Qt.Key.Key_Escape)
    assert read_only(workspace) and not form.correction.active
    assert form.values()["phone"] == "07700 900111"
    assert "cancelled" in form.message.text()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert events(db, "correct_details") == []


def test_bad_input_is_shown_under_the_field_and_nothing_is_saved(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    form = workspace.form
    open_call(qtbot, workspace)
    press(qtbot, Qt.Key.Key_F6)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editors["postcode"]
    retype(qtbot, "ZZ9 9ZZZ")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.errors["postcode"].isVisible()
    assert "not a UK postcode" in form.errors["postcode"].text()
    assert form.correction.active and not read_only(workspace)  # nothing typed is lost
    assert isinstance(form.editors["postcode"], QLineEdit)
    assert form.editors["postcode"].text() == "ZZ9 9ZZZ"
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert events(db, "correct_details") == []


def test_a_change_made_elsewhere_meanwhile_is_refused_with_the_standard_message(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    form = workspace.form
    row = open_call(qtbot, workspace)
    # The incident moves on from another workstation (My incidents, say).
    lifecycle.dispatch(db, handler, row.id, row.version, grade=2, officers=["PC1"])
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_Tab)
    retype(qtbot, "41 Mill Road")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: "Not corrected" in form.message.text(), timeout=WAIT_MS)
    assert "NOT saved and nothing was overwritten" in form.message.text()
    assert form.correction.active and form.values()["address"] == "41 Mill Road"
    assert refs_at(db, handler, "14 Mill Road") == [row.ref]


def test_f6_before_the_incident_is_opened_says_there_is_nothing_to_correct(
    qtbot, window, db, worker, handler
) -> None:
    workspace = workspace_of(window)
    qtbot.keyClicks(QApplication.focusWidget(), "07700 900111")
    press(qtbot, Qt.Key.Key_F6)
    assert "Nothing to correct yet" in workspace.form.message.text()
    assert not workspace.form.correction.active and not read_only(workspace)
    assert not workspace.form.correction.correct_button.isEnabled()

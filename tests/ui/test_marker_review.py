"""The inspector reviews an incident's warning markers from its review (Alt+K) and expires
one with a reason (Alt+E); refusals are shown in the dialog, the list shows it expired."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.services import markers
from callhandler.storage.engine import Database
from ui.inspector.markers_dialog import ExpireMarkerDialog, MarkersDialog
from ui.inspector.review_panel import ReviewPanel
from ui.models.marker_table import EXPIRES, KIND, ON, STATE, MarkerTableModel
from uitools import WAIT_MS

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NOW = dt.datetime.now(dt.UTC)
REASON = "Number reassigned to another subscriber in October."


@pytest.fixture
def incident_id(db: Database) -> int:
    """An incident with a MARAC marker on its address and a weapons marker on its number,
    and one marker on the number that expired last month."""
    add_incident(
        db,
        "OLD-0",
        days_ago=400,
        now=NOW,
        phone="07700 900333",
        markers=[("phone", "domestic_abuse")],
        marker_expires_days=-30,
    )
    return add_incident(
        db,
        "OLD-1",
        days_ago=20,
        now=NOW,
        phone="07700 900333",
        address="5 Marker Row",
        postcode="CB1 2AD",
        people=[("victim", "Jane Example")],
        markers=[("address", "marac"), ("phone", "weapons")],
    )


@pytest.fixture
def panel(qtbot, db, worker, inspector, incident_id) -> ReviewPanel:
    review = ReviewPanel(DatabaseDesk(db, inspector), worker)
    qtbot.addWidget(review)
    review.resize(1200, 800)
    review.show()
    review.activateWindow()
    qtbot.waitUntil(review.isActiveWindow, timeout=WAIT_MS)
    assert not review.markers_button.isEnabled()  # nothing to show before a review
    with qtbot.waitSignal(review.loaded, timeout=WAIT_MS):
        review.load(incident_id)
    return review


def press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def cells(model: MarkerTableModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def open_markers(qtbot, panel: ReviewPanel) -> MarkersDialog:
    panel.page.setFocus()
    press(qtbot, Qt.Key.Key_K, ALT)  # a mnemonic: the click comes a moment later
    qtbot.waitUntil(lambda: panel.markers_dialog is not None, timeout=WAIT_MS)
    dialog = panel.markers_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def ask_to_expire(qtbot, dialog: MarkersDialog) -> ExpireMarkerDialog:
    press(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: dialog.expire_dialog is not None, timeout=WAIT_MS)
    expire = dialog.expire_dialog
    assert isinstance(expire, ExpireMarkerDialog)
    return expire


def test_the_inspector_expires_a_marker_with_a_reason_and_the_list_shows_it_expired(
    qtbot, panel, db, worker, inspector, incident_id
) -> None:
    dialog = open_markers(qtbot, panel)
    model = dialog.model
    assert cells(model, STATE) == ["ACTIVE", "ACTIVE", "expired"]  # active ones first
    assert sorted(cells(model, KIND)[:2]) == sorted(
        [markers.marker_label("marac"), markers.marker_label("weapons")]
    )
    assert cells(model, ON)[2] == "number +447700900333"
    assert cells(model, EXPIRES)[:2] == ["no end date", "no end date"]
    assert QApplication.focusWidget() is dialog.table

    weapons = model.row_of(next(r.id for r in model.rows() if r.marker_type == "weapons"))
    dialog.table.setCurrentIndex(model.index(weapons, 0))
    expire = ask_to_expire(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expire.reason_edit, timeout=WAIT_MS)
    qtbot.keyClicks(expire.reason_edit, "old")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert expire.error.isVisible() and "at least a sentence" in expire.error.text()
    assert not worker.busy  # nothing was sent

    qtbot.keyClick(expire.reason_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(expire.reason_edit, REASON)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert dialog.expire_dialog is None or not dialog.expire_dialog.isVisible()
    assert cells(model, STATE) == ["ACTIVE", "expired", "expired"]
    expired_row = model.rows()[dialog.table.currentIndex().row()]
    assert expired_row.marker_type == "weapons" and not expired_row.active  # still selected
    assert "Expired:" in dialog.notice.label.text()
    assert not dialog.expire_button.isEnabled()  # nothing more to expire on that one
    stored = {
        m.marker_type: m.active for m in markers.markers_for_incident(db, inspector, incident_id)
    }
    assert stored == {"weapons": False, "marac": True, "domestic_abuse": False}
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)  # the review is read again


def test_a_refusal_is_shown_in_the_expire_dialog_and_what_was_typed_stays(
    qtbot, panel, db, worker, inspector
) -> None:
    dialog = open_markers(qtbot, panel)
    first = dialog.selected()
    assert first is not None and first.active
    markers.expire_marker(db, inspector, first.id, "Expired at another desk meanwhile today.")
    expire = ask_to_expire(qtbot, dialog)
    # Ctrl+Return goes to the focused widget: wait until the new dialog has the focus.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expire.reason_edit, timeout=WAIT_MS)
    qtbot.keyClicks(expire.reason_edit, REASON)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):  # the list as it is now
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert expire.isVisible() and expire.error.text() == "That marker has already expired."
    assert expire.reason() == REASON
    assert cells(dialog.model, STATE) == ["ACTIVE", "expired", "expired"]
    assert dialog.selected() == replace(
        first, active=False, expires_at=dialog.selected().expires_at
    )
    qtbot.keyClick(expire.reason_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.expire_dialog is None, timeout=WAIT_MS)  # Esc: given up
    assert not dialog.expire_button.isEnabled()


def test_the_marker_model_passes_the_model_tester(
    qtmodeltester, db, inspector, incident_id
) -> None:  # type: ignore[no-untyped-def]
    model = MarkerTableModel()
    qtmodeltester.check(model)
    model.set_rows(markers.markers_for_incident(db, inspector, incident_id))
    qtmodeltester.check(model)

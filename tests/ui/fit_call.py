"""The call window during a busy call, for the fit test (issue 16): the handler's Call tab
with a number and address that carry a long history (banners, markers, a high risk
assessment), the incident opened, answers that bring reasons and the hand-over bar.
Imported as a plain module (tests/ui is on sys.path), like call_window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from builders import add_incident
from call_window import workspace_of
from callhandler.storage.engine import Database
from closure_helpers import Staff
from ui.call.history_panel import PreviousCallDialog
from ui.main_window import MainWindow, build_main_window
from ui.worker import Worker
from uitools import WAIT_MS

PHONE = "07700 900461"
ADDRESS = "14 Larkspur Close, Flat 3, Riverside Court"
EARLIER = 36  # the demo data's busiest number carries about this many earlier incidents
CTRL = Qt.KeyboardModifier.ControlModifier


def busy_history(db: Database, now: dt.datetime) -> None:
    """36 earlier incidents at the number and address: domestic abuse in the last year,
    children, a high risk assessment, markers on the address, the number and the victim,
    and a suspect linked to two victims."""
    for n in range(EARLIER):
        add_incident(
            db,
            f"OLD-{n + 1:03d}",
            days_ago=5 + n * 20,
            now=now,
            phone=PHONE,
            address=ADDRESS,
            postcode="CB1 2AD",
            children=n % 3 == 0,
            risk_level="high" if n == 0 else "medium",
            people=[("victim", "Dana Testcase"), ("suspect", "Rowan Fictional")]
            if n % 2 == 0
            else [("victim", "Casey Madeup"), ("suspect", "Rowan Fictional")],
            markers=[
                ("address", "high_risk_da_victim"),
                ("phone", "weapons"),
                ("victim", "marac"),
                ("address", "children_at_address"),
                ("address", "officer_safety"),
            ]
            if n == 0
            else (),
            summary="Domestic abuse: partner threatened her with a knife; children upstairs.",
        )


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key, modifiers)


def call_in_progress(  # type: ignore[no-untyped-def]
    qtbot, db: Database, worker: Worker, staff: Staff, answers: str = ""
) -> MainWindow:
    """The handler's window mid-call, as the handler would have typed it: by default
    talking, a weapon, an ex-partner (the hand-over offered); or the script ``answers``
    keys (a silent line, a caller who cannot speak)."""
    busy_history(db, dt.datetime.now(dt.UTC))
    window = build_main_window(db, staff.handler, worker)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    workspace = workspace_of(window)
    history, script = workspace.history, workspace.script
    with qtbot.waitSignal(history.result_shown, timeout=WAIT_MS):
        _type(qtbot, PHONE)
    _press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(history.result_shown, timeout=WAIT_MS):
        _type(qtbot, ADDRESS)
    assert any("REPEAT VICTIM" in b for b in history.banner_texts())
    with qtbot.waitSignal(workspace.form.incident_opened, timeout=WAIT_MS):
        _press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    if answers:
        _type(qtbot, answers)
        assert script.mode_banner.isVisibleTo(window)
    else:
        _type(qtbot, "1yny")  # talking, can speak, suspect not there, a weapon
        script.go_to("fc_relationship")
        _type(qtbot, "2")  # an ex-partner: domestic abuse, the hand-over offered
        assert not script.handover_bar.isHidden()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    return window


def call_decided(qtbot, db: Database, worker: Worker, staff: Staff) -> MainWindow:  # type: ignore[no-untyped-def]
    """The busy call graded below the policy floor, dispatch put off: the decision line
    (long: below the floor, flagged) and the Dispatch button show under the reasons."""
    window = call_in_progress(qtbot, db, worker, staff)
    workspace = workspace_of(window)
    _press(qtbot, Qt.Key.Key_G, CTRL)
    dialog = workspace.override_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.radios[1], timeout=WAIT_MS)
    _press(qtbot, Qt.Key.Key_3)
    dialog.rationale_edit.setPlainText("Caller says he has driven off; she will call back.")
    _press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: workspace.dispatch_dialog is not None and workspace.dispatch_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    workspace.dispatch_dialog.reject()  # officers are sent a moment later
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    recommendation = workspace.recommendation
    assert recommendation.decision.isVisibleTo(window) and "floor" in (
        recommendation.decision.text().lower()
    )
    assert recommendation.dispatch_button.isVisibleTo(window)
    return window


def silent_line(qtbot, db: Database, worker: Worker, staff: Staff):
    """The busy number as a silent line, a struggle heard: the mode banner, the checklist."""
    window = call_in_progress(qtbot, db, worker, staff, answers="24")
    return [("call window, silent line", window)]


def cannot_speak(qtbot, db: Database, worker: Worker, staff: Staff):
    """A caller who cannot speak, answering by key presses (the suspect is there)."""
    window = call_in_progress(qtbot, db, worker, staff, answers="1ny")
    return [("call window, caller cannot speak", window)]


def previous_call_dialog(qtbot, db: Database, worker: Worker, staff: Staff):
    """An earlier incident opened from the busy call's list (F4, Enter)."""
    window = call_in_progress(qtbot, db, worker, staff)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    dialog = window.findChild(PreviousCallDialog)
    assert dialog is not None and dialog.isVisible()
    return [("previous call dialog", dialog)]

"""Every list opens with its first row selected and Enter acts on it (issue 16): no grey
buttons and a dead Enter after Ctrl+2, no one-row table selectable only with Space."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from call_window import handler_window, press
from closure_helpers import make_staff, new_incident
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.handler_view import HandlerView
from uitools import WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_2_selects_the_newest_incident_and_enter_takes_its_next_step(
    qtbot, db, worker
) -> None:
    staff = make_staff(db)
    new_incident(db, staff.handler, "07700 900601")
    newest = new_incident(db, staff.handler, "07700 900602")
    window = handler_window(qtbot, db, worker, staff.handler)
    view = window.view
    assert isinstance(view, HandlerView)
    press(qtbot, Qt.Key.Key_2, CTRL)
    shift = view.shift
    assert QApplication.focusWidget() is shift.view
    selected = shift.selected()
    assert selected is not None and selected.id == newest.id
    assert any(button.isEnabled() for button in shift.buttons.values())
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shift.dialog, DispatchDialog), timeout=WAIT_MS)
    assert newest.ref in shift.dialog.windowTitle() + " ".join(
        label.text() for label in shift.dialog.findChildren(type(view.shift.heading))
    )
    shift.dialog.reject()


def test_a_one_row_oversight_list_is_selected_when_tabbed_into_and_enter_drills_in(
    qtbot, db, worker
) -> None:
    from builders import NOW, add_incident
    from callhandler.desk import DatabaseDesk
    from ui.oversight.incident_dialog import IncidentDialog
    from ui.oversight.lists_view import OversightListsView
    from uitools import make_actor

    for ref, days in (("J-1", 10), ("J-2", 40), ("J-3", 300)):
        add_incident(
            db, ref, days_ago=days, address="3 Test Street", people=[("victim", "Jane Example")]
        )
    view = OversightListsView(
        DatabaseDesk(db, make_actor(db, "inspector1", "inspector")), worker, clock=lambda: NOW
    )
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.choose("repeat-victims")
    assert view.proxy.rowCount() == 1
    assert view.table.current_row() is None  # not reached yet: nothing drilled into

    view.filter_edit.setFocus()
    with qtbot.waitSignal(view.drilled, timeout=WAIT_MS):
        press(qtbot, Qt.Key.Key_Tab)  # from the filter into the list
        assert QApplication.focusWidget() is view.table
    assert view.table.current_row().subject == "Jane Example"
    press(qtbot, Qt.Key.Key_Return)  # into the incidents behind it, the first selected
    assert QApplication.focusWidget() is view.drill_table
    first = view.drill_table.current_row()
    assert first is not None
    press(qtbot, Qt.Key.Key_Return)
    assert isinstance(view.dialog, IncidentDialog)
    view.dialog.reject()


def test_tabbing_into_the_control_room_list_selects_its_first_row_and_enter_opens_it(
    qtbot, db, worker
) -> None:
    from ui.main_window import build_main_window

    staff = make_staff(db)
    new_incident(db, staff.handler, "07700 900603")
    window = build_main_window(db, staff.inspector, worker)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    press(qtbot, Qt.Key.Key_2, CTRL)  # the control room: the filter has the focus
    room = window.view
    qtbot.waitUntil(lambda: room.model.rowCount() == 1, timeout=WAIT_MS)
    assert QApplication.focusWidget() is room.filter_edit
    for _ in range(2):  # past the status box
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is room.view
    assert room.view.selectionModel().isRowSelected(0)
    press(qtbot, Qt.Key.Key_Return)  # the incident, read-only
    dialog = room.dialog
    assert dialog is not None and "(read-only)" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.review is not None, timeout=WAIT_MS)
    assert dialog.review.incident_id == room.model.rows()[0].id
    dialog.reject()

"""An open window whose account is disabled, or whose role an administrator changes, is
told at its next refresh that the session has ended (the service reads the account again:
tests/core/test_account_rechecked.py), and is given nothing new."""

from __future__ import annotations

from callhandler import messages
from callhandler.desk import DatabaseDesk
from callhandler.services import account_admin, calls
from callhandler.services.context import system_actor
from closure_helpers import make_staff, new_incident, to_awaiting_sign_off
from ui.inspector.control_room_view import ControlRoomView
from ui.inspector.sign_off_view import SignOffView
from uitools import WAIT_MS, make_actor


def test_the_control_room_view_says_the_session_ended(qtbot, db, worker, inspector) -> None:
    handler = make_actor(db, "handler1", "handler")
    calls.open_incident(
        db, handler, calls.NewCall(phone="07700 900123", victim_name="Jane Example")
    )
    view = ControlRoomView(DatabaseDesk(db, inspector), inspector, worker)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert view.model.rowCount() == 1
    make_actor(db, "admin2", "admin")
    account_admin.disable(db, system_actor("test"), "inspector1")
    calls.open_incident(db, handler, calls.NewCall(phone="07700 900124", victim_name="Ann Other"))
    view.refresh()
    qtbot.waitUntil(view.problem.isVisible, timeout=WAIT_MS)
    assert messages.SESSION_DISABLED(username="inspector1") in view.problem.text()
    assert view.model.rowCount() == 1  # the incident opened since is not shown


def test_the_sign_off_queue_says_the_session_ended(qtbot, db, worker) -> None:
    staff = make_staff(db)
    row = new_incident(db, staff.handler)
    to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    view = SignOffView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=WAIT_MS)
    account_admin.set_role(db, system_actor("test"), "i1", "handler")
    view.refresh()
    said = messages.SESSION_ROLE_CHANGED(username="i1", old="inspector", new="handler")
    qtbot.waitUntil(lambda: said in view.notice.text(), timeout=WAIT_MS)

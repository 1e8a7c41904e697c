"""A list reloads when another workstation changes something, and not otherwise."""

from __future__ import annotations

from builders import add_incident
from callhandler.services import calls
from callhandler.services.changes import change_marker, forget
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from ui.worker import Poller, Worker
from uitools import WAIT_MS


def test_the_list_reloads_only_when_the_data_moved(qtbot, db: Database, worker: Worker) -> None:
    actor = system_actor("t")
    loads: list[object] = []
    checks: list[int] = []  # each look at the change marker (on the worker thread)

    def marker() -> object:
        checks.append(1)
        return change_marker(db)

    poller = Poller(
        worker,
        60_000,
        lambda: calls.control_room_incidents(db, actor),
        loads.append,
        lambda f: loads.append(f),
        marker=marker,
        check_ms=20,
    )
    poller.poll()
    qtbot.waitUntil(lambda: poller.reloads == 1, timeout=WAIT_MS)
    seen = len(checks)
    qtbot.waitUntil(lambda: len(checks) >= seen + 15, timeout=WAIT_MS)  # nothing new: no reload
    assert poller.reloads == 1

    other = Database(db.url.render_as_string(hide_password=False))  # another workstation
    try:
        add_incident(other, "P-1", days_ago=0, phone="07700 900444")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: poller.reloads == 2, timeout=WAIT_MS)
    seen = len(checks)
    qtbot.waitUntil(lambda: len(checks) >= seen + 10, timeout=WAIT_MS)
    assert poller.reloads == 2  # the one change reloaded once
    poller.stop()
    forget(db)


def test_clock_based_columns_still_refresh_on_the_interval(
    qtbot, db: Database, worker: Worker
) -> None:
    poller = Poller(
        worker,
        150,
        lambda: calls.control_room_incidents(db, system_actor("t")),
        lambda _rows: None,
        lambda _f: None,
        marker=lambda: change_marker(db),
        check_ms=20,
    )
    qtbot.waitUntil(lambda: poller.reloads >= 3, timeout=WAIT_MS)  # no change, yet reloads
    poller.stop()
    forget(db)

"""The window's bench (issue 18): its watchdog notices a GUI thread kept from its event
loop, and its driver takes a whole call from the keyboard to dispatch."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from call_window import handler_window, workspace_of
from callhandler.bench.watchdog import Watchdog, slope_per_100, thread_stack, where
from callhandler.bench.window import Driver, take_call
from callhandler.storage.models import Incident, Phone
from uitools import WAIT_MS


def hold_the_gui_thread(ms: float) -> None:
    """What a slow slot does: keeps the GUI thread busy, the event loop waiting."""
    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        pass


def test_the_watchdog_notices_a_100_ms_stall_in_its_phase(qtbot) -> None:
    watchdog = Watchdog(tick_ms=4)
    watchdog.start()
    ticks_before = [0]
    with watchdog.phase("quiet"):
        qtbot.waitUntil(lambda: watchdog.ticks.get("quiet", 0) >= 5, timeout=WAIT_MS)
    with watchdog.phase("a slow slot"):
        QTimer.singleShot(0, lambda: hold_the_gui_thread(100))
        ticks_before[0] = watchdog.ticks.get("a slow slot", 0)
        qtbot.waitUntil(
            lambda: watchdog.ticks.get("a slow slot", 0) >= ticks_before[0] + 5, timeout=WAIT_MS
        )
    watchdog.stop()
    assert watchdog.longest["a slow slot"] >= 95
    assert watchdog.worst[0].phase == "a slow slot" and watchdog.worst[0].ms >= 95
    assert watchdog.longest["quiet"] < 95  # the stall is not blamed on the phase before


def test_memory_growth_is_a_slope_per_100_calls() -> None:
    assert slope_per_100([(100, 200.0), (200, 201.0), (300, 202.0)]) == 1.0
    assert slope_per_100([(100, 200.0), (200, 200.0)]) == 0.0
    assert slope_per_100([(100, 200.0)]) == 0.0


def test_the_bench_takes_a_whole_call_from_the_keyboard(qtbot, db, worker, handler) -> None:
    window = handler_window(qtbot, db, worker, handler)
    take_call(Driver(worker, key_gap_ms=1), workspace_of(window), 7)
    with db.read() as session:
        incidents = session.execute(select(Phone.e164, Incident.status).join(Incident.phone)).all()
    assert [tuple(row) for row in incidents] == [("+447700900007", "dispatched")]
    assert workspace_of(window).incident is None  # ready for the next call


def test_the_benchs_keys_reach_the_window_as_a_handlers_do(qtbot, db, worker, handler) -> None:
    """Keys go to the focused window, as the platform delivers them: the idle lock sees
    them. Sent to the widget, they did not, and ten minutes into the 1,000-call shift the
    window locked ("nothing has the keyboard focus")."""
    window = handler_window(qtbot, db, worker, handler)
    drive = Driver(worker, key_gap_ms=1)
    phone = workspace_of(window).form.editors["phone"]
    phone.setFocus()
    qtbot.waitUntil(phone.hasFocus, timeout=WAIT_MS)
    timer = window.lock.timer
    timer.stop()
    drive.type("07")
    assert timer.isActive() and phone.text().replace(" ", "") == "07"
    timer.stop()
    drive.press(Qt.Key.Key_Tab)
    assert timer.isActive() and not phone.hasFocus()
    drive.close()


def test_the_sampler_finds_the_gui_threads_project_frame_in_a_dump() -> None:
    dump = (
        "Thread 0x00007f0000000002 (most recent call first):\n"
        '  File "/x/ui/worker.py", line 86 in run\n'
        "\n"
        "Current thread 0x00007f0000000001 (most recent call first):\n"
        '  File "/x/site-packages/PySide6/x.py", line 3 in paint\n'
        '  File "/x/callhandler/bench/window.py", line 83 in pump\n'
        '  File "/x/ui/call/grade_flow.py", line 242 in _done\n'
    )
    stack = thread_stack(dump, 0x7F0000000001)
    assert [name for _, _, name in stack] == ["paint", "pump", "_done"]
    assert where(stack) == "ui/call/grade_flow.py:242 _done -> site-packages/PySide6/x.py:3 paint"
    assert where(thread_stack(dump, 0x7F0000000002)) == "ui/worker.py:86 run"

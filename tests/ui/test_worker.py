"""The worker runs jobs off the GUI thread, in order, and reports every outcome on the GUI thread."""

from __future__ import annotations

import gc
import logging
import threading
import weakref

import pytest
from PySide6.QtCore import QObject
from shiboken6 import Shiboken

from callhandler.errors import BadInput
from ui.worker import Failure, GuiThreadCollector, Poller, Worker

WAIT_MS = 5_000


@pytest.fixture
def plain_worker(qapp: object):
    worker = Worker()
    yield worker
    assert worker.shutdown(WAIT_MS)


def test_result_comes_back_on_the_gui_thread(qtbot, plain_worker: Worker) -> None:
    ran_on: list[threading.Thread] = []
    delivered_on: list[threading.Thread] = []
    results: list[int] = []

    def job(a: int, *, b: int) -> int:
        ran_on.append(threading.current_thread())
        return a + b

    def done(value: int) -> None:
        delivered_on.append(threading.current_thread())
        results.append(value)

    with qtbot.waitSignal(plain_worker.finished, timeout=WAIT_MS):
        plain_worker.submit(job, 2, b=3, on_done=done)
    assert results == [5]
    assert ran_on[0] is not threading.main_thread()
    assert delivered_on == [threading.main_thread()]
    assert not plain_worker.busy


def test_jobs_run_in_the_order_submitted(qtbot, plain_worker: Worker) -> None:
    seen: list[int] = []
    for number in range(20):
        plain_worker.submit(lambda n=number: n, on_done=seen.append)
    qtbot.waitUntil(lambda: not plain_worker.busy, timeout=WAIT_MS)
    assert seen == list(range(20))


class Payload:
    """A job's argument (weakly referable, to see when it is let go)."""


def test_a_busy_worker_lets_go_of_each_finished_jobs_arguments(qtbot, plain_worker) -> None:
    """A window's worker is rarely idle (lists polled, drafts saved): the arguments of the
    jobs it has finished must not pile up until it is (about 260 objects a call, 70 MB
    over the 1,000-call shift)."""
    release = threading.Event()
    payloads = [Payload() for _ in range(30)]
    kept = [weakref.ref(p) for p in payloads]
    delivered: list[int] = []
    for number, payload in enumerate(payloads):
        plain_worker.submit(lambda _p, n=number: n, payload, on_done=delivered.append)
    plain_worker.submit(release.wait, WAIT_MS / 1000)  # the pool stays busy meanwhile
    del payloads
    try:
        qtbot.waitUntil(lambda: len(delivered) == 30, timeout=WAIT_MS)
        gc.collect()
        assert sum(ref() is not None for ref in kept) <= 1  # at most the last one delivered
    finally:
        release.set()
    qtbot.waitUntil(lambda: not plain_worker.busy, timeout=WAIT_MS)


def test_service_error_reaches_on_error_with_its_own_message(qtbot, plain_worker) -> None:
    failures: list[Failure] = []

    def refuse() -> None:
        raise BadInput("The postcode is not right: e.g. CB1 2AD.")

    with qtbot.waitSignal(plain_worker.finished, timeout=WAIT_MS):
        plain_worker.submit(refuse, on_done=pytest.fail, on_error=failures.append)
    assert failures[0].message == "The postcode is not right: e.g. CB1 2AD."
    assert isinstance(failures[0].error, BadInput)


def test_unexpected_error_gives_a_generic_message_and_is_logged(
    qtbot, plain_worker: Worker, caplog: pytest.LogCaptureFixture
) -> None:
    failures: list[Failure] = []

    def crash() -> None:
        raise ZeroDivisionError("internal detail")

    with caplog.at_level(logging.ERROR, logger="ui.worker"):
        with qtbot.waitSignal(plain_worker.finished, timeout=WAIT_MS):
            plain_worker.submit(crash, on_error=failures.append)
    assert "unexpected error" in failures[0].message
    assert "internal detail" not in failures[0].message
    assert any("crash" in r.getMessage() and r.exc_info for r in caplog.records)


def test_callback_of_a_deleted_qt_object_is_skipped(qtbot, plain_worker: Worker) -> None:
    class Receiver(QObject):
        got: list[object] = []

        def take(self, value: object) -> None:
            self.got.append(value)

    receiver = Receiver()
    gate = threading.Event()
    plain_worker.submit(lambda: gate.wait(WAIT_MS / 1000) and 1, on_done=receiver.take)
    Shiboken.delete(receiver)  # the dialog closed while its job was still running
    gate.set()
    qtbot.waitUntil(lambda: not plain_worker.busy, timeout=WAIT_MS)
    assert Receiver.got == []


def test_no_jobs_after_shutdown(plain_worker: Worker) -> None:
    assert plain_worker.shutdown(WAIT_MS)
    ran: list[int] = []
    assert plain_worker.submit(lambda: ran.append(1), on_done=ran.append) == -1
    plain_worker._pool.waitForDone(WAIT_MS)
    assert ran == [] and not plain_worker.busy


def test_a_poller_never_runs_two_refreshes_at_once(qtbot, plain_worker: Worker) -> None:
    gate = threading.Event()
    calls: list[int] = []
    results: list[object] = []

    def job() -> int:
        calls.append(1)
        gate.wait(WAIT_MS / 1000)
        return len(calls)

    poller = Poller(plain_worker, 60_000, job, results.append, lambda f: results.append(f))
    poller.poll()
    poller.poll()  # asked again while the first is still running: dropped
    gate.set()
    qtbot.waitUntil(lambda: results == [1], timeout=WAIT_MS)
    poller.poll()  # free again once the answer came back
    qtbot.waitUntil(lambda: results == [1, 2], timeout=WAIT_MS)
    poller.stop()
    assert not poller.timer.isActive()


class _Cycle:
    """A reference cycle that says on which thread it was freed."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


CYCLES = 2 * gc.get_threshold()[0]  # enough left behind to pass gen-0's threshold


def _make_garbage_here() -> str:
    """Runs on the worker thread: drops more cycles than gen-0's threshold (automatic
    collection would start here, on this thread)."""
    for _ in range(CYCLES):
        _Cycle()
    return threading.current_thread().name


def test_garbage_made_on_the_worker_thread_is_collected_on_the_gui_thread(
    qtbot, plain_worker: Worker
) -> None:
    assert not gc.isenabled()  # tests/ui/conftest.py starts the application's collector
    _Cycle.freed_on.clear()
    with qtbot.waitSignal(plain_worker.finished, timeout=WAIT_MS):
        plain_worker.submit(_make_garbage_here)
    gui = threading.main_thread().name
    assert set(_Cycle.freed_on) <= {gui}  # not one was collected on the worker thread
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) >= CYCLES, timeout=WAIT_MS)  # the timer's turn
    assert set(_Cycle.freed_on) == {gui}


def _full_collection_due() -> None:
    """Make the next ``collect()`` a full one (generation 2's count past its threshold)."""
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)


def test_a_full_collection_freezes_the_survivors_and_still_frees_new_cycles(qapp) -> None:
    """Issue 18: a full collection looks only at what was made since the last one (the
    survivors are frozen), so it no longer holds the GUI thread 125 ms; a cycle dropped
    since is still freed, and so is one among frozen objects at the thaw."""
    collector = GuiThreadCollector(qapp, thaw_s=3600)
    try:
        _Cycle.freed_on.clear()
        kept = _Cycle()  # alive through a full collection: frozen with the rest
        _full_collection_due()
        collector.collect()
        assert gc.get_freeze_count() > 0
        _Cycle()  # made and dropped after it: garbage the next one finds
        _full_collection_due()
        collector.collect()
        assert len(_Cycle.freed_on) == 1
        del kept  # a frozen cycle become garbage: left alone until the thaw
        _full_collection_due()
        collector.collect()
        assert len(_Cycle.freed_on) == 1
        collector.thaw_s = 0  # the thaw is due
        _full_collection_due()
        collector.collect()
        assert len(_Cycle.freed_on) == 2
    finally:
        gc.unfreeze()


def test_settling_collects_everything_and_freezes_what_is_left(qapp) -> None:
    """As a window is built: the session's first full collection happens then, not
    mid-call, and what survives it is frozen."""
    collector = GuiThreadCollector(qapp)
    try:
        _Cycle.freed_on.clear()
        gc.freeze()
        _Cycle()  # garbage, even among frozen objects: collected by the settle
        gc.freeze()
        collector.settle()
        assert len(_Cycle.freed_on) == 1
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()

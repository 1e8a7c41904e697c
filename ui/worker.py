"""The one helper that runs service calls off the GUI thread and brings the result back."""

from __future__ import annotations

import functools
import gc
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from shiboken6 import Shiboken

from callhandler.errors import CallHandlerError, DatabaseError
from callhandler.logfile import LogSafe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    """What went wrong with a job: ``message`` is ready to show; ``error`` is the exception."""

    message: str
    error: Exception

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class _Job:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Failure], None] | None


class _Task(QRunnable):
    """Runs one callable on the pool thread and hands the outcome to ``report`` (a signal)."""

    def __init__(
        self,
        job_id: int,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        report: Callable[[int, bool, object], None],
    ) -> None:
        super().__init__()
        # Not deleted by the pool on its thread: the Worker holds the Python object and
        # lets it go on the GUI thread once the pool is idle. A pool-deleted Python
        # runnable left a wrapper that a later garbage collection crashed on (CI, twice).
        self.setAutoDelete(False)
        self._job_id = job_id
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._report = report

    def run(self) -> None:
        try:
            value = self._fn(*self._args, **self._kwargs)
        except Exception as exc:  # every failure must reach the GUI thread, or it waits forever
            if not isinstance(exc, CallHandlerError):
                log.exception("Unexpected error in background job %s", LogSafe(_name(self._fn)))
            elif isinstance(exc, DatabaseError):  # a full disk, a lost server: worth a look
                log.error(
                    "%s in background job %s",
                    LogSafe(type(exc).__name__),
                    LogSafe(_name(self._fn)),
                    exc_info=True,
                )
            self._report(self._job_id, False, exc)
        else:
            self._report(self._job_id, True, value)


def _let_go(tasks: list[_Task]) -> None:
    """Delete finished runnables here, on the GUI thread. The pool's Python wrapper holds
    every runnable it was given (PySide's parent link) until the runnable is deleted, and
    one the pool does not delete lived as long as the window, with its job's arguments:
    a call's conversations, facts and queries, 70 MB over the 1,000-call shift (issue 18)."""
    for task in tasks:
        if Shiboken.isValid(task):
            Shiboken.delete(task)


class Worker(QObject):
    """Runs service calls on one background thread; callbacks run on the GUI thread.

    Contract:

    - ``submit(fn, *args, on_done=..., on_error=..., **kwargs)`` queues ``fn(*args, **kwargs)``.
      ``fn`` runs on the background thread and must never touch a widget; it should be a
      service function returning frozen rows.
    - ``on_done(result)`` or ``on_error(Failure)`` then runs on the thread that created the
      Worker (the GUI thread): the outcome crosses threads by a queued signal.
      ``Failure.message`` is the CallHandlerError's message (already user-ready),
      translated by ``core_text``, and a generic message for anything else (whose
      traceback is logged).
    - A callback that is a bound method of a deleted Qt object is skipped, so a dialog that
      closed while its job ran is never touched.
    - One thread only, on purpose: jobs run in the order submitted, so a list refresh
      queued after ``open_incident`` always sees the new incident, and this window never
      competes with itself for SQLite's single write lock. Service calls take
      milliseconds, so one thread keeps up with a handler's typing.
    - ``finished`` is emitted after each job's callback has run and ``busy`` is True while any
      job is queued, running or undelivered: tests wait with
      ``qtbot.waitSignal(worker.finished)`` or ``qtbot.waitUntil(lambda: not worker.busy)``.
    - ``shutdown()`` waits for the running job; call it before disposing of the database.
      Jobs submitted after it are dropped (a timer of a closing window may still fire).
    """

    finished = Signal()
    _outcome = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: dict[int, _Job] = {}
        self._tasks: dict[int, _Task] = {}  # queued or running
        self._retired: list[_Task] = []  # the last job done (its run() may be unwinding)
        self._ids = itertools.count(1)
        self._closed = False
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Failure], None] | None = None,
        **kwargs: Any,
    ) -> int:
        """Queue ``fn(*args, **kwargs)``; returns a job id (for logs and tests), or -1 when
        the worker was shut down (the job is dropped and no callback runs)."""
        if self._closed:
            # A refresh timer firing while the window closes: nothing to do, nobody to tell.
            log.debug("job %s submitted after shutdown was dropped", LogSafe(_name(fn)))
            return -1
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(on_done, on_error)
        task = _Task(job_id, fn, args, kwargs, self._outcome.emit)
        self._tasks[job_id] = task
        self._pool.start(task)
        return job_id

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Refuse new jobs and wait for queued ones; True if they all ended in time."""
        self._closed = True
        done = self._pool.waitForDone(timeout_ms)
        if done:
            _let_go(self._retired)
            self._retired = []
        return done

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        task = self._tasks.pop(job_id, None)
        if task is not None:
            # One thread, one job at a time: a job delivered before this one had finished
            # its run() before this one started, so only this one may still be unwinding.
            finished, self._retired = self._retired, [task]
            _let_go(finished)
        if self._pool.activeThreadCount() == 0 and not self._tasks:
            _let_go(self._retired)  # the pool is idle: no run() is still unwinding
            self._retired = []
        job = self._jobs.pop(job_id, None)
        try:
            if job is None:
                return
            if ok:
                if job.on_done is not None and _alive(job.on_done):
                    job.on_done(payload)
                return
            assert isinstance(payload, Exception)
            failure = Failure(self._message_for(payload), payload)
            if job.on_error is not None and _alive(job.on_error):
                job.on_error(failure)
            else:
                log.error(  # the message may quote what was typed: only its type is logged
                    "Background job failed with nobody to tell: %s",
                    LogSafe(type(payload).__name__),
                )
        finally:
            self.finished.emit()

    def _message_for(self, error: Exception) -> str:
        if isinstance(error, CallHandlerError):
            return core_text(error)
        return self.tr(
            "An unexpected error stopped this action; it was written to the log. "
            "Try again, and tell your supervisor if it happens again."
        )


def core_text(error: CallHandlerError) -> str:
    """The core's message in the window's language: each catalogue message it carries
    (``error.said``) looked up in the "core" context of the translation, with its id as the
    disambiguation (resources/translations, scripts/core_messages_ts.py), then filled in.
    A message raised as plain text, or a translation that lost a placeholder, stays English.
    """
    if not error.said:
        return str(error)
    parts = []
    for said in error.said:
        template = QCoreApplication.translate("core", said.message.text, said.id)
        try:
            parts.append(said.render(template))
        except (KeyError, IndexError, ValueError):  # a broken translation: never a traceback
            log.warning("translation of core message %s does not fit", LogSafe(said.id))
            parts.append(str(said))
    return " ".join(parts)


def _alive(callback: Callable[..., Any]) -> bool:
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or Shiboken.isValid(owner)


def _name(fn: Callable[..., Any]) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collector runs only on the GUI thread, from a timer.

    With automatic collection on, a collection starts on whichever thread happens to
    allocate: often the worker's, in the middle of a service call. A cycle holding a
    Python-owned QObject (a QTimer, a dialog the window let go) is then destroyed on the
    wrong thread: Qt cannot stop its timers from there, leaves them registered, and the
    GUI thread's next timer tick delivers an event to freed memory (a segmentation fault
    in QTimerInfoList::activateTimers; CI saw it in tests/ui three times). Anki does the
    same for the same reason (aqt's GarbageCollector).

    ``start()`` turns automatic collection off and collects here every ``interval_ms``,
    by generation as Python's own thresholds would; ``stop()`` turns it back on.

    A full collection looks at every object of the program (about 180,000 in a
    signed-in window: 125 ms of the GUI thread, every few calls; issue 18). So what
    survives one is frozen (``gc.freeze``): the next full collection looks only at what
    was made since, a millisecond or two. Cycles among frozen objects that become
    garbage later wait for the thaw: at most every ``thaw_s`` a full collection of
    everything (``gc.unfreeze``), so they never pile up for more than that.
    """

    def __init__(
        self, parent: QObject | None = None, interval_ms: int = 1000, thaw_s: float = 900.0
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()
        self.thaw_s = thaw_s
        self._thawed_at = time.monotonic()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()  # everything collectable again, as before start()
        self.collect()
        if self._was_enabled:
            gc.enable()

    def settle(self) -> None:
        """Everything collected and the survivors frozen now (a thaw, at a moment the
        caller chose): the next full collection looks only at what is made after."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._thawed_at = time.monotonic()

    @Slot()
    def collect(self) -> int:
        """Collect the generations whose counts passed their thresholds; how many objects."""
        counts, limits = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] > limits[level]:
                generation = level
        if generation < 2:
            return gc.collect(generation) if generation >= 0 else 0
        if time.monotonic() - self._thawed_at >= self.thaw_s:
            gc.unfreeze()  # the thaw: everything looked at once more
            self._thawed_at = time.monotonic()
        found = gc.collect(2)
        gc.freeze()  # the survivors are left alone by the next full collection
        return found


def settle_garbage() -> None:
    """A full collection now, its survivors frozen (GuiThreadCollector.settle), if the
    application's collector runs: called as a window is built, while the user waits for
    it anyway, so the first full collection of the session does not come mid-call."""
    app = QCoreApplication.instance()
    found = app.findChild(GuiThreadCollector) if app is not None else None
    if isinstance(found, GuiThreadCollector):
        found.settle()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector, started once (a second call returns the first)."""
    found = app.findChild(GuiThreadCollector)
    if isinstance(found, GuiThreadCollector):
        return found
    collector = GuiThreadCollector(app)
    collector.start()
    return collector


class Poller(QObject):
    """One service call run on the worker now and every ``interval_ms``, never two at once.

    The lists (shift, control room, sign-off queue) each keep themselves fresh this way:
    ``poll()`` asks at once (a second ask while one is running is dropped, since the reply
    on its way is as fresh), ``stop()`` ends the timer when the window closes.

    With a ``marker`` (``callhandler.services.changes.change_marker`` bound to the
    database), the poller looks every ``check_ms`` whether the marker moved and reloads
    only then, so another workstation's change shows within seconds while an idle list
    costs one tiny query; it still reloads at least every ``interval_ms`` for columns that
    depend on the clock (ages, overdue attendance). ``poll()`` always reloads.
    """

    def __init__(
        self,
        worker: Worker,
        interval_ms: int,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Failure], None],
        parent: QObject | None = None,
        *,
        marker: Callable[[], object] | None = None,
        check_ms: int = 2_000,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._job = job
        self._on_done = on_done
        self._on_error = on_error
        self._marker = marker
        self._interval_s = interval_ms / 1000
        self._running = False
        self._seen: object = _UNSEEN
        self._loaded_at = float("-inf")
        self.reloads = 0  # how many times the job ran (tests, diagnostics)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms if marker is None else min(check_ms, interval_ms))
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def poll(self) -> None:
        """Reload now."""
        self._submit(force=True)

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self._submit(force=self._marker is None)

    def _submit(self, *, force: bool) -> None:
        if self._running:
            return
        self._running = True
        due = force or time.monotonic() - self._loaded_at >= self._interval_s
        job = functools.partial(_maybe_reload, self._job, self._marker, self._seen, due)
        if self._worker.submit(job, on_done=self._done, on_error=self._failed) < 0:
            self._running = False  # the worker has shut down: the window is closing

    def _done(self, outcome: tuple[object, bool, Any]) -> None:
        self._running = False
        marker, reloaded, result = outcome
        self._seen = marker
        if reloaded:
            self.reloads += 1
            self._loaded_at = time.monotonic()
            self._on_done(result)

    def _failed(self, failure: Failure) -> None:
        self._running = False
        self._seen = _UNSEEN  # reload on the next tick
        self._on_error(failure)


_UNSEEN = object()


def _maybe_reload(
    job: Callable[[], Any], marker: Callable[[], object] | None, seen: object, due: bool
) -> tuple[object, bool, Any]:
    """On the worker thread: run ``job`` when due or when the marker moved since ``seen``.

    The marker is read BEFORE the job, so a change landing while the job runs moves it
    again and the next tick reloads.
    """
    now = marker() if marker is not None else None
    if due or marker is None or now != seen:
        return now, True, job()
    return now, False, None

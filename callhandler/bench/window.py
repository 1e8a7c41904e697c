"""``callhandler bench --window``: the window's GUI thread under a watchdog (issue 18).

Offscreen Qt on a temporary data folder with the demo database. Measured: sign-in to the
handler's window shown and its first lists loaded; a whole call typed from the keyboard
(number, address, answers, grade, dispatch) one key at a time with the event loop turning
between keys, as a handler types; the inspector's sign-off (queue, review, password); an
oversight list load; the PDF of a 560-page list; then a shift of calls with the resident
memory sampled every 100 calls. Each phase's longest GUI-thread stall is set beside the
16 ms target.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from callhandler.bench.watchdog import (
    TARGET_STALL_MS,
    StallSampler,
    Watchdog,
    rss_mb,
    slope_per_100,
)
from callhandler.errors import BadInput
from callhandler.progress import Progress, check_cancel

TARGET_READY_S = 2.0
TARGET_GROWTH_MB = 50.0
SAMPLE_EVERY = 100
KEY_GAP_MS = 20  # the event loop turns this long between keys (a fast typist)
SHIFT_KEY_GAP_MS = 2  # the shift is for memory: typed faster
PDF_ROWS = 17_000  # about 560 landscape pages
WAIT_S = 60.0
BUILD_HANDLER = "sign-in: building the handler's window"
BUILD_INSPECTOR = "sign-in: building the inspector's window"
BUILDING = (BUILD_HANDLER, BUILD_INSPECTOR)
# The bench's own work on the GUI thread (a full collection before each memory sample):
# timed apart, never counted as the window's stall.
SAMPLING = "the bench: collecting garbage to sample memory"
ADDRESSES = ("14 Mill Lane", "2 Station Road", "77 High Street", "9 Orchard Close")


def _qt() -> Any:
    """Qt's modules, offscreen unless a platform was chosen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtCore, QtGui, QtTest, QtWidgets

    return QtCore, QtGui, QtTest, QtWidgets


class Driver:
    """Types into the window and waits on it, the event loop turning meanwhile."""

    def __init__(self, worker: Any, key_gap_ms: int = KEY_GAP_MS) -> None:
        self.core, self.gui, self.test, self.widgets = _qt()
        self.worker = worker
        self.key_gap_ms = key_gap_ms
        self.regrades = 0  # grades refused because the recommendation changed meanwhile
        self.messages: list[str] = []  # a message box would wait for a person: closed, noted
        # owned by the application: deleted on the GUI thread whatever ends the bench
        self._guard = self.core.QTimer(self.widgets.QApplication.instance())
        self._guard.setInterval(100)
        self._guard.timeout.connect(self._close_message_boxes)
        self._guard.start()

    def close(self) -> None:
        self._guard.stop()

    def _close_message_boxes(self) -> None:
        for box in self.widgets.QApplication.topLevelWidgets():
            if isinstance(box, self.widgets.QMessageBox) and box.isVisible():
                self.messages.append(box.text())
                box.done(0)

    def pump(self, ms: int) -> None:
        """The event loop runs for ``ms`` as the application's own does (``exec``: it sleeps
        until the next event or timer). QTest.qWait would process what is pending, then
        sleep up to 10 ms with the loop stopped, and the watchdog would count that sleep of
        the bench's as the window's stall."""
        loop = self.core.QEventLoop()
        self.core.QTimer.singleShot(max(0, ms), loop.quit)
        loop.exec()

    def until(self, condition: Callable[[], object], what: str) -> None:
        """The event loop runs until ``condition`` holds, checked every 2 ms (a precise
        timer on the same loop, so the wait is the window's events and nothing else)."""
        if condition():
            return
        deadline = time.monotonic() + WAIT_S
        loop = self.core.QEventLoop()
        check = self.core.QTimer()
        check.setTimerType(self.core.Qt.TimerType.PreciseTimer)
        check.setInterval(2)
        failure: list[str] = []

        def look() -> None:
            if self.messages:
                failure.append(f"the window said {self.messages[0]!r}")
            elif time.monotonic() > deadline:
                locked = " (the window locked itself)" if self._locked() else ""
                failure.append(f"{what} did not happen in {WAIT_S:.0f} s{locked}")
            elif not condition():
                return
            check.stop()
            loop.quit()

        check.timeout.connect(look)
        check.start()
        loop.exec()
        check.stop()
        check.timeout.disconnect(look)  # the connection held look, look the timer: kept both
        if failure:
            raise BadInput(f"The window bench stopped: {failure[0]}.")

    def settle(self) -> None:
        self.until(lambda: not self.worker.busy, "the background work finishing")

    def focus(self) -> Any:
        """The window with the keyboard: keys go to it, as the platform delivers them (to
        the QWindow, then to its focus widget). Sent to the widget instead, they missed
        the idle lock's watch on the windows, and 10 minutes into a shift the window
        locked as if no one had typed (the 1,000-call shift stopped there)."""
        window = self.gui.QGuiApplication.focusWindow()
        if window is None or self.widgets.QApplication.focusWidget() is None:
            raise BadInput(
                "The window bench stopped: nothing has the keyboard focus"
                f"{' (the window locked itself)' if self._locked() else ''}."
            )
        return window

    def _locked(self) -> bool:
        return any(
            bool(getattr(getattr(w, "lock", None), "is_locked", False))
            for w in self.widgets.QApplication.topLevelWidgets()
        )

    def type(self, text: str) -> None:
        for char in text:
            self.test.QTest.keyClick(self.focus(), char)
            self.pump(self.key_gap_ms)

    def press(self, key: Any, modifiers: Any = None) -> None:
        mods = modifiers if modifiers is not None else self.core.Qt.KeyboardModifier.NoModifier
        self.test.QTest.keyClick(self.focus(), key, mods)
        self.pump(self.key_gap_ms)


def take_call(drive: Driver, workspace: Any, n: int) -> None:
    """One call from the keyboard: number, address, open, answers, grade, dispatch."""
    qt = drive.core.Qt
    ctrl = qt.KeyboardModifier.ControlModifier
    _activate(drive, workspace)
    workspace.form.editors["phone"].setFocus()
    drive.type(f"07700 900{n % 1000:03d}")
    drive.press(qt.Key.Key_Tab)
    drive.type(f"{n % 90 + 1} {ADDRESSES[n % len(ADDRESSES)][2:]}")
    drive.settle()
    drive.press(qt.Key.Key_Return, ctrl)  # open the incident
    drive.until(lambda: workspace.incident is not None, "the incident opening")
    drive.settle()
    drive.type("1yny")  # talking, can speak, suspect not there, a weapon
    workspace.script.go_to("fc_relationship")
    drive.type("2")  # an ex-partner: domestic abuse
    drive.settle()
    for _attempt in range(3):  # the recommendation may change under the handler: again
        drive.press(qt.Key.Key_G, ctrl)  # the grade: as recommended
        drive.until(lambda: workspace.override_dialog is not None, "the grade dialog opening")
        dialog = workspace.override_dialog
        drive.until(dialog.isActiveWindow, "the grade dialog taking the keyboard")
        drive.press(qt.Key.Key_Return, ctrl)
        drive.until(lambda: _dispatching(workspace) or _refused(workspace), "the grade saving")
        if _dispatching(workspace):
            break
        drive.regrades += 1
        drive.settle()
        _activate(drive, workspace)
        workspace.script.setFocus()
    drive.until(lambda: _dispatching(workspace), "the dispatch dialog opening")
    dispatch = workspace.dispatch_dialog
    dispatch.activateWindow()
    drive.until(dispatch.isActiveWindow, "the dispatch dialog taking the keyboard")
    drive.type("PC4521")
    drive.press(qt.Key.Key_Return)
    drive.until(lambda: workspace.incident is None, "the call finishing after dispatch")
    drive.settle()


def _sign_in(db: Any, username: str) -> tuple[Any, float]:
    """The demo ``username``'s password checked (the login box does it on the worker, so
    it is timed for readiness but kept out of the GUI thread's stalls); when it started."""
    from callhandler.services import accounts
    from callhandler.synthetic.demo import DEMO_ACCOUNTS

    account = next(a for a in DEMO_ACCOUNTS if a.username == username)
    started = time.perf_counter()
    return accounts.authenticate(db, account.username, account.password, "bench"), started


def _activate(drive: Driver, workspace: Any) -> None:
    window = workspace.window()
    if not window.isActiveWindow():  # a dialog just closed, another window was used
        window.activateWindow()
        drive.until(window.isActiveWindow, "the handler's window taking the keyboard")


def _dispatching(workspace: Any) -> bool:
    return workspace.dispatch_dialog is not None and bool(workspace.dispatch_dialog.isVisible())


def _refused(workspace: Any) -> bool:
    """The grade was not saved: the recommendation changed while the dialog was open (the
    window says so and asks for the grade again, as it would a handler)."""
    return "not saved" in str(workspace.recommendation.decision.text())


def _window(drive: Driver, db: Any, worker: Any, signed_in: tuple[Any, float]) -> tuple[Any, float]:
    """The signed-in window and the seconds from sign-in until it is shown with its first
    lists loaded."""
    from ui.main_window import build_main_window

    actor, started = signed_in
    window = build_main_window(db, actor, worker)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    drive.until(window.isActiveWindow, "the window showing")
    drive.pump(1)
    drive.settle()
    return window, time.perf_counter() - started


def _sign_off(drive: Driver, window: Any, password: str) -> str:
    """The inspector signs the first incident in the queue, from the keyboard."""
    qt = drive.core.Qt
    view = window.sign_off_view
    drive.until(lambda: view.model.rowCount() > 0, "the sign-off queue listing incidents")
    view.focus_queue()
    drive.press(qt.Key.Key_Return)
    drive.until(lambda: view.review.review is not None, "the review loading")
    drive.settle()
    ref = str(view.review.review.ref)
    drive.press(qt.Key.Key_N, qt.KeyboardModifier.AltModifier)  # Fi&nalise…
    drive.until(lambda: view.review.dialog is not None, "the sign dialog opening")
    view.review.dialog.activateWindow()
    drive.until(view.review.dialog.isActiveWindow, "the sign dialog taking the keyboard")
    drive.type(password)
    drive.press(qt.Key.Key_Return)
    drive.until(lambda: view.review.review is None, "the sign-off finishing")
    drive.settle()
    return ref


def _oversight(drive: Driver, window: Any) -> int:
    window.show_oversight_lists()
    lists = window.oversight.lists
    drive.settle()
    loaded: list[bool] = []
    lists.loaded.connect(lambda *_: loaded.append(True))
    lists.choose("repeat-victims")
    drive.until(lambda: bool(loaded) and not lists.loading, "the oversight list loading")
    return int(lists.proxy.rowCount())


def long_table() -> Any:
    """What an oversight list of 17,000 rows puts in its snapshot (made before the phase:
    the list's own snapshot is measured with the list)."""
    from ui.oversight import export

    rows = tuple(
        (f"CH-{n:06d}", f"Victim number {n}", f"{n % 17}", "01 Nov 2026 12:00")
        for n in range(PDF_ROWS)
    )
    return export.TableSnapshot(
        "Sign-off backlog", ("Window: 365 days",), dt.datetime.now(dt.UTC),
        ("Ref", "Victim", "Count", "When"), rows,
    )  # fmt: skip


def _pdf(window: Any, folder: Path, table: Any) -> dict[str, Any]:
    from ui.oversight import export

    started = time.perf_counter()
    written = export.save_as(window, "PDF", export.export_pdf, table, folder / "l.pdf", "l.pdf")
    seconds = time.perf_counter() - started
    size = written.stat().st_size if written else 0
    return {"rows": PDF_ROWS, "seconds": round(seconds, 2), "mb": round(size / 1e6, 1)}


def run_window_bench(
    data_dir: Path,
    *,
    shift_calls: int,
    progress: Progress,
    key_gap_ms: int = KEY_GAP_MS,
    sample_stalls: bool = False,
) -> dict[str, Any]:
    """Every window figure of issue 18 on the demo database in ``data_dir``."""
    if shift_calls < 1:
        raise BadInput("--shift-calls must be at least 1.")
    from callhandler.storage.engine import Database
    from callhandler.storage.migrate import upgrade
    from callhandler.synthetic.demo import ensure_demo
    from ui.app import ensure_application
    from ui.rules_ahead import read_rules_ahead
    from ui.worker import Worker, collect_on_gui_thread

    _qt()
    app = ensure_application()
    read_rules_ahead()  # as the application does as it starts (ui/app.py)
    collect_on_gui_thread(app)  # as the application does: no collection on a worker thread
    db = Database(f"sqlite:///{data_dir / 'demo.sqlite3'}")
    worker = Worker()
    try:
        upgrade(db)
        ensure_demo(db, progress=progress)
        check_cancel(progress)
        report = _measure(
            app, db, worker, data_dir, shift_calls, progress, key_gap_ms, sample_stalls
        )
    finally:
        worker.shutdown()
        db.dispose()
    return report


def _measure(
    app: Any,
    db: Any,
    worker: Any,
    folder: Path,
    calls: int,
    progress: Progress,
    gap: int,
    sample_stalls: bool,
) -> dict[str, Any]:
    from callhandler.synthetic.demo import DEMO_ACCOUNTS

    watchdog = Watchdog()
    watchdog.start()
    # Off unless asked for (--sample-stalls): reading another thread's stack crashed the
    # bench now and then (a segmentation fault, CPython 3.11, under load; never without it)
    sampler = StallSampler(watchdog) if sample_stalls else None
    if sampler is not None:
        sampler.start()
    drive = Driver(worker, gap)
    signed_in = _sign_in(db, "handler")
    with watchdog.phase(BUILD_HANDLER):
        handler_window, ready_s = _window(drive, db, worker, signed_in)
    workspace = handler_window.view.workspace
    with watchdog.phase("a whole call"):
        take_call(drive, workspace, 0)
    inspector = next(a for a in DEMO_ACCOUNTS if a.role == "inspector")
    signed_in = _sign_in(db, "inspector")
    with watchdog.phase(BUILD_INSPECTOR):
        inspector_window, inspector_s = _window(drive, db, worker, signed_in)
    with watchdog.phase("a sign-off"):
        signed = _sign_off(drive, inspector_window, inspector.password)
    with watchdog.phase("an oversight list load"):
        listed = _oversight(drive, inspector_window)
    table = long_table()
    with watchdog.phase("the PDF of a 560-page list"):
        pdf = _pdf(inspector_window, folder, table)
    inspector_window.close()
    inspector_window.deleteLater()
    handler_window.activateWindow()
    drive.until(handler_window.isActiveWindow, "the handler's window taking the keyboard")
    drive.key_gap_ms = SHIFT_KEY_GAP_MS
    shift = _shift(drive, workspace, watchdog, calls, progress)
    drive.close()
    if sampler is not None:
        sampler.stop()
    watchdog.stop()
    handler_window.close()
    handler_window.deleteLater()
    app.processEvents()
    phases = [
        {"phase": name, "longest_stall_ms": round(ms, 1), "target_ms": TARGET_STALL_MS,
         "met": ms <= TARGET_STALL_MS, "ticks": watchdog.ticks.get(name, 0),
         # the GUI thread's own CPU in that stall, and the most it spent in any one stall:
         # the rest of a stall is the thread waiting (for a core, or for the GIL)
         "gui_cpu_ms": watchdog.longest_cpu.get(name, 0.0),
         "busiest_cpu_ms": round(watchdog.busiest.get(name, 0.0), 1)}
        for name, ms in watchdog.longest.items() if name not in ("idle", SAMPLING, *BUILDING)
    ]  # fmt: skip
    return {
        "tick_ms": watchdog.tick_ms,
        "key_gap_ms": gap,
        "phases": phases,
        "worst_stalls": [
            {"phase": s.phase, "ms": s.ms, "gui_cpu_ms": s.cpu_ms} for s in watchdog.worst
        ],
        "where_stalled": sampler.top() if sampler is not None else [],
        "ready": {
            "handler_s": round(ready_s, 2),
            "inspector_s": round(inspector_s, 2),
            "target_s": TARGET_READY_S,
            "met": max(ready_s, inspector_s) <= TARGET_READY_S,
            # building the window is the GUI thread's by nature; the handler waits for it
            "longest_stall_building_ms": round(max(watchdog.longest[b] for b in BUILDING), 1),
        },
        "signed_off": signed,
        "oversight_rows": listed,
        "pdf": pdf,
        "shift": shift,
    }


def _shift(
    drive: Driver, workspace: Any, watchdog: Watchdog, calls: int, progress: Progress
) -> dict[str, Any]:
    """``calls`` calls in a row, the resident memory sampled every 100 (a 12-hour shift's
    worth at 1,000: more than one workstation takes in a shift)."""
    import gc

    progress.start(calls, "a shift of calls in the window")
    gc.collect()
    samples: list[tuple[int, float]] = [(0, round(rss_mb(), 1))]
    started = time.perf_counter()
    cpu = time.process_time()
    with watchdog.phase("a shift of calls"):
        for n in range(1, calls + 1):
            take_call(drive, workspace, n)
            progress.advance(1)
            check_cancel(progress)
            if n % SAMPLE_EVERY == 0:
                with watchdog.phase(SAMPLING):
                    gc.collect()
                    samples.append((n, round(rss_mb(), 1)))
    growth = samples[-1][1] - samples[0][1]
    return {
        "calls": calls,
        "seconds": round(time.perf_counter() - started, 1),
        "cpu_s_per_call": round((time.process_time() - cpu) / calls, 3),
        "rss_mb": [mb for _, mb in samples],
        "grades_decided_again": drive.regrades,
        "growth_mb": round(growth, 1),
        "slope_mb_per_100_calls": round(slope_per_100(samples), 2),
        "target_growth_mb": TARGET_GROWTH_MB,
        "met": growth <= TARGET_GROWTH_MB,
    }


def format_window(result: dict[str, Any]) -> list[str]:
    def yes(flag: object) -> str:
        return "yes" if flag else "NO"

    lines = [
        f"the window (offscreen, demo database; watchdog tick {result['tick_ms']} ms, "
        f"{result['key_gap_ms']} ms between keys)",
        f"  {'GUI-thread stall during':<32}{'longest ms':>11}{'its CPU':>8}{'most CPU':>9}"
        f"{'target':>7}  met",
    ]
    for p in result["phases"]:
        lines.append(
            f"  {p['phase']:<32}{p['longest_stall_ms']:>11.1f}{p.get('gui_cpu_ms', 0):>8.1f}"
            f"{p.get('busiest_cpu_ms', 0):>9.1f}{p['target_ms']:>7.0f}  {yes(p['met'])}"
        )
    lines.append(
        "  (its CPU: the GUI thread's own CPU time in the longest stall; most CPU: the most "
        "it spent in any one stall; the rest is waiting for a core or the GIL)"
    )
    ready = result["ready"]
    lines.append(
        f"  ready after sign-in: handler {ready['handler_s']:.2f} s, inspector "
        f"{ready['inspector_s']:.2f} s (target {ready['target_s']:.0f} s)  {yes(ready['met'])}; "
        f"building them held the GUI thread up to {ready['longest_stall_building_ms']:.0f} ms"
    )
    pdf = result["pdf"]
    lines.append(
        f"  PDF of {pdf['rows']:,} rows: {pdf['seconds']:.1f} s on its own thread ({pdf['mb']} MB)"
    )
    shift = result["shift"]
    lines.append(
        f"  shift of {shift['calls']:,} calls ({shift['seconds']:.0f} s, "
        f"{shift['cpu_s_per_call']:.3f} s CPU a call, {SHIFT_KEY_GAP_MS} ms between keys): RSS {shift['rss_mb'][0]:.0f} -> "
        f"{shift['rss_mb'][-1]:.0f} MB, growth {shift['growth_mb']:.1f} MB "
        f"({shift['slope_mb_per_100_calls']:+.2f} MB per 100 calls; target "
        f"{shift['target_growth_mb']:.0f} MB)  {yes(shift['met'])}"
    )
    worst = ", ".join(
        f"{s['ms']:.0f} ms, {s.get('gui_cpu_ms', 0):.0f} CPU ({s['phase']})"
        for s in result["worst_stalls"][:5]
    )
    lines.append(f"  longest stalls: {worst}")
    if not result.get("where_stalled"):
        lines.append("  (where the GUI thread stalls: --sample-stalls)")
        return lines
    lines.append("  where the GUI thread was while stalled (sampled every 2 ms):")
    for place in result["where_stalled"][:8]:
        lines.append(f"    {place['share_pct']:>5.1f} %  {place['phase']}: {place['where']}")
    return lines

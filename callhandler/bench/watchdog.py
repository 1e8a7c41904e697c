"""An event-loop watchdog for the window's bench (issue 18): how long the GUI thread is
kept from its event loop, and the process's resident memory.

A precise QTimer ticks every ``tick_ms`` on the GUI thread; each tick's lateness (the time
since the previous tick less the interval) is how long the thread could not answer a key
or repaint. The longest lateness in each named phase is the stall reported beside the
16 ms target (one frame at 60 Hz). Qt is imported by the window's bench only.
"""

from __future__ import annotations

import collections
import faulthandler
import os
import re
import resource
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

TICK_MS = 4
TARGET_STALL_MS = 16.0


@dataclass(frozen=True)
class Stall:
    phase: str
    ms: float
    cpu_ms: float = 0.0  # the GUI thread's own CPU time in it (the rest: waiting for a core)


class Watchdog:
    """Measures the GUI thread's stalls; ``phase(name)`` labels what is being done.

    Qt is imported when one is made (on the GUI thread of the window's bench), never when
    this module is: the core imports without PySide6 (tests/core/test_core_without_qt.py).
    """

    def __init__(self, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.tick_ms = tick_ms
        self._timer = QTimer(parent)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.last_tick = time.perf_counter()
        self.last_cpu = time.thread_time()  # made on the GUI thread: its CPU clock
        self.current_phase = "idle"
        self.longest: dict[str, float] = {}
        self.longest_cpu: dict[str, float] = {}  # the GUI thread's CPU in the longest stall
        self.busiest: dict[str, float] = {}  # the most CPU the GUI thread spent in one stall
        self.ticks: dict[str, int] = {}
        self.worst: list[Stall] = []  # the ten longest, longest first

    def start(self) -> None:
        self.last_tick = time.perf_counter()
        self.last_cpu = time.thread_time()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.note((now - self.last_tick) * 1000 - self.tick_ms, (cpu - self.last_cpu) * 1000)
        self.last_tick, self.last_cpu = now, cpu

    def note(self, late_ms: float, cpu_ms: float = 0.0) -> None:
        """Count one tick ``late_ms`` late in the current phase, the GUI thread having
        spent ``cpu_ms`` of CPU since the tick before (a stall with little CPU in it was
        the thread waiting: for a core on a loaded machine, or for the GIL)."""
        late = max(0.0, late_ms)
        cpu = round(max(0.0, min(cpu_ms, late + self.tick_ms)), 1)
        phase = self.current_phase
        self.ticks[phase] = self.ticks.get(phase, 0) + 1
        if late > self.longest.get(phase, -1.0):
            self.longest[phase] = late
            self.longest_cpu[phase] = cpu
        self.busiest[phase] = max(self.busiest.get(phase, 0.0), min(cpu, late))
        if len(self.worst) < 10 or late > self.worst[-1].ms:
            self.worst.append(Stall(phase, round(late, 1), cpu))
            self.worst.sort(key=lambda s: -s.ms)
            del self.worst[10:]

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Stalls while the block runs count for ``name``; what is still pending at its end
        (a stall not yet ended by a tick) counts for it too. Within another phase, that one
        resumes afterwards."""
        self._tick()  # what came before belongs to the previous phase
        outer, self.current_phase = self.current_phase, name
        self.longest.setdefault(name, 0.0)
        try:
            yield
        finally:
            self._tick()
            self.current_phase = outer  # a phase within another: back to the outer one


class StallSampler:
    """Where the GUI thread is while it stalls: a thread looks at its Python stack every
    ``every_ms`` while the watchdog's tick is more than ``TARGET_STALL_MS`` late, and counts
    the innermost project frame (callhandler/ or ui/) and the innermost frame of all.

    The stack is read with ``faulthandler.dump_traceback`` (the interpreter's own frames,
    as text), not ``sys._current_frames()``: that makes a frame object for every thread's
    frame, and on CPython 3.11 it crashed the bench now and then (a segmentation fault in
    the sampler, the worker thread mid-call, three runs in three on a loaded machine)."""

    def __init__(self, watchdog: Watchdog, every_ms: float = 2.0) -> None:
        self.watchdog = watchdog
        self.every_s = every_ms / 1000
        self.gui = threading.get_ident()  # made on the GUI thread
        self.counts: collections.Counter[tuple[str, str]] = collections.Counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        with tempfile.TemporaryFile() as dump:
            while not self._stop.wait(self.every_s):
                dog = self.watchdog
                late_ms = (time.perf_counter() - dog.last_tick) * 1000 - dog.tick_ms
                if late_ms <= TARGET_STALL_MS:
                    continue
                dump.seek(0)
                dump.truncate()
                faulthandler.dump_traceback(dump, all_threads=True)
                dump.seek(0)
                stack = thread_stack(dump.read().decode("utf-8", "replace"), self.gui)
                if stack:
                    self.counts[(dog.current_phase, where(stack))] += 1

    def top(self, n: int = 10) -> list[dict[str, object]]:
        """The places seen most often, with the share of stalled samples each had."""
        total = sum(self.counts.values()) or 1
        return [
            {"phase": phase, "where": place, "samples": count,
             "share_pct": round(100 * count / total, 1)}
            for (phase, place), count in self.counts.most_common(n)
        ]  # fmt: skip


Frame = tuple[str, int, str]  # file, line, function
_FRAME = re.compile(r'^\s+File "(.*)", line (\d+) in (.*)$')


def thread_stack(dump: str, thread_id: int) -> list[Frame]:
    """One thread's frames, innermost first, from a faulthandler dump of every thread."""
    frames: list[Frame] = []
    inside = False
    for line in dump.splitlines():
        if line.startswith(("Thread 0x", "Current thread 0x")):
            ident = line.split("0x", 1)[1].split()[0]
            inside = int(ident, 16) == thread_id
            continue
        match = _FRAME.match(line) if inside else None
        if match:
            frames.append((match[1], int(match[2]), match[3]))
    return frames


def _short(frame: Frame) -> str:
    path, line, name = frame
    for root in ("/callhandler/", "/ui/", "/site-packages/"):
        if root in path:
            path = root.strip("/") + "/" + path.split(root, 1)[1]
            break
    return f"{path}:{line} {name}"


def where(stack: list[Frame]) -> str:
    """``project frame <- innermost frame`` for one stack, innermost first (the same when
    they coincide)."""
    inner = _short(stack[0])
    for frame in stack:
        name = frame[0]
        if ("/callhandler/" in name or "/ui/" in name) and "/bench/" not in name:
            mine = _short(frame)
            return mine if mine == inner else f"{mine} -> {inner}"
    return inner


def rss_mb() -> float:
    """The process's resident memory now (Linux /proc), else its peak (getrusage)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux


def slope_per_100(samples: list[tuple[int, float]]) -> float:
    """Least-squares MB per 100 calls of (calls, MB) samples (0 for fewer than two)."""
    if len(samples) < 2:
        return 0.0
    n = len(samples)
    mean_x = sum(x for x, _ in samples) / n
    mean_y = sum(y for _, y in samples) / n
    spread = sum((x - mean_x) ** 2 for x, _ in samples)
    if not spread:
        return 0.0
    return 100 * sum((x - mean_x) * (y - mean_y) for x, y in samples) / spread

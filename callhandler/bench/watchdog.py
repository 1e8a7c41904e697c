"""An event-loop watchdog for the window's bench (issue 18): how long the GUI thread is
kept from its event loop, and the process's resident memory.

A precise QTimer ticks every ``tick_ms`` on the GUI thread; each tick's lateness (the time
since the previous tick less the interval) is how long the thread could not answer a key
or repaint. The longest lateness in each named phase is the stall reported beside the
16 ms target (one frame at 60 Hz). Qt is imported by the window's bench only.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

TICK_MS = 4
TARGET_STALL_MS = 16.0


@dataclass(frozen=True)
class Stall:
    phase: str
    ms: float


class Watchdog(QObject):
    """Measures the GUI thread's stalls; ``phase(name)`` labels what is being done."""

    def __init__(self, tick_ms: int = TICK_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tick_ms = tick_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._phase = "idle"
        self.longest: dict[str, float] = {}
        self.ticks: dict[str, int] = {}
        self.worst: list[Stall] = []  # the ten longest, longest first

    def start(self) -> None:
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.note((now - self._last) * 1000 - self.tick_ms)
        self._last = now

    def note(self, late_ms: float) -> None:
        """Count one tick ``late_ms`` late in the current phase."""
        late = max(0.0, late_ms)
        phase = self._phase
        self.ticks[phase] = self.ticks.get(phase, 0) + 1
        if late > self.longest.get(phase, -1.0):
            self.longest[phase] = late
        if len(self.worst) < 10 or late > self.worst[-1].ms:
            self.worst.append(Stall(phase, round(late, 1)))
            self.worst.sort(key=lambda s: -s.ms)
            del self.worst[10:]

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Stalls while the block runs count for ``name``; what is still pending at its end
        (a stall not yet ended by a tick) counts for it too."""
        self._tick()  # what came before belongs to the previous phase
        self._phase = name
        self.longest.setdefault(name, 0.0)
        try:
            yield
        finally:
            self._tick()
            self._phase = "idle"


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

"""The call timer and the clock on the Call tab (issue 16): how long this call has run
(mm:ss) and the time now, readable at a glance, never taking the focus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

Clock = Callable[[], dt.datetime]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def elapsed_text(seconds: float) -> str:
    """mm:ss, and h:mm:ss past the hour (a call can be that long)."""
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CallClock(QWidget):
    """``start()`` when the call begins, ``stop()`` when it ends (the last call's length
    stays shown, greyed, until the next starts). Ticks every second from ``clock``
    (injected in tests); labels only, so it never takes the focus."""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = _utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started: dt.datetime | None = None
        self._ended: dt.datetime | None = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setAccessibleName(self.tr("Call timer"))
        self.now_label = QLabel()
        self.now_label.setObjectName("wallClock")
        self.now_label.setAccessibleName(self.tr("Time now"))
        for label in (self.timer_label, self.now_label):
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label.setStyleSheet("font-weight:600;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addStretch(1)
        layout.addWidget(self.timer_label)
        layout.addSpacing(16)
        layout.addWidget(self.now_label)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.refresh)
        self._ticker.start()
        self.refresh()

    def use_clock(self, clock: Clock) -> None:
        """Read the time from ``clock`` (a test's)."""
        self._clock = clock
        self.refresh()

    @property
    def running(self) -> bool:
        return self._started is not None and self._ended is None

    def start(self) -> None:
        """The call began now (the first thing typed, or a call restored)."""
        if not self.running:
            self._started, self._ended = self._clock(), None
            self.refresh()

    def stop(self) -> None:
        """The call ended: the timer stops and shows its length until the next call."""
        if self.running:
            self._ended = self._clock()
            self.refresh()

    def refresh(self) -> None:
        now = self._clock()
        self.now_label.setText(self.tr("Time {time}").format(time=f"{now.astimezone():%H:%M:%S}"))
        if self._started is None:
            self.timer_label.setText(self.tr("No call"))
            self.timer_label.setEnabled(False)
            return
        end = self._ended or now
        length = elapsed_text((end - self._started).total_seconds())
        if self._ended is None:
            self.timer_label.setText(self.tr("Call {length}").format(length=length))
        else:
            self.timer_label.setText(self.tr("Last call {length}").format(length=length))
        self.timer_label.setEnabled(self._ended is None)

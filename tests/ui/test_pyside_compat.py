"""The guard for PySide6 over-releasing None, True and False on Python 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

from ui.pyside_compat import make_singletons_immortal


class _Emitter(QObject):
    ping = Signal()


def test_singletons_survive_many_void_calls_and_emits(qapp) -> None:
    make_singletons_immortal()
    assert make_singletons_immortal() is False  # applying it twice changes nothing
    label = QLabel()
    emitter = _Emitter()
    for _ in range(50_000):  # more than None's or True's natural count in a small process
        label.setText("x")
        emitter.ping.emit()
    if sys.version_info < (3, 12):
        assert min(sys.getrefcount(x) for x in (None, True, False)) > 1 << 39

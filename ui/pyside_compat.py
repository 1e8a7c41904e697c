"""Keep None, True and False alive on Python 3.11, which PySide6 6.12 over-releases.

Measured here with PySide6 6.12.0 on CPython 3.11.7: every call of a Qt method that
returns nothing (``setText``, ``processEvents``, ``QThreadPool.start``…) lowers None's
reference count by one, and every ``signal.emit(…)`` lowers True's. A window starts with
about 40,000 references to None and opening one incident costs about 40, so a busy shift
would end in "Fatal Python error: none_dealloc" (or bool_dealloc at exit). Python 3.12
made these objects immortal, which is why the binding gets away with it there.

The remedy until the project runs on Python 3.12+ (or a fixed PySide6): give the three
objects the effectively-infinite count Python 3.12 gives them. They are never freed in
any case, so this changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_BALLAST = 1 << 40  # a trillion references: more calls than any session makes


def make_singletons_immortal() -> bool:
    """Raise the counts of None, True and False out of reach on CPython < 3.12.

    Returns True if it changed anything (False on 3.12+, on other Pythons, or when
    already applied).
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    changed = False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt comes first
        if count.value < _BALLAST // 2:
            count.value += _BALLAST
            changed = True
    return changed

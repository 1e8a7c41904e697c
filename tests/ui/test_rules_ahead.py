"""The grading policy and the scripts are read before sign-in, off the GUI thread, and not
again while the signed-in window is built (issue 18: most of the 1.8 s to ready)."""

from __future__ import annotations

import threading

from call_window import handler_window
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import shipped_script
from ui import rules_ahead
from ui.call.call_workspace import default_policy


def test_the_window_is_built_without_reading_a_rules_file(qtbot, db, worker, handler) -> None:
    for cached in (shipped_policy, shipped_script, default_policy):
        cached.cache_clear()  # as the application starts: nothing read yet
    read_on: list[str] = []
    real_read = rules_ahead._read

    def read() -> None:
        read_on.append(threading.current_thread().name)
        real_read()

    rules_ahead._read = read
    try:
        rules_ahead.read_rules_ahead()
        rules_ahead.rules_read()
    finally:
        rules_ahead._read = real_read
    assert read_on == ["rules-ahead"]  # not the GUI thread
    assert shipped_policy.cache_info().currsize == 1
    assert shipped_script.cache_info().currsize == 2  # the first script and its hand-over
    files_read = (shipped_policy.cache_info().misses, shipped_script.cache_info().misses)
    window = handler_window(qtbot, db, worker, handler)
    assert window.isVisible()
    assert (shipped_policy.cache_info().misses, shipped_script.cache_info().misses) == files_read

"""The grading policy and the scripts are read before sign-in, off the GUI thread, and not
again while the signed-in window is built (issue 18: most of the 1.8 s to ready)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from call_window import handler_window
from callhandler.domain import policy as policy_module
from callhandler.domain import scripts as scripts_module
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import shipped_script, shipped_script_ids
from ui import rules_ahead
from ui.call.call_workspace import default_policy


@pytest.fixture
def fresh_rules() -> Iterator[None]:
    """The rules' caches emptied, as when the application starts; afterwards the objects
    cached before are put back, so other tests still see the policy and scripts in use as
    the very same objects (test_grading checks nothing replaced the policy in use)."""
    policy, handlers = shipped_policy(), default_policy()
    scripts = {sid: shipped_script(sid) for sid in shipped_script_ids()}
    for cached in (shipped_policy, shipped_script, default_policy):
        cached.cache_clear()
    yield
    for cached in (shipped_policy, shipped_script, default_policy):
        cached.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(policy_module, "load_policy_file", lambda *_args: policy)
        patch.setattr(
            scripts_module, "load_script_file", lambda _item, source: scripts[source_id(source)]
        )
        assert shipped_policy() is policy and default_policy() is handlers
        for sid in scripts:
            shipped_script(sid)


def source_id(source: str) -> str:
    return source.removeprefix("resources/scripts/").removesuffix(".yaml")


@pytest.mark.usefixtures("fresh_rules")
def test_the_window_is_built_without_reading_a_rules_file(qtbot, db, worker, handler) -> None:
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

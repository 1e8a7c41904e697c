"""UI fixtures: a worker per test, signed-in actors, and modal prompts that never block."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui import ask
from ui.worker import Worker, collect_on_gui_thread
from uitools import WAIT_MS, make_actor


@pytest.fixture(autouse=True, scope="session")
def garbage_on_the_gui_thread(qapp: object) -> None:
    """As the application does (ui.worker.GuiThreadCollector): no collection may start on
    a worker thread and destroy a window's Python-owned timers there."""
    collect_on_gui_thread(qapp)  # type: ignore[arg-type]


@pytest.fixture
def worker(db: Database, qapp: object) -> Iterator[Worker]:
    """Depends on ``db`` so it is shut down (running jobs finished) before the database goes."""
    background = Worker()
    yield background
    assert background.shutdown(WAIT_MS)


@pytest.fixture
def handler(db: Database) -> Actor:
    return make_actor(db, "handler1", "handler")


@pytest.fixture
def inspector(db: Database) -> Actor:
    return make_actor(db, "inspector1", "inspector")


@pytest.fixture(autouse=True)
def no_modal_prompts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A test that reaches a modal question fails loudly instead of hanging the run."""
    asked: list[tuple[str, str]] = []

    def refuse(_parent: object, what: str) -> bool:
        asked.append(("confirm_discard", what))
        return False

    def record(_parent: object, title: str, message: str) -> None:
        asked.append((title, message))

    monkeypatch.setattr(ask, "confirm_discard", refuse)
    monkeypatch.setattr(ask, "show_error", record)
    return asked

"""UI fixtures: a worker per test, signed-in actors, and modal prompts that never block."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from uitools import WAIT_MS, make_actor

from callhandler.services import accounts
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from ui import ask
from ui.pyside_compat import make_singletons_immortal
from ui.worker import Worker

make_singletons_immortal()  # before the first Qt call: see ui/pyside_compat.py


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with the smallest cost: each sign-in here would otherwise take ~0.25 s."""
    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


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

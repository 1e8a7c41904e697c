"""Closure work the checklist window hands to the worker: open for closure, save answers in
order, submit.

Plain functions over the services (no Qt), run on the worker thread. Saving chains the
incident's version from one answer to the next (SaveChain), so answers given quickly one
after another never trip the optimistic lock against each other, and answers given while a
save is running are picked up by that same job: closing the window, or the application,
never strands an answer waiting for a callback.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import Value
from callhandler.errors import BadInput
from callhandler.services import closure, lifecycle, signoff
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.storage.engine import Database


@dataclass(frozen=True)
class OpenedClosure:
    view: ClosureView
    returned: signoff.ReturnNote | None


def open_for_closure(db: Database, actor: Actor, incident_id: int) -> OpenedClosure:
    """The closure view, starting closure first when the incident is attended or returned."""
    view = closure.closure_view(db, actor, incident_id)
    was_returned = view.status == states.RETURNED
    if view.status in states.TRANSITIONS["start_closure"].sources:
        lifecycle.start_closure(db, actor, incident_id, view.version)
        view = closure.closure_view(db, actor, incident_id)
    returned = signoff.latest_return(db, actor, incident_id)
    if returned is not None and not (was_returned or view.status == states.CLOSURE):
        returned = None
    return OpenedClosure(view, returned)


@dataclass(frozen=True)
class Change:
    """One answer or narrative section to save. ``key`` is ``item:<id>`` or ``narrative:<id>``."""

    key: str
    value: Value
    officer: str = ""

    @property
    def kind(self) -> str:
        return self.key.split(":", 1)[0]

    @property
    def target(self) -> str:
        return self.key.split(":", 1)[1]


@dataclass(frozen=True)
class SaveOutcome:
    view: ClosureView
    saved: tuple[Change, ...]
    errors: dict[str, str] = field(default_factory=dict)


def save_closure_changes(
    db: Database, actor: Actor, incident_id: int, version: int, changes: Sequence[Change]
) -> SaveOutcome:
    """Save each change in order; a refused one (BadInput) is reported and the rest go on.

    ConcurrentChange propagates: another workstation changed the incident first.
    """
    view: ClosureView | None = None
    saved = []
    errors = {}
    for change in changes:
        try:
            if change.kind == "item":
                view = closure.answer_item(
                    db,
                    actor,
                    incident_id,
                    version,
                    item_id=change.target,
                    value=change.value,
                    officer_collar=change.officer,
                )
            else:
                view = closure.set_narrative(
                    db, actor, incident_id, version, section=change.target, text=str(change.value)
                )
        except BadInput as exc:
            errors[change.key] = str(exc)
            continue
        version = view.version
        saved.append(change)
    if view is None:
        view = closure.closure_view(db, actor, incident_id)
    return SaveOutcome(view, tuple(saved), errors)


class SaveChain:
    """Answers for one incident waiting to be saved, and the version the next save expects.

    Shared by the dialog (GUI thread: ``add``) and its save job (worker thread: ``run``)
    under a lock. ``add`` returns True when no job is draining the chain, so the caller must
    submit ``run`` to the worker. ``run`` saves batch after batch until nothing is left; a
    ConcurrentChange stops the chain for good (a reload starts a new one).
    """

    def __init__(self, db: Database, actor: Actor, incident_id: int, version: int) -> None:
        self._db = db
        self._actor = actor
        self._incident_id = incident_id
        self._lock = threading.Lock()
        self._version = version
        self._pending: dict[str, Change] = {}
        self._running = False
        self._stopped = False

    @property
    def version(self) -> int:
        with self._lock:
            return self._version

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running or bool(self._pending)

    def add(self, change: Change) -> bool:
        with self._lock:
            if self._stopped:
                return False
            self._pending.pop(change.key, None)  # the newest answer goes last
            self._pending[change.key] = change
            if self._running:
                return False
            self._running = True
            return True

    def run(self) -> SaveOutcome:
        view: ClosureView | None = None
        saved: list[Change] = []
        errors: dict[str, str] = {}
        while True:
            with self._lock:
                if not self._pending or self._stopped:
                    self._running = False
                    break
                batch = list(self._pending.values())
                self._pending.clear()
                version = self._version
            try:
                outcome = save_closure_changes(
                    self._db, self._actor, self._incident_id, version, batch
                )
            except ConcurrentChange:
                with self._lock:
                    self._stopped = True
                    self._pending.clear()
                    self._running = False
                raise
            except Exception:
                with self._lock:
                    for change in batch:  # kept for "Try again"
                        self._pending.setdefault(change.key, change)
                    self._running = False
                raise
            with self._lock:
                self._version = outcome.view.version
            view = outcome.view
            saved += outcome.saved
            for change in outcome.saved:
                errors.pop(change.key, None)
            errors.update(outcome.errors)
        if view is None:
            view = closure.closure_view(self._db, self._actor, self._incident_id)
        return SaveOutcome(view, tuple(saved), errors)

    def restart(self) -> bool:
        """After a failure other than a conflict: True if the caller must submit ``run``."""
        with self._lock:
            if self._stopped or self._running or not self._pending:
                return False
            self._running = True
            return True


def submit_closure(db: Database, actor: Actor, incident_id: int, version: int) -> int:
    return lifecycle.submit_for_sign_off(db, actor, incident_id, version)

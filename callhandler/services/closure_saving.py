"""Closure work the checklist window hands to the worker: open for closure, save answers in
order, submit.

Plain functions over the desk's closure actions (no Qt; ``ClosureDesk`` is the part of
``callhandler.desk.Desk`` they use), run on the worker thread. Saving chains the
incident's version from one answer to the next (SaveChain), so answers given quickly one
after another never trip the optimistic lock against each other, and answers given while a
save is running are picked up by that same job: closing the window, or the application,
never strands an answer waiting for a callback.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import Value
from callhandler.errors import BadInput
from callhandler.services import signoff
from callhandler.services.closure import ClosureView
from callhandler.services.incident_changes import ConcurrentChange

T_co = TypeVar("T_co", covariant=True)


class Result(Protocol[T_co]):
    """What a desk's write returns (``callhandler.desk.Done``): its value, and more."""

    @property
    def value(self) -> T_co: ...


class ClosureDesk(Protocol):
    """The closure actions of ``callhandler.desk.Desk`` this workflow uses."""

    def closure_view(self, incident_id: int) -> ClosureView: ...

    def start_closure(self, incident_id: int, expected_version: int) -> Result[int]: ...

    def latest_return(self, incident_id: int) -> signoff.ReturnNote | None: ...

    def answer_item(
        self,
        incident_id: int,
        expected_version: int,
        *,
        item_id: str,
        value: Any,
        officer_collar: str,
    ) -> Result[ClosureView]: ...

    def set_narrative(
        self, incident_id: int, expected_version: int, *, section: str, text: str
    ) -> Result[ClosureView]: ...

    def submit_for_sign_off(
        self, incident_id: int, expected_version: int, *, reason: str = ""
    ) -> Result[int]: ...


@dataclass(frozen=True)
class OpenedClosure:
    view: ClosureView
    returned: signoff.ReturnNote | None


def open_for_closure(desk: ClosureDesk, incident_id: int) -> OpenedClosure:
    """The closure view, starting closure first when the incident is attended or returned."""
    view = desk.closure_view(incident_id)
    was_returned = view.status == states.RETURNED
    if view.status in states.TRANSITIONS["start_closure"].sources:
        desk.start_closure(incident_id, view.version)
        view = desk.closure_view(incident_id)
    returned = desk.latest_return(incident_id)
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
    desk: ClosureDesk, incident_id: int, version: int, changes: Sequence[Change]
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
                view = desk.answer_item(
                    incident_id,
                    version,
                    item_id=change.target,
                    value=change.value,
                    officer_collar=change.officer,
                ).value
            else:
                view = desk.set_narrative(
                    incident_id, version, section=change.target, text=str(change.value)
                ).value
        except BadInput as exc:
            errors[change.key] = str(exc)
            continue
        version = view.version
        saved.append(change)
    if view is None:
        view = desk.closure_view(incident_id)
    return SaveOutcome(view, tuple(saved), errors)


class SaveChain:
    """Answers for one incident waiting to be saved, and the version the next save expects.

    Shared by the dialog (GUI thread: ``add``) and its save job (worker thread: ``run``)
    under a lock. ``add`` returns True when no job is draining the chain, so the caller must
    submit ``run`` to the worker. ``run`` saves batch after batch until nothing is left; a
    ConcurrentChange stops the chain for good (a reload starts a new one).
    """

    def __init__(self, desk: ClosureDesk, incident_id: int, version: int) -> None:
        self._desk = desk
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
                outcome = save_closure_changes(self._desk, self._incident_id, version, batch)
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
            view = self._desk.closure_view(self._incident_id)
        return SaveOutcome(view, tuple(saved), errors)

    def restart(self) -> bool:
        """After a failure other than a conflict: True if the caller must submit ``run``."""
        with self._lock:
            if self._stopped or self._running or not self._pending:
                return False
            self._running = True
            return True


def submit_closure(desk: ClosureDesk, incident_id: int, version: int) -> int:
    """Submit for sign-off; the incident's new version."""
    return desk.submit_for_sign_off(incident_id, version).value

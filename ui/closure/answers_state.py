"""What the checklist window knows of one incident's closure answers, and their saving."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from callhandler.desk import Desk
from callhandler.domain.checklist import ChecklistStatus, Value, status
from callhandler.services.closure import ClosureView
from callhandler.services.closure_saving import Change, SaveChain, SaveOutcome
from callhandler.services.incident_changes import ConcurrentChange
from ui.worker import Failure, Worker


class ClosureAnswers(QObject):
    """Stored answers (``view``), answers given here and not yet confirmed (``local``),
    answers held back until the officer's collar number is known (``held``), and refusals
    (``errors``, by key ``item:<id>`` or ``narrative:<id>``). No widgets.

    ``send(collar)`` hands what is held to a SaveChain on the worker; with ``collar`` None
    only narrative text goes. Signals: ``changed`` after anything that alters what the window
    shows; ``saved`` when a save job comes back; ``conflict(message)`` when another
    workstation changed the incident (the chain stops until ``reset``); ``failed(message)``
    for any other failure (``retry`` sends again).
    """

    changed = Signal()
    saved = Signal()
    conflict = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._incident_id = incident_id
        self.view: ClosureView | None = None
        self.local: dict[str, Value] = {}
        self.held: dict[str, Value] = {}
        self.errors: dict[str, str] = {}
        self.in_conflict = False
        self._chain: SaveChain | None = None

    def reset(self, view: ClosureView) -> None:
        """A fresh view from the database: forget everything not saved."""
        self.view = view
        self._chain = SaveChain(self._desk, self._incident_id, view.version)
        self.local.clear()
        self.held.clear()
        self.errors.clear()
        self.in_conflict = False
        self.changed.emit()

    @property
    def version(self) -> int | None:
        if self._chain is not None:
            return self._chain.version
        return self.view.version if self.view is not None else None

    @property
    def idle(self) -> bool:
        """Nothing waiting: every answer given here reached the database (or was refused)."""
        return not self.held and (self._chain is None or not self._chain.busy)

    @property
    def sending(self) -> bool:
        """A save job has answers to save or is saving them."""
        return self._chain is not None and self._chain.busy

    def give(self, key: str, value: Value) -> None:
        self.local[key] = value
        self.held[key] = value
        self.errors.pop(key, None)
        self.changed.emit()

    def holds_answers(self) -> bool:
        """Checklist answers wait to be sent (they need the officer's collar number)."""
        return any(k.startswith("item:") for k in self.held)

    def send(self, collar: str | None) -> None:
        chain = self._chain
        if self.in_conflict or chain is None or not self.held:
            return
        keys = [k for k in self.held if collar is not None or not k.startswith("item:")]
        start = False
        for key in keys:
            start = chain.add(Change(key, self.held.pop(key), collar or "")) or start
        if start:
            self._start(chain)
        self.changed.emit()

    def retry(self) -> None:
        if self._chain is not None and self._chain.restart():
            self._start(self._chain)

    def saving_keys(self) -> set[str]:
        return {k for k in self.local if k not in self.errors}

    def current_status(self) -> ChecklistStatus | None:
        """Completeness with the answers given here, saved or on their way."""
        if self.view is None:
            return None
        answers = {k: v.value for k, v in self.view.answers.items()}
        narrative = dict(self.view.narrative)
        for key, value in self.local.items():
            if key in self.errors:
                continue
            kind, target = key.split(":", 1)
            if kind == "item":
                answers[target] = value
            else:
                narrative[target] = str(value)
        return status(self.view.checklist, answers, self.view.facts, narrative)

    def _start(self, chain: SaveChain) -> None:
        self._worker.submit(chain.run, on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome: SaveOutcome) -> None:
        self.view = outcome.view
        for change in outcome.saved:
            if change.key not in self.held and self.local.get(change.key) == change.value:
                del self.local[change.key]
            self.errors.pop(change.key, None)
        self.errors.update(outcome.errors)
        self.changed.emit()
        self.saved.emit()

    def _failed(self, failure: Failure) -> None:
        if isinstance(failure.error, ConcurrentChange):
            self.in_conflict = True
            self.held.clear()
            self.conflict.emit(failure.message)
        else:
            self.failed.emit(failure.message)
        self.changed.emit()
        self.saved.emit()

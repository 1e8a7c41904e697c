"""The desk's base: the signed-in actor, the database, and the three doors every action
goes through (``_server``, ``_incident``, ``_local``), which the workstation desk
(callhandler.desk.workstation) overrides to decide what may be queued offline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from callhandler.desk.changes import Done, What, changed
from callhandler.services.context import Actor
from callhandler.storage.engine import Database

T = TypeVar("T")
STEP: tuple[What, ...] = ("incident", "shift", "queue", "attendance")


class Doors:
    """Every action on ``db`` for ``actor`` (see callhandler.desk.protocol.Desk)."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @property
    def db(self) -> Database:
        """The database that holds the records (on a workstation: the shared server)."""
        return self._db

    @property
    def actor(self) -> Actor:
        return self._actor

    def describe(self) -> str:
        return self.db.describe()

    # -- the doors ------------------------------------------------------------------------

    def _server(self, what: str, action: Callable[[Database], T]) -> T:
        """``what`` ("Dispatching officers") names the action in a message."""
        return action(self.db)

    def _incident(self, incident_id: int, what: str, action: Callable[[Database, int], T]) -> T:
        return action(self.db, incident_id)

    def _local(self) -> Database:
        return self.db

    def _step(
        self, incident_id: int, what: str, action: Callable[[Database, int], int]
    ) -> Done[int]:
        version = self._incident(incident_id, what, action)
        return changed(version, *STEP, incident_id=incident_id, version=version)

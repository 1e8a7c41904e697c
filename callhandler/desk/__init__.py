"""The one way from the window into the core (issue 15).

A screen receives a ``Desk`` (callhandler.desk.protocol) and the worker, never a
``Database``: ``DatabaseDesk`` works on one database (the embedded SQLite file, or an
inspector on the shared server); ``WorkstationDesk`` on a control-room workstation's
encrypted cache and outbox, and it is the only place that decides per action whether it
may be queued offline or needs the server. Every write returns ``Done(value, changes)``:
screens refresh from ``changes`` (callhandler.desk.changes), as Anki's OpChanges.

How to add an action:

1. Add the method to ``Desk`` in protocol.py, grouped with its screen, with the service's
   arguments less ``db`` and ``actor``; a write returns ``Done[...]``, a read its value.
2. Add it to ``DatabaseDesk`` (database.py: the call, the steps, lists, closure, drafts)
   or to ``ReviewActions`` (review.py: sign-off, markers, risk, oversight, QA...), through
   one of the doors of ``Doors`` (doors.py): ``_server`` (a
   read or write on the database that holds the record), ``_incident`` (an action on one
   incident, by its id: on a workstation it waits for the server's copy of the incident),
   or ``_local`` (this workstation's own data). A write wraps its value with
   ``changed(value, "incident", ..., incident_id=..., version=...)``.
3. ``WorkstationDesk`` inherits it and needs the server for it. Only an action that may be
   queued offline is overridden there, through ``Workstation`` and the outbox (a new
   outbox kind also needs callhandler/sync/replay.py).
4. A test on both desks (tests/core/test_desk.py).
"""

from callhandler.desk.changes import Changes, Done, What, changed
from callhandler.desk.database import DatabaseDesk
from callhandler.desk.protocol import Desk
from callhandler.desk.workstation import WorkstationDesk
from callhandler.services.grade_check import RecommendationChanged
from callhandler.sync.gateway import is_provisional
from callhandler.sync.outbox import OutboxEntry
from callhandler.sync.workstation import WorkstationState

__all__ = [
    "Changes",
    "DatabaseDesk",
    "Desk",
    "Done",
    "OutboxEntry",
    "RecommendationChanged",
    "What",
    "WorkstationDesk",
    "WorkstationState",
    "changed",
    "is_provisional",
]


def _both_are_desks(one: DatabaseDesk, workstation: WorkstationDesk) -> tuple[Desk, Desk]:
    """mypy (strict) proves that both implementations are a ``Desk``."""
    return one, workstation

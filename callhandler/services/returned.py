"""The incidents an inspector returned to this handler and not yet resubmitted (issue 16):
announced at sign-in and kept in the status bar until dealt with.

A returned incident is dealt with when it is submitted again: until then it is either
still returned or back in closure (closure is reached only from attended or returned, so
an incident in closure with a return in its past has not gone back since)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.services.context import Actor, recheck
from callhandler.storage.closure_models import SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User


@dataclass(frozen=True)
class ReturnedIncident:
    """One returned incident and the inspector's latest reason."""

    incident_id: int
    ref: str
    opened_at: dt.datetime
    inspector: str  # display name (username if the account is gone)
    reason: str
    returned_at: dt.datetime


def returned_to_me(db: Database, actor: Actor) -> tuple[ReturnedIncident, ...]:
    """The actor's own incidents now returned to them, oldest return first (the longest
    waiting); handlers and inspectors (who also take calls)."""
    with db.read() as session:
        recheck(session, actor, ("handler", "inspector"), messages.ONLY_TAKERS_HAVE_RETURNS())
        rows = session.execute(
            select(
                Incident.id,
                Incident.ref,
                Incident.opened_at,
                SignOff.inspector,
                SignOff.reason,
                SignOff.at,
                SignOff.id,
                User.display_name,
            )
            .join(SignOff, SignOff.incident_id == Incident.id)
            .outerjoin(User, User.username == SignOff.inspector)
            .where(
                Incident.handler_id == actor.user_id,
                Incident.status.in_((states.RETURNED, states.CLOSURE)),
                SignOff.decision == "returned",
            )
            .order_by(SignOff.at, SignOff.id)
        ).all()
    latest: dict[int, ReturnedIncident] = {}
    for row in rows:  # ordered by time: the last one per incident is its latest return
        latest.pop(row.id, None)
        latest[row.id] = ReturnedIncident(
            row.id,
            row.ref,
            row.opened_at,
            row.display_name or row.inspector,
            row.reason or "",
            row.at,
        )
    return tuple(sorted(latest.values(), key=lambda r: (r.returned_at, r.incident_id)))

"""What an action changed, so a screen refreshes only what it shows (as Anki's OpChanges).

Every action of the desk that writes returns ``Done(value, changes)``: ``value`` is what the
service returned (the new version, the row, the view), ``changes`` says which incident moved
to which version and which kinds of thing a screen may need to read again. Reads return
their value as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

What = Literal[
    "incident",  # the incident's row: status, grade, version, details
    "history",  # previous calls and the people on record
    "shift",  # the lists of incidents (My incidents, the control room)
    "queue",  # the inspector's sign-off queue
    "closure",  # the closure checklist and narrative
    "risk",  # risk assessments
    "markers",  # warning markers
    "triggers",  # trigger events
    "attendance",  # the overdue-attendance list
    "drafts",  # this workstation's call drafts
    "outbox",  # a workstation's operations waiting for the server
    "qa",  # quality-assurance samples and reviews (issue 17)
]


@dataclass(frozen=True)
class Changes:
    """What changed: the incident (None: none in particular), its version now (None:
    unknown or unchanged) and the kinds of thing to read again."""

    incident_id: int | None = None
    version: int | None = None
    what: frozenset[What] = field(default_factory=frozenset)
    queued: bool = False  # kept on this workstation, sent when the server is back

    def touches(self, *kinds: What) -> bool:
        """Whether a screen showing any of ``kinds`` should read again."""
        return any(kind in self.what for kind in kinds)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An action's result and what it changed."""

    value: T
    changes: Changes


def changed(
    value: T,
    *what: What,
    incident_id: int | None = None,
    version: int | None = None,
    queued: bool = False,
) -> Done[T]:
    return Done(value, Changes(incident_id, version, frozenset(what), queued))

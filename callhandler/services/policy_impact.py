"""What a new grading policy would change: replay recorded calls through both policies.

``policy_impact`` takes the facts recorded at the last grade decision of every incident in
the period, looks up the history of its number and address as at that decision (the
incident itself left out), and recommends a grade under the current and the new policy.
It reports how many recommendations change, in which direction, and which incidents. The
replay reads history without auditing each look-up as a consultation (nobody sees the
people); the run itself is audited once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from callhandler.domain.facts import Facts
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.policy import Policy
from callhandler.errors import BadInput, PermissionDenied
from callhandler.progress import Cancelled, NoProgress, Progress
from callhandler.services import audit
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.storage.engine import Database
from callhandler.storage.models import Address, Incident, Phone
from callhandler.storage.triage_models import GradeDecision

MAX_DAYS = 3660
MAY_SEE_IMPACT = ("inspector", "admin")


@dataclass(frozen=True)
class Change:
    """One incident whose recommendation the new policy changes."""

    incident_ref: str
    decided_at: dt.datetime
    current_grade: int
    new_grade: int
    current_floor: int
    new_floor: int
    chosen_grade: int
    flags_added: tuple[str, ...]
    flags_removed: tuple[str, ...]
    marac_changed: bool

    @property
    def direction(self) -> str:
        if self.new_grade < self.current_grade:
            return "more urgent"
        if self.new_grade > self.current_grade:
            return "less urgent"
        return "same grade"

    def to_json(self) -> dict[str, Any]:
        return {
            "incident_ref": self.incident_ref,
            "decided_at": self.decided_at.isoformat(),
            "current_grade": self.current_grade,
            "new_grade": self.new_grade,
            "current_floor": self.current_floor,
            "new_floor": self.new_floor,
            "chosen_grade": self.chosen_grade,
            "direction": self.direction,
            "flags_added": list(self.flags_added),
            "flags_removed": list(self.flags_removed),
            "marac_changed": self.marac_changed,
        }


@dataclass(frozen=True)
class Impact:
    current_policy: str
    new_policy: str
    days: int
    replayed: int
    unreadable: int
    changes: tuple[Change, ...]

    @property
    def grade_changes(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.new_grade != c.current_grade)

    def counts(self) -> dict[str, int]:
        tally = Counter(c.direction for c in self.grade_changes)
        return {
            "more_urgent": tally["more urgent"],
            "less_urgent": tally["less urgent"],
            "floor_changed": sum(1 for c in self.changes if c.new_floor != c.current_floor),
            "flags_changed": sum(1 for c in self.changes if c.flags_added or c.flags_removed),
            "marac_changed": sum(1 for c in self.changes if c.marac_changed),
            # chosen grade less urgent than the new recommendation's floor: the override
            # the new policy would have flagged for the inspector
            "would_be_below_floor": sum(1 for c in self.changes if c.chosen_grade > c.new_floor),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "current_policy": self.current_policy,
            "new_policy": self.new_policy,
            "days": self.days,
            "replayed": self.replayed,
            "unreadable": self.unreadable,
            "changed": len(self.changes),
            **self.counts(),
            "changes": [c.to_json() for c in self.changes],
        }


def _label(policy: Policy) -> str:
    return f"{policy.id} v{policy.version}"


def _compare(
    ref: str, decided_at: dt.datetime, chosen: int, old: Recommendation, new: Recommendation
) -> Change | None:
    old_flags, new_flags = set(old.flag_ids), set(new.flag_ids)
    if (
        old.grade == new.grade
        and old.policy_floor == new.policy_floor
        and old_flags == new_flags
        and old.marac_consideration == new.marac_consideration
    ):
        return None
    return Change(
        incident_ref=ref,
        decided_at=decided_at,
        current_grade=old.grade,
        new_grade=new.grade,
        current_floor=old.policy_floor,
        new_floor=new.policy_floor,
        chosen_grade=chosen,
        flags_added=tuple(sorted(new_flags - old_flags)),
        flags_removed=tuple(sorted(old_flags - new_flags)),
        marac_changed=old.marac_consideration != new.marac_consideration,
    )


def policy_impact(
    db: Database,
    actor: Actor,
    current: Policy,
    new: Policy,
    *,
    days: int = 365,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Impact:
    """Replay every incident graded in the last ``days`` through ``current`` and ``new``."""
    if actor.role not in MAY_SEE_IMPACT:
        raise PermissionDenied(
            "Only inspectors and administrators can replay calls through a policy."
        )
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise BadInput(f"--days must be a whole number from 1 to {MAX_DAYS}.")
    progress = progress or NoProgress()
    now = now or dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(days=days)
    latest = (
        select(GradeDecision.incident_id, func.max(GradeDecision.id).label("id"))
        .where(GradeDecision.decided_at >= since)
        .group_by(GradeDecision.incident_id)
        .subquery()
    )
    statement = (
        select(
            Incident.id,
            Incident.ref,
            GradeDecision.facts_json,
            GradeDecision.decided_at,
            GradeDecision.chosen_grade,
            Phone.e164,
            Address.display,
            Address.postcode,
        )
        .join(latest, latest.c.id == GradeDecision.id)
        .join(Incident, Incident.id == GradeDecision.incident_id)
        .outerjoin(Phone, Phone.id == Incident.phone_id)
        .outerjoin(Address, Address.id == Incident.address_id)
        .order_by(GradeDecision.decided_at)
    )
    with db.read_connection() as conn:
        rows = list(conn.execute(statement))
    changes: list[Change] = []
    unreadable = replayed = 0
    progress.start(len(rows), "Replaying recorded calls")
    for row in rows:
        if progress.cancelled():
            raise Cancelled("Policy impact cancelled: nothing was changed.")
        progress.advance(1)
        try:
            facts = Facts.from_json(json.loads(row.facts_json))
        except (BadInput, ValueError):
            unreadable += 1
            continue
        summary = None
        if row.e164 or row.display:
            query = HistoryQuery(
                phone=row.e164 or "", address=row.display or "", postcode=row.postcode or ""
            )
            summary = find_previous_calls(
                db,
                actor,
                query,
                now=row.decided_at,
                audit_consultation=False,
                exclude_incident_id=row.id,
                as_at=row.decided_at,
                roles=MAY_SEE_IMPACT,
            ).summary
        replayed += 1
        change = _compare(
            row.ref,
            row.decided_at,
            row.chosen_grade,
            recommend(facts, summary, current),
            recommend(facts, summary, new),
        )
        if change is not None:
            changes.append(change)
    impact = Impact(_label(current), _label(new), days, replayed, unreadable, tuple(changes))
    with db.write() as session:
        audit.record(
            session,
            actor,
            "policy_impact",
            "policy",
            new.id[:64],
            {
                "current": impact.current_policy,
                "new": impact.new_policy,
                "days": days,
                "replayed": replayed,
                **impact.counts(),
            },
        )
    return impact

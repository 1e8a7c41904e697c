"""What an incident's own record says, derived from what the call recorded: one rule.

The history a later handler sees (domestic abuse, category, children, risk level) is read
from the incident's columns, so those columns must follow the call as it is recorded:
the triage answers, the DASH, the closure answers. Every service that records any of them
(online, through a workstation's outbox, in replay) calls ``derive`` and applies the
result; nothing else sets them for a live incident.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from callhandler.domain.facts import Facts
from callhandler.domain.grading import recommend
from callhandler.domain.history import RISK_ORDER
from callhandler.domain.policy import Policy

DOMESTIC_ABUSE = "domestic abuse"
IN_PROGRESS = "call in progress"
RISK_LEVELS = ("standard", "medium", "high")


@dataclass(frozen=True)
class IncidentRecord:
    """The columns the call decides."""

    domestic_abuse: bool
    category: str
    children_present: bool
    risk_level: str


def highest_risk(levels: Iterable[str | None]) -> str:
    """The most serious of the risk levels given ("none" when there is none)."""
    known = [level for level in levels if level in RISK_LEVELS]
    return max(known, key=lambda level: RISK_ORDER[level], default="none")


def derive(
    facts: Facts,
    policy: Policy,
    *,
    category: str,
    risk_levels: Iterable[str | None] = (),
) -> IncidentRecord:
    """The record for these facts: domestic abuse as the policy defines it (coercive control
    in full), the category that says so, children present when the call said yes, and the
    most serious risk level the DASH or the closure recorded.

    ``category`` is the incident's current one: a category given at opening other than
    "call in progress" is kept unless domestic abuse is identified.
    """
    domestic_abuse = recommend(facts, None, policy).domestic_abuse
    if domestic_abuse:
        category = DOMESTIC_ABUSE
    elif category == DOMESTIC_ABUSE:
        category = IN_PROGRESS  # the answer that made it domestic abuse was changed
    return IncidentRecord(
        domestic_abuse=domestic_abuse,
        category=category,
        children_present=facts.get("children_present") == "yes",
        risk_level=highest_risk(risk_levels),
    )

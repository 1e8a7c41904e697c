"""Which warning markers an incident's closure places, and on what: one rule.

The attending officer's closure answers (warning marker placed, MARAC referral made, an
order's expiry) together with what the call recorded (a weapon or firearms, children
living there or present, the risk level) decide the markers a later call for the same
number, address or victim must show. Markers are placed on every place the incident
names (its number, its address, its victim); the service keeps them in step with the
answers: a marker whose answer is withdrawn is expired, never deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from callhandler.domain.facts import Facts

ALL_PLACES = ("phone", "address", "person")


@dataclass(frozen=True)
class PlannedMarker:
    marker_type: str
    places: tuple[str, ...]
    why: str
    expires_on: dt.date | None = None


def parse_day(text: object) -> dt.date | None:
    """A date as officers type it (2027-03-01, 01/03/2027, 1/3/27); None if it is not one."""
    if not isinstance(text, str):
        return None
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    for pattern in ("%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def planned_markers(
    answers: Mapping[str, Any], facts: Facts, risk_level: str
) -> tuple[PlannedMarker, ...]:
    """The markers these closure answers and facts call for (none until the officer says
    a warning marker is to be placed, except a MARAC referral, which is marked when made)."""
    planned: list[PlannedMarker] = []
    if answers.get("marac_referral") == "yes":
        planned.append(PlannedMarker("marac", ALL_PLACES, "MARAC referral made at closure"))
    if answers.get("warning_marker") != "placed":
        return tuple(planned)
    planned.append(PlannedMarker("domestic_abuse", ALL_PLACES, "Warning marker placed at closure"))
    if risk_level == "high" or answers.get("risk_level") == "high":
        planned.append(
            PlannedMarker(
                "high_risk_da_victim", ALL_PLACES, "High risk at this incident's assessment"
            )
        )
    if facts.get("weapon") == "yes" or facts.get("firearms_access") == "yes":
        what = "firearms access" if facts.get("firearms_access") == "yes" else "a weapon"
        planned.append(PlannedMarker("weapons", ("address", "phone"), f"The call recorded {what}"))
    if (
        facts.get("children_present") == "yes"
        or facts.get("children_live_there") == "yes"
        or answers.get("children_at_address") == "yes"
    ):
        planned.append(
            PlannedMarker("children_at_address", ("address",), "Children live or were present here")
        )
    if facts.get("order_or_bail_in_force") == "yes" or answers.get("order_expires_on"):
        expires = parse_day(answers.get("order_expires_on"))
        why = "Court order or bail conditions in force"
        if expires is not None:
            why += f" until {expires:%d %b %Y}"
        planned.append(PlannedMarker("court_order", ALL_PLACES, why, expires))
    return tuple(planned)

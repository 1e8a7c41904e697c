"""What the handler must see first about earlier calls: the rules behind the history banners."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

REPEAT_WINDOW = dt.timedelta(days=365)
RISK_ORDER = {"none": 0, "standard": 1, "medium": 2, "high": 3}

# Marker types a handler must never miss; shown as banners, most serious first.
MARKER_LABELS = {
    "high_risk_da_victim": "High-risk domestic abuse victim",
    "marac": "MARAC case",
    "treat_as_emergency": "Treat as emergency",
    "weapons": "Weapons",
    "officer_safety": "Officer safety",
    "children_at_address": "Children at address",
    "domestic_abuse": "Domestic abuse history",
    "vulnerable_adult": "Vulnerable adult",
    "serial_perpetrator": "Serial perpetrator",
    "court_order": "Court order / bail conditions",
}
MARKER_ORDER = {name: rank for rank, name in enumerate(MARKER_LABELS)}
HIGH_RISK_MARKERS = frozenset({"high_risk_da_victim", "marac", "treat_as_emergency"})


def marker_label(marker_type: str) -> str:
    return MARKER_LABELS.get(marker_type, marker_type.replace("_", " ").capitalize())


@dataclass(frozen=True)
class MarkerView:
    """An active warning marker and what it is on."""

    marker_type: str
    label: str
    text: str
    on: str  # "address", "phone" or "person"
    target: str
    set_by: str
    set_at: dt.datetime
    expires_at: dt.datetime | None


@dataclass(frozen=True)
class PreviousCall:
    """One earlier incident found for the query, as the history list shows it."""

    incident_id: int
    incident_ref: str
    opened_at: dt.datetime
    matched_on: tuple[str, ...]  # "phone", "address", "uprn", "person", "address_fuzzy"
    score: float  # 100 for an exact match; the fuzzy similarity otherwise
    exact: bool
    category: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    children_present: bool
    status: str
    summary: str
    phone: str
    address: str
    markers: tuple[str, ...]


@dataclass(frozen=True)
class HistoryCounts:
    """Aggregates over every exact match (not only the listed ones)."""

    total: int
    incidents_12m: int
    domestic_abuse_12m: int
    children_ever: bool
    last_risk_level: str | None
    last_risk_at: dt.datetime | None


@dataclass(frozen=True)
class SafetyNote:
    """What was agreed with the victim at an earlier call: the codeword or the safety plan.

    Shown to call handlers and inspectors only, in the banner of a later call for the same
    victim, number or address, and in the officers' briefing.
    """

    kind: str  # "codeword" or "safety_plan"
    text: str
    agreed_at: dt.datetime
    incident_ref: str

    @property
    def label(self) -> str:
        return "Codeword agreed" if self.kind == "codeword" else "Safety plan"


@dataclass(frozen=True)
class HistorySummary:
    total_incidents: int
    incidents_12m: int
    domestic_abuse_12m: int
    repeat_victim: bool
    markers: tuple[MarkerView, ...]
    children_previously_present: bool
    last_risk_level: str | None
    last_risk_at: dt.datetime | None
    marac_case: bool
    serial_perpetrators: tuple[str, ...]
    first_call: bool
    safety_notes: tuple[SafetyNote, ...] = ()

    @property
    def not_domestic_abuse_12m(self) -> int:
        """Incidents in 12 months not coded as domestic abuse (disturbances, welfare
        concerns): three or more may be hidden domestic abuse (recommendation 15)."""
        return max(0, self.incidents_12m - self.domestic_abuse_12m)

    @property
    def marker_types(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.marker_type for m in self.markers))


def active(marker_expires: dt.datetime | None, now: dt.datetime) -> bool:
    return marker_expires is None or marker_expires > now


def summarise(
    counts: HistoryCounts,
    markers: Iterable[MarkerView],
    serial_perpetrators: Iterable[str],
    safety_notes: Iterable[SafetyNote] = (),
) -> HistorySummary:
    """The banner facts: repeat victim means one or more domestic-abuse incidents in 12 months."""
    ordered = tuple(sorted(markers, key=lambda m: (MARKER_ORDER.get(m.marker_type, 99), m.on)))
    return HistorySummary(
        total_incidents=counts.total,
        incidents_12m=counts.incidents_12m,
        domestic_abuse_12m=counts.domestic_abuse_12m,
        repeat_victim=counts.domestic_abuse_12m >= 1,
        markers=ordered,
        children_previously_present=counts.children_ever
        or any(m.marker_type == "children_at_address" for m in ordered),
        last_risk_level=counts.last_risk_level,
        last_risk_at=counts.last_risk_at,
        marac_case=any(m.marker_type in ("marac", "high_risk_da_victim") for m in ordered),
        serial_perpetrators=tuple(sorted(set(serial_perpetrators))),
        first_call=counts.total == 0,
        safety_notes=tuple(safety_notes),
    )

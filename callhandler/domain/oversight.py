"""The thresholds behind the inspector's oversight lists, as data a force can change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from callhandler.domain.history import REPEAT_WINDOW

HIGH_RISK_MARKER_TYPES = ("high_risk_da_victim", "marac")


@dataclass(frozen=True)
class OversightSettings:
    """Defaults follow the seed report: 3+ domestic-abuse incidents in 12 months is a pattern."""

    window: dt.timedelta = REPEAT_WINDOW
    repeat_victim_min: int = 3
    repeat_non_crime_min: int = 3
    gone_quiet_min_calls: int = 3
    gone_quiet_days: int = 90
    serial_min_victims: int = 2
    reassessment_days: int = 7
    high_risk_markers: tuple[str, ...] = HIGH_RISK_MARKER_TYPES

    def __post_init__(self) -> None:
        counts = (
            self.repeat_victim_min,
            self.repeat_non_crime_min,
            self.gone_quiet_min_calls,
            self.serial_min_victims,
        )
        if min(counts) < 1 or self.gone_quiet_days < 1 or self.reassessment_days < 1:
            raise ValueError("oversight thresholds must be positive")
        if self.window <= dt.timedelta(0):
            raise ValueError("the oversight window must be positive")


DEFAULT_SETTINGS = OversightSettings()

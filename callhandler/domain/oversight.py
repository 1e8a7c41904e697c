"""The thresholds behind the inspector's oversight lists, and the rows the lists show."""

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
    performance_days: int = 91  # closure completion and attendance look back a quarter
    high_risk_markers: tuple[str, ...] = HIGH_RISK_MARKER_TYPES

    def __post_init__(self) -> None:
        counts = (
            self.repeat_victim_min,
            self.repeat_non_crime_min,
            self.gone_quiet_min_calls,
            self.serial_min_victims,
        )
        if (
            min(counts) < 1
            or min(self.gone_quiet_days, self.reassessment_days, self.performance_days) < 1
        ):
            raise ValueError("oversight thresholds must be positive")
        if self.window <= dt.timedelta(0):
            raise ValueError("the oversight window must be positive")

    @property
    def performance_window(self) -> dt.timedelta:
        return dt.timedelta(days=self.performance_days)


DEFAULT_SETTINGS = OversightSettings()


# -- rows of the lists (what the screen, the CSV and the PDF show) --------------------


@dataclass(frozen=True)
class RepeatVictimRow:
    """A victim (or an address where no victim was named) and their recent pattern."""

    kind: str  # "person" or "address"
    subject_id: int  # people.id or addresses.id, per ``kind`` (the drill-down key)
    subject: str
    incidents_12m: int
    last_incident_at: dt.datetime
    last_risk_level: str
    risk_assessed: bool
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class GoneQuietRow:
    """A victim who called repeatedly and then stopped: why, nobody yet knows."""

    person_id: int
    name: str
    calls_before: int
    last_call_at: dt.datetime
    days_quiet: int
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class SerialPerpetratorRow:
    """A suspect in domestic-abuse incidents against two or more distinct victims."""

    person_id: int
    name: str
    victims: int
    incidents: int
    last_incident_at: dt.datetime
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class HighRiskVictimRow:
    """A victim for the neighbourhood team's list (recommendation 13)."""

    person_id: int
    name: str
    latest_risk_level: str
    latest_risk_at: dt.datetime | None
    marker: str  # an active high-risk or MARAC marker on the person, or ""
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class BacklogRow:
    """An incident awaiting sign-off and how long it has waited."""

    incident_id: int
    ref: str
    submitted_at: dt.datetime
    age_hours: float
    grade: int | None
    risk_level: str
    domestic_abuse: bool
    handler: str
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class OverrideRow:
    """One handler's grade decisions in 12 months: how many departed from the policy.

    ``downgraded``: the grade chosen was less urgent than the one recommended.
    """

    username: str
    display_name: str
    decisions: int
    overridden: int
    downgraded: int
    below_floor: int
    last_override_at: dt.datetime | None


@dataclass(frozen=True)
class OverdueRow:
    """A dispatched incident past its grade's target with no attendance or decision."""

    incident_id: int
    ref: str
    grade: int | None
    address: str
    dispatched_at: dt.datetime | None
    target_minutes: int | None
    overdue_minutes: int


@dataclass(frozen=True)
class ReassessmentDueRow:
    """An open trigger event due within ``reassessment_days`` (or already past due).

    ``days_until_due`` is negative when overdue. ``subject`` is the person's name, or the
    incident's victim when the event was recorded against the incident alone.
    """

    event_id: int
    kind: str
    due_on: dt.date
    days_until_due: int
    subject: str
    person_id: int | None
    incident_id: int | None
    incident_ref: str
    last_risk_level: str
    note: str
    address: str = ""  # the latest incident's address: the text filter finds it (issue 16)


@dataclass(frozen=True)
class ClosureCompletionRow:
    """One handler's incidents opened in the performance window and how closure went.

    ``checklist_missing`` / ``narrative_incomplete`` count live incidents (attended,
    closure in progress or returned) whose closure checklist lacks a required answer /
    whose narrative is too thin, by the closure checklist's own rules.
    """

    username: str
    display_name: str
    incidents: int
    finalised: int
    awaiting_sign_off: int
    returned: int  # incidents an inspector returned at least once
    in_closure: int
    checklist_missing: int
    narrative_incomplete: int


@dataclass(frozen=True)
class AttendanceRow:
    """Attendance against one grade's target over the performance window."""

    grade: int
    target_minutes: int  # the urban target (rural ones may be longer)
    dispatched: int
    within_target: int
    late: int
    not_attended: int
    within_target_pct: float | None  # of those attended; None when none attended
    median_minutes: float | None  # dispatch to attendance, of those attended


@dataclass(frozen=True)
class TurnaroundRow:
    """Sign-off turnaround for incidents finalised in the week starting ``week_start``."""

    week_start: dt.date
    finalised: int
    median_hours: float | None
    p90_hours: float | None


@dataclass(frozen=True)
class DrillRow:
    """One incident behind a row of a list; ``why`` says how it belongs to the row."""

    incident_id: int
    ref: str
    opened_at: dt.datetime
    status: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    why: str

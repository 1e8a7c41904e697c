"""Attendance against the grade's target: time since dispatch, urban or rural, overdue.

The targets are data (``resources/policy/attendance.yaml``), checked on load like every
policy file. Pure rules: the caller passes ``now``, so the clock is the caller's (tests
control it). Overdue means MORE than the target has passed with no attendance recorded:
"within 15 minutes" is still met at 15:00 exactly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Protocol

from callhandler.domain.datafiles import Document, Problems, load_document, resource
from callhandler.errors import BadInput

AREAS = ("urban", "rural")
ZERO = dt.timedelta(0)


class Dispatchable(Protocol):
    """What the clock needs from an incident (an ORM row or a frozen copy)."""

    @property
    def grade(self) -> int | None: ...

    @property
    def dispatched_at(self) -> dt.datetime | None: ...

    @property
    def attended_at(self) -> dt.datetime | None: ...


@dataclass(frozen=True)
class GradeTarget:
    grade: int
    urban_minutes: int
    rural_minutes: int

    def minutes(self, area: str) -> int:
        return self.rural_minutes if area == "rural" else self.urban_minutes


@dataclass(frozen=True)
class AttendanceTargets:
    id: str
    version: int
    title: str
    targets: Mapping[int, GradeTarget]
    rural_postcodes: tuple[str, ...]
    source: str

    def target_minutes(self, grade: int | None, area: str = "urban") -> int | None:
        """The minutes allowed for a grade, or None when the grade has no clock."""
        target = self.targets.get(grade) if grade is not None else None
        return target.minutes(area) if target else None

    def area_for(self, postcode: str | None) -> str:
        """Rural when the postcode's district or area is listed; urban otherwise."""
        outward = (postcode or "").strip().upper().split(" ")[0] if postcode else ""
        if not outward:
            return "urban"
        letters = re.match(r"[A-Z]*", outward)
        area_letters = letters.group(0) if letters else ""
        for listed in self.rural_postcodes:
            if outward == listed or (listed.isalpha() and area_letters == listed):
                return "rural"
        return "urban"


@dataclass(frozen=True)
class AttendanceStatus:
    """One incident's clock. ``remaining`` and ``overdue_by`` are never negative."""

    grade: int | None
    area: str
    target_minutes: int | None
    dispatched_at: dt.datetime | None
    deadline: dt.datetime | None
    elapsed: dt.timedelta
    remaining: dt.timedelta | None
    overdue_by: dt.timedelta
    attended: bool
    overdue: bool
    met_target: bool | None  # after attendance: within the target or not

    @property
    def timed(self) -> bool:
        return self.deadline is not None

    @property
    def elapsed_minutes(self) -> float:
        return self.elapsed.total_seconds() / 60


def attendance_status(
    incident: Dispatchable,
    now: dt.datetime,
    area: str = "urban",
    targets: AttendanceTargets | None = None,
) -> AttendanceStatus:
    """Time since dispatch against the grade's target, at ``now``."""
    if area not in AREAS:
        raise BadInput(f"{area!r} is not an area: urban or rural.")
    targets = targets or shipped_attendance_targets()
    minutes = targets.target_minutes(incident.grade, area)
    dispatched = incident.dispatched_at
    attended = incident.attended_at
    if dispatched is None:
        return AttendanceStatus(
            incident.grade, area, minutes, None, None, ZERO, None, ZERO, False, False, None
        )
    until = attended or now
    elapsed = max(until - dispatched, ZERO)
    if minutes is None:
        return AttendanceStatus(
            incident.grade,
            area,
            None,
            dispatched,
            None,
            elapsed,
            None,
            ZERO,
            attended is not None,
            False,
            None,
        )
    allowed = dt.timedelta(minutes=minutes)
    late = elapsed > allowed
    return AttendanceStatus(
        grade=incident.grade,
        area=area,
        target_minutes=minutes,
        dispatched_at=dispatched,
        deadline=dispatched + allowed,
        elapsed=elapsed,
        remaining=max(allowed - elapsed, ZERO),
        overdue_by=max(elapsed - allowed, ZERO),
        attended=attended is not None,
        overdue=late and attended is None,
        met_target=None if attended is None else not late,
    )


def describe(status: AttendanceStatus) -> str:
    """One line for a list or the alert: '17 min since dispatch, 2 min over the 15 min target'."""
    if status.dispatched_at is None:
        return "Not dispatched."
    elapsed = _minutes(status.elapsed)
    if status.target_minutes is None:
        return f"{elapsed} since dispatch (no attendance target for this grade)."
    target = f"the {status.target_minutes} min {status.area} target"
    if status.attended:
        verdict = "within" if status.met_target else f"{_minutes(status.overdue_by)} over"
        return f"Attended {elapsed} after dispatch, {verdict} {target}."
    if status.overdue:
        return f"OVERDUE: {elapsed} since dispatch, {_minutes(status.overdue_by)} over {target}."
    remaining = status.remaining or ZERO
    return f"{elapsed} since dispatch, {_minutes(remaining)} left of {target}."


def _minutes(span: dt.timedelta) -> str:
    whole = int(span.total_seconds() // 60)
    return f"{whole} min"


# -- loading --------------------------------------------------------------------------


def build_targets(document: Document) -> AttendanceTargets:
    data = document.data
    problems = Problems()
    targets: dict[int, GradeTarget] = {}
    for index, raw in enumerate(data["targets"]):
        if raw["grade"] in targets:
            problems.add(
                ("targets", index, "grade"), f"grade {raw['grade']} has two targets; keep one"
            )
        if raw["rural_minutes"] < raw["urban_minutes"]:
            problems.add(
                ("targets", index, "rural_minutes"),
                "the rural target cannot be shorter than the urban one",
            )
        targets.setdefault(
            raw["grade"], GradeTarget(raw["grade"], raw["urban_minutes"], raw["rural_minutes"])
        )
    document.check(problems)
    return AttendanceTargets(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        targets=dict(sorted(targets.items())),
        rural_postcodes=tuple(p.upper() for p in data.get("rural_postcodes", [])),
        source=document.source,
    )


def load_attendance_targets(
    path: Path | Traversable, source: str | None = None
) -> AttendanceTargets:
    """Load and check a targets file; DataFileError (BadInput) names file and line."""
    return build_targets(load_document(path, "attendance", source))


@cache
def shipped_attendance_targets() -> AttendanceTargets:
    return load_attendance_targets(
        resource("policy", "attendance.yaml"), "resources/policy/attendance.yaml"
    )

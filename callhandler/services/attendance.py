"""Attendance against the grade's target: the clock, the overdue alert, decisions, regrades.

An incident dispatched and past its target with no officer recorded as attending raises
an alert for the handler and the inspector (``overdue_incidents``) until an officer
attends or an inspector records a decision. A grade change restarts the clock (audited
with the old and new grade). Every function takes ``now`` so tests control the clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.domain.attendance import (
    AttendanceStatus,
    AttendanceTargets,
    attendance_status,
    describe,
    shipped_attendance_targets,
)
from callhandler.domain.normalise import clean_text
from callhandler.domain.policy import shipped_policy
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services.context import Actor, recheck, recheck_first
from callhandler.services.incident_changes import changing, now_utc, record_edit
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.risk_models import AttendanceDecision

WATCHING_ROLES = ("handler", "inspector")
MIN_TEXT_CHARS = 10
MAX_TEXT_CHARS = 4000


@dataclass(frozen=True)
class DecisionRow:
    decision: str
    decided_by: str
    decided_at: dt.datetime


@dataclass(frozen=True)
class IncidentAttendance:
    """One incident's attendance clock as a list or the alert shows it."""

    incident_id: int
    incident_ref: str
    version: int
    state: str
    grade: int | None
    address: str
    officers_sent: str
    status: AttendanceStatus
    decision: DecisionRow | None  # the inspector's decision on the current clock

    @property
    def alert(self) -> bool:
        """Overdue, not attended, and no inspector decision on this clock."""
        return self.status.overdue and self.decision is None

    @property
    def text(self) -> str:
        return describe(self.status)


def _decisions(session: Session, incidents: list[Incident]) -> dict[int, DecisionRow]:
    """The newest decision per incident that answers its current clock."""
    if not incidents:
        return {}
    clocks = {i.id: i.dispatched_at for i in incidents}
    found: dict[int, DecisionRow] = {}
    rows = session.execute(
        select(AttendanceDecision)
        .where(AttendanceDecision.incident_id.in_(list(clocks)))
        .order_by(AttendanceDecision.decided_at, AttendanceDecision.id)
    ).scalars()
    for row in rows:
        clock = clocks.get(row.incident_id)
        if clock is not None and row.dispatched_at >= clock:
            found[row.incident_id] = DecisionRow(row.decision, row.decided_by, row.decided_at)
    return found


def _view(
    incident: Incident,
    now: dt.datetime,
    targets: AttendanceTargets,
    decision: DecisionRow | None,
) -> IncidentAttendance:
    address = incident.address
    area = targets.area_for(address.postcode if address else None)
    return IncidentAttendance(
        incident_id=incident.id,
        incident_ref=incident.ref,
        version=incident.version_id,
        state=incident.status,
        grade=incident.grade,
        address=address.display if address else "",
        officers_sent=incident.officers_sent or "",
        status=attendance_status(incident, now, area, targets),
        decision=decision,
    )


def attendance_for(
    db: Database,
    actor: Actor,
    incident_id: int,
    *,
    now: dt.datetime | None = None,
    targets: AttendanceTargets | None = None,
) -> IncidentAttendance:
    """One incident's clock at ``now`` (the incident window's timer)."""
    targets = targets or shipped_attendance_targets()
    with db.read() as session:
        recheck(session, actor, WATCHING_ROLES, messages.ONLY_TAKERS_WATCH_ATTENDANCE())
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        decision = _decisions(session, [incident]).get(incident.id)
        return _view(incident, now or now_utc(), targets, decision)


def overdue_incidents(
    db: Database,
    actor: Actor,
    now: dt.datetime | None = None,
    *,
    targets: AttendanceTargets | None = None,
) -> list[IncidentAttendance]:
    """Dispatched incidents past their target, not attended, with no inspector decision.

    Most overdue first. The handler's and the inspector's alert both come from here.
    """
    recheck_first(db, actor, WATCHING_ROLES, messages.ONLY_TAKERS_WATCH_ATTENDANCE())
    return _overdue(db, now or now_utc(), targets or shipped_attendance_targets())


def overdue_for_oversight(
    db: Database,
    actor: Actor,
    now: dt.datetime | None = None,
    *,
    targets: AttendanceTargets | None = None,
) -> list[IncidentAttendance]:
    """The same alerts, read for the oversight lists by an inspector or administrator."""
    if actor.role not in ("inspector", "admin"):
        raise PermissionDenied(messages.ONLY_INSPECTORS_OVERSIGHT())
    return _overdue(db, now or now_utc(), targets or shipped_attendance_targets())


def _overdue(
    db: Database, now: dt.datetime, targets: AttendanceTargets
) -> list[IncidentAttendance]:
    if not targets.targets:
        return []
    shortest = min(t.urban_minutes for t in targets.targets.values())
    with db.read() as session:
        incidents = list(
            session.execute(
                select(Incident)
                .options(joinedload(Incident.address))
                .where(
                    Incident.status == states.DISPATCHED,
                    Incident.attended_at.is_(None),
                    Incident.dispatched_at.is_not(None),
                    Incident.dispatched_at < now - dt.timedelta(minutes=shortest),
                    Incident.grade.in_(list(targets.targets)),
                )
                .order_by(Incident.dispatched_at)
                .limit(1000)
            ).scalars()
        )
        decisions = _decisions(session, incidents)
        views = [_view(i, now, targets, decisions.get(i.id)) for i in incidents]
    alerts = [v for v in views if v.alert]
    alerts.sort(key=lambda v: v.status.overdue_by, reverse=True)
    return alerts


def _text(text: str, what: str) -> str:
    cleaned = clean_text(text, MAX_TEXT_CHARS)
    if sum(1 for ch in cleaned if not ch.isspace()) < MIN_TEXT_CHARS:
        raise BadInput(messages.WRITE_THE(what=what, minimum=MIN_TEXT_CHARS))
    return cleaned


def record_inspector_decision(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    decision_text: str,
    *,
    now: dt.datetime | None = None,
) -> IncidentAttendance:
    """The inspector's decision on a late (or soon late) attendance; stops the alert. Audited."""
    if actor.role != "inspector":
        raise PermissionDenied(messages.ONLY_INSPECTOR_DECIDES_LATE())
    text = _text(decision_text, "decision on the late attendance")
    now = now or now_utc()
    targets = shipped_attendance_targets()
    with changing(
        db, actor, incident_id, expected_version, "attendance_decision", lifecycle=False
    ) as (session, incident):
        if incident.status != states.DISPATCHED or incident.dispatched_at is None:
            raise BadInput(
                messages.DECISION_NOT_DISPATCHED(
                    ref=incident.ref,
                    status=states.STATE_WORDS.get(incident.status, incident.status),
                )
            )
        before = _view(incident, now, targets, None).status
        row = AttendanceDecision(
            incident_id=incident.id,
            grade=incident.grade,
            dispatched_at=incident.dispatched_at,
            decision=text,
            decided_by=actor.username,
            decided_at=now,
        )
        session.add(row)
        record_edit(
            session,
            actor,
            incident,
            "attendance_decision",
            {
                "decision": text,
                "grade": incident.grade,
                "overdue": before.overdue,
                "overdue_minutes": round(before.overdue_by.total_seconds() / 60, 1),
            },
        )
        return _view(incident, now, targets, DecisionRow(text, actor.username, now))


def regrade(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    grade: int,
    reason: str,
    *,
    now: dt.datetime | None = None,
) -> IncidentAttendance:
    """Change the grade before attendance; a dispatched incident's clock restarts. Audited."""
    text = _text(reason, "reason for the new grade")
    policy = shipped_policy()
    if isinstance(grade, bool) or not isinstance(grade, int):
        raise BadInput(messages.GRADE_NOT_A_NUMBER(least=policy.least_urgent))
    new = policy.grade(grade)
    now = now or now_utc()
    with changing(db, actor, incident_id, expected_version, "regrade", lifecycle=False) as (
        session,
        incident,
    ):
        if incident.status not in (states.OPEN, states.DISPATCHED):
            raise BadInput(
                messages.REGRADE_TOO_LATE(
                    ref=incident.ref,
                    status=states.STATE_WORDS.get(incident.status, incident.status),
                )
            )
        if incident.grade == grade:
            raise BadInput(messages.ALREADY_GRADE(ref=incident.ref, grade=grade, name=new.name))
        dispatched = incident.status == states.DISPATCHED
        if dispatched and not new.deploy:
            raise BadInput(messages.REGRADE_SENDS_NOBODY(grade=grade, name=new.name))
        old = incident.grade
        incident.grade = grade
        if dispatched:
            incident.dispatched_at = now
        record_edit(
            session,
            actor,
            incident,
            "regrade",
            {
                "from": old,
                "to": grade,
                "reason": text,
                "clock_restarted_at": now.isoformat() if dispatched else None,
            },
        )
        return _view(incident, now, shipped_attendance_targets(), None)

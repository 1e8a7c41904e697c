"""Keep an incident's record in step with its call: ``refresh_record`` inside each write.

Called by every service that records what derives the record (triage answers, grade
decisions, risk assessments, closure answers), in the same transaction, so a look-up made
a second later sees the incident as domestic abuse, with its children and risk level.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from callhandler.domain.facts import CANONICAL, Facts
from callhandler.domain.incident_record import IncidentRecord, derive
from callhandler.domain.policy import Policy, shipped_policy
from callhandler.storage.closure_models import ChecklistAnswer
from callhandler.storage.models import Incident
from callhandler.storage.risk_models import RiskAssessment
from callhandler.storage.triage_models import GradeDecision, TriageAnswer


def recorded_facts(session: Session, incident_id: int) -> Facts:
    """The canonical facts of the incident's current, counted triage answers; with no
    answers stored (a grade decided from facts given directly), the last decision's facts."""
    values: dict[str, object] = {}
    for fact, value_json in session.execute(
        select(TriageAnswer.fact, TriageAnswer.value_json)
        .where(
            TriageAnswer.incident_id == incident_id,
            TriageAnswer.superseded_at.is_(None),
            TriageAnswer.counted.is_(True),
        )
        .order_by(TriageAnswer.id)
    ):
        if fact in CANONICAL:
            values[fact] = json.loads(value_json)
    if not values:
        decided = session.execute(
            select(GradeDecision.facts_json)
            .where(GradeDecision.incident_id == incident_id)
            .order_by(GradeDecision.id.desc())
            .limit(1)
        ).scalar()
        if decided:
            values = json.loads(decided)
    return Facts(values)


def _risk_levels(session: Session, incident_id: int) -> list[str | None]:
    latest = session.execute(
        select(RiskAssessment.final_level)
        .where(RiskAssessment.incident_id == incident_id)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).scalar()
    closure = session.execute(
        select(ChecklistAnswer.value_json).where(
            ChecklistAnswer.incident_id == incident_id, ChecklistAnswer.item_id == "risk_level"
        )
    ).scalar()
    return [latest, json.loads(closure) if closure else None]


def refresh_record(
    session: Session, incident: Incident, policy: Policy | None = None
) -> IncidentRecord:
    """Derive the incident's record from what is recorded now and write what changed.

    Imported incidents keep the record their export gave them; only live ones follow.
    """
    record = derive(
        recorded_facts(session, incident.id),
        policy or shipped_policy(),
        category=incident.category,
        risk_levels=_risk_levels(session, incident.id),
    )
    if incident.source != "live":
        return record
    changed = {
        name: getattr(record, name)
        for name in ("domestic_abuse", "category", "children_present", "risk_level")
        if getattr(incident, name) != getattr(record, name)
    }
    if changed:
        # Derived, not typed: written without moving the incident's version, so the
        # handler's next action on the call (the grade) is not refused as a conflict with
        # their own answers. Whoever changes what it derives from moves the version.
        session.execute(update(Incident).where(Incident.id == incident.id).values(**changed))
        for name, value in changed.items():
            set_committed_value(incident, name, value)
    return record

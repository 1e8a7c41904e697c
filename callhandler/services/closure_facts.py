"""What the closure checklist's conditions can see of an incident: the call's facts and its record.

Two kinds of fact: the canonical triage facts as the call recorded them (the latest
counted answer for each), and the context facts of ``domain.checklist.CONTEXT_FACTS``
worked out here from the incident's record (grade decision, earlier incidents at the same
address or number, markers, trigger events, the latest risk assessment). Earlier means
opened before this incident, so an incident's checklist does not change when later calls
arrive.
"""

from __future__ import annotations

import json

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from callhandler.domain.checklist import Value
from callhandler.domain.history import REPEAT_WINDOW
from callhandler.domain.risk import shipped_instrument
from callhandler.errors import BadInput
from callhandler.storage.models import Incident, IncidentPerson, Marker
from callhandler.storage.oversight_models import TriggerEvent
from callhandler.storage.risk_models import RiskAssessment
from callhandler.storage.triage_models import GradeDecision, TriageAnswer

# The grading policy's flag for "children recorded at this address before".
CHILDREN_RECORDED_FLAG = "children_recorded"
CHILDREN_MARKER = "children_at_address"


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def incident_facts(session: Session, incident: Incident) -> dict[str, Value]:
    """The facts a checklist condition may name, for one incident."""
    facts = _triage_facts(session, incident.id)
    if incident.children_present:
        facts["children_present"] = "yes"
    flags = _latest_flags(session, incident.id)
    facts["grading_flags"] = flags
    facts["domestic_abuse"] = _yes(incident.domestic_abuse)
    if any("marac" in flag for flag in flags):
        facts["marac_consideration"] = "yes"
    total_12m, not_da_12m, children_before = _earlier_incidents(session, incident)
    facts["previous_incidents_12m"] = str(total_12m)
    facts["previous_non_da_incidents_12m"] = str(not_da_12m)
    facts["children_recorded_before"] = _yes(
        children_before or CHILDREN_RECORDED_FLAG in flags or _children_marker(session, incident)
    )
    facts["trigger_event_recorded"] = _yes(_trigger_event_recorded(session, incident))
    topics = _risk_assessment_yes(session, incident.id)
    if topics is not None:
        facts["risk_assessment_yes"] = topics
    return facts


def _triage_facts(session: Session, incident_id: int) -> dict[str, Value]:
    """The counted answers still in force; where two scripts asked one fact, the later wins."""
    facts: dict[str, Value] = {}
    rows = session.execute(
        select(TriageAnswer.fact, TriageAnswer.value_json)
        .where(
            TriageAnswer.incident_id == incident_id,
            TriageAnswer.superseded_at.is_(None),
            TriageAnswer.counted,
        )
        .order_by(TriageAnswer.answered_at, TriageAnswer.id)
    )
    for fact, raw in rows:
        value = json.loads(raw)
        facts[fact] = tuple(value) if isinstance(value, list) else str(value)
    return facts


def _latest_flags(session: Session, incident_id: int) -> tuple[str, ...]:
    raw = session.execute(
        select(GradeDecision.flags_json)
        .where(GradeDecision.incident_id == incident_id)
        .order_by(GradeDecision.decided_at.desc(), GradeDecision.id.desc())
        .limit(1)
    ).scalar()
    if not raw:
        return ()
    flags = json.loads(raw)
    return tuple(str(f) for f in (flags if isinstance(flags, list) else list(flags)))


def _same_place(incident: Incident) -> list[ColumnElement[bool]]:
    """Match on the address or the number (exact links only, as the history's counts do)."""
    clauses: list[ColumnElement[bool]] = []
    if incident.address_id is not None:
        clauses.append(Incident.address_id == incident.address_id)
    if incident.phone_id is not None:
        clauses.append(Incident.phone_id == incident.phone_id)
    return clauses


def _earlier_incidents(session: Session, incident: Incident) -> tuple[int, int, bool]:
    """(incidents in the 12 months before, of which not domestic abuse, children ever)."""
    place = _same_place(incident)
    if not place:
        return 0, 0, False
    since = incident.opened_at - REPEAT_WINDOW
    recent = Incident.opened_at >= since
    total, not_da, children = session.execute(
        select(
            func.coalesce(func.sum(case((recent, 1), else_=0)), 0),
            func.coalesce(
                func.sum(case((and_(recent, Incident.domestic_abuse.is_(False)), 1), else_=0)),
                0,
            ),
            func.coalesce(func.max(case((Incident.children_present.is_(True), 1), else_=0)), 0),
        ).where(
            or_(*place),
            Incident.id != incident.id,
            Incident.opened_at < incident.opened_at,
        )
    ).one()
    return int(total), int(not_da), bool(children)


def _children_marker(session: Session, incident: Incident) -> bool:
    """A children-at-address marker on the address or number, in force when the call came."""
    clauses: list[ColumnElement[bool]] = []
    if incident.address_id is not None:
        clauses.append(Marker.address_id == incident.address_id)
    if incident.phone_id is not None:
        clauses.append(Marker.phone_id == incident.phone_id)
    if not clauses:
        return False
    found = session.execute(
        select(Marker.id)
        .where(
            or_(*clauses),
            Marker.marker_type == CHILDREN_MARKER,
            Marker.set_at <= incident.opened_at,
            or_(Marker.expires_at.is_(None), Marker.expires_at > incident.opened_at),
        )
        .limit(1)
    ).first()
    return found is not None


def _trigger_event_recorded(session: Session, incident: Incident) -> bool:
    """An event on the incident, or on one of its people since the incident was opened."""
    people = select(IncidentPerson.person_id).where(IncidentPerson.incident_id == incident.id)
    found = session.execute(
        select(TriggerEvent.id)
        .where(
            or_(
                TriggerEvent.incident_id == incident.id,
                and_(
                    TriggerEvent.person_id.in_(people),
                    TriggerEvent.recorded_at >= incident.opened_at,
                ),
            )
        )
        .limit(1)
    ).first()
    return found is not None


def _risk_assessment_yes(session: Session, incident_id: int) -> tuple[str, ...] | None:
    """Topics answered yes in the latest assessment; None without one (or whose instrument
    is no longer installed, so its answers cannot be read by topic)."""
    latest = session.execute(
        select(RiskAssessment.instrument_id, RiskAssessment.answers_json)
        .where(RiskAssessment.incident_id == incident_id)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).first()
    if latest is None:
        return None
    try:
        instrument = shipped_instrument(latest.instrument_id)
    except BadInput:
        return None
    answers = json.loads(latest.answers_json)
    return tuple(q.topic for q in instrument.questions if answers.get(q.key) == "yes")

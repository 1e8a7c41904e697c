"""Four eyes: who contributed to an incident, and the one rule for whether a person may sign it.

Contributions are read from what the incident already keeps, never from a list the UI or a
service passes in: the opening handler, every lifecycle step, every triage answer (changed
ones are kept), every grade decision, every risk assessment, every closure answer as taken
(``checklist_answer_history``), the narrative's last writer, attendance decisions, and the
audit log's events of the contributing actions (``lifecycle.CONTRIBUTIONS``: corrections,
regrades and earlier narrative writers are kept only there). The audit event is written in
the same transaction as the change, so the two agree.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler.domain.lifecycle import CONTRIBUTIONS, SIGNING, sign_off_problems
from callhandler.services.context import Actor
from callhandler.storage.closure_models import (
    ChecklistAnswer,
    ChecklistAnswerTaken,
    IncidentNote,
    IncidentTransition,
    NarrativeSectionText,
)
from callhandler.storage.models import AuditEvent, Incident, IncidentPerson, User
from callhandler.storage.risk_models import AttendanceDecision, RiskAssessment
from callhandler.storage.triage_models import GradeDecision, TriageAnswer


def contributors(session: Session, incident: Incident) -> set[str]:
    """The usernames of everyone who recorded anything on the incident."""
    names: set[str] = set()
    if incident.handler_id is not None:
        opener = session.get(User, incident.handler_id)
        if opener is not None:
            names.add(opener.username)
    iid = incident.id
    columns = (
        (IncidentTransition.username, IncidentTransition.incident_id),
        (ChecklistAnswer.taken_by, ChecklistAnswer.incident_id),
        (ChecklistAnswerTaken.taken_by, ChecklistAnswerTaken.incident_id),
        (TriageAnswer.answered_by, TriageAnswer.incident_id),
        (GradeDecision.decided_by, GradeDecision.incident_id),
        (RiskAssessment.assessed_by, RiskAssessment.incident_id),
        (NarrativeSectionText.updated_by, NarrativeSectionText.incident_id),
        (AttendanceDecision.decided_by, AttendanceDecision.incident_id),
    )
    for who, of in columns:
        query = select(who).where(of == iid).distinct()
        if who is IncidentTransition.username:
            query = query.where(IncidentTransition.action.not_in(SIGNING))
        names.update(session.execute(query).scalars())
    names.update(
        session.execute(
            select(AuditEvent.username)
            .where(
                AuditEvent.entity == "incident",
                AuditEvent.entity_id == incident.ref,
                AuditEvent.action.in_(CONTRIBUTIONS),
            )
            .distinct()
        ).scalars()
    )
    return names


def sign_problems(session: Session, actor: Actor, incident: Incident) -> list[str]:
    """Why ``actor`` may not finalise or return the incident now; empty when they may.

    The one "may this inspector sign" rule: the sign-off service refuses with it and the
    review carries its answer to the window. The role and active flag are read from the
    account now, not from the session's sign-in.
    """
    account = session.execute(
        select(User.role, User.active).where(User.username == actor.username)
    ).first()
    return sign_off_problems(
        state=incident.status,
        role=account.role if account is not None else None,
        active=bool(account is not None and account.active),
        contributed=actor.username in contributors(session, incident),
        ref=incident.ref,
    )


def record_fingerprint(session: Session, incident: Incident) -> str:
    """A digest of what the inspector signs: details, people, current answers, the latest
    grade decision and risk assessment, closure answers, narrative and notes. Equal digests
    mean nothing in the record changed (re-saving the same answer changes nothing)."""
    iid = incident.id

    def rows(*columns: Any, where: Any) -> list[list[object]]:
        query = select(*columns).where(where).order_by(*columns)
        return [list(r) for r in session.execute(query).all()]

    latest_grade = session.execute(
        select(GradeDecision.chosen_grade, GradeDecision.rationale)
        .where(GradeDecision.incident_id == iid)
        .order_by(GradeDecision.decided_at.desc(), GradeDecision.id.desc())
        .limit(1)
    ).first()
    latest_risk = session.execute(
        select(RiskAssessment.answers_json, RiskAssessment.final_level, RiskAssessment.rationale)
        .where(RiskAssessment.incident_id == iid)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).first()
    record = {
        "incident": [
            incident.phone_id,
            incident.address_id,
            incident.summary,
            incident.grade,
            incident.risk_level,
            incident.officers_sent,
            incident.attending_officer,
            # Only when given: the digests of incidents without one stay as they were.
            *([incident.caller_location] if incident.caller_location else []),
        ],
        "people": rows(
            IncidentPerson.role,
            IncidentPerson.person_id,
            where=IncidentPerson.incident_id == iid,
        ),
        "answers": rows(
            TriageAnswer.script_id,
            TriageAnswer.question_id,
            TriageAnswer.value_json,
            TriageAnswer.counted,
            where=(TriageAnswer.incident_id == iid) & TriageAnswer.superseded_at.is_(None),
        ),
        "grade": list(latest_grade) if latest_grade else None,
        "risk": list(latest_risk) if latest_risk else None,
        "checklist": rows(
            ChecklistAnswer.item_id,
            ChecklistAnswer.value_json,
            ChecklistAnswer.officer_collar,
            where=ChecklistAnswer.incident_id == iid,
        ),
        "narrative": rows(
            NarrativeSectionText.section,
            NarrativeSectionText.text,
            where=NarrativeSectionText.incident_id == iid,
        ),
        "notes": rows(IncidentNote.id, where=IncidentNote.incident_id == iid),
    }
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()

"""What the record of a call says about each QA checklist item: a suggested score and why.

The reviewer confirms or changes each suggestion; nothing here is stored as a score.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callhandler.domain.checklist import default_checklist
from callhandler.domain.conversation import Conversation
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput
from callhandler.services.closure import closure_status
from callhandler.storage.models import AuditEvent, Incident
from callhandler.storage.risk_models import RiskAssessment
from callhandler.storage.triage_models import GradeDecision, TriageAnswer

MANY_NOT_KNOWN = 5  # a DASH with more "not known" answers than this was not really asked
MIN_RATIONALE = 20  # characters: a reason a colleague could follow
LOOKUP_BEFORE_OPEN = dt.timedelta(minutes=10)  # a look-up while the call was being opened


@dataclass(frozen=True)
class Suggestion:
    score: str
    evidence: str


def _first_grade(session: Session, incident_id: int) -> GradeDecision | None:
    return session.scalars(
        select(GradeDecision)
        .where(GradeDecision.incident_id == incident_id)
        .order_by(GradeDecision.decided_at, GradeDecision.id)
        .limit(1)
    ).first()


def _latest_grade(session: Session, incident_id: int) -> GradeDecision | None:
    return session.scalars(
        select(GradeDecision)
        .where(GradeDecision.incident_id == incident_id)
        .order_by(GradeDecision.decided_at.desc(), GradeDecision.id.desc())
        .limit(1)
    ).first()


def _answers(session: Session, incident_id: int, script_id: str) -> list[TriageAnswer]:
    return list(
        session.scalars(
            select(TriageAnswer)
            .where(
                TriageAnswer.incident_id == incident_id,
                TriageAnswer.script_id == script_id,
                TriageAnswer.superseded_at.is_(None),
            )
            .order_by(TriageAnswer.id)
        )
    )


def mandatory_questions(session: Session, incident: Incident) -> Suggestion:
    script = shipped_script("domestic_abuse")
    conversation = Conversation.start(script)
    for row in _answers(session, incident.id, script.id):
        try:
            conversation = conversation.answer(row.question_id, json.loads(row.value_json))
        except (BadInput, ValueError):  # a question of another script version
            continue
    asked = [q for q in conversation.visible_questions if q.mandatory]
    missing = conversation.open_mandatory
    if not conversation.answers:
        return Suggestion("not_compliant", "No domestic-abuse script answers are recorded.")
    if not missing:
        return Suggestion("compliant", f"All {len(asked)} mandatory questions answered.")
    names = ", ".join(q.id for q in missing[:5])
    score = "partial" if len(missing) * 2 <= len(asked) else "not_compliant"
    return Suggestion(score, f"{len(missing)} of {len(asked)} mandatory unanswered: {names}.")


def history_before_grading(session: Session, incident: Incident) -> Suggestion:
    first = _first_grade(session, incident.id)
    if first is None:
        return Suggestion("not_compliant", "No grade decision is recorded.")
    handler = incident.handler.username if incident.handler else first.decided_by
    places = {
        "phone": incident.phone.e164 if incident.phone else None,
        "address": incident.address.key if incident.address else None,
    }
    lookups = session.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "consultation",
            AuditEvent.username == handler,
            AuditEvent.at >= incident.opened_at - LOOKUP_BEFORE_OPEN,
            AuditEvent.at <= first.decided_at,
        )
    )
    for event in lookups:
        detail = json.loads(event.detail or "{}")
        if any(value and detail.get(key) == value for key, value in places.items()):
            return Suggestion(
                "compliant",
                f"Looked up at {event.at:%H:%M:%S}, graded at {first.decided_at:%H:%M:%S}.",
            )
    return Suggestion(
        "not_compliant", "No audited look-up of this number or address before the first grade."
    )


def coercive_control(session: Session, incident: Incident) -> Suggestion:
    facts = {row.fact: json.loads(row.value_json) for row in _answers_any(session, incident.id)}
    types = facts.get("abuse_types")
    behaviours = facts.get("coercive_behaviours")
    if behaviours is not None:
        listed = ", ".join(behaviours) if behaviours else "none described"
        return Suggestion("compliant", f"Coercive behaviours asked: {listed}.")
    if types is not None and "coercive_control" in types:
        return Suggestion("partial", "Coercive control recorded, its behaviours not asked.")
    if types is not None:
        return Suggestion("partial", "Abuse types asked; coercive behaviours not explored.")
    return Suggestion("not_compliant", "Neither the abuse types nor coercive behaviours asked.")


def _answers_any(session: Session, incident_id: int) -> list[TriageAnswer]:
    return list(
        session.scalars(
            select(TriageAnswer)
            .where(TriageAnswer.incident_id == incident_id, TriageAnswer.superseded_at.is_(None))
            .order_by(TriageAnswer.id)
        )
    )


def grade_policy(session: Session, incident: Incident) -> Suggestion:
    decision = _latest_grade(session, incident.id)
    if decision is None:
        return Suggestion("not_compliant", "No grade decision is recorded.")
    if not decision.overridden:
        return Suggestion("compliant", f"Grade {decision.chosen_grade} as the policy recommended.")
    reasoned = len(decision.rationale.strip()) >= MIN_RATIONALE
    what = f"Overridden from grade {decision.recommended_grade} to {decision.chosen_grade}" + (
        " (below the policy floor)" if decision.below_floor else ""
    )
    if reasoned and not decision.below_floor:
        return Suggestion("compliant", f"{what}, with a rationale.")
    if reasoned:
        return Suggestion("partial", f"{what}, with a rationale to judge.")
    return Suggestion("not_compliant", f"{what}, without a reasoned rationale.")


def dash_completed(session: Session, incident: Incident) -> Suggestion:
    latest = session.scalars(
        select(RiskAssessment)
        .where(RiskAssessment.incident_id == incident.id)
        .order_by(RiskAssessment.assessed_at.desc())
        .limit(1)
    ).first()
    if latest is None:
        return Suggestion("not_compliant", "No risk assessment is recorded.")
    level = f"{latest.instrument_id}: {latest.final_level}, {latest.yes_count} yes"
    if latest.not_known_count > MANY_NOT_KNOWN:
        return Suggestion("partial", f"{level}, {latest.not_known_count} not known.")
    return Suggestion("compliant", f"{level}.")


def closure_complete(session: Session, incident: Incident) -> Suggestion:
    state = closure_status(session, incident, default_checklist())
    if state.complete:
        return Suggestion("compliant", "Every closure question that applied was answered.")
    missing = [*state.missing, *state.narrative_missing]
    names = ", ".join(missing[:5])
    return Suggestion("partial" if len(missing) <= 2 else "not_compliant", f"Missing: {names}.")


def briefing_given(session: Session, incident: Incident) -> Suggestion:
    given = session.scalar(
        select(func.count())
        .select_from(AuditEvent)
        .where(
            AuditEvent.action == "briefing",
            AuditEvent.entity == "incident",
            AuditEvent.entity_id == incident.ref,
        )
    )
    if given:
        return Suggestion("compliant", f"Briefing passed on {given} time(s).")
    return Suggestion("not_compliant", "No briefing to the attending officers is recorded.")


PREFILL: dict[str, Callable[[Session, Incident], Suggestion]] = {
    "mandatory_questions": mandatory_questions,
    "history_before_grading": history_before_grading,
    "coercive_control": coercive_control,
    "grade_policy": grade_policy,
    "dash_completed": dash_completed,
    "closure_complete": closure_complete,
    "briefing_given": briefing_given,
}

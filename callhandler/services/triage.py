"""Triage in a call: recommend a grade from the answers and the history, store answers and
the grade decision, and ``assess`` (the SPEC section 5 document for ``callhandler assess``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain.conversation import Answer, Conversation
from callhandler.domain.facts import CANONICAL, Facts, FactValue
from callhandler.domain.grading import Recommendation, choose_grade, recommend
from callhandler.domain.history import REPEAT_WINDOW, HistorySummary
from callhandler.domain.lifecycle import OPEN
from callhandler.domain.policy import Policy, shipped_policy
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit, grade_check
from callhandler.services.context import Actor, current_actor
from callhandler.services.history import HistoryQuery, HistoryResult, find_previous_calls
from callhandler.services.history_json import query_json, summary_json
from callhandler.services.incident_changes import (
    ConcurrentChange,
    describe_changes_since,
    refuse_frozen,
)
from callhandler.services.incident_record import refresh_record
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import GradeDecision, TriageAnswer

TAKING_CALLS = grade_check.TAKING_CALLS


@dataclass(frozen=True)
class Assessment:
    """A recommendation and the history it was made with (None: nothing to search by)."""

    recommendation: Recommendation
    history: HistoryResult | None
    at: dt.datetime

    @property
    def summary(self) -> HistorySummary | None:
        return self.history.summary if self.history else None


def recommend_grade(
    db: Database,
    actor: Actor,
    facts: Facts,
    *,
    phone: str = "",
    address: str = "",
    postcode: str = "",
    policy: Policy | None = None,
    now: dt.datetime | None = None,
) -> Assessment:
    """Look up the history of the number and address (an audited consultation) and grade."""
    now = now or dt.datetime.now(dt.UTC)
    history = None
    if (phone or "").strip() or (address or "").strip():
        query = HistoryQuery(phone=phone or "", address=address or "", postcode=postcode or "")
        history = find_previous_calls(db, actor, query, now=now)
    chosen_policy = policy or shipped_policy()
    summary = history.summary if history else None
    return Assessment(recommend(facts, summary, chosen_policy), history, now)


# -- stored answers -------------------------------------------------------------------


@dataclass(frozen=True)
class StoredAnswer:
    question_id: str
    fact: str
    value: FactValue
    script_id: str
    script_version: int
    counted: bool
    answered_by: str
    answered_at: dt.datetime


@dataclass(frozen=True)
class RecordedAnswers:
    added: int
    superseded: int
    unchanged: int
    version: int = 0  # the incident's version after them (0: queued on a workstation)


def _open_incident(
    session: Session, actor: Actor, incident_id: int, doing: str, action: str
) -> Incident:
    if actor.role not in TAKING_CALLS:
        raise PermissionDenied(messages.ONLY_TAKERS_CAN(doing=doing))
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
    refuse_frozen(incident, action)  # awaiting sign-off or finalised
    return incident


def _value_json(value: FactValue) -> str:
    return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)


def _audit_value(fact: str, value: FactValue | None) -> Any:
    """Canonical values are codes; free text (a codeword, the caller's words) stays out of the log."""
    if value is None:
        return None
    if fact in CANONICAL:
        return list(value) if isinstance(value, tuple) else value
    return "(recorded)"


def record_answers(
    db: Database,
    actor: Actor,
    incident_id: int,
    conversation: Conversation,
    *,
    now: dt.datetime | None = None,
) -> RecordedAnswers:
    """Store the conversation's answers with the incident; changes supersede, never overwrite.

    Refused while the incident awaits sign-off or is finalised (the freeze). Once officers
    are sent the incident's version moves, as for every other change, so a workstation
    holding the old version is told before it overwrites or signs what it did not see.
    """
    now = now or dt.datetime.now(dt.UTC)
    hidden = {(a.script_id, a.question_id) for a in conversation.hidden_answers}
    given: dict[tuple[str, str], Answer] = {
        (a.script_id, a.question_id): a for a in conversation.all_answers
    }
    added = superseded = unchanged = 0
    changes: list[dict[str, Any]] = []
    with db.write() as session:
        incident = _open_incident(
            session, actor, incident_id, "record triage answers", "triage_answers"
        )
        current = {
            (row.script_id, row.question_id): row
            for row in session.execute(
                select(TriageAnswer).where(
                    TriageAnswer.incident_id == incident_id, TriageAnswer.superseded_at.is_(None)
                )
            ).scalars()
        }
        for key, row in current.items():
            answer = given.get(key)
            if (
                answer is not None
                and row.value_json == _value_json(answer.value)
                and row.counted == (key not in hidden)
            ):
                unchanged += 1
                given.pop(key)
                continue
            row.superseded_at = now
            superseded += 1
            if answer is None:
                changes.append({"question": key[1], "fact": row.fact, "cleared": True})
        for key, answer in given.items():
            session.add(
                TriageAnswer(
                    incident_id=incident_id,
                    script_id=answer.script_id,
                    script_version=answer.script_version,
                    question_id=answer.question_id,
                    fact=answer.fact,
                    value_json=_value_json(answer.value),
                    counted=key not in hidden,
                    answered_by=actor.username,
                    answered_at=answer.answered_at,
                    recorded_at=now,
                )
            )
            added += 1
            changes.append(
                {
                    "question": answer.question_id,
                    "fact": answer.fact,
                    "value": _audit_value(answer.fact, answer.value),
                    "script": f"{answer.script_id}@{answer.script_version}",
                    "counted": key not in hidden,
                }
            )
        session.flush()
        refresh_record(session, incident)
        if changes:
            if incident.status != OPEN:
                # Others may be working it (closure, DASH, a regrade): they must notice.
                # While it is open the call is still being taken on this workstation,
                # whose grade decision stores the facts it was made on, and whose
                # outbox counts versions by its decisions and corrections only.
                incident.updated_at = now
                session.flush()
            audit.record(
                session,
                actor,
                "triage_answers",
                "incident",
                incident.ref,
                {
                    "script": conversation.script.id,
                    "changes": changes,
                    "version": incident.version_id,
                },
                at=now,
            )
        version = incident.version_id
    return RecordedAnswers(added, superseded, unchanged, version)


def answers_for(db: Database, actor: Actor, incident_id: int) -> tuple[StoredAnswer, ...]:
    """The incident's current answers (changed or cleared ones are kept but not listed)."""
    with db.read() as session:
        current_actor(session, actor)
        rows = session.execute(
            select(TriageAnswer)
            .where(TriageAnswer.incident_id == incident_id, TriageAnswer.superseded_at.is_(None))
            .order_by(TriageAnswer.id)
        ).scalars()
        return tuple(
            StoredAnswer(
                row.question_id,
                row.fact,
                _from_json(json.loads(row.value_json)),
                row.script_id,
                row.script_version,
                row.counted,
                row.answered_by,
                row.answered_at,
            )
            for row in rows
        )


def _from_json(value: Any) -> FactValue:
    return tuple(value) if isinstance(value, list) else str(value)


# -- grade decisions ------------------------------------------------------------------


@dataclass(frozen=True)
class StoredDecision:
    id: int
    incident_ref: str
    recommended_grade: int
    chosen_grade: int
    policy_floor: int
    overridden: bool
    below_floor: bool
    rationale: str
    decided_by: str
    decided_at: dt.datetime
    version: int = 0  # the incident's version after the decision


def decide_grade(
    db: Database,
    actor: Actor,
    incident_id: int,
    recommendation: Recommendation,
    chosen: int,
    rationale: str = "",
    *,
    now: dt.datetime | None = None,
    expected_version: int | None = None,
) -> StoredDecision:
    """Record the grade for the incident: the recommendation, the choice and the rationale.

    The recommendation given is checked against the one the core makes from the stored
    answers and the history this database holds (callhandler.services.grade_check): one
    the core would not make is refused (RecommendationChanged, a BadInput) and nothing
    is stored; otherwise the core's own is stored (its reasons, flags and floor). Every
    path that stores a grade comes through here: the window's desk, a workstation's
    cache, the server's replay of its outbox, seeding and training.
    A choice other than the recommendation needs a written rationale (BadInput without
    it); one below the policy floor is stored with ``below_floor`` for the inspector.
    Refused while the incident awaits sign-off or is finalised (the freeze).
    With ``expected_version`` a change made meanwhile by another workstation is refused
    (ConcurrentChange, saying who changed what); the result carries the new version.
    """
    recommendation = grade_check.checked_recommendation(
        db, actor, incident_id, recommendation, now=now
    )
    decision = choose_grade(recommendation, chosen, rationale, at=now)
    with db.write() as session:
        incident = _open_incident(session, actor, incident_id, "grade an incident", "grade")
        if expected_version is not None and incident.version_id != expected_version:
            raise ConcurrentChange(describe_changes_since(session, incident, expected_version))
        row = GradeDecision(
            incident_id=incident_id,
            policy_id=recommendation.policy_id,
            policy_version=recommendation.policy_version,
            recommended_grade=decision.recommended_grade,
            policy_floor=decision.policy_floor,
            chosen_grade=decision.chosen_grade,
            overridden=decision.overridden,
            below_floor=decision.below_floor,
            rationale=decision.rationale,
            domestic_abuse=recommendation.domestic_abuse,
            reasons_json=json.dumps([r.to_json() for r in recommendation.reasons]),
            flags_json=json.dumps(list(recommendation.flag_ids)),
            facts_json=json.dumps(recommendation.facts.to_json()),
            decided_by=actor.username,
            decided_at=decision.decided_at,
        )
        session.add(row)
        incident.grade = decision.chosen_grade
        incident.updated_at = decision.decided_at
        session.flush()
        refresh_record(session, incident)
        session.flush()
        detail: dict[str, Any] = {
            "version": incident.version_id,
            "recommended": decision.recommended_grade,
            "chosen": decision.chosen_grade,
            "policy_floor": decision.policy_floor,
            "overridden": decision.overridden,
            "below_floor": decision.below_floor,
            "rationale": decision.rationale,
            "reasons": [r.rule for r in recommendation.reasons],
            "policy": f"{recommendation.policy_id}@{recommendation.policy_version}",
        }
        if grade_check.facts_given(session, incident_id):
            # Stored answers have their own audit events; facts given instead are here,
            # so no grade rests on facts the audit does not show (canonical codes only).
            detail["facts"] = recommendation.facts.to_json()
            detail["facts_from"] = grade_check.FACTS_GIVEN
        audit.record(
            session, actor, "grade", "incident", incident.ref, detail, at=decision.decided_at
        )
        return StoredDecision(
            row.id,
            incident.ref,
            row.recommended_grade,
            row.chosen_grade,
            row.policy_floor,
            row.overridden,
            row.below_floor,
            row.rationale,
            row.decided_by,
            row.decided_at,
            incident.version_id,
        )


# -- callhandler assess ---------------------------------------------------------------


def assess(
    db: Database,
    actor: Actor,
    answers: object,
    phone: str | None = None,
    address: str | None = None,
    postcode: str | None = None,
    *,
    policy: Policy | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The SPEC section 5 ``assess`` document for canonical facts (a JSON object)."""
    facts = Facts.from_json(answers)
    result = recommend_grade(
        db,
        actor,
        facts,
        phone=phone or "",
        address=address or "",
        postcode=postcode or "",
        policy=policy,
        now=now,
    )
    return assessment_json(result, policy or shipped_policy())


def _recent_da_refs(history: HistoryResult | None, at: dt.datetime) -> list[str]:
    if history is None:
        return []
    return [
        c.incident_ref
        for c in history.exact
        if c.domestic_abuse and c.opened_at >= at - REPEAT_WINDOW
    ]


def assessment_json(assessment: Assessment, policy: Policy) -> dict[str, Any]:
    rec = assessment.recommendation
    refs = _recent_da_refs(assessment.history, assessment.at)
    reasons = []
    for reason in rec.reasons:
        document = reason.to_json()
        for cause in document["causes"]:
            if cause.get("history") in ("domestic_abuse_12m", "repeat_victim"):
                cause["incidents"] = refs
        reasons.append(document)
    return {
        "domestic_abuse": rec.domestic_abuse,
        "abuse_types": list(rec.abuse_types),
        "grade": rec.grade,
        "grade_name": rec.grade_name,
        "policy_floor": rec.policy_floor,
        "policy_floor_name": rec.policy_floor_name,
        "reasons": reasons,
        "dash_required": rec.dash_required,
        "marac_consideration": rec.marac_consideration,
        "officers_recommended": rec.officers_recommended,
        "flags": list(rec.flag_ids),
        "flag_labels": {f.id: f.label for f in rec.flags},
        "facts": rec.facts.to_json(),
        "policy": {"id": policy.id, "version": policy.version, "dash_policy": policy.dash_policy},
        "history": _history_json(assessment.history, refs),
    }


def _history_json(history: HistoryResult | None, refs: list[str]) -> dict[str, Any]:
    if history is None:
        return {"searched": False, "query": None, "summary": None}
    return {
        "searched": True,
        "query": query_json(history.query),
        "summary": summary_json(history.summary) | {"domestic_abuse_12m_incidents": refs},
        "exact_matches": len(history.exact),
        "possible_matches": len(history.possible),
    }

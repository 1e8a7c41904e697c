"""Recording a risk assessment (DASH or another instrument) for an incident; audited.

``record_assessment`` scores the answers with the instrument, applies professional
judgement (raise only, with a rationale), checks the MARAC criteria against the incident's
history (an audited consultation), stores every answer, and sets the incident's risk
level to the final level so the history panel of later calls shows it. When the homicide
patterns prompted a judgement of high risk, which questions fired and what was decided
are stored with the assessment and in its audit event, for the inspector.

Escalation counts the incident's earlier domestic-abuse call-outs in 12 months (itself
left out); whether this call-out is added is the instrument's rule (SafeLives: it is, and
an incident being risk assessed with DASH is a domestic-abuse call-out).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain.history import PreviousCall
from callhandler.domain.normalise import check_collar
from callhandler.domain.risk import (
    Instrument,
    MaracCriterion,
    RiskResult,
    Score,
    assess,
    available_instruments,
    score,
    shipped_instrument,
)
from callhandler.domain.risk_patterns import PatternCheck, decision_words
from callhandler.errors import BadInput, PermissionDenied
from callhandler.paths import app_paths
from callhandler.services.context import Actor, recheck
from callhandler.services.history import (
    HistoryQuery,
    HistoryResult,
    PersonQuery,
    find_previous_calls,
)
from callhandler.services.incident_changes import changing, now_utc, record_edit, refuse_frozen
from callhandler.services.incident_record import refresh_record
from callhandler.services.trigger_events import close_on_reassessment
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.risk_models import RiskAssessment

ASSESSING_ROLES = ("handler", "inspector")


@dataclass(frozen=True)
class IncidentHistory:
    """The earlier calls for an incident's number, address and victims (itself left out)."""

    result: HistoryResult | None
    previous: tuple[PreviousCall, ...]  # exact matches, newest first, without this incident
    previous_total: int
    previous_da_12m: int  # earlier domestic-abuse incidents in 12 months, this one left out
    marac_case: bool


@dataclass(frozen=True)
class StoredAssessment:
    """A risk assessment as stored: what the briefing, closure and inspector show."""

    id: int
    incident_id: int
    instrument_id: str
    instrument_version: int
    answers: Mapping[str, str]
    notes: Mapping[str, str]
    yes_count: int
    not_known_count: int
    computed_level: str
    judgement_level: str | None
    rationale: str
    final_level: str
    previous_da_12m: int  # earlier ones: the instrument decided whether this one counted
    marac: tuple[MaracCriterion, ...]
    marac_referral: bool
    officer_collar: str
    assessed_by: str
    assessed_at: dt.datetime
    patterns: PatternCheck | None = None  # the homicide patterns the answers showed
    pattern_decision: str = ""  # raised_to_high, not_raised, or "" when not prompted

    @property
    def marac_reasons(self) -> tuple[str, ...]:
        return tuple(f"{c.title}: {c.reason}" for c in self.marac if c.met)

    @property
    def pattern_prompt(self) -> str:
        """The prompt shown and the decision with its reason, for the inspector ("" if none)."""
        if self.patterns is None or not self.pattern_decision:
            return ""
        return (
            f"{decision_words(self.patterns, self.pattern_decision)} "
            f"{self.assessed_by}'s reason: \u201c{self.rationale}\u201d"
        )


@dataclass(frozen=True)
class RecordedAssessment:
    """What ``record_assessment`` returns: the full result and the incident's new version."""

    result: RiskResult
    stored: StoredAssessment
    incident_ref: str
    version: int


def _check_role(actor: Actor, doing: str) -> None:
    if actor.role not in ASSESSING_ROLES:
        raise PermissionDenied(messages.ONLY_TAKERS_CAN(doing=doing))


def incident_history(
    db: Database, actor: Actor, incident_id: int, *, now: dt.datetime | None = None
) -> IncidentHistory:
    """Previous calls for the incident's number, address and victims (audited consultation)."""
    _check_role(actor, "look up an incident's history")
    now = now or now_utc()
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        query = _query_for(incident)
    if not (query.phone or query.address or query.uprn or query.people):
        return IncidentHistory(None, (), 0, 0, False)
    result = find_previous_calls(db, actor, query, now=now, exclude_incident_id=incident_id)
    previous = result.exact
    total = result.summary.total_incidents
    da_12m = result.summary.domestic_abuse_12m
    return IncidentHistory(
        result, previous, max(total, 0), max(da_12m, 0), result.summary.marac_case
    )


def _query_for(incident: Incident) -> HistoryQuery:
    address = incident.address
    return HistoryQuery(
        phone=incident.phone.e164 if incident.phone else "",
        address=address.display if address else "",
        postcode=(address.postcode or "") if address else "",
        uprn=(address.uprn or "") if address else "",
        people=tuple(
            PersonQuery(p.person.name, p.person.dob, p.role)
            for p in incident.people
            if p.role in ("victim", "caller") and p.person.dob is not None
        ),
    )


def record_assessment(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    answers: Mapping[Any, object],
    judgement_level: str | None = None,
    rationale: str = "",
    *,
    officer_collar: str,
    notes: Mapping[Any, str] | None = None,
    instrument: Instrument | None = None,
    now: dt.datetime | None = None,
) -> RecordedAssessment:
    """Score, judge and store one assessment; the incident's risk level becomes the final one.

    BadInput for a missing answer, a judgement that would lower the level, a judgement
    without a rationale (10 characters at least), a bad collar number or an incident
    awaiting sign-off or finalised (its risk is frozen); PermissionDenied
    for a role that cannot assess; ConcurrentChange when another workstation changed the
    incident since ``expected_version``.
    """

    _check_role(actor, "record a risk assessment")
    chosen = instrument or shipped_instrument()
    collar = check_collar(officer_collar)
    # Refuse bad answers and a lowering before the history is consulted (and audited).
    assess(chosen, answers, judgement_level=judgement_level, rationale=rationale, notes=notes)
    now = now or now_utc()
    with db.read() as session:  # frozen: refused before the history is consulted (and audited)
        frozen = session.get(Incident, incident_id)
        if frozen is not None:
            refuse_frozen(frozen, "risk_assessment")
    history = incident_history(db, actor, incident_id, now=now)
    result = assess(
        chosen,
        answers,
        judgement_level=judgement_level,
        rationale=rationale,
        previous_da_incidents_12m=history.previous_da_12m,
        marac_case=history.marac_case,
        notes=notes,
    )
    with changing(db, actor, incident_id, expected_version, "risk_assessment", lifecycle=False) as (
        session,
        incident,
    ):
        row = RiskAssessment(
            incident_id=incident.id,
            instrument_id=chosen.id,
            instrument_version=chosen.version,
            answers_json=json.dumps(dict(result.answers)),
            notes_json=json.dumps(dict(result.notes), ensure_ascii=False),
            yes_count=result.yes_count,
            not_known_count=result.score.not_known_count,
            computed_level=result.computed_level,
            judgement_level=result.judgement_level,
            rationale=result.rationale,
            final_level=result.final_level,
            previous_da_12m=history.previous_da_12m,
            marac_json=json.dumps(_marac_json(result)),
            marac_referral=result.marac_referral,
            officer_collar=collar,
            assessed_by=actor.username,
            assessed_at=now,
        )
        session.add(row)
        before = incident.risk_level
        incident.risk_level = result.final_level
        session.flush()
        refresh_record(session, incident)
        triggers = close_on_reassessment(session, actor, incident, result.final_level, now)
        record_edit(
            session,
            actor,
            incident,
            "risk_assessment",
            {
                "instrument": f"{chosen.id}@{chosen.version}",
                "yes": result.yes_count,
                "not_known": result.score.not_known_count,
                "computed_level": result.computed_level,
                "judgement_level": result.judgement_level,
                "final_level": result.final_level,
                "previous_level": before,
                "marac": [c.id for c in result.marac if c.met],
                "homicide_patterns": _patterns_audit(result),
                "officer": collar,
                "trigger_events_closed": triggers,
            },
        )
        return RecordedAssessment(result, _stored(row), incident.ref, incident.version_id)


def _marac_json(result: RiskResult) -> dict[str, Any]:
    """The MARAC criteria, and the homicide-pattern prompt with its decision.

    Kept in ``marac_json`` (the prompt is about a referral by professional judgement) so
    no column is needed; rows written before it hold a bare list of criteria.
    """
    patterns = result.patterns
    return {
        "criteria": [_criterion_json(c) for c in result.marac],
        "homicide_patterns": patterns.to_json() if patterns is not None else None,
        "pattern_decision": result.pattern_decision,
    }


def _patterns_audit(result: RiskResult) -> dict[str, Any] | None:
    patterns = result.patterns
    if patterns is None:
        return None
    return {
        "questions": list(patterns.questions),
        "factors": [f.id for f in patterns.fired],
        "at_least": patterns.at_least,
        "prompted": patterns.prompted,
        "decision": result.pattern_decision,
    }


def _criterion_json(criterion: MaracCriterion) -> dict[str, Any]:
    return {
        "id": criterion.id,
        "title": criterion.title,
        "met": criterion.met,
        "reason": criterion.reason,
    }


def _stored(row: RiskAssessment) -> StoredAssessment:
    marac = json.loads(row.marac_json)
    if isinstance(marac, list):  # written before the homicide-pattern prompt was stored
        marac = {"criteria": marac}
    patterns = marac.get("homicide_patterns")
    return StoredAssessment(
        id=row.id,
        incident_id=row.incident_id,
        instrument_id=row.instrument_id,
        instrument_version=row.instrument_version,
        answers=MappingProxyType(json.loads(row.answers_json)),
        notes=MappingProxyType(json.loads(row.notes_json or "{}")),
        yes_count=row.yes_count,
        not_known_count=row.not_known_count,
        computed_level=row.computed_level,
        judgement_level=row.judgement_level,
        rationale=row.rationale,
        final_level=row.final_level,
        previous_da_12m=row.previous_da_12m,
        marac=tuple(
            MaracCriterion(c["id"], c["title"], bool(c["met"]), c["reason"])
            for c in marac.get("criteria", ())
        ),
        marac_referral=row.marac_referral,
        officer_collar=row.officer_collar,
        assessed_by=row.assessed_by,
        assessed_at=row.assessed_at,
        patterns=PatternCheck.from_json(patterns) if patterns else None,
        pattern_decision=str(marac.get("pattern_decision") or ""),
    )


def _latest(session: Session, incident_id: int) -> RiskAssessment | None:
    return session.execute(
        select(RiskAssessment)
        .where(RiskAssessment.incident_id == incident_id)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def latest_assessment(db: Database, actor: Actor, incident_id: int) -> StoredAssessment | None:
    """The incident's most recent assessment (its level is the incident's), or None."""
    with db.read() as session:
        recheck(
            session,
            actor,
            ASSESSING_ROLES,
            messages.ONLY_TAKERS_CAN(doing="read a risk assessment"),
        )
        row = _latest(session, incident_id)
        return _stored(row) if row is not None else None


def assessments_for(db: Database, actor: Actor, incident_id: int) -> tuple[StoredAssessment, ...]:
    """Every assessment of the incident, oldest first (a reassessment never overwrites)."""
    with db.read() as session:
        recheck(
            session, actor, ASSESSING_ROLES, messages.ONLY_TAKERS_CAN(doing="read risk assessments")
        )
        rows = session.execute(
            select(RiskAssessment)
            .where(RiskAssessment.incident_id == incident_id)
            .order_by(RiskAssessment.assessed_at, RiskAssessment.id)
        ).scalars()
        return tuple(_stored(r) for r in rows)


def preview(answers: Mapping[Any, object], instrument: Instrument | None = None) -> Score:
    """The level the answers give so far, for a dialog to show live (pure; nothing stored)."""
    return score(instrument or shipped_instrument(), answers)


def installed_instruments() -> tuple[Instrument, ...]:
    """The shipped instruments plus any a force dropped into ``<config>/instruments/``.

    A dropped file with an error raises DataFileError (file and line) rather than being
    skipped: the administrator must see why their instrument is missing.
    """
    return available_instruments(app_paths().config_dir / "instruments")

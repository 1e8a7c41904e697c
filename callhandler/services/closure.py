"""The closure checklist for one incident: answers from the attending officer, the narrative."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain.checklist import (
    Checklist,
    ChecklistStatus,
    Value,
    check_value,
    default_checklist,
    status,
)
from callhandler.domain.lifecycle import editable_closure, may_submit
from callhandler.domain.normalise import check_collar, clean_text
from callhandler.errors import BadInput
from callhandler.messages import Said
from callhandler.services.closure_facts import incident_facts
from callhandler.services.context import Actor, current_actor
from callhandler.services.incident_changes import changing, now_utc, record_edit
from callhandler.services.incident_record import refresh_record
from callhandler.services.markers import place_closure_markers
from callhandler.storage.closure_models import (
    ChecklistAnswer,
    ChecklistAnswerTaken,
    NarrativeSectionText,
)
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.risk_models import RiskAssessment

NARRATIVE_LIMIT = 20_000


@dataclass(frozen=True)
class AnswerRecord:
    item_id: str
    value: Value
    officer_collar: str
    taken_by: str
    taken_at: dt.datetime


@dataclass(frozen=True)
class ClosureView:
    """Everything the checklist dialog and the inspector show about closure."""

    incident_id: int
    incident_ref: str
    status: str
    version: int
    checklist: Checklist
    checklist_status: ChecklistStatus
    answers: dict[str, AnswerRecord]
    narrative: dict[str, str]
    facts: dict[str, Value]
    attending_officer: str = ""

    @property
    def editable(self) -> bool:
        """Whether its checklist answers and narrative may change now (lifecycle's rule)."""
        return editable_closure(self.status)

    @property
    def submittable(self) -> bool:
        """Whether its state lets it be submitted for sign-off (complete or not)."""
        return may_submit(self.status)


def _from_risk_assessment(session: Session, incident_id: int) -> dict[str, AnswerRecord]:
    """A DASH assessment recorded for the incident answers the checklist's risk questions
    (the officer gave them; asking again would only invite a second, different answer)."""
    latest = session.execute(
        select(RiskAssessment)
        .where(RiskAssessment.incident_id == incident_id)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).scalar()
    if latest is None:
        return {}
    made = (latest.officer_collar, latest.assessed_by, latest.assessed_at)
    return {
        "risk_assessment_completed": AnswerRecord("risk_assessment_completed", "yes", *made),
        "risk_level": AnswerRecord("risk_level", latest.final_level, *made),
    }


def _answers(session: Session, incident_id: int) -> dict[str, AnswerRecord]:
    """The checklist answers; ones taken explicitly win over the risk assessment's."""
    found = _from_risk_assessment(session, incident_id)
    rows = session.execute(
        select(ChecklistAnswer).where(ChecklistAnswer.incident_id == incident_id)
    ).scalars()
    for row in rows:
        value = json.loads(row.value_json)
        found[row.item_id] = AnswerRecord(
            row.item_id,
            tuple(value) if isinstance(value, list) else value,
            row.officer_collar,
            row.taken_by,
            row.taken_at,
        )
    return found


def _narrative(session: Session, incident_id: int) -> dict[str, str]:
    rows = session.execute(
        select(NarrativeSectionText.section, NarrativeSectionText.text).where(
            NarrativeSectionText.incident_id == incident_id
        )
    )
    return {section: text for section, text in rows}


def closure_status(session: Session, incident: Incident, checklist: Checklist) -> ChecklistStatus:
    answers = {k: v.value for k, v in _answers(session, incident.id).items()}
    return status(
        checklist, answers, incident_facts(session, incident), _narrative(session, incident.id)
    )


def _view(session: Session, incident: Incident, checklist: Checklist) -> ClosureView:
    answers = _answers(session, incident.id)
    narrative = _narrative(session, incident.id)
    facts = incident_facts(session, incident)
    current = status(checklist, {k: v.value for k, v in answers.items()}, facts, narrative)
    return ClosureView(
        incident.id,
        incident.ref,
        incident.status,
        incident.version_id,
        checklist,
        current,
        answers,
        narrative,
        facts,
        incident.attending_officer or "",
    )


def closure_view(db: Database, actor: Actor, incident_id: int) -> ClosureView:
    with db.read() as session:
        current_actor(session, actor)
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        return _view(session, incident, default_checklist())


def _closure_edit_allowed(incident: Incident) -> None:
    if not editable_closure(incident.status):
        raise BadInput(
            messages.CLOSURE_NOT_EDITABLE(
                ref=incident.ref, status=incident.status.replace("_", " ")
            )
        )


def answer_item(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    *,
    item_id: str,
    value: Any,
    officer_collar: str,
) -> ClosureView:
    """Record (or change) the attending officer's answer to one item; audited.

    The current answer is replaced; every answer as taken is kept (``answer_history``)."""

    checklist = default_checklist()
    try:
        item = checklist.item(item_id)
    except KeyError:
        raise BadInput(messages.NO_CLOSURE_QUESTION(item=item_id)) from None
    try:
        canonical = check_value(item, value)
    except ValueError as exc:  # its argument is a catalogue message
        raise BadInput(exc.args[0] if isinstance(exc.args[0], Said) else str(exc)) from None
    collar = check_collar(officer_collar)
    with changing(
        db, actor, incident_id, expected_version, "answer_checklist", lifecycle=False
    ) as (
        session,
        incident,
    ):
        _closure_edit_allowed(incident)
        row = session.execute(
            select(ChecklistAnswer).where(
                ChecklistAnswer.incident_id == incident.id, ChecklistAnswer.item_id == item_id
            )
        ).scalar_one_or_none()
        stored = json.dumps(list(canonical) if isinstance(canonical, tuple) else canonical)
        previous = row.value_json if row else None
        if row is None:
            row = ChecklistAnswer(incident_id=incident.id, item_id=item_id)
            session.add(row)
        taken = ChecklistAnswerTaken(
            incident_id=incident.id,
            checklist_id=checklist.id,
            checklist_version=checklist.version,
            item_id=item_id,
            value_json=stored,
            officer_collar=collar,
            taken_by=actor.username,
            taken_at=now_utc(),
        )
        session.add(taken)  # every answer as taken: a re-answer never erases the earlier taker
        row.checklist_id = checklist.id
        row.checklist_version = checklist.version
        row.value_json = stored
        row.officer_collar = collar
        row.taken_by = actor.username
        row.taken_at = taken.taken_at
        record_edit(
            session,
            actor,
            incident,
            "answer_checklist",
            {
                "item": item_id,
                "officer": collar,
                "changed": previous is not None,
                "value": canonical if item.type != "text" else "(text recorded)",
            },
        )
        session.flush()
        refresh_record(session, incident)
        answers = {
            item: json.loads(value)
            for item, value in session.execute(
                select(ChecklistAnswer.item_id, ChecklistAnswer.value_json).where(
                    ChecklistAnswer.incident_id == incident.id
                )
            )
        }
        place_closure_markers(session, actor, incident, answers, row.taken_at)
        return _view(session, incident, checklist)


def set_narrative(
    db: Database, actor: Actor, incident_id: int, expected_version: int, *, section: str, text: str
) -> ClosureView:
    checklist = default_checklist()
    if section not in {s.id for s in checklist.narrative_sections}:
        raise BadInput(messages.NO_NARRATIVE_SECTION(section=section))
    cleaned = clean_text(text, NARRATIVE_LIMIT)
    with changing(db, actor, incident_id, expected_version, "narrative", lifecycle=False) as (
        session,
        incident,
    ):
        _closure_edit_allowed(incident)
        row = session.execute(
            select(NarrativeSectionText).where(
                NarrativeSectionText.incident_id == incident.id,
                NarrativeSectionText.section == section,
            )
        ).scalar_one_or_none()
        if row is None:
            row = NarrativeSectionText(incident_id=incident.id, section=section)
            session.add(row)
        row.text = cleaned
        row.updated_by = actor.username
        row.updated_at = now_utc()
        record_edit(
            session,
            actor,
            incident,
            "narrative",
            {"section": section, "words": len(cleaned.split())},
        )
        return _view(session, incident, checklist)


def answer_history(db: Database, actor: Actor, incident_id: int) -> tuple[AnswerRecord, ...]:
    """Every closure answer as it was taken, oldest first: who took it, from whom, when."""
    with db.read() as session:
        rows = session.execute(
            select(ChecklistAnswerTaken)
            .where(ChecklistAnswerTaken.incident_id == incident_id)
            .order_by(ChecklistAnswerTaken.taken_at, ChecklistAnswerTaken.id)
        ).scalars()
        return tuple(
            AnswerRecord(r.item_id, _value(r.value_json), r.officer_collar, r.taken_by, r.taken_at)
            for r in rows
        )


def _value(value_json: str) -> Value:
    value = json.loads(value_json)
    return tuple(value) if isinstance(value, list) else value

"""The sign-off queue: incidents awaiting an inspector, highest risk first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.errors import PermissionDenied
from callhandler.services.context import Actor, current_actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.closure_models import ChecklistAnswer, SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User
from callhandler.storage.triage_models import GradeDecision

RISK_RANK = {"high": 0, "medium": 1, "standard": 2, "none": 3}


@dataclass(frozen=True)
class QueueRow:
    incident_id: int
    ref: str
    version: int
    submitted_at: dt.datetime
    age_minutes: int
    risk_level: str
    grade: int | None
    domestic_abuse: bool
    handler: str
    address: str
    overridden: bool
    below_floor: bool
    returned_before: int


def require_inspector(actor: Actor, doing: str) -> None:
    if actor.role != "inspector":
        raise PermissionDenied(messages.ONLY_INSPECTOR_CAN(doing=doing))


def latest_decision(session: Session, incident_id: int) -> GradeDecision | None:
    return session.execute(
        select(GradeDecision)
        .where(GradeDecision.incident_id == incident_id)
        .order_by(GradeDecision.decided_at.desc(), GradeDecision.id.desc())
        .limit(1)
    ).scalar()


def sign_off_queue(db: Database, actor: Actor, *, now: dt.datetime | None = None) -> list[QueueRow]:
    """Incidents awaiting sign-off: highest risk first, then the longest waiting."""
    now = now or now_utc()
    with db.read() as session:
        require_inspector(current_actor(session, actor), "see the sign-off queue")
        risk_order = case(
            {"high": 0, "medium": 1, "standard": 2}, value=Incident.risk_level, else_=3
        )
        incidents = (
            session.execute(
                select(Incident)
                .where(Incident.status == states.AWAITING)
                .order_by(risk_order, Incident.submitted_at)
                .limit(500)
            )
            .scalars()
            .all()
        )
        rows = []
        for incident in incidents:
            decision = latest_decision(session, incident.id)
            handler = session.get(User, incident.handler_id) if incident.handler_id else None
            returned = session.execute(
                select(SignOff.id).where(
                    SignOff.incident_id == incident.id, SignOff.decision == "returned"
                )
            ).all()
            submitted = incident.submitted_at or incident.opened_at
            rows.append(
                QueueRow(
                    incident.id,
                    incident.ref,
                    incident.version_id,
                    submitted,
                    int((now - submitted).total_seconds() // 60),
                    risk_level(session, incident),
                    incident.grade,
                    incident.domestic_abuse,
                    handler.display_name if handler else "",
                    incident.address.display if incident.address else "",
                    bool(decision and decision.overridden),
                    bool(decision and decision.below_floor),
                    len(returned),
                )
            )
        rows.sort(key=lambda r: (RISK_RANK.get(r.risk_level, 3), r.submitted_at))
        return rows


def risk_level(session: Session, incident: Incident) -> str:
    """The risk level from the closure checklist when answered, else the incident's."""
    raw = session.execute(
        select(ChecklistAnswer.value_json).where(
            ChecklistAnswer.incident_id == incident.id, ChecklistAnswer.item_id == "risk_level"
        )
    ).scalar()
    return str(json.loads(raw)) if raw else incident.risk_level

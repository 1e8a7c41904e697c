"""Moving an incident along: dispatch, attendance, closure, submission for sign-off."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain import grades
from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import default_checklist
from callhandler.domain.normalise import check_collar, clean_text
from callhandler.errors import BadInput
from callhandler.services.closure import closure_status
from callhandler.services.context import Actor
from callhandler.services.four_eyes import record_fingerprint
from callhandler.services.incident_changes import changing, now_utc, record_transition
from callhandler.storage.closure_models import IncidentTransition
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident

MIN_RESUBMIT_REASON = 10


def dispatch(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    *,
    grade: int,
    officers: Sequence[str],
) -> int:
    """Send officers at a grade; returns the incident's new version."""
    if grade not in grades.dispatch_grades():  # the policy's grades that send officers
        raise BadInput(messages.DISPATCH_GRADE())
    collars = [check_collar(o) for o in officers if o.strip()]
    if not collars:
        raise BadInput(messages.DISPATCH_NO_OFFICER())
    with changing(db, actor, incident_id, expected_version, "dispatch") as (session, incident):
        before = incident.status
        incident.status = states.DISPATCHED
        incident.grade = grade
        incident.dispatched_at = now_utc()
        incident.officers_sent = ", ".join(collars)[:200]
        record_transition(
            session, actor, incident, "dispatch", before, {"grade": grade, "officers": collars}
        )
        return incident.version_id


def record_attendance(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    *,
    officer: str,
    at: dt.datetime | None = None,
) -> int:
    collar = check_collar(officer)
    when = at or now_utc()
    with changing(db, actor, incident_id, expected_version, "record_attendance") as (
        session,
        incident,
    ):
        if incident.dispatched_at and when < incident.dispatched_at:
            raise BadInput(messages.ATTENDED_BEFORE_DISPATCH())
        before = incident.status
        incident.status = states.ATTENDED
        incident.attended_at = when
        incident.attending_officer = collar
        record_transition(
            session,
            actor,
            incident,
            "record_attendance",
            before,
            {"officer": collar, "at": when.isoformat()},
        )
        return incident.version_id


def start_closure(db: Database, actor: Actor, incident_id: int, expected_version: int) -> int:
    with changing(db, actor, incident_id, expected_version, "start_closure") as (
        session,
        incident,
    ):
        before = incident.status
        incident.status = states.CLOSURE
        record_transition(session, actor, incident, "start_closure", before)
        return incident.version_id


def resolve_without_deployment(
    db: Database, actor: Actor, incident_id: int, expected_version: int
) -> int:
    with changing(db, actor, incident_id, expected_version, "resolve_without_deployment") as (
        session,
        incident,
    ):
        if grades.deploys(incident.grade):  # only a grade the policy sends nobody to
            raise BadInput(messages.NOT_GRADE_4(ref=incident.ref))
        before = incident.status
        incident.status = states.CLOSURE
        record_transition(session, actor, incident, "resolve_without_deployment", before)
        return incident.version_id


def submit_for_sign_off(
    db: Database, actor: Actor, incident_id: int, expected_version: int, *, reason: str = ""
) -> int:
    """Refused, naming every missing item, until the checklist and narrative are complete.

    A returned incident goes back changed (anything in the record the inspector signs: see
    ``four_eyes.record_fingerprint``) or with ``reason`` saying why it goes back unchanged;
    the reason is stored with the submission, audited, and shown to the inspector.
    """
    why = clean_text(reason, 5000)
    with changing(db, actor, incident_id, expected_version, "submit_for_sign_off") as (
        session,
        incident,
    ):
        status = closure_status(session, incident, default_checklist())
        if not status.complete:
            checklist = default_checklist()
            missing = [checklist.item(i).text for i in status.missing]
            titles = {s.id: s.title for s in checklist.narrative_sections}
            thin = [titles[s] for s in status.narrative_missing]
            parts = []
            if missing:
                parts.append("still to answer: " + "; ".join(missing))
            if thin:
                parts.append(
                    f"the narrative needs at least {checklist.narrative_minimum_words} words on: "
                    + "; ".join(thin)
                )
            raise BadInput(
                f"Incident {incident.ref} cannot go for sign-off yet: " + ". ".join(parts) + "."
            )
        returned = _returned_record(session, incident)
        unchanged = returned is not None and returned == record_fingerprint(session, incident)
        problems = states.resubmission_problems(
            returned=returned is not None,
            changed=not unchanged,
            reason=why,
            minimum=MIN_RESUBMIT_REASON,
        )
        if problems:
            raise BadInput(f"Incident {incident.ref}: " + " ".join(problems))
        before = incident.status
        incident.status = states.AWAITING
        incident.submitted_at = now_utc()
        detail: dict[str, object] = {}
        if why:
            detail["reason"] = why
        if unchanged:
            detail["unchanged_since_return"] = True
        record_transition(session, actor, incident, "submit_for_sign_off", before, detail)
        return incident.version_id


def _returned_record(session: Session, incident: Incident) -> str | None:
    """The record's fingerprint when an inspector last returned the incident, if they did
    since its last submission (None otherwise, or for a return made before they were kept)."""
    last = session.execute(
        select(IncidentTransition.action, IncidentTransition.detail)
        .where(
            IncidentTransition.incident_id == incident.id,
            IncidentTransition.action.in_(("return_to_handler", "submit_for_sign_off")),
        )
        .order_by(IncidentTransition.id.desc())
        .limit(1)
    ).first()
    if last is None or last.action != "return_to_handler":
        return None
    try:
        record = json.loads(last.detail).get("record")
    except (ValueError, AttributeError):
        return None
    return str(record) if record else None

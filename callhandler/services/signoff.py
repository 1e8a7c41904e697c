"""The inspector's sign-off: the review, finalise or return, later notes; queue apart."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain import lifecycle as states
from callhandler.domain.checklist import default_checklist
from callhandler.domain.normalise import clean_text, format_phone
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import accounts, audit
from callhandler.services.closure import ClosureView, closure_status, closure_view
from callhandler.services.context import Actor, recheck, recheck_first
from callhandler.services.four_eyes import contributors, record_fingerprint, sign_problems
from callhandler.services.history import HistoryQuery, HistoryResult, find_previous_calls
from callhandler.services.incident_changes import changing, now_utc, record_transition
from callhandler.services.incident_changes import refusal as refused
from callhandler.services.review_answers import CallAnswers, call_answers
from callhandler.services.signoff_queue import QueueRow as QueueRow  # re-exported
from callhandler.services.signoff_queue import latest_decision, require_inspector, risk_level
from callhandler.services.signoff_queue import sign_off_queue as sign_off_queue
from callhandler.storage.closure_models import IncidentNote, IncidentTransition, SignOff
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User

MIN_REASON = 10


@dataclass(frozen=True)
class DecisionView:
    recommended_grade: int
    chosen_grade: int
    policy_floor: int
    overridden: bool
    below_floor: bool
    rationale: str
    reasons: tuple[str, ...]
    decided_by: str


@dataclass(frozen=True)
class Review:
    """What the inspector reads before signing."""

    incident_id: int
    ref: str
    version: int
    status: str
    opened_at: dt.datetime
    handler: str
    phone: str
    address: str
    summary: str
    grade: int | None
    risk_level: str
    officers_sent: str
    attending_officer: str
    closure: ClosureView
    decision: DecisionView | None
    history: HistoryResult | None
    contributors: tuple[str, ...]  # everyone who recorded anything on it (four eyes)
    sign_offs: tuple[tuple[str, str, str, dt.datetime], ...]
    notes: tuple[tuple[str, str, dt.datetime], ...]
    dispatched_at: dt.datetime | None = None
    attended_at: dt.datetime | None = None
    submitted_at: dt.datetime | None = None
    # Whether the reader may finalise or return it now, and if not why (four_eyes): the
    # window shows this answer, it never works it out itself.
    may_sign: bool = False
    sign_refusal: str = ""
    # The handler's reason given with the latest submission ("" if none), and whether it
    # went back with nothing changed since it was returned.
    submission_reason: str = ""
    resubmitted_unchanged: bool = False
    # The triage answers (who, when, what they said before) and the DASH answers (issue 16).
    answers: CallAnswers | None = None
    caller_location: str = ""  # where the caller was, if not at the address (issue 16)

    @property
    def why_not(self) -> str:
        """Why this reader may not sign an incident that waits for sign-off, as the window
        shows it ("" when they may, or when nothing waits: a finalised or returned incident
        is not theirs to sign, and saying so would only be noise)."""
        return self.sign_refusal if self.status == states.AWAITING and not self.may_sign else ""

    @property
    def highlight_override(self) -> bool:
        return bool(self.decision and (self.decision.overridden or self.decision.below_floor))


def review(db: Database, actor: Actor, incident_id: int) -> Review:
    """The incident, its checklist, narrative, grade decision and history, read-only.

    Inspectors review for sign-off; administrators may read it from the oversight lists
    (the look-up of its history is audited as their consultation). Neither can change it here.
    """
    recheck_first(db, actor, ("inspector", "admin"), messages.ONLY_INSPECTORS_REVIEW())
    closure = closure_view(db, actor, incident_id)
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        handler = session.get(User, incident.handler_id) if incident.handler_id else None
        decision = latest_decision(session, incident.id)
        decision_view = None
        if decision is not None:
            reasons = tuple(
                str(r.get("text", r)) if isinstance(r, dict) else str(r)
                for r in json.loads(decision.reasons_json)
            )
            decision_view = DecisionView(
                decision.recommended_grade,
                decision.chosen_grade,
                decision.policy_floor,
                decision.overridden,
                decision.below_floor,
                decision.rationale,
                reasons,
                decision.decided_by,
            )
        phone = incident.phone.e164 if incident.phone else ""
        address = incident.address.display if incident.address else ""
        postcode = (incident.address.postcode or "") if incident.address else ""
        signs = tuple(
            (s.inspector, s.decision, s.reason, s.at)
            for s in session.execute(
                select(SignOff).where(SignOff.incident_id == incident.id).order_by(SignOff.at)
            ).scalars()
        )
        notes = tuple(
            (n.text, n.added_by, n.added_at)
            for n in session.execute(
                select(IncidentNote)
                .where(IncidentNote.incident_id == incident.id)
                .order_by(IncidentNote.added_at)
            ).scalars()
        )
        workers = tuple(sorted(contributors(session, incident)))
        refusal = sign_problems(session, actor, incident) if actor.role == "inspector" else []
        submission = _latest_submission(session, incident.id)
        answers = call_answers(session, incident.id)
        caller_location = incident.caller_location or ""
        fields = (
            incident.ref,
            incident.version_id,
            incident.status,
            incident.opened_at,
            handler.display_name if handler else "",
            incident.summary,
            incident.grade,
            risk_level(session, incident),
            incident.officers_sent or "",
            incident.attending_officer or "",
        )
        stamps = (incident.dispatched_at, incident.attended_at, incident.submitted_at)
    history = None
    if phone or address:
        history = find_previous_calls(
            db,
            actor,
            HistoryQuery(phone=phone, address=address, postcode=postcode),
            exclude_incident_id=incident_id,
            roles=("inspector", "admin"),  # the review's history (audited as consulted)
        )
    ref, version, status, opened, handler_name, summary, grade, risk, sent, attending = fields
    return Review(
        incident_id,
        ref,
        version,
        status,
        opened,
        handler_name,
        format_phone(phone) if phone else "",
        address,
        summary,
        grade,
        risk,
        sent,
        attending,
        closure,
        decision_view,
        history,
        workers,
        signs,
        notes,
        *stamps,
        may_sign=actor.role == "inspector" and not refusal,
        sign_refusal=" ".join(refusal) if actor.role == "inspector" else "",
        submission_reason=str(submission.get("reason", "")),
        resubmitted_unchanged=bool(submission.get("unchanged_since_return")),
        answers=answers,
        caller_location=caller_location,
    )


def _latest_submission(session: Session, incident_id: int) -> dict[str, object]:
    """The detail of the incident's latest submission for sign-off ({} if none)."""
    detail = session.execute(
        select(IncidentTransition.detail)
        .where(
            IncidentTransition.incident_id == incident_id,
            IncidentTransition.action == "submit_for_sign_off",
        )
        .order_by(IncidentTransition.id.desc())
        .limit(1)
    ).scalar()
    try:
        found = json.loads(detail) if detail else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _sign(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    password: str,
    action: str,
    reason: str,
) -> int:
    require_inspector(actor, "sign incidents off")
    accounts.confirm_password(db, actor, password, purpose="signature")
    with changing(db, actor, incident_id, expected_version, action) as (session, incident):
        refusal = sign_problems(session, actor, incident)
        if refusal:
            raise PermissionDenied(*refused(incident.ref, refusal))
        if action == "finalise":
            status = closure_status(session, incident, default_checklist())
            if not status.complete:
                raise BadInput(messages.NOT_COMPLETE(ref=incident.ref, missing=len(status.missing)))
        before = incident.status
        now = now_utc()
        if action == "finalise":
            incident.status = states.FINALISED
            incident.finalised_at = now
            incident.finalised_by = actor.username
            incident.closed_at = now
        else:
            incident.status = states.RETURNED
        session.add(
            SignOff(
                incident_id=incident.id,
                inspector=actor.username,
                decision="finalised" if action == "finalise" else "returned",
                reason=reason,
                at=now,
            )
        )
        detail: dict[str, object] = {}
        if action == "return_to_handler":
            # What it was when returned: a resubmission must change it or say why not.
            detail = {"reason": reason, "record": record_fingerprint(session, incident)}
        record_transition(session, actor, incident, action, before, detail)
        return incident.version_id


def finalise(
    db: Database, actor: Actor, incident_id: int, expected_version: int, *, password: str
) -> int:
    """Sign the incident off: only an inspector who recorded nothing on it
    (``four_eyes.sign_problems``), on the version they reviewed, password again."""
    return _sign(db, actor, incident_id, expected_version, password, "finalise", "")


def return_to_handler(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    *,
    reason: str,
    password: str,
) -> int:
    cleaned = clean_text(reason, 5000)
    if len(cleaned) < MIN_REASON:
        raise BadInput(messages.RETURN_REASON(minimum=MIN_REASON))
    return _sign(db, actor, incident_id, expected_version, password, "return_to_handler", cleaned)


def add_note(db: Database, actor: Actor, incident_id: int, text: str) -> None:
    """Later information: appended and audited; the incident itself does not change."""
    cleaned = clean_text(text, 20_000)
    if len(cleaned) < 3:
        raise BadInput(messages.NOTE_EMPTY())
    with db.write() as session:
        actor = recheck(session, actor, ("handler", "inspector"), messages.ONLY_TAKERS_ADD_NOTES())
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
        session.add(
            IncidentNote(
                incident_id=incident.id, text=cleaned, added_by=actor.username, added_at=now_utc()
            )
        )
        audit.record(
            session, actor, "add_note", "incident", incident.ref, {"characters": len(cleaned)}
        )


@dataclass(frozen=True)
class ReturnNote:
    """The inspector's latest reason for returning an incident, for its handler to read."""

    inspector: str  # display name (username if the account is gone)
    reason: str
    at: dt.datetime


def latest_return(db: Database, actor: Actor, incident_id: int) -> ReturnNote | None:
    """Why the incident was last returned (None if it never was); handlers and inspectors."""
    with db.read() as session:
        recheck(session, actor, ("handler", "inspector"), messages.ONLY_TAKERS_READ_RETURNS())
        row = session.execute(
            select(SignOff.inspector, SignOff.reason, SignOff.at, User.display_name)
            .outerjoin(User, User.username == SignOff.inspector)
            .where(SignOff.incident_id == incident_id, SignOff.decision == "returned")
            .order_by(SignOff.at.desc(), SignOff.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    return ReturnNote(row.display_name or row.inspector, row.reason, row.at)

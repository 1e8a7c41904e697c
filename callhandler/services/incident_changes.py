"""Changing a live incident safely: optimistic locking, lifecycle checks, transitions, audit.

Every service that changes an incident goes through ``changing``: it loads the incident,
refuses it when another workstation changed it since the user saw it (the version the UI
holds), checks the lifecycle rule for the action, and after the change records the
transition and the audit event in the same transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from callhandler import messages
from callhandler.domain.lifecycle import STATE_WORDS, edit_problems, transition_problems
from callhandler.errors import BadInput, CallHandlerError, PermissionDenied
from callhandler.messages import Said
from callhandler.services import audit
from callhandler.services.context import Actor, current_actor
from callhandler.storage.closure_models import IncidentTransition
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent, Incident


class ConcurrentChange(CallHandlerError):
    """Another workstation changed the incident first; nothing of this action was saved."""

    exit_code = 1


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def describe_changes_since(session: Session, incident: Incident, version: int) -> str:
    """What the other workstation did, from the audit log, in words for the user."""
    rows = session.execute(
        select(AuditEvent.username, AuditEvent.at, AuditEvent.action, AuditEvent.detail)
        .where(AuditEvent.entity == "incident", AuditEvent.entity_id == incident.ref)
        .order_by(AuditEvent.id.desc())
        .limit(20)
    ).all()
    changes = []
    for username, at, action, detail in rows:
        try:
            seen = int(json.loads(detail).get("version", 0))
        except (ValueError, TypeError, AttributeError):
            seen = 0
        if seen > version:
            when = at.astimezone().strftime("%H:%M:%S")
            changes.append(f"{username} ({action.replace('_', ' ')}, {when})")
    who = "; ".join(reversed(changes)) or "another workstation"
    return (
        f"Incident {incident.ref} was changed by {who} since you opened it. Your change was "
        f"NOT saved and nothing was overwritten. It is now {STATE_WORDS.get(incident.status, incident.status)}"
        f"{' (graded ' + str(incident.grade) + ')' if incident.grade else ''}: reload it, check "
        "what changed, and try again."
    )


@contextlib.contextmanager
def changing(
    db: Database,
    actor: Actor,
    incident_id: int,
    expected_version: int,
    action: str,
    *,
    lifecycle: bool = True,
) -> Iterator[tuple[Session, Incident]]:
    """A write transaction on one incident, checked for version, role and state; the
    account is read again first (disabled, or its role changed: SessionEnded)."""
    try:
        with db.write() as session:
            actor = current_actor(session, actor)
            incident = session.get(Incident, incident_id)
            if incident is None:
                raise BadInput(messages.NO_INCIDENT(incident_id=incident_id))
            if incident.version_id != expected_version:
                raise ConcurrentChange(describe_changes_since(session, incident, expected_version))
            if lifecycle:
                problems = transition_problems(incident.status, action, actor.role)
            else:
                problems = _edit_problems(incident, actor, action)
            if problems:
                error = PermissionDenied if problems[0].startswith("Only ") else BadInput
                raise error(*refusal(incident.ref, problems))
            yield session, incident
    except StaleDataError as exc:
        # PostgreSQL: both read the same version; the other commit won the row.
        with db.read() as session:
            fresh = session.get(Incident, incident_id)
            if fresh is None:
                raise ConcurrentChange(messages.INCIDENT_REMOVED()) from exc
            message = describe_changes_since(session, fresh, expected_version)
        raise ConcurrentChange(message) from exc


def _edit_problems(incident: Incident, actor: Actor, action: str) -> list[str]:
    if actor.role not in ("handler", "inspector"):
        return ["Only a handler or inspector can change an incident."]
    return edit_problems(incident.status, action)


def refuse_frozen(incident: Incident, action: str) -> None:
    """BadInput when the record is frozen (awaiting sign-off or finalised) for ``action``;
    for the writers that do not go through ``changing``."""
    problems = edit_problems(incident.status, action)
    if problems:
        raise BadInput(*refusal(incident.ref, problems))


def refusal(ref: str, problems: list[str]) -> tuple[str, ...]:
    """ "Incident REF: " and the problems, as an error's arguments: catalogue messages
    (translatable in the window) when every problem is one, else one English string."""
    if all(isinstance(p, Said) for p in problems):
        return (messages.INCIDENT_REFUSED(ref=ref), *problems)
    return (f"Incident {ref}: " + " ".join(problems),)


def record_transition(
    session: Session,
    actor: Actor,
    incident: Incident,
    action: str,
    from_status: str,
    detail: dict[str, Any] | None = None,
) -> None:
    """The lifecycle step and its audit event; call after the incident was changed."""
    now = now_utc()
    incident.updated_at = now
    session.flush()  # bumps version_id, or raises StaleDataError if someone else won
    session.add(
        IncidentTransition(
            incident_id=incident.id,
            action=action,
            from_status=from_status,
            to_status=incident.status,
            username=actor.username,
            role=actor.role,
            at=now,
            detail=json.dumps(detail or {}, ensure_ascii=False, default=str),
        )
    )
    audit.record(
        session,
        actor,
        action,
        "incident",
        incident.ref,
        {
            "from": from_status,
            "to": incident.status,
            "version": incident.version_id,
            **(detail or {}),
        },
    )


def record_edit(
    session: Session, actor: Actor, incident: Incident, action: str, detail: dict[str, Any]
) -> None:
    """A change to the incident's closure data: bump its version so others notice, audit it."""
    incident.updated_at = now_utc()
    session.flush()
    audit.record(
        session,
        actor,
        action,
        "incident",
        incident.ref,
        {"version": incident.version_id, **detail},
    )

"""The core's own recommendation for a grade decision (issue 15): recomputed from the facts
stored with the incident and the history the core looks up, never taken from the caller.

The window shows a recommendation as the call is typed (``recommend`` is pure and
instant) and passes the one it showed with the handler's decision. ``triage.decide_grade``
-- the only way a grade decision is stored, whoever calls it: the desk, a workstation's
cache, the server's replay of a workstation's outbox, demo seeding, training -- calls
``checked_recommendation``, which recomputes it here, refuses a decision made against a
recommendation the core would not make (RecommendationChanged, a BadInput: nothing is
stored; look again and decide), and stores the core's own, so the reasons, the flags,
the policy floor and so ``below_floor`` are the core's.

Where it is checked: on the database it is stored in. A decision taken offline is
checked against the workstation's cache when it is made, and again by the server when
the outbox reaches it, against everything the server knows THEN (never narrowed to the
time the workstation says it was made: that clock and the outbox are in the
workstation's hands). When the server knows more (an incident the cache had not pulled,
one another workstation sent meanwhile) and so recommends something else, the decision
is refused, like any other refused action: nothing is stored, the outbox shows it with
the server's recommendation and why, the handler discards it with a reason (audited)
and decides again against the server's recommendation. A stricter recommendation is
never dropped in favour of the one the workstation showed.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler.domain.facts import CANONICAL, Facts
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.policy import shipped_policy
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services.context import Actor
from callhandler.services.history import HistoryQuery, PersonQuery, find_previous_calls
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import TriageAnswer

TAKING_CALLS = ("handler", "inspector")
MIN_NAME_CHARS = 3  # as the window: a person is looked up once this much of a name is typed
LOOKED_UP_ROLES = ("victim", "suspect")

CHANGED = (
    "The recommendation changed: {now}, not the {shown} on screen ({why}). Nothing was "
    "stored. Look at the recommendation now shown and decide again (Ctrl+G)."
)


class RecommendationChanged(BadInput):
    """The recommendation given is not the core's: the caller looks the call up again.
    ``shown`` is the one given, ``core`` the core's."""

    def __init__(self, message: str, shown: Recommendation, core: Recommendation) -> None:
        super().__init__(message)
        self.shown = shown
        self.core = core


def checked_recommendation(
    db: Database,
    actor: Actor,
    incident_id: int,
    shown: Recommendation,
    *,
    now: dt.datetime | None = None,
) -> Recommendation:
    """The core's recommendation, when the one ``shown`` is the same; BadInput if not."""
    if actor.role not in TAKING_CALLS:  # before the core reads anything for them
        raise PermissionDenied("Only call handlers and inspectors can grade an incident.")
    core = core_recommendation(db, actor, incident_id, shown, now=now)
    refuse_if_changed(shown, core)
    return core


def core_recommendation(
    db: Database,
    actor: Actor,
    incident_id: int,
    shown: Recommendation,
    *,
    now: dt.datetime | None = None,
) -> Recommendation:
    """The recommendation the core makes for the incident now: its stored answers (a
    decision recorded without any, from the command line or seeding, is graded on the
    facts it carries) and the history of its number, address and people, as at ``now``
    (never later than the core's clock: a time in the future, from a workstation's clock
    or an edited outbox, does not age the history out of the twelve-month window)."""
    policy = shipped_policy()  # the one the core grades with, never one the caller names
    clock = dt.datetime.now(dt.UTC)
    if now is None or (now if now.tzinfo else now.replace(tzinfo=dt.UTC)) > clock:
        now = clock
    with db.read() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(f"There is no incident {incident_id}.")
        facts = _stored_facts(session, incident_id)
        query = _history_query(incident)
    if facts is None:
        facts = shown.facts
    summary = None
    if query.phone or query.address or query.people:
        summary = find_previous_calls(
            db, actor, query, now=now, audit_consultation=False, exclude_incident_id=incident_id
        ).summary
    return recommend(facts, summary, policy)


def recommendation_for(
    db: Database,
    actor: Actor,
    incident_id: int,
    facts: Facts,
    *,
    now: dt.datetime | None = None,
) -> Recommendation:
    """What the core recommends for the incident, given the facts when it has no answers
    stored (seeding, scripts and tests grade that way): the one to decide against."""
    draft = recommend(facts, None, shipped_policy())
    return core_recommendation(db, actor, incident_id, draft, now=now)


def refuse_if_changed(shown: Recommendation, core: Recommendation) -> None:
    """BadInput (one message) when the window's recommendation is not the core's."""
    why = differences(shown, core)
    if why:
        raise RecommendationChanged(changed_message(CHANGED, shown, core), shown, core)


def changed_message(template: str, shown: Recommendation, core: Recommendation) -> str:
    """``template`` (with {now}, {shown} and {why}) filled in for the two recommendations."""
    return template.format(
        now=f"Grade {core.grade} ({core.grade_name})",
        shown=f"Grade {shown.grade}",
        why="; ".join(d for d in differences(shown, core) if not d.startswith("recommended "))
        or "the grade",
    )


def differences(shown: Recommendation, core: Recommendation) -> list[str]:
    """What the inspector would rely on that differs, in words."""
    found = []
    if (shown.policy_id, shown.policy_version) != (core.policy_id, core.policy_version):
        found.append(f"policy {core.policy_id} version {core.policy_version}")
    if shown.grade != core.grade:
        found.append(f"recommended Grade {core.grade}")
    if shown.policy_floor != core.policy_floor:
        found.append(f"least urgent allowed Grade {core.policy_floor}")
    if set(shown.flag_ids) != set(core.flag_ids):
        missing = sorted(set(core.flag_ids) - set(shown.flag_ids))
        extra = sorted(set(shown.flag_ids) - set(core.flag_ids))
        found.append("flags " + ", ".join([*(f"+{f}" for f in missing), *(f"-{f}" for f in extra)]))
    if {r.rule for r in shown.reasons} != {r.rule for r in core.reasons}:
        found.append("the reasons")
    if shown.domestic_abuse != core.domestic_abuse:
        found.append("domestic abuse" if core.domestic_abuse else "not domestic abuse")
    return found


FACTS_GIVEN = "given with the decision: no triage answers stored"


def facts_given(session: Session, incident_id: int) -> bool:
    """True when the incident has no triage answers stored, so a decision on it rests on
    the facts given with it (which its audit event must then carry)."""
    return _stored_facts(session, incident_id) is None


def _stored_facts(session: Session, incident_id: int) -> Facts | None:
    rows = session.execute(
        select(TriageAnswer.fact, TriageAnswer.value_json, TriageAnswer.counted).where(
            TriageAnswer.incident_id == incident_id, TriageAnswer.superseded_at.is_(None)
        )
    ).all()
    if not rows:
        return None
    values: dict[str, object] = {}
    for fact, value_json, counted in rows:
        if counted and fact in CANONICAL:
            value = json.loads(value_json)
            values[fact] = tuple(value) if isinstance(value, list) else str(value)
    return Facts(values)


def _history_query(incident: Incident) -> HistoryQuery:
    """What the window looks up for the call: the number, the address, the victim's and
    the suspect's names (with their dates of birth)."""
    address = incident.address
    return HistoryQuery(
        phone=incident.phone.e164 if incident.phone else "",
        address=address.display if address else "",
        postcode=(address.postcode or "") if address else "",
        people=tuple(
            PersonQuery(p.person.name, p.person.dob, role=p.role)
            for role in LOOKED_UP_ROLES
            for p in incident.people
            if p.role == role and len(p.person.name.strip()) >= MIN_NAME_CHARS
        ),
    )

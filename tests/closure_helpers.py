"""Drive an incident through the lifecycle in tests: people, a full closure, sign-off."""

from __future__ import annotations

from dataclasses import dataclass

from callhandler.services import accounts, calls, closure, lifecycle, signoff
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from signin_helpers import PASSWORD

# Every item the default checklist requires of an incident opened by ``new_incident`` with
# no triage facts, in the checklist's order. ``repeat_incidents_plan`` is required only when
# the address had an earlier incident, which it does whenever a test opens two incidents
# (they share "3 Test Street"); answering it when not required does no harm.
FULL_ANSWERS = {
    "victim_spoken_to_alone": "yes",
    "safety_plan": "Staying with her sister tonight; codeword agreed; 999 if he returns.",
    "support_information_given": "yes",
    "victim_contact_owner": "PC4521 Smith, DA team",
    "next_victim_contact": "Tomorrow 10:00 by phone on her safe number",
    "risk_assessment_completed": "yes",
    "risk_level": "medium",
    "dash_supervisor_reviewed": "yes",
    "children_at_address": "no",
    "officers_attended": "two",
    "offence_disclosed": "no",
    "positive_action_taken": "Suspect removed to his brother's; victim safety planned.",
    "evidence_captured": ["body_worn_video", "injury_photos"],
    "safeguarding_referral": "yes",
    "neighbourhood_team_informed": "yes",
    "repeat_incidents_plan": "Neighbourhood team to visit weekly; DASH repeated at each call.",
    "warning_marker": "placed",
    "dvpn_considered": "considered_not_needed",
    "clares_law_considered": "not_relevant",
}
NARRATIVE = {
    "who": "Victim Jane Example, suspect John Example, nobody else present.",
    "relationship": "They were partners for six years and separated in March.",
    "what_happened": "He came to the flat, shouted threats and broke a door panel.",
    "risk_factors": "Recent separation, escalating threats, previous call in July.",
    "actions": "Officers attended, DASH completed, safety plan agreed, referral sent.",
}


@dataclass
class Staff:
    handler: Actor
    handler2: Actor
    inspector: Actor
    inspector2: Actor


def make_staff(db: Database) -> Staff:
    admin = system_actor()
    people = {}
    for name, role in (
        ("h1", "handler"),
        ("h2", "handler"),
        ("i1", "inspector"),
        ("i2", "inspector"),
    ):
        accounts.create_user(db, admin, name, name.upper(), role, PASSWORD)
        people[name] = accounts.authenticate(db, name, PASSWORD, f"ws-{name}", failure_delay_s=0)
    return Staff(people["h1"], people["h2"], people["i1"], people["i2"])


def new_incident(db: Database, handler: Actor, phone: str = "07700 900444") -> calls.IncidentRow:
    return calls.open_incident(
        db,
        handler,
        calls.NewCall(
            phone=phone,
            address="3 Test Street",
            postcode="CB1 2AD",
            victim_name="Jane Example",
            suspect_name="John Example",
        ),
    )


def to_awaiting_sign_off(db: Database, handler: Actor, incident_id: int, version: int) -> int:
    version = lifecycle.dispatch(db, handler, incident_id, version, grade=2, officers=["PC4521"])
    version = lifecycle.record_attendance(db, handler, incident_id, version, officer="PC4521")
    version = lifecycle.start_closure(db, handler, incident_id, version)
    for item, value in FULL_ANSWERS.items():
        version = closure.answer_item(
            db, handler, incident_id, version, item_id=item, value=value, officer_collar="PC4521"
        ).version
    for section, text in NARRATIVE.items():
        version = closure.set_narrative(
            db, handler, incident_id, version, section=section, text=text
        ).version
    return lifecycle.submit_for_sign_off(db, handler, incident_id, version)


__all__ = [
    "FULL_ANSWERS",
    "NARRATIVE",
    "PASSWORD",
    "Staff",
    "make_staff",
    "new_incident",
    "signoff",
    "to_awaiting_sign_off",
]

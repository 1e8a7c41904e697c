"""Build earlier incidents directly in a test database (synthetic people, drama numbers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from callhandler.domain.conversation import Conversation
from callhandler.domain.facts import Facts
from callhandler.domain.grading import Recommendation
from callhandler.domain.normalise import normalise_phone
from callhandler.domain.scripts import shipped_script
from callhandler.services.context import Actor
from callhandler.services.grade_check import recommendation_for
from callhandler.services.records import address_for, person_for, phone_for
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, Marker

NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


def add_incident(
    db: Database,
    ref: str,
    *,
    days_ago: float,
    phone: str = "",
    address: str = "",
    postcode: str = "",
    uprn: str | None = None,
    category: str = "domestic abuse",
    domestic_abuse: bool = True,
    grade: int | None = 2,
    risk_level: str = "standard",
    children: bool = False,
    people: Sequence[tuple[str, str] | tuple[str, str, dt.date]] = (),
    markers: Sequence[tuple[str, str]] = (),  # (on: address|phone|victim, marker_type)
    marker_expires_days: float | None = None,
    summary: str = "",
    now: dt.datetime = NOW,
) -> int:
    opened = now - dt.timedelta(days=days_ago)
    with db.write() as session:
        incident = Incident(
            ref=ref,
            opened_at=opened,
            closed_at=opened + dt.timedelta(hours=3),
            phone=phone_for(session, normalise_phone(phone)),
            address=address_for(session, address, postcode, uprn),
            category=category,
            domestic_abuse=domestic_abuse,
            grade=grade,
            risk_level=risk_level if domestic_abuse else "none",
            children_present=children,
            status="finalised",
            summary=summary or category,
            source="import",
        )
        session.add(incident)
        victim = None
        for entry in people:
            role, name = entry[0], entry[1]
            dob = entry[2] if len(entry) > 2 else None  # type: ignore[misc]
            person = person_for(session, name, dob)  # type: ignore[arg-type]
            assert person is not None
            incident.people.append(IncidentPerson(person=person, role=role))
            if role == "victim":
                victim = person
        session.flush()
        for on, marker_type in markers:
            target = {
                "address": {"address_id": incident.address_id},
                "phone": {"phone_id": incident.phone_id},
                "victim": {"person_id": victim.id if victim else None},
            }[on]
            session.add(
                Marker(
                    marker_type=marker_type,
                    text=f"{marker_type} (test)",
                    set_by="test",
                    set_at=opened,
                    expires_at=now + dt.timedelta(days=marker_expires_days)
                    if marker_expires_days is not None
                    else None,
                    source_incident_id=incident.id,
                    **target,
                )
            )
        return incident.id


def core_recommendation(
    db: Database, actor: Actor, incident_id: int, facts: Facts | None = None
) -> Recommendation:
    """The recommendation the core makes for the incident -- its stored answers (else
    ``facts``) and the history of its number, address and people -- which is the one
    ``triage.decide_grade`` accepts: a test grades against it as the window would."""
    return recommendation_for(db, actor, incident_id, facts or Facts({}))


DRAFT_FORM = {  # a call in progress as typed, saved as a draft
    "phone": "07700 900318",
    "address": "41 Riverside Walk",
    "postcode": "CB5 8HX",
    "caller_location": "by the bins at the back, SU 123 456",  # issue 16: kept in the draft
    "caller_name": "Kim Example",
    "victim_name": "Kim Example",
    "victim_dob": "04/03/1991",  # kept as typed, like every field
    "suspect_name": "Lee Example",
    "suspect_dob": "",
    "summary": "Whispering; he took her phone.",
}


def draft_conversation() -> Conversation:
    """First contact, handed over, answers changed and added in the domestic-abuse script."""
    first = shipped_script("first_contact")
    conversation = Conversation.start(first)
    for question, value in (
        ("fc_call_type", "normal"),
        ("fc_weapon", "no"),
        ("fc_what_happened", "He took my phone"),
        ("fc_relationship", "intimate_partner"),
        ("fc_behaviour", ["coercive_control", "financial"]),
    ):
        conversation = conversation.answer(question, value)
    conversation = conversation.hand_over(shipped_script("domestic_abuse"))
    conversation = conversation.answer("da_weapon", "yes")  # changed after the hand-over
    conversation = conversation.answer("da_codeword", "pizza")
    return conversation.answer("da_coercive_behaviours", ["monitoring", "isolation"])

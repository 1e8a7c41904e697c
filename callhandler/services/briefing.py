"""The attending officers' briefing: what they must know before they arrive, on one page.

``build_briefing`` gathers it from the incident through the services (the history look-up
is an audited consultation; passing the briefing on is audited too); ``briefing_text``
lays it out as short lines for a phone screen, the most dangerous facts first. The call's
answers are put into words by ``briefing_call``.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from dataclasses import dataclass

from sqlalchemy import select

from callhandler.domain.caller_location import parse_caller_location
from callhandler.domain.normalise import format_phone
from callhandler.domain.policy import shipped_policy
from callhandler.domain.risk import shipped_instrument
from callhandler.errors import BadInput
from callhandler.services import audit, briefing_call
from callhandler.services.briefing_call import NOT_ASKED, word
from callhandler.services.context import Actor
from callhandler.services.risk import StoredAssessment, incident_history, latest_assessment
from callhandler.services.triage import answers_for
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident
from callhandler.storage.triage_models import GradeDecision

PREVIOUS_SHOWN = 5
WIDTH = 40  # characters: a phone held upright


@dataclass(frozen=True)
class PreviousIncident:
    ref: str
    opened_at: dt.datetime
    category: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    children_present: bool
    markers: tuple[str, ...]


@dataclass(frozen=True)
class GradeReason:
    title: str
    text: str


@dataclass(frozen=True)
class Briefing:
    """Everything the attending officers are told. Immutable; safe to pass to the UI."""

    incident_id: int
    incident_ref: str
    built_at: dt.datetime
    built_by: str
    opened_at: dt.datetime
    address: str
    phone: str
    victim: str
    suspect: str
    grade: int | None
    grade_name: str
    officers_sent: str
    caller: str
    third_party_caller: bool
    callers_words: str
    suspect_present: str
    suspect_location: str
    suspect_nearby: bool
    suspect_description: str
    suspect_vehicle: str
    suspect_direction: str
    suspect_returning: str
    weapons: tuple[str, ...]
    red_flags: tuple[str, ...]
    risk_factors: tuple[str, ...]
    injury: str
    abuse_types: tuple[str, ...]
    abuse_when: str
    children_now: str
    children_live_there: str
    children_taken: str
    vulnerable_adult_now: str
    children_before: bool
    vulnerable_adults_before: bool
    markers: tuple[str, ...]
    orders: tuple[str, ...]
    codeword: str
    barriers: tuple[str, ...]
    communication_needs: str
    alcohol_or_drugs: str
    recommended_grade: int | None
    chosen_grade: int | None
    grade_rationale: str
    grade_reasons: tuple[GradeReason, ...]
    flags: tuple[str, ...]
    risk_level: str
    risk: StoredAssessment | None
    marac: tuple[str, ...]
    previous: tuple[PreviousIncident, ...]
    previous_more: int
    previous_da_12m: int
    last_risk_level: str | None
    serial_perpetrators: tuple[str, ...]
    # Where the caller is, if not at the address: their words, then the grid reference or
    # coordinates recognised in them (callhandler.domain.caller_location).
    caller_location: str = ""


def _dash_yes(risk: StoredAssessment | None, topic: str) -> bool:
    if risk is None:
        return False
    try:
        instrument = shipped_instrument(risk.instrument_id)
    except BadInput:  # an instrument no longer installed: its answers cannot be read by topic
        return False
    return any(q.topic == topic and risk.answers.get(q.key) == "yes" for q in instrument.questions)


def build_briefing(
    db: Database, actor: Actor, incident_id: int, *, now: dt.datetime | None = None
) -> Briefing:
    """The briefing for one incident, from what the call, history and assessment recorded."""
    now = now or dt.datetime.now(dt.UTC)
    history = incident_history(db, actor, incident_id, now=now)
    facts = {a.fact: a.value for a in answers_for(db, actor, incident_id) if a.counted}
    risk = latest_assessment(db, actor, incident_id)
    with db.write() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise BadInput(f"There is no incident {incident_id}.")
        decision = session.execute(
            select(GradeDecision)
            .where(GradeDecision.incident_id == incident_id)
            .order_by(GradeDecision.decided_at.desc(), GradeDecision.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        names = {
            role: "; ".join(p.person.name for p in incident.people if p.role == role)
            for role in ("victim", "suspect")
        }
        ref, opened_at = incident.ref, incident.opened_at
        address = incident.address.display if incident.address else ""
        if incident.address and incident.address.postcode:
            address = f"{address}, {incident.address.postcode}"
        phone = format_phone(incident.phone.e164) if incident.phone else ""
        caller_location = _caller_location(incident.caller_location)
        grade, officers = incident.grade, incident.officers_sent or ""
        risk_level, children_flag = incident.risk_level, incident.children_present
        audit.record(
            session,
            actor,
            "briefing",
            "incident",
            ref,
            {"previous_listed": min(len(history.previous), PREVIOUS_SHOWN)},
        )
    policy = shipped_policy()
    grade_name = (
        policy.grade(grade).name if grade is not None and grade <= policy.least_urgent else ""
    )
    reasons: tuple[GradeReason, ...] = ()
    flags: tuple[str, ...] = ()
    if decision is not None:
        reasons = tuple(
            GradeReason(str(r.get("title", "")), str(r.get("text", "")))
            for r in json.loads(decision.reasons_json)
        )
        labels = policy.flag_labels if decision.policy_id == policy.id else {}
        flags = tuple(labels.get(f, f.replace("_", " ")) for f in json.loads(decision.flags_json))
    summary = history.result.summary if history.result else None
    marker_list = summary.markers if summary else ()
    markers = tuple(
        f"{m.label} ({m.on}: {m.target})" + (f": {m.text}" if m.text else "") for m in marker_list
    )
    kinds = {m.marker_type for m in marker_list}

    weapons = [briefing_call.weapon_line(facts), *briefing_call.firearms_lines(facts)]
    weapons += [f"Marker: {m.text or m.label}" for m in marker_list if m.marker_type == "weapons"]
    if _dash_yes(risk, "weapons"):
        weapons.append("Has used a weapon or object to hurt before (risk assessment)")

    orders: list[str] = []
    if facts.get("order_or_bail_in_force") == "yes":
        breached = facts.get("order_or_bail_breached") == "yes"
        orders.append(
            "Court order or bail conditions in force" + (": BEING BREACHED NOW" if breached else "")
        )
    elif facts.get("order_or_bail_in_force") is not None:
        orders.append(f"Court order or bail in force: {word(facts.get('order_or_bail_in_force'))}")
    contact = briefing_call.contact_line(facts)
    if contact:
        orders.append(contact)
    orders += [
        f"Marker: {m.text or m.label} ({m.on})"
        for m in marker_list
        if m.marker_type == "court_order"
    ]
    if _dash_yes(risk, "breached_conditions"):
        orders.append("Has broken bail, an order or an agreement before (risk assessment)")

    children_now = word(facts.get("children_present"))
    if children_flag and children_now == NOT_ASKED:
        children_now = "yes"
    previous = tuple(
        PreviousIncident(
            c.incident_ref,
            c.opened_at,
            c.category,
            c.domestic_abuse,
            c.grade,
            c.risk_level,
            c.children_present,
            c.markers,
        )
        for c in history.previous[:PREVIOUS_SHOWN]
    )
    return Briefing(
        incident_id=incident_id,
        incident_ref=ref,
        built_at=now,
        built_by=actor.display_name or actor.username,
        opened_at=opened_at,
        address=address,
        caller_location=caller_location,
        phone=phone,
        victim=names["victim"],
        suspect=names["suspect"],
        grade=grade,
        grade_name=grade_name,
        officers_sent=officers,
        caller=briefing_call.caller(facts),
        third_party_caller=briefing_call.is_third_party(facts),
        callers_words=briefing_call.text(facts.get("callers_words")),
        suspect_present=word(facts.get("suspect_present")),
        suspect_location=briefing_call.suspect_location(facts),
        suspect_nearby=briefing_call.suspect_nearby(facts),
        suspect_description=briefing_call.text(facts.get("suspect_description")),
        suspect_vehicle=briefing_call.text(facts.get("suspect_vehicle")),
        suspect_direction=briefing_call.text(facts.get("suspect_direction")),
        suspect_returning=word(facts.get("suspect_returning")),
        weapons=tuple(weapons),
        red_flags=briefing_call.red_flags(facts),
        risk_factors=briefing_call.risk_factors(facts),
        injury=word(facts.get("injury")),
        abuse_types=tuple(facts["abuse_types"])
        if isinstance(facts.get("abuse_types"), tuple)
        else (),
        abuse_when=briefing_call.when(facts, "abuse_when")
        if facts.get("abuse_types")
        else NOT_ASKED,
        children_now=children_now,
        children_live_there=word(facts.get("children_live_there")),
        children_taken=word(facts.get("children_taken")),
        vulnerable_adult_now=word(facts.get("vulnerable_adult_present")),
        children_before=bool(summary and summary.children_previously_present),
        vulnerable_adults_before="vulnerable_adult" in kinds,
        markers=markers,
        orders=tuple(orders),
        codeword=briefing_call.text(facts.get("codeword")),
        barriers=briefing_call.barriers(facts),
        communication_needs=briefing_call.text(facts.get("communication_needs")),
        alcohol_or_drugs=word(facts.get("alcohol_or_drugs")),
        recommended_grade=decision.recommended_grade if decision else None,
        chosen_grade=decision.chosen_grade if decision else None,
        grade_rationale=decision.rationale if decision else "",
        grade_reasons=reasons,
        flags=flags,
        risk_level=risk_level,
        risk=risk,
        marac=risk.marac_reasons if risk else (),
        previous=previous,
        previous_more=max(history.previous_total - len(previous), 0),
        previous_da_12m=history.previous_da_12m,
        last_risk_level=summary.last_risk_level if summary else None,
        serial_perpetrators=summary.serial_perpetrators if summary else (),
    )


# -- the page -------------------------------------------------------------------------


def _local(stamp: dt.datetime) -> str:
    return stamp.astimezone().strftime("%d %b %Y %H:%M")


def _wrap(text: str, bullet: str = "") -> list[str]:
    indent = " " * len(bullet)
    return textwrap.wrap(
        text, WIDTH, initial_indent=bullet, subsequent_indent=indent, break_long_words=True
    ) or [bullet.rstrip()]


def _caller_location(stored: str | None) -> str:
    """The stored location, with the grid reference or coordinates it holds spelt out;
    as stored if it no longer reads (it was checked when typed)."""
    try:
        return parse_caller_location(stored or "").describe()
    except ValueError:
        return stored or ""


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title.upper(), *lines]


def briefing_text(b: Briefing) -> str:
    """Plain text, at most 40 characters a line, the most dangerous facts first."""
    out: list[str] = [f"BRIEFING {b.incident_ref}"]
    grade = f"GRADE {b.grade} {b.grade_name}".strip() if b.grade else "NOT GRADED"
    out += _wrap(grade)
    for label, value in (
        ("At", b.address),
        ("Caller is at", b.caller_location),
        ("Phone", b.phone),
        ("Victim", b.victim),
        ("Suspect", b.suspect),
        ("Officers", b.officers_sent),
        ("Caller", b.caller),
    ):
        if value:
            out += _wrap(f"{label}: {value}")
    out += _wrap(f"Risk: {b.risk_level.upper() if b.risk_level != 'none' else 'not assessed'}")

    warnings = [line for m in b.markers for line in _wrap(m, "! ")]
    if b.serial_perpetrators:
        warnings += _wrap("Serial perpetrator: " + ", ".join(b.serial_perpetrators), "! ")
    out += _section("Warnings", warnings or ["None recorded"])

    people = _wrap(f"Children now: {b.children_now}")
    if b.children_live_there != NOT_ASKED:
        people += _wrap(f"Children live there: {b.children_live_there}")
    if b.children_taken == "yes":
        people += _wrap("Children elsewhere or TAKEN BY THE SUSPECT: YES")
    elif b.children_taken != NOT_ASKED:
        people += _wrap(f"Children elsewhere or taken: {b.children_taken}")
    people += _wrap(f"Children here before: {'YES' if b.children_before else 'no record'}")
    people += _wrap(f"Vulnerable adult now: {b.vulnerable_adult_now}")
    if b.vulnerable_adults_before:
        people += _wrap("Vulnerable adult recorded before: YES")
    out += _section("Children and vulnerable adults", people)

    out += _section("Weapons", [line for w in b.weapons for line in _wrap(w, "- ")])
    flags = [*b.red_flags, *b.risk_factors]
    if flags:
        out += _section("Red flags", [line for f in flags for line in _wrap(f, "! ")])
    suspect = _wrap(f"Present: {b.suspect_present}; where now: {b.suspect_location}")
    suspect += _wrap(b.suspect_description or "No description recorded")
    for label, value in (("Vehicle", b.suspect_vehicle), ("Direction", b.suspect_direction)):
        if value:
            suspect += _wrap(f"{label}: {value}")
    if b.suspect_returning != NOT_ASKED:
        suspect += _wrap(f"Likely to come back: {b.suspect_returning}")
    out += _section("Suspect", suspect)
    if b.abuse_types:
        out += _section(
            "On this call",
            _wrap(
                f"Abuse: {', '.join(t.replace('_', ' ') for t in b.abuse_types)}, {b.abuse_when}"
            ),
        )
    if b.orders:
        out += _section("Orders and bail", [line for o in b.orders for line in _wrap(o, "- ")])
    out += _section(
        "Codeword",
        _wrap(f'"{b.codeword}" means the suspect is back') if b.codeword else ["None agreed"],
    )
    out += _section(
        "Caller said", _wrap(f'"{b.callers_words}"') if b.callers_words else ["Not recorded"]
    )
    communication = [line for barrier in b.barriers for line in _wrap(barrier, "- ")]
    if b.communication_needs:
        communication += _wrap(b.communication_needs)
    if communication:
        out += _section("Communication needs", communication)

    if b.risk is not None:
        r = b.risk
        risk = _wrap(
            f"{r.final_level.upper()}: {r.yes_count} yes ({r.instrument_id}), "
            f"{r.officer_collar}, {_local(r.assessed_at)}"
        )
        if r.judgement_level:
            risk += _wrap(f"Judgement: {r.rationale}")
        if b.marac:
            risk += _wrap("MARAC referral: " + "; ".join(m.split(":")[0] for m in b.marac))
        out += _section("Risk assessment", risk)

    title = f"Previous incidents ({b.previous_da_12m} DA in 12 months)"
    previous = []
    for p in b.previous:
        parts = [p.ref, p.opened_at.astimezone().strftime("%d %b %y"), f"G{p.grade or '-'}"]
        parts.append("DA" if p.domestic_abuse else p.category)
        if p.risk_level not in ("", "none"):
            parts.append(f"risk {p.risk_level}")
        if p.children_present:
            parts.append("children")
        previous += _wrap(" ".join(parts), "- ")
    if b.previous_more:
        previous.append(f"and {b.previous_more} more")
    out += _section(title, previous or ["None found"])

    grading = []
    if b.recommended_grade is not None:
        grading += _wrap(f"Recommended {b.recommended_grade}, chosen {b.chosen_grade}")
        if b.grade_rationale:
            grading += _wrap(f"Why changed: {b.grade_rationale}")
    if b.grade_reasons:
        grading += _wrap("Why: " + "; ".join(r.title for r in b.grade_reasons) + ".")
    out += _section("Grade reasons", grading or ["No grade decision recorded"])
    out += ["", f"{_local(b.built_at)} by {b.built_by}"]
    return "\n".join(out) + "\n"

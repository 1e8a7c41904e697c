"""The demo database: accounts for each role and synthetic history, made on first use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from callhandler.progress import NoProgress, Progress
from callhandler.services import accounts
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, User

DEMO_INCIDENTS = 20_000
DEMO_SEED = 2014


@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    display_name: str
    role: str


# Synthetic accounts, printed on the console; the passwords follow the password rules.
DEMO_ACCOUNTS = (
    DemoAccount("handler", "kestrel-lantern-41", "Sam Handler (demo)", "handler"),
    DemoAccount("handler2", "otter-harbour-52", "Alex Second (demo)", "handler"),
    DemoAccount("inspector", "heron-compass-63", "Insp. Jo Inspector (demo)", "inspector"),
    DemoAccount("admin", "badger-orchard-74", "Admin (demo)", "admin"),
)


def ensure_demo(
    db: Database, *, incidents: int = DEMO_INCIDENTS, progress: Progress | None = None
) -> bool:
    """Create the demo accounts and history if the database has none; True if it did."""
    from callhandler.synthetic.seeding import seed  # seeding pulls in faker: only when needed

    with db.read() as session:
        users = session.execute(select(func.count()).select_from(User)).scalar_one()
        history = session.execute(select(func.count()).select_from(Incident)).scalar_one()
    created = False
    if users == 0:
        actor = system_actor("demo")
        for account in DEMO_ACCOUNTS:
            accounts.create_user(
                db, actor, account.username, account.display_name, account.role, account.password
            )
        created = True
    if history == 0:
        seed(db, incidents, seed=DEMO_SEED, progress=progress or NoProgress())
        add_live_demo(db)
        created = True
    return created


# -- a live shift on top of the history: what an inspector signing in sees at once ------

CLOSURE_ANSWERS = {
    "victim_spoken_to_alone": "yes",
    "safety_plan": "Staying with her sister tonight; codeword agreed; 999 if he returns.",
    "support_information_given": "yes",
    "victim_contact_owner": "PC4521 Morgan, domestic abuse team",
    "next_victim_contact": "Tomorrow 10:00 by phone on her safe number",
    "risk_assessment_completed": "yes",
    "risk_level": "medium",
    "dash_supervisor_reviewed": "yes",
    "children_at_address": "yes",
    "children_accounted_for": "yes",
    "children_referral": "yes",
    "officers_attended": "two",
    "offence_disclosed": "no",
    "positive_action_taken": "Suspect agreed to stay at his brother's; safety plan agreed.",
    "evidence_captured": ["body_worn_video", "injury_photos"],
    "safeguarding_referral": "yes",
    "neighbourhood_team_informed": "yes",
    "repeat_incidents_plan": "Neighbourhood team to visit this week; DASH at every call.",
    "warning_marker": "placed",
    "dvpn_considered": "considered_not_needed",
    "clares_law_considered": "not_relevant",
}
NARRATIVE = {
    "who": "Victim and suspect present; their two children asleep upstairs, seen by officers.",
    "relationship": "Partners for eight years, living together; separation talked about.",
    "what_happened": "Argument over money, he pushed her against the door and took her phone.",
    "risk_factors": "Escalating jealousy, a previous call in the summer, recent job loss.",
    "actions": "Officers attended, DASH completed, safety plan agreed, referral to IDVA sent.",
}
LIVE_CALLS = (  # (handler, phone, address, postcode, victim, suspect, summary)
    ("handler", "07700 900811", "14 Mill Lane", "CB1 3AB", "Dawn Pryce", "Karl Pryce",
     "Partner pushed her and took her phone."),
    ("handler2", "07700 900812", "2 Station Road", "CB2 1QA", "Mina Shah", "Ravi Shah",
     "Controlling partner, no violence reported tonight."),
    ("handler", "07700 900813", "77 High Street", "CB4 2HH", "Tess Lowe", "Dean Lowe",
     "Ex-partner at the door shouting."),
    ("handler2", "07700 900814", "9 Orchard Close", "CB5 8PT", "Kim Ellis", "Lee Ellis",
     "Threats by text after separation."),
    ("handler", "07700 900815", "31 Church Walk", "CB3 9LL", "Ann Price", "Tom Price",
     "Neighbour heard screaming."),
    ("handler2", "07700 900816", "5 Canal Street", "CB1 1EE", "Rosa Diaz", "Marco Diaz",
     "He has a knife and is in the kitchen."),
    ("handler", "07700 900817", "18 Park Road", "CB2 7DF", "Jade Moss", "Ryan Moss",
     "Son assaulted his mother."),
    ("handler2", "07700 900818", "40 Green Lane", "CB4 5GG", "Eve Hart", "Sam Hart",
     "Breach of a non-molestation order."),
)  # fmt: skip


def add_live_demo(db: Database, *, now: dt.datetime | None = None) -> None:
    """Live incidents in every state an inspector deals with, and trigger events due.

    Three awaiting sign-off (one graded below the policy floor, one downgraded), one
    returned, one with closure half done, two dispatched and overdue, one dispatched on
    time; four trigger events due this week (one already past due). Made through the
    services, as the handlers and the inspector would, then a few clocks set back so
    ages and overdue attendance show. Deterministic apart from the time it runs.
    """
    from callhandler.bench.oversight import add_lifecycle_times
    from callhandler.domain.facts import Facts
    from callhandler.services import calls, closure, lifecycle, signoff, triage
    from callhandler.services import trigger_events as te
    from callhandler.services.grade_check import recommendation_for

    now = now or dt.datetime.now(dt.UTC)
    staff = {
        a.username: accounts.authenticate(db, a.username, a.password, "demo", failure_delay_s=0)
        for a in DEMO_ACCOUNTS
        if a.role != "admin"
    }
    made = []
    for handler, phone, address, postcode, victim, suspect, summary in LIVE_CALLS:
        row = calls.open_incident(
            db,
            staff[handler],
            calls.NewCall(phone, address, postcode, victim, victim, suspect, summary),
        )
        made.append((staff[handler], row.id, row.version))

    def graded(index: int, chosen_offset: int, facts: Mapping[str, object], why: str) -> int:
        actor, incident, _version = made[index]
        rec = recommendation_for(db, actor, incident, Facts(facts))  # the core's, as checked
        chosen = min(4, rec.grade + chosen_offset)
        return triage.decide_grade(db, actor, incident, rec, chosen, why).version

    def closed(index: int, version: int, *, deploy: bool = True) -> int:
        actor, incident, _ = made[index]
        if deploy:
            version = lifecycle.dispatch(db, actor, incident, version, grade=2, officers=["PC4521"])
            version = lifecycle.record_attendance(db, actor, incident, version, officer="PC4521")
            version = lifecycle.start_closure(db, actor, incident, version)
        else:
            version = lifecycle.resolve_without_deployment(db, actor, incident, version)
        for item, value in CLOSURE_ANSWERS.items():
            version = closure.answer_item(
                db, actor, incident, version, item_id=item, value=value, officer_collar="PC4521"
            ).version
        for section, text in NARRATIVE.items():
            version = closure.set_narrative(
                db, actor, incident, version, section=section, text=text
            ).version
        return lifecycle.submit_for_sign_off(db, actor, incident, version)

    closed(0, made[0][2])
    coercive = {"relationship": "intimate_partner", "abuse_types": ["coercive_control"]}
    closed(
        1,
        graded(1, 9, coercive, "Caller wants advice only; she is safe at her mother's."),
        deploy=False,
    )
    shouting = {"relationship": "ex_partner", "abuse_types": ["psychological"]}
    closed(2, graded(2, 1, shouting, "He left before the call ended; officers busy elsewhere."))
    version = closed(3, made[3][2])
    signoff.return_to_handler(
        db,
        staff["inspector"],
        made[3][1],
        version,
        reason="Say whether the children were seen, and by which officer.",
        password=_password("inspector"),
    )
    actor, incident, version = made[4]
    version = lifecycle.dispatch(db, actor, incident, version, grade=2, officers=["PC1180"])
    version = lifecycle.record_attendance(db, actor, incident, version, officer="PC1180")
    version = lifecycle.start_closure(db, actor, incident, version)
    closure.answer_item(
        db,
        actor,
        incident,
        version,
        item_id="victim_spoken_to_alone",
        value="yes",
        officer_collar="PC1180",
    )
    # Graded as recommended, then dispatched: what `policy impact` replays on the demo.
    dispatched = {
        5: {"relationship": "intimate_partner", "weapon": "yes", "weapon_when": "now",
            "suspect_present": "yes", "abuse_types": ["physical"], "children_present": "no"},
        6: {"relationship": "family_member", "abuse_types": ["physical"], "injury": "minor",
            "abuse_when": "today", "suspect_present": "no", "suspect_location": "left"},
        # The order's breach is the ex at the door, whatever "breached" was answered.
        7: {"relationship": "ex_partner", "order_or_bail_in_force": "yes",
            "order_or_bail_breached": "unknown", "suspect_location": "outside_or_nearby",
            "abuse_types": ["stalking_harassment"], "abuse_when": "now"},
    }  # fmt: skip
    for index, facts in dispatched.items():
        actor, incident, _version = made[index]
        version = graded(index, 0, facts, "")
        grade = triage.recommend_grade(db, actor, Facts(facts)).recommendation.grade
        lifecycle.dispatch(db, actor, incident, version, grade=grade, officers=["PC2210"])
    ago = {0: 26.0, 1: 9.0, 2: 2.5}
    sent = {5: 40, 6: 95, 7: 10}
    with db.write() as session:
        for index, hours in ago.items():
            session.execute(
                update(Incident)
                .where(Incident.id == made[index][1])
                .values(submitted_at=now - dt.timedelta(hours=hours))
            )
        for index, minutes in sent.items():
            session.execute(
                update(Incident)
                .where(Incident.id == made[index][1])
                .values(dispatched_at=now - dt.timedelta(minutes=minutes))
            )
        add_lifecycle_times(session, db, now - dt.timedelta(weeks=27), inspector="inspector")
        _unassessed_repeat_victim(session, now)
        high_risk = session.execute(
            select(IncidentPerson.person_id)
            .join(Incident, Incident.id == IncidentPerson.incident_id)
            .where(IncidentPerson.role == "victim", Incident.risk_level == "high")
            .order_by(Incident.opened_at.desc(), Incident.id.desc())
            .limit(1)
        ).scalar()
        victim_of_first = session.execute(
            select(IncidentPerson.person_id).where(
                IncidentPerson.incident_id == made[0][1], IncidentPerson.role == "victim"
            )
        ).scalar()
    today = now.date()
    recorder = staff["handler"]
    events: list[tuple[str, int, dict[str, int | None], str]] = [
        ("release_from_custody", 2, {"incident_id": made[5][1]}, "Suspect released on bail."),
        ("court_date", 5, {"person_id": victim_of_first}, "Trial for the assault in March."),
        ("order_expiry", 6, {"person_id": high_risk}, "Non-molestation order ends."),
        ("bail_expiry", -1, {"incident_id": made[3][1]}, "Bail conditions lapsed yesterday."),
    ]
    for kind, days, subject, note in events:
        if all(v is None for v in subject.values()):
            continue
        te.record_trigger_event(
            db,
            recorder,
            kind=kind,
            due_on=today + dt.timedelta(days=days),
            note=note,
            now=now,
            **subject,
        )


def _unassessed_repeat_victim(session: Session, now: dt.datetime) -> None:
    """Three calls from one victim this year, none risk assessed (recommendation 15)."""
    from callhandler.services.records import address_for, person_for

    victim = person_for(session, "Lucy Fenn", dt.date(1991, 4, 12))
    address = address_for(session, "6 Willow Court", "CB4 1WC")
    assert victim is not None
    for n, days in enumerate((20, 75, 140)):
        opened = now - dt.timedelta(days=days, hours=3)
        incident = Incident(
            ref=f"DEMO-RNC-{n + 1}",
            opened_at=opened,
            closed_at=opened + dt.timedelta(hours=2),
            address=address,
            category="domestic abuse",
            domestic_abuse=True,
            grade=3,
            risk_level="none",
            status="finalised",
            summary="Shouting heard; words only, no risk assessment recorded.",
            source="import",
        )
        incident.people.append(IncidentPerson(person=victim, role="victim"))
        session.add(incident)


def _password(username: str) -> str:
    return next(a.password for a in DEMO_ACCOUNTS if a.username == username)


def describe_accounts() -> str:
    lines = ["Demo accounts (synthetic data only):"]
    for a in DEMO_ACCOUNTS:
        lines.append(f"  {a.role:<10} username {a.username:<10} password {a.password}")
    return "\n".join(lines)

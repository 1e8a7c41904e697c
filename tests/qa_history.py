"""Build histories for the quality-assurance tests: many finalised domestic-abuse calls per
handler written straight into the database (fast), and one call taken the whole way
through the services (for the suggestions read from its record). Synthetic data only."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from callhandler.domain.conversation import Conversation
from callhandler.domain.normalise import normalise_phone
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.services import accounts, attendance, closure, lifecycle, risk, signoff, triage
from callhandler.services.briefing import build_briefing
from callhandler.services.context import Actor, system_actor
from callhandler.services.history import HistoryQuery, find_previous_calls
from callhandler.services.records import phone_for
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User
from callhandler.storage.triage_models import GradeDecision
from closure_helpers import FULL_ANSWERS, NARRATIVE, Staff, new_incident
from signin_helpers import PASSWORD

WEEK = dt.date(2026, 3, 2)  # a Monday


@dataclass(frozen=True)
class Call:
    ref: str
    handler: str
    risk_level: str
    overridden: bool
    repeat_victim: bool


def add_handler(db: Database, username: str) -> Actor:
    accounts.create_user(db, system_actor(), username, username.upper(), "handler", PASSWORD)
    return accounts.authenticate(db, username, PASSWORD, f"ws-{username}", failure_delay_s=0)


def _decision(incident_id: int, overridden: bool, at: dt.datetime) -> GradeDecision:
    return GradeDecision(
        incident_id=incident_id,
        policy_id="default",
        policy_version=1,
        recommended_grade=1 if overridden else 2,
        policy_floor=2,
        chosen_grade=2,
        overridden=overridden,
        below_floor=False,
        rationale="Suspect in custody, victim safe with family; an hour is enough."
        if overridden
        else "",
        domestic_abuse=True,
        reasons_json="[]",
        flags_json="[]",
        facts_json="{}",
        decided_by="test",
        decided_at=at,
    )


def seeded_history(
    db: Database,
    handlers: list[str],
    *,
    calls_each: int = 30,
    seed: int = 3,
    week: dt.date = WEEK,
    first: int = 0,
) -> list[Call]:
    """``calls_each`` calls per handler finalised in ``week``: about 15 % high risk, 30 %
    medium, 15 % overridden, 20 % repeat victims (an earlier call from the number)."""
    rng = random.Random(seed)
    made: list[Call] = []
    monday = dt.datetime.combine(week, dt.time(8), tzinfo=dt.UTC)
    with db.write() as session:
        ids = {u.username: u.id for u in session.query(User).filter(User.username.in_(handlers))}
        number = first
        for handler in handlers:
            for n in range(calls_each):
                number += 1
                phone = phone_for(session, normalise_phone(f"07700 {900000 + number:06d}"))
                roll = rng.random()
                level = "high" if roll < 0.15 else "medium" if roll < 0.45 else "standard"
                overridden = rng.random() < 0.15
                repeat = rng.random() < 0.2
                opened = monday + dt.timedelta(hours=n * 5 % 120, minutes=number % 60)
                if repeat:
                    session.add(
                        _incident(
                            f"E-{number}", phone, None, opened - dt.timedelta(days=40), level, None
                        )
                    )
                incident = _incident(f"Q-{number:04d}", phone, ids[handler], opened, level, opened)
                session.add(incident)
                session.flush()
                session.add(_decision(incident.id, overridden, opened + dt.timedelta(minutes=3)))
                made.append(Call(incident.ref, handler, level, overridden, repeat))
    return made


def _incident(
    ref: str,
    phone: object,
    handler_id: int | None,
    opened: dt.datetime,
    level: str,
    finalised: dt.datetime | None,
) -> Incident:
    return Incident(
        ref=ref,
        opened_at=opened,
        closed_at=opened + dt.timedelta(hours=2),
        phone=phone,
        address=None,
        category="domestic abuse",
        domestic_abuse=True,
        grade=2,
        risk_level=level,
        status="finalised",
        summary="synthetic",
        source="live" if handler_id else "import",
        handler_id=handler_id,
        finalised_at=(finalised + dt.timedelta(hours=6)) if finalised else opened,
        finalised_by="i9",
    )


def live_call(db: Database, staff: Staff, phone: str = "07700 900777") -> int:
    """A domestic-abuse call taken by ``staff.handler`` through the services: history
    looked up, graded as recommended, DASH, briefing, full closure, finalised by inspector 1."""
    handler = staff.handler
    row = new_incident(db, handler, phone)
    c = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in (
        ("da_can_speak", "yes"),
        ("da_suspect_present", "no"),
        ("da_weapon", "no"),
        ("da_children", "no"),
        ("da_vulnerable_adult", "no"),
        ("da_codeword", "bluebell"),
        ("da_caller", "victim"),
        ("da_relationship", "ex_partner"),
        ("da_abuse_types", ["physical"]),
        ("da_callers_words", "He took my phone and my bank card again"),
    ):
        c = c.answer(question, value)
    triage.record_answers(db, handler, row.id, c)
    # The history panel's look-up (an audited consultation), then the grade: this call is
    # not its own history, and nothing earlier is recorded for the number.
    find_previous_calls(db, handler, HistoryQuery(phone=phone), exclude_incident_id=row.id)
    rec = triage.recommend_grade(db, handler, c.facts).recommendation
    triage.decide_grade(db, handler, row.id, rec, rec.grade)
    version = attendance.attendance_for(db, handler, row.id).version
    version = lifecycle.dispatch(db, handler, row.id, version, grade=rec.grade, officers=["PC4521"])
    answers = {q.number: "no" for q in shipped_instrument().questions}
    version = risk.record_assessment(
        db, handler, row.id, version, answers, officer_collar="PC4521"
    ).version
    build_briefing(db, handler, row.id)
    version = lifecycle.record_attendance(db, handler, row.id, version, officer="PC4521")
    version = lifecycle.start_closure(db, handler, row.id, version)
    for item, value in FULL_ANSWERS.items():
        version = closure.answer_item(
            db, handler, row.id, version, item_id=item, value=value, officer_collar="PC4521"
        ).version
    for section, text in NARRATIVE.items():
        version = closure.set_narrative(
            db, handler, row.id, version, section=section, text=text
        ).version
    version = lifecycle.submit_for_sign_off(db, handler, row.id, version)
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    return row.id


def all_compliant(note: str = "") -> dict[str, tuple[str, str]]:
    from callhandler.domain.qa import shipped_qa_checklist

    return {i.id: ("compliant", note) for i in shipped_qa_checklist().items}


__all__ = ["WEEK", "Call", "add_handler", "all_compliant", "live_call", "seeded_history"]

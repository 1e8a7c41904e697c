"""Save screenshots of sign-off and closure (offscreen, synthetic data only).

Usage: .venv/bin/python scripts/screenshot_signoff.py [OUTPUT_FOLDER]   (default docs/screenshots)

Writes sign-off-queue.png (the inspector's window: the queue with a downgrade below the
policy floor, and that incident's review open), inspector-view.png (the control-room tab)
and closure-checklist.png (a handler half-way through the closure questions).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shot_tools import save, settle  # noqa: E402
from sqlalchemy import update  # noqa: E402

from callhandler.domain.facts import Facts  # noqa: E402
from callhandler.importing.run import import_file  # noqa: E402
from callhandler.services import (  # noqa: E402
    accounts,
    calls,
    closure,
    lifecycle,
    signoff,
    triage,
    trigger_events,
)
from callhandler.services.context import Actor, system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.services.grade_check import recommendation_for  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from callhandler.storage.models import Incident  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.closure.checklist_dialog import ClosureChecklistDialog  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

SIZE = (1600, 1000)
SCREENSHOT_PASSWORD = "Kestrel-Lantern-41"  # synthetic; meets the password rules
NOW = dt.datetime.now(dt.UTC)

ANSWERS = {
    "victim_spoken_to_alone": "yes",
    "safety_plan": "Staying with her sister in Histon tonight; codeword agreed; 999 if he returns.",
    "support_information_given": "yes",
    "victim_contact_owner": "PC4521 Okafor, domestic abuse team",
    "next_victim_contact": "Tomorrow 10:00 on her safe number",
    "risk_assessment_completed": "yes",
    "risk_level": "medium",
    "dash_supervisor_reviewed": "yes",
    "children_at_address": "no",
    "officers_attended": "two",
    "offence_disclosed": "no",
    "positive_action_taken": "Suspect left at officers' request; safety plan and call-back.",
    "evidence_captured": ["body_worn_video", "scene_photos"],
    "safeguarding_referral": "yes",
    "neighbourhood_team_informed": "yes",
    "warning_marker": "placed",
    "dvpn_considered": "considered_not_needed",
    "clares_law_considered": "not_relevant",
}
HIGH_RISK = {
    **ANSWERS,
    "risk_level": "high",
    "offence_disclosed": "yes",
    "arrest_made": "yes",
    "victim_supports_prosecution": "undecided",
    "evidence_led_prosecution_considered": "yes",
    "counter_allegation": "no",
    "suspect_custody_status": "charged_remanded",
    "suspect_release_date": "Magistrates' court tomorrow 10:00",
    "victim_told_before_release": "yes",
    "idva_referral": "yes",
    "marac_referral": "yes",
    "high_risk_list_updated": "yes",
    "evidence_captured": ["body_worn_video", "injury_photos", "call_recording"],
}
NARRATIVE = {
    "who": "Victim Jane Example (34), suspect John Example (36), their two children aged 4 and 7.",
    "relationship": "Married eleven years; he moved out in March and keeps coming back.",
    "what_happened": "He forced the door, threw a mug at her and held her by the throat briefly.",
    "risk_factors": "Non-fatal strangulation, separation, escalation, children in the house.",
    "actions": "Arrested for assault; DASH high; MARAC and IDVA referrals made; marker placed.",
}
PREVIOUS = """incident_ref,opened_at,closed_at,phone,address,postcode,uprn,category,domestic_abuse,grade,risk_level,children_present,victim_name,victim_dob,suspect_name,suspect_dob,markers,summary
FX-H-000101,{d1},{d1},07700 900123,"Flat 2, 14 Mill Road",CB1 2AD,,domestic abuse,true,2,medium,yes,Jane Example,1990-07-23,John Example,1988-02-11,domestic_abuse;children_at_address,Caller says partner smashed her phone.
FX-H-000102,{d2},{d2},07700 900123,"Flat 2, 14 Mill Road",CB1 2AD,,domestic abuse,true,2,medium,yes,Jane Example,1990-07-23,John Example,1988-02-11,,Shouting heard by neighbour; he had left when officers arrived.
"""


def sign_in(db: Database, username: str, workstation: str) -> Actor:
    return accounts.authenticate(db, username, SCREENSHOT_PASSWORD, workstation)


def answer_all(
    db: Database, actor: Actor, incident_id: int, version: int, answers: dict, collar: str
) -> int:
    for item, value in answers.items():
        version = closure.answer_item(
            db, actor, incident_id, version, item_id=item, value=value, officer_collar=collar
        ).version
    return version


def narrate(db: Database, actor: Actor, incident_id: int, version: int, sections: dict) -> int:
    for section, text in sections.items():
        version = closure.set_narrative(
            db, actor, incident_id, version, section=section, text=text
        ).version
    return version


def waited(db: Database, incident_id: int, minutes: int) -> None:
    """Make a synthetic incident look as if it had waited (screenshot data only)."""
    submitted = NOW - dt.timedelta(minutes=minutes)
    with db.write() as session:
        session.execute(
            update(Incident)
            .where(Incident.id == incident_id)
            .values(
                opened_at=submitted - dt.timedelta(minutes=95),
                dispatched_at=submitted - dt.timedelta(minutes=90),
                attended_at=submitted - dt.timedelta(minutes=70),
                submitted_at=submitted,
            )
        )


def graded(
    db: Database, actor: Actor, incident_id: int, facts: dict, chosen: int | None, why: str = ""
) -> None:
    recommendation = recommendation_for(db, actor, incident_id, Facts(facts))  # the core's
    triage.decide_grade(db, actor, incident_id, recommendation, chosen or recommendation.grade, why)


def fill(db: Database, folder: Path) -> dict[str, int]:
    admin = system_actor("screenshot")
    for username, name, role in (
        ("handler", "Sam Handler", "handler"),
        ("handler2", "Alex Second", "handler"),
        ("inspector", "Insp. Jo Inspector", "inspector"),
        ("inspector2", "Insp. Lee Other", "inspector"),
    ):
        accounts.create_user(db, admin, username, name, role, SCREENSHOT_PASSWORD)
    history = folder / "previous.csv"
    history.write_text(
        PREVIOUS.format(
            d1=(NOW - dt.timedelta(days=160)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            d2=(NOW - dt.timedelta(days=41)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        ),
        encoding="utf-8",
    )
    import_file(db, admin, history)
    sam = sign_in(db, "handler", "CR-WS-07")
    alex = sign_in(db, "handler2", "CR-WS-04")
    other = sign_in(db, "inspector2", "CR-WS-01")
    ids: dict[str, int] = {}

    # 1. High risk, strangulation, repeat victim: dispatched at Grade 1.
    row = calls.open_incident(
        db,
        sam,
        calls.NewCall(
            phone="07700 900123",
            address="Flat 2, 14 Mill Road",
            postcode="CB1 2AD",
            caller_name="Jane Example",
            victim_name="Jane Example",
            suspect_name="John Example",
            summary="He's kicked the door in and had his hands round my neck. The kids are upstairs.",
        ),
    )
    graded(
        db,
        sam,
        row.id,
        {"relationship": "intimate_partner", "strangulation": "yes", "children_present": "yes"},
        None,
    )
    v = lifecycle.dispatch(
        db,
        sam,
        row.id,
        closure.closure_view(db, sam, row.id).version,
        grade=1,
        officers=["PC4521", "PC3310"],
    )
    v = lifecycle.record_attendance(db, sam, row.id, v, officer="PC4521")
    v = lifecycle.start_closure(db, sam, row.id, v)
    trigger_events.record_trigger_event(  # the court date: reassess risk then
        db, sam, kind="court_date", due_on=(NOW + dt.timedelta(days=1)).date(), incident_id=row.id
    )
    v = answer_all(db, sam, row.id, v, HIGH_RISK, "PC4521")
    v = answer_all(
        db, sam, row.id, v, {"children_accounted_for": "yes", "children_referral": "yes"}, "PC4521"
    )
    v = narrate(db, sam, row.id, v, NARRATIVE)
    lifecycle.submit_for_sign_off(db, sam, row.id, v)
    waited(db, row.id, 38)
    ids["high"] = row.id

    # 2. Coercive control graded 4 against a policy floor of 3: resolved without deployment.
    row = calls.open_incident(
        db,
        alex,
        calls.NewCall(
            phone="01632 960412",
            address="7 Orchard Close",
            postcode="CB4 1XY",
            caller_name="Priya Sample",
            victim_name="Priya Sample",
            suspect_name="Dev Sample",
            summary="He checks my phone, took my bank card and won't let me see my mum.",
        ),
    )
    graded(
        db,
        alex,
        row.id,
        {
            "relationship": "intimate_partner",
            "abuse_types": ["coercive_control", "financial"],
            "coercive_behaviours": ["monitoring", "financial_control", "isolation"],
        },
        4,
        "Caller asked for advice only; she is at her mother's tonight and he is away.",
    )
    v = closure.closure_view(db, alex, row.id).version
    v = lifecycle.resolve_without_deployment(db, alex, row.id, v)
    v = answer_all(db, alex, row.id, v, ANSWERS, "PS1207")
    v = narrate(
        db,
        alex,
        row.id,
        v,
        {
            "who": "Victim Priya Sample, husband Dev Sample; no children.",
            "relationship": "Married four years, living together.",
            "what_happened": "He monitors her phone, controls the money and stops visits.",
            "risk_factors": "Isolation, financial control, monitoring; no violence disclosed.",
            "actions": "Advice given, Women's Aid number, call-back arranged for tomorrow.",
        },
    )
    lifecycle.submit_for_sign_off(db, alex, row.id, v)
    waited(db, row.id, 125)
    ids["below_floor"] = row.id

    # 3. Returned once by another inspector, fixed and resubmitted.
    row = calls.open_incident(
        db,
        sam,
        calls.NewCall(
            phone="07700 900781",
            address="3 Chapel Lane",
            postcode="CB2 3QZ",
            caller_name="Ruth Madeup",
            victim_name="Ruth Madeup",
            suspect_name="Gary Madeup",
            summary="My son has pushed me over and taken my purse.",
        ),
    )
    graded(db, sam, row.id, {"relationship": "family_member", "injury": "minor"}, None)
    v = lifecycle.dispatch(
        db, sam, row.id, closure.closure_view(db, sam, row.id).version, grade=2, officers=["PC2208"]
    )
    v = lifecycle.record_attendance(db, sam, row.id, v, officer="PC2208")
    v = lifecycle.start_closure(db, sam, row.id, v)
    v = answer_all(db, sam, row.id, v, ANSWERS, "PC2208")
    v = narrate(
        db,
        sam,
        row.id,
        v,
        {
            "who": "Victim Ruth Madeup (71), her son Gary Madeup (44).",
            "relationship": "Mother and adult son; he lives with her.",
            "what_happened": "He pushed her over in the kitchen and took her purse.",
            "risk_factors": "Financial abuse, alcohol, she depends on him for shopping.",
            "actions": "Words of advice; adult safeguarding referral; marker placed.",
        },
    )
    v = lifecycle.submit_for_sign_off(db, sam, row.id, v)
    v = signoff.return_to_handler(
        db,
        other,
        row.id,
        v,
        reason="Record whether the son was arrested and why not: an assault was disclosed.",
        password=SCREENSHOT_PASSWORD,
    )
    v = lifecycle.start_closure(db, sam, row.id, v)
    v = answer_all(db, sam, row.id, v, {"dvpn_considered": "not_relevant"}, "PC2208")
    lifecycle.submit_for_sign_off(db, sam, row.id, v)
    waited(db, row.id, 212)
    ids["returned"] = row.id

    # 4. Standard risk, plain.
    row = calls.open_incident(
        db,
        alex,
        calls.NewCall(
            phone="020 7946 0871",
            address="22 Station Street",
            postcode="CB1 1PT",
            caller_name="Maria Placeholder",
            victim_name="Maria Placeholder",
            suspect_name="Tom Fictional",
        ),
    )
    v = lifecycle.dispatch(db, alex, row.id, row.version, grade=2, officers=["PC5110"])
    v = lifecycle.record_attendance(db, alex, row.id, v, officer="PC5110")
    v = lifecycle.start_closure(db, alex, row.id, v)
    v = answer_all(db, alex, row.id, v, {**ANSWERS, "risk_level": "standard"}, "PC5110")
    v = narrate(
        db, alex, row.id, v, {k: "Recorded in full by the officer on scene." for k in NARRATIVE}
    )
    lifecycle.submit_for_sign_off(db, alex, row.id, v)
    waited(db, row.id, 14)

    # 5. For the handler's checklist: attended, half-way through closure.
    row = calls.open_incident(
        db,
        sam,
        calls.NewCall(
            phone="07700 900318",
            address="41 Riverside Walk",
            postcode="CB5 8HX",
            caller_name="Kim Example",
            victim_name="Kim Example",
            suspect_name="Chris Example",
        ),
    )
    v = lifecycle.dispatch(db, sam, row.id, row.version, grade=2, officers=["PC4521"])
    v = lifecycle.record_attendance(db, sam, row.id, v, officer="PC4521")
    v = lifecycle.start_closure(db, sam, row.id, v)
    v = answer_all(
        db,
        sam,
        row.id,
        v,
        {
            "victim_spoken_to_alone": "yes",
            "safety_plan": "Kim is staying at a friend's flat; she has the codeword and a phone.",
            "support_information_given": "yes",
            "risk_assessment_completed": "yes",
            "risk_level": "high",
            "offence_disclosed": "yes",
        },
        "PC4521",
    )
    narrate(db, sam, row.id, v, {"who": "Victim Kim Example, partner Chris Example, no children."})
    ids["checklist"] = row.id
    return ids


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        ids = fill(db, Path(tmp))
        worker = Worker()

        inspector = sign_in(db, "inspector", "CR-WS-01")
        window = build_main_window(db, inspector, worker)
        window.resize(*SIZE)
        window.show()
        settle(worker, app)
        view = window.sign_off_view
        assert view is not None
        view.splitter.setSizes([800, SIZE[0] - 800])
        view.open_review(ids["below_floor"])
        save(window, worker, app, out / "sign-off-queue.png")
        window.show_tab(1)
        save(window, worker, app, out / "inspector-view.png")
        window.close()

        handler = sign_in(db, "handler", "CR-WS-07")
        dialog = ClosureChecklistDialog(db, handler, worker, ids["checklist"])
        dialog.resize(1180, 900)
        dialog.open()
        settle(worker, app)
        dialog.answer("arrest_made", "no")  # as if N was pressed: the rationale appears
        settle(worker, app)
        dialog.go_to("item:no_arrest_rationale")
        save(dialog, worker, app, out / "closure-checklist.png")
        dialog.reject()
        settle(worker, app)
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The closure checklist against the seed report's recommendations: each item is required
exactly when the call, the answers or the incident's record call for it."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from sqlalchemy import select

from builders import add_incident
from callhandler.domain.checklist import (
    condition_holds,
    default_checklist,
    load_checklist,
    status,
)
from callhandler.domain.conversation import Conversation
from callhandler.domain.datafiles import DataFileError, resource
from callhandler.domain.risk import shipped_instrument
from callhandler.domain.scripts import shipped_script
from callhandler.errors import BadInput
from callhandler.services import closure, lifecycle, risk, triage, trigger_events
from callhandler.services.closure import ClosureView
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.models import IncidentPerson
from callhandler.storage.triage_models import TriageAnswer
from closure_helpers import FULL_ANSWERS, NARRATIVE, Staff, new_incident

# The items every later piece of work relies on: kept, never renamed.
EARLIER_IDS = (
    "victim_spoken_to_alone",
    "safety_plan",
    "support_information_given",
    "risk_assessment_completed",
    "risk_level",
    "risk_assessment_not_done_reason",
    "children_accounted_for",
    "children_referral",
    "vulnerable_adult_accounted_for",
    "offence_disclosed",
    "arrest_made",
    "no_arrest_rationale",
    "victim_supports_prosecution",
    "evidence_led_prosecution_considered",
    "evidence_captured",
    "safeguarding_referral",
    "idva_referral",
    "marac_referral",
    "warning_marker",
    "dvpn_considered",
    "clares_law_considered",
)
ALWAYS = {
    "victim_contact_owner",  # recommendation 4
    "next_victim_contact",
    "officers_attended",
    "neighbourhood_team_informed",  # recommendation 13
}
LONG = "A reason written out in full for the inspector to read and check."


def attended(db: Database, actor: Actor) -> tuple[int, int]:
    row = new_incident(db, actor)
    v = lifecycle.dispatch(db, actor, row.id, row.version, grade=2, officers=["PC4521"])
    return row.id, lifecycle.record_attendance(db, actor, row.id, v, officer="PC4521")


def record_facts(db: Database, incident_id: int, facts: Mapping[str, object]) -> None:
    """Store canonical facts as a call's script stores its answers (one row per fact)."""
    now = dt.datetime.now(dt.UTC)
    with db.write() as session:
        for n, (fact, value) in enumerate(facts.items()):
            session.add(
                TriageAnswer(
                    incident_id=incident_id,
                    script_id="test_script",
                    script_version=1,
                    question_id=f"q{n}",
                    fact=fact,
                    value_json=json.dumps(value),
                    counted=True,
                    answered_by="h1",
                    answered_at=now,
                    recorded_at=now,
                )
            )


def give(
    db: Database, actor: Actor, incident_id: int, answers: Mapping[str, object]
) -> ClosureView:
    view = closure.closure_view(db, actor, incident_id)
    for item, value in answers.items():
        view = closure.answer_item(
            db, actor, incident_id, view.version, item_id=item, value=value, officer_collar="PC4521"
        )
    return view


def required(view: ClosureView) -> set[str]:
    return {s.item.id for s in view.checklist_status.items if s.required}


# -- the data file ----------------------------------------------------------------------


def test_every_earlier_item_is_kept_and_the_file_says_where_each_recommendation_is() -> None:
    checklist = default_checklist()
    assert set(EARLIER_IDS) <= set(checklist.item_ids)
    assert ALWAYS <= {i.id for i in checklist.items if i.mandatory}
    text = resource("checklists", "default.yaml").read_text(encoding="utf-8")
    cited = set()
    for match in re.finditer(r"[Rr]ecommendations? (\d+)(?: and (\d+))?", text):
        cited |= {int(n) for n in match.groups() if n}
    assert {4, 6, 9, 10, 11, 12, 13, 14, 15} <= cited


def test_a_new_incident_asks_the_always_questions_and_whether_children_live_there(
    db: Database, staff: Staff
) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = closure.closure_view(db, staff.handler, incident_id)
    assert ALWAYS <= set(view.checklist_status.missing)
    # Nothing in the call settled children: the officer is asked, and the children items
    # wait on the answer.
    assert "children_at_address" in view.checklist_status.missing
    assert not {"children_accounted_for", "children_referral"} & required(view)
    view = give(db, staff.handler, incident_id, {"children_at_address": "yes"})
    assert {"children_accounted_for", "children_referral"} <= set(view.checklist_status.missing)


def test_the_full_answers_complete_a_call_with_no_facts(db: Database, staff: Staff) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = give(db, staff.handler, incident_id, FULL_ANSWERS)
    assert view.checklist_status.missing == ()


# -- risk: recommendations 6 and 9 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "level", "challenged"),
    [
        ({"strangulation": "yes", "strangulation_when": "before"}, "medium", True),
        ({"strangulation": "yes"}, "standard", True),
        ({"threat_to_kill": "yes", "threat_to_kill_when": "today"}, "medium", True),
        ({"strangulation": "yes", "threat_to_kill": "yes"}, "high", False),
        ({"strangulation": "no", "threat_to_kill": "unknown"}, "medium", False),
        ({}, "standard", False),
    ],
)
def test_a_red_flag_beside_a_standard_or_medium_level_is_challenged(
    db: Database, staff: Staff, facts: dict[str, str], level: str, challenged: bool
) -> None:
    incident_id, _ = attended(db, staff.handler)
    record_facts(db, incident_id, facts)
    view = give(
        db,
        staff.handler,
        incident_id,
        {"risk_assessment_completed": "yes", "risk_level": level},
    )
    assert ("risk_level_challenge" in view.checklist_status.missing) is challenged
    # A red flag also puts the MARAC question (professional judgement, recommendation 10).
    flagged = "yes" in facts.values()
    assert ("marac_referral" in required(view)) is (flagged or level == "high")


def test_strangulation_at_medium_cannot_go_for_sign_off_without_the_written_challenge(
    db: Database, staff: Staff
) -> None:
    incident_id, _ = attended(db, staff.handler)
    record_facts(db, incident_id, {"strangulation": "yes", "strangulation_when": "today"})
    version = lifecycle.start_closure(
        db, staff.handler, incident_id, closure.closure_view(db, staff.handler, incident_id).version
    )
    answers = {
        **FULL_ANSWERS,
        "risk_level": "medium",
        "marac_referral": "yes",
        "high_risk_list_updated": "yes",
    }
    view = give(db, staff.handler, incident_id, answers)
    for section, text in NARRATIVE.items():
        view = closure.set_narrative(
            db, staff.handler, incident_id, view.version, section=section, text=text
        )
    assert view.checklist_status.missing == ("risk_level_challenge",)
    with pytest.raises(BadInput, match="Strangulation or a threat to kill was recorded"):
        lifecycle.submit_for_sign_off(db, staff.handler, incident_id, view.version)
    with pytest.raises(BadInput, match="at least 40 characters"):
        give(db, staff.handler, incident_id, {"risk_level_challenge": "Judgement."})
    view = give(
        db,
        staff.handler,
        incident_id,
        {
            "risk_level_challenge": "Strangulation was two years ago, victim now lives "
            "300 miles away, suspect in prison; supervisor agreed medium."
        },
    )
    version = lifecycle.submit_for_sign_off(db, staff.handler, incident_id, view.version)
    assert version > view.version


def test_the_challenge_follows_the_dash_answers_as_well_as_the_call(
    db: Database, staff: Staff
) -> None:
    """Question 18 (strangled) yes alone gives medium; the checklist reads the DASH's own
    answers, so the challenge is required though the call never mentioned strangulation."""
    incident_id, version = attended(db, staff.handler)
    dash = shipped_instrument()
    answers = {q.number: "yes" if q.topic == "strangulation" else "no" for q in dash.questions}
    risk.record_assessment(
        db, staff.handler, incident_id, version, answers, officer_collar="PC4521"
    )
    view = closure.closure_view(db, staff.handler, incident_id)
    assert view.answers["risk_level"].value == "medium"
    assert "strangulation" in view.facts["risk_assessment_yes"]
    assert {"risk_level_challenge", "marac_referral", "dash_supervisor_reviewed"} <= set(
        view.checklist_status.missing
    )


def test_an_unreviewed_dash_needs_its_review_arranged(db: Database, staff: Staff) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = give(db, staff.handler, incident_id, {"risk_assessment_completed": "no"})
    assert "dash_supervisor_reviewed" not in required(view)
    assert "risk_assessment_not_done_reason" in view.checklist_status.missing
    view = give(
        db, staff.handler, incident_id, {"risk_assessment_completed": "yes", "risk_level": "medium"}
    )
    assert "dash_supervisor_reviewed" in view.checklist_status.missing
    view = give(db, staff.handler, incident_id, {"dash_supervisor_reviewed": "no"})
    assert "dash_review_arrangement" in view.checklist_status.missing
    view = give(db, staff.handler, incident_id, {"dash_supervisor_reviewed": "yes"})
    assert "dash_review_arrangement" not in required(view)


# -- a "no" needs its reason -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ({"victim_spoken_to_alone": "no"}, "victim_not_spoken_to_alone_reason"),
        ({"support_information_given": "no"}, "support_information_not_given_reason"),
        ({"safeguarding_referral": "no"}, "safeguarding_referral_not_made_reason"),
        ({"warning_marker": "not_needed"}, "warning_marker_not_needed_reason"),
        ({"children_at_address": "yes", "children_referral": "no"}, "children_referral_not_made_reason"),
        ({"children_at_address": "yes", "children_accounted_for": "no"}, "children_not_accounted_for_action"),
        ({"risk_level": "high", "idva_referral": "no"}, "idva_referral_not_made_reason"),
        ({"risk_level": "high", "marac_referral": "no"}, "marac_not_referred_reason"),
        ({"evidence_captured": ["none"]}, "evidence_gap_reason"),
        ({"evidence_captured": ["injury_photos", "house_to_house"]}, "evidence_gap_reason"),
        ({"offence_disclosed": "no"}, "positive_action_taken"),
        ({"offence_disclosed": "yes", "arrest_made": "no"}, "positive_action_taken"),
    ],
)  # fmt: skip
def test_a_no_needs_its_reason_and_a_yes_does_not(
    db: Database, staff: Staff, answers: dict[str, object], reason: str
) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = closure.closure_view(db, staff.handler, incident_id)
    assert reason not in required(view)
    view = give(db, staff.handler, incident_id, answers)
    assert reason in view.checklist_status.missing
    view = give(db, staff.handler, incident_id, {reason: LONG})
    assert reason not in view.checklist_status.missing


@pytest.mark.parametrize(
    "answers",
    [
        {"victim_spoken_to_alone": "yes", "support_information_given": "yes"},
        {"safeguarding_referral": "yes", "warning_marker": "placed"},
        {"evidence_captured": ["body_worn_video"]},
        {"offence_disclosed": "yes", "arrest_made": "yes"},
        {"risk_level": "high", "idva_referral": "yes", "marac_referral": "yes"},
    ],
)
def test_no_reason_is_asked_after_a_yes(
    db: Database, staff: Staff, answers: dict[str, object]
) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = give(db, staff.handler, incident_id, answers)
    asked = {i for i in required(view) if i.endswith(("_reason", "_action"))}
    asked |= {"positive_action_taken", "evidence_gap_reason"} & required(view)
    assert asked == set()


# -- children ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "asked", "children_items"),
    [
        ({"children_present": "yes"}, False, True),
        ({"children_live_there": "yes", "children_present": "no"}, False, True),
        ({"children_taken": "yes"}, False, True),
        ({"children_present": "unknown"}, True, True),
        ({"children_live_there": "unknown", "children_present": "no"}, True, True),
        ({"children_present": "no", "children_live_there": "no"}, False, False),
        ({"children_present": "no"}, True, False),
        ({}, True, False),
    ],
)
def test_children_items_apply_when_children_are_there_live_there_or_are_unknown(
    db: Database, staff: Staff, facts: dict[str, str], asked: bool, children_items: bool
) -> None:
    incident_id, _ = attended(db, staff.handler)
    record_facts(db, incident_id, facts)
    view = closure.closure_view(db, staff.handler, incident_id)
    assert ("children_at_address" in required(view)) is asked
    both = {"children_accounted_for", "children_referral"}
    assert (both <= required(view)) is children_items
    assert (both & required(view) == set()) is (not children_items)
    if asked:  # the officer's "no" settles an unknown; "yes" asks the children items
        assert both.isdisjoint(
            required(give(db, staff.handler, incident_id, {"children_at_address": "no"}))
        )
        assert both <= required(
            give(db, staff.handler, incident_id, {"children_at_address": "yes"})
        )


def test_children_recorded_before_at_the_address_apply_the_children_items(
    db: Database, staff: Staff
) -> None:
    now = dt.datetime.now(dt.UTC)
    add_incident(
        db, "OLD-1", days_ago=400, address="3 Test Street", postcode="CB1 2AD", children=True,
        now=now,
    )  # fmt: skip
    incident_id, _ = attended(db, staff.handler)
    record_facts(db, incident_id, {"children_present": "no", "children_live_there": "no"})
    view = closure.closure_view(db, staff.handler, incident_id)
    assert view.facts["children_recorded_before"] == "yes"
    assert {"children_accounted_for", "children_referral"} <= set(view.checklist_status.missing)
    assert "children_at_address" not in required(view)


def test_a_children_marker_counts_and_a_later_incident_does_not(db: Database, staff: Staff) -> None:
    now = dt.datetime.now(dt.UTC)
    incident_id, _ = attended(db, staff.handler)
    # Opened after this incident: its children do not change this incident's checklist.
    add_incident(
        db, "LATER-1", days_ago=-1, address="3 Test Street", postcode="CB1 2AD", children=True,
        now=now,
    )  # fmt: skip
    view = closure.closure_view(db, staff.handler, incident_id)
    assert view.facts["children_recorded_before"] == "no"
    add_incident(
        db, "MARK-1", days_ago=1, phone="07700 900999", markers=[("phone", "children_at_address")],
        now=now,
    )  # fmt: skip
    row = new_incident(db, staff.handler, phone="07700 900999")
    view = closure.closure_view(db, staff.handler, row.id)
    assert view.facts["children_recorded_before"] == "yes"
    assert {"children_accounted_for", "children_referral"} <= set(view.checklist_status.missing)


# -- orders, counter-allegations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("abuse_types", "item"),
    [
        (["forced_marriage"], "forced_marriage_protection_order"),
        (["fgm", "physical"], "fgm_protection_order"),
        (["stalking_harassment"], "stalking_protection_order"),
    ],
)
def test_protection_orders_are_asked_when_the_abuse_types_point_to_them(
    db: Database, staff: Staff, abuse_types: list[str], item: str
) -> None:
    incident_id, _ = attended(db, staff.handler)
    orders = {
        "forced_marriage_protection_order",
        "fgm_protection_order",
        "stalking_protection_order",
    }
    assert orders.isdisjoint(required(closure.closure_view(db, staff.handler, incident_id)))
    record_facts(db, incident_id, {"abuse_types": abuse_types})
    view = closure.closure_view(db, staff.handler, incident_id)
    assert required(view) & orders == {item}
    view = give(db, staff.handler, incident_id, {item: "applied_for"})
    assert item not in view.checklist_status.missing


def test_a_counter_allegation_is_asked_when_the_suspect_was_dealt_with(
    db: Database, staff: Staff
) -> None:
    incident_id, _ = attended(db, staff.handler)
    view = give(db, staff.handler, incident_id, {"offence_disclosed": "no"})
    assert "counter_allegation" not in required(view)
    view = give(db, staff.handler, incident_id, {"offence_disclosed": "yes"})
    assert "counter_allegation" in view.checklist_status.missing
    view = give(db, staff.handler, incident_id, {"counter_allegation": "yes"})
    assert "counter_allegation_assessment" in view.checklist_status.missing
    other, _ = attended(db, staff.handler)
    record_facts(db, other, {"suspect_location": "present"})
    assert "counter_allegation" in required(closure.closure_view(db, staff.handler, other))


# -- custody and trigger events: recommendation 11 -------------------------------------------


def test_an_arrest_asks_custody_release_date_victim_told_and_a_trigger_event(
    db: Database, staff: Staff
) -> None:
    incident_id, _ = attended(db, staff.handler)
    custody = {"suspect_custody_status", "suspect_release_date", "victim_told_before_release"}
    view = give(db, staff.handler, incident_id, {"offence_disclosed": "yes", "arrest_made": "yes"})
    assert required(view) & custody == {"suspect_custody_status"}
    assert "trigger_event_missing_reason" not in required(view)
    view = give(db, staff.handler, incident_id, {"suspect_custody_status": "released_on_bail"})
    assert custody <= required(view)
    assert "trigger_event_missing_reason" in view.checklist_status.missing
    assert view.facts["trigger_event_recorded"] == "no"

    trigger_events.record_trigger_event(
        db,
        staff.handler,
        kind="bail_expiry",
        due_on=dt.date.today() + dt.timedelta(days=28),
        incident_id=incident_id,
    )
    view = closure.closure_view(db, staff.handler, incident_id)
    assert view.facts["trigger_event_recorded"] == "yes"
    assert "trigger_event_missing_reason" not in required(view)
    view = give(
        db,
        staff.handler,
        incident_id,
        {"suspect_release_date": "2026-12-31 10:00", "victim_told_before_release": "yes"},
    )
    assert custody.isdisjoint(view.checklist_status.missing)


def test_in_custody_from_the_call_asks_the_custody_status(db: Database, staff: Staff) -> None:
    incident_id, _ = attended(db, staff.handler)
    record_facts(db, incident_id, {"suspect_location": "in_custody"})
    view = closure.closure_view(db, staff.handler, incident_id)
    assert "suspect_custody_status" in view.checklist_status.missing
    view = give(
        db, staff.handler, incident_id, {"suspect_custody_status": "released_no_further_action"}
    )
    assert "trigger_event_missing_reason" not in required(view)  # nothing ahead to reassess at
    assert "suspect_release_date" in view.checklist_status.missing


def test_a_trigger_event_on_the_suspect_recorded_since_the_call_counts(
    db: Database, staff: Staff
) -> None:
    incident_id, _ = attended(db, staff.handler)
    with db.read() as session:
        suspect = session.execute(
            select(IncidentPerson.person_id).where(
                IncidentPerson.incident_id == incident_id, IncidentPerson.role == "suspect"
            )
        ).scalar_one()
    give(db, staff.handler, incident_id, {"suspect_custody_status": "charged_remanded"})
    trigger_events.record_trigger_event(
        db, staff.handler, kind="court_date", due_on=dt.date.today(), person_id=suspect
    )
    view = closure.closure_view(db, staff.handler, incident_id)
    assert "trigger_event_missing_reason" not in required(view)


# -- repeat incidents: recommendation 15 ----------------------------------------------------


def test_a_repeat_non_crime_incident_needs_a_plan(db: Database, staff: Staff) -> None:
    now = dt.datetime.now(dt.UTC)
    first, _ = attended(db, staff.handler)
    view = give(db, staff.handler, first, {"offence_disclosed": "no"})
    assert view.facts["previous_incidents_12m"] == "0"
    assert "repeat_incidents_plan" not in required(view)
    add_incident(
        db, "OLD-2", days_ago=400, address="3 Test Street", postcode="CB1 2AD", now=now
    )  # more than a year before: not a repeat
    add_incident(db, "OLD-3", days_ago=60, address="9 Elsewhere Road", postcode="CB9 9ZZ", now=now)
    assert "repeat_incidents_plan" not in required(closure.closure_view(db, staff.handler, first))

    second, _ = attended(db, staff.handler)  # same address, this year
    view = give(db, staff.handler, second, {"offence_disclosed": "yes"})
    assert view.facts["previous_incidents_12m"] == "1"
    assert "repeat_incidents_plan" not in required(view)  # a crime, dealt with as one
    view = give(db, staff.handler, second, {"offence_disclosed": "no"})
    assert "repeat_incidents_plan" in view.checklist_status.missing


def test_three_incidents_not_coded_as_domestic_abuse_need_a_plan_crime_or_not(
    db: Database, staff: Staff
) -> None:
    now = dt.datetime.now(dt.UTC)
    for n, days in enumerate((20, 90)):
        add_incident(
            db, f"DIST-{n}", days_ago=days, address="3 Test Street", postcode="CB1 2AD",
            category="disturbance", domestic_abuse=False, now=now,
        )  # fmt: skip
    incident_id, _ = attended(db, staff.handler)
    view = give(db, staff.handler, incident_id, {"offence_disclosed": "yes"})
    assert view.facts["previous_non_da_incidents_12m"] == "2"
    assert "repeat_incidents_plan" in view.checklist_status.missing


# -- the call's facts reach the checklist -----------------------------------------------------


def test_facts_recorded_through_the_script_reach_the_checklist(db: Database, staff: Staff) -> None:
    incident_id, _ = attended(db, staff.handler)
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.answer("da_strangulation", "yes").answer("da_children", "yes")
    triage.record_answers(db, staff.handler, incident_id, c)
    view = give(
        db, staff.handler, incident_id, {"risk_assessment_completed": "yes", "risk_level": "medium"}
    )
    assert (view.facts["strangulation"], view.facts["children_present"]) == ("yes", "yes")
    assert {"risk_level_challenge", "children_accounted_for", "children_referral"} <= set(
        view.checklist_status.missing
    )
    assert "children_at_address" not in required(view)


# -- the condition language ------------------------------------------------------------------


def test_answered_and_at_least_conditions() -> None:
    answered = {"answer": "evidence_captured", "answered": True}
    assert not condition_holds(answered, {}, {})
    assert condition_holds(answered, {"evidence_captured": ("none",)}, {})
    assert not condition_holds(answered, {"evidence_captured": ()}, {})
    assert condition_holds({"fact": "strangulation", "answered": False}, {}, {})
    at_least = {"fact": "previous_incidents_12m", "at_least": 2}
    assert not condition_holds(at_least, {}, {})
    assert not condition_holds(at_least, {}, {"previous_incidents_12m": "1"})
    assert condition_holds(at_least, {}, {"previous_incidents_12m": "2"})
    checklist = default_checklist()
    gap = status(checklist, {"evidence_captured": ("injury_photos",)}, {}, {})
    assert "evidence_gap_reason" in gap.missing


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = resource("checklists", "default.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "force.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        (
            '{fact: strangulation, equals: "yes"}',
            '{fact: strangulaton, equals: "yes"}',
            "unknown fact 'strangulaton'",
        ),
        (
            '{fact: children_present, equals: "yes"}',
            '{fact: children_present, equals: "maybe"}',
            "'maybe' is not a value of fact 'children_present'",
        ),
        (
            "{fact: previous_incidents_12m, at_least: 1}",
            "{fact: children_present, at_least: 1}",
            "at_least is for counted facts",
        ),
        (
            "{answer: suspect_custody_status, answered: true}",
            "{answer: suspect_custody_status, at_least: 1}",
            "",
        ),
    ],
)
def test_a_condition_on_an_unknown_fact_or_value_refuses_the_file_naming_the_line(
    tmp_path: Path, old: str, new: str, words: str
) -> None:
    path = broken(tmp_path, old, new)
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if new in text)
    with pytest.raises(DataFileError) as err:
        load_checklist(path)
    assert err.value.first_line == line
    assert words in str(err.value) and "the whole file was refused" in str(err.value)

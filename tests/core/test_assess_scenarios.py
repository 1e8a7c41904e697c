"""Scenarios from the seed report and national guidance, through ``callhandler assess`` on a real database.

Each row: the canonical facts a handler recorded, the history at the number or address
(built with tests/builders.add_incident), and what an experienced inspector expects:
grade, domestic abuse or not, and the key reasons and flags.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from builders import add_incident
from callhandler.cli import main
from callhandler.storage.engine import Database
from signin_helpers import sign_in_as

PHONE = "07700 900456"
ADDRESS = "Flat 4, 22 Station Road"
POSTCODE = "CB2 3QZ"
VICTIM = ("victim", "Alex Example", dt.date(1991, 3, 4))
SUSPECT = ("suspect", "Sam Example", dt.date(1989, 7, 8))
PARTNER = {"relationship": "intimate_partner"}


@dataclass(frozen=True)
class Scenario:
    name: str
    answers: dict[str, Any]
    grade: int
    domestic_abuse: bool
    rules: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    absent_flags: tuple[str, ...] = ()
    history: tuple[dict[str, Any], ...] = ()
    marac: bool = False
    dash: bool | None = None
    officers: int | None = None
    search: dict[str, str] = field(default_factory=lambda: {"phone": PHONE})


def earlier(ref: str, days_ago: float, **extra: Any) -> dict[str, Any]:
    return {
        "ref": ref,
        "days_ago": days_ago,
        "phone": PHONE,
        "address": ADDRESS,
        "postcode": POSTCODE,
        **extra,
    }


SCENARIOS = [
    Scenario(
        "knife threat by partner, suspect in the house",
        {
            **PARTNER,
            "weapon": "yes",
            "threat_to_kill": "yes",
            "suspect_present": "yes",
            "abuse_types": ["physical"],
        },
        1,
        True,
        rules=("weapon", "threat_to_kill", "immediate_threat", "domestic_abuse"),
        flags=("weapons", "threat_to_kill", "suspect_present"),
        dash=True,
        officers=2,
    ),
    Scenario(
        "coercive control only (the seed's central finding)",
        {
            **PARTNER,
            "abuse_types": ["coercive_control"],
            "coercive_behaviours": ["monitoring", "isolation"],
            "suspect_present": "no",
        },
        2,
        True,
        rules=("domestic_abuse", "dash_every_domestic_abuse"),
        dash=True,
        officers=1,
    ),
    Scenario(
        "silent 999 call from a number with a high-risk marker",
        {"call_type": "silent"},
        1,
        False,
        rules=("silent_call_known_danger",),
        flags=("call_back",),
        history=(earlier("H-1", 500, markers=[("phone", "high_risk_da_victim")]),),
        marac=True,
    ),
    Scenario(
        "abandoned call, no marker, no history",
        {"call_type": "abandoned"},
        2,
        False,
        rules=("silent_or_abandoned_call",),
        flags=("call_back",),
        absent_flags=("repeat_victim",),
    ),
    Scenario(
        "abandoned call from an address with DA last month but no marker",
        {"call_type": "abandoned"},
        1,
        False,
        rules=("silent_call_known_danger", "repeat_victim"),
        history=(earlier("H-2", 30),),
        search={"address": ADDRESS, "postcode": POSTCODE},
    ),
    Scenario(
        "call cut off mid-sentence",
        {"call_type": "cut_off"},
        1,
        False,
        rules=("call_cut_off",),
        flags=("call_back",),
    ),
    Scenario(
        "ex-partner breaching a non-molestation order now",
        {
            "relationship": "ex_partner",
            "abuse_types": ["stalking_harassment"],
            "order_or_bail_in_force": "yes",
            "order_or_bail_breached": "yes",
        },
        1,
        True,
        rules=("order_breached_now", "domestic_abuse"),
        flags=("order_breached", "court_order"),
        officers=2,
    ),
    Scenario(
        "partner assault, suspect gone, children in the house",
        {
            **PARTNER,
            "abuse_types": ["physical"],
            "injury": "minor",
            "suspect_present": "no",
            "children_present": "yes",
        },
        2,
        True,
        rules=("domestic_abuse", "children_present"),
        flags=("children",),
        absent_flags=("children_at_immediate_risk",),
        officers=2,
    ),
    Scenario(
        "children present while the suspect is violent",
        {
            **PARTNER,
            "abuse_types": ["physical"],
            "suspect_present": "yes",
            "children_present": "yes",
        },
        1,
        True,
        rules=("children_at_immediate_risk", "immediate_threat"),
        flags=("children_at_immediate_risk", "children"),
        officers=2,
    ),
    Scenario(
        "repeat victim: one DA incident in 12 months",
        {**PARTNER, "abuse_types": ["emotional"], "suspect_present": "no"},
        1,
        True,
        rules=("repeat_victim", "domestic_abuse"),
        flags=("repeat_victim",),
        absent_flags=("marac_consideration",),
        history=(earlier("H-3", 90),),
    ),
    Scenario(
        "repeat victim: three DA incidents in 12 months (potential escalation)",
        {**PARTNER, "abuse_types": ["emotional"], "suspect_present": "no"},
        1,
        True,
        rules=("potential_escalation", "repeat_victim"),
        flags=("marac_consideration", "repeat_victim"),
        history=(earlier("H-4", 200), earlier("H-5", 100), earlier("H-6", 20)),
        marac=True,
    ),
    Scenario(
        "DA more than 12 months ago only: no repeat escalation",
        {**PARTNER, "abuse_types": ["emotional"], "suspect_present": "no"},
        2,
        True,
        rules=("domestic_abuse",),
        absent_flags=("repeat_victim",),
        history=(earlier("H-7", 500),),
    ),
    Scenario(
        "MARAC marker on the address",
        {**PARTNER, "abuse_types": ["coercive_control"], "suspect_present": "no"},
        1,
        True,
        rules=("marac_or_high_risk_marker",),
        flags=("marac_consideration",),
        history=(earlier("H-8", 450, markers=[("address", "marac")]),),
        search={"address": ADDRESS, "postcode": POSTCODE},
        marac=True,
    ),
    Scenario(
        "neighbour dispute about noise",
        {"call_type": "normal", "relationship": "other", "caller_can_speak_freely": "yes"},
        3,
        False,
        rules=("default_grade",),
        dash=False,
        officers=1,
    ),
    Scenario(
        "under-16 family member hit by a parent: child protection, not DA",
        {
            "relationship": "family_member",
            "victim_16_or_over": "no",
            "suspect_16_or_over": "yes",
            "abuse_types": ["physical"],
        },
        2,
        False,
        rules=("child_safeguarding",),
        flags=("child_safeguarding",),
        dash=False,
    ),
    Scenario(
        "ex-partner stalking and tracking her phone",
        {
            "relationship": "ex_partner",
            "abuse_types": ["stalking_harassment"],
            "coercive_behaviours": ["monitoring"],
            "suspect_present": "no",
        },
        2,
        True,
        rules=("domestic_abuse",),
        dash=True,
    ),
    Scenario(
        "so-called honour-based violence with a threat to kill",
        {"relationship": "family_member", "abuse_types": ["honour_based"], "threat_to_kill": "yes"},
        1,
        True,
        rules=("threat_to_kill", "domestic_abuse"),
        flags=("threat_to_kill",),
    ),
    Scenario(
        "forced marriage planned by the family",
        {
            "relationship": "family_member",
            "victim_16_or_over": "yes",
            "suspect_16_or_over": "yes",
            "abuse_types": ["forced_marriage"],
        },
        2,
        True,
        rules=("domestic_abuse",),
        dash=True,
    ),
    Scenario(
        "FGM threatened against an adult daughter",
        {"relationship": "family_member", "victim_16_or_over": "yes", "abuse_types": ["fgm"]},
        2,
        True,
        rules=("domestic_abuse",),
    ),
    Scenario(
        "financial control only: he takes her wages",
        {
            **PARTNER,
            "abuse_types": ["financial"],
            "coercive_behaviours": ["financial_control"],
            "suspect_present": "no",
        },
        2,
        True,
        rules=("domestic_abuse",),
        dash=True,
        officers=1,
    ),
    Scenario(
        "strangulation tonight",
        {**PARTNER, "abuse_types": ["physical"], "strangulation": "yes", "suspect_present": "no"},
        1,
        True,
        rules=("strangulation", "domestic_abuse"),
        flags=("strangulation",),
    ),
    Scenario(
        "caller whispering, cannot speak freely",
        {"call_type": "normal", "caller_can_speak_freely": "no"},
        1,
        False,
        rules=("caller_cannot_speak",),
        flags=("caller_cannot_speak",),
    ),
    Scenario(
        "suspect in the history is a serial perpetrator",
        {**PARTNER, "abuse_types": ["physical"], "suspect_present": "no"},
        1,
        True,
        rules=("serial_perpetrator", "repeat_victim", "domestic_abuse"),
        flags=("serial_perpetrator", "repeat_victim"),
        history=(
            earlier("H-9", 150, people=[VICTIM, SUSPECT]),
            {
                "ref": "H-10",
                "days_ago": 700,
                "phone": "01632 960777",
                "address": "9 Quarry Lane",
                "postcode": "PE1 2AB",
                "people": [("victim", "Jo Sample", dt.date(1985, 2, 1)), SUSPECT],
            },
        ),
    ),
    Scenario(
        "vulnerable adult in the house",
        {
            "relationship": "family_member",
            "abuse_types": ["psychological"],
            "vulnerable_adult_present": "yes",
            "suspect_present": "no",
        },
        2,
        True,
        rules=("vulnerable_adult", "domestic_abuse"),
        flags=("vulnerable_adult",),
    ),
    Scenario(
        "suspect has left the scene after a minor assault",
        {
            **PARTNER,
            "abuse_types": ["physical"],
            "injury": "minor",
            "suspect_present": "no",
            "children_present": "no",
        },
        2,
        True,
        rules=("domestic_abuse",),
        absent_flags=("suspect_present",),
        officers=1,
    ),
    Scenario(
        "elderly mother abused and robbed by her adult son",
        {
            "relationship": "family_member",
            "victim_16_or_over": "yes",
            "suspect_16_or_over": "yes",
            "abuse_types": ["physical", "financial"],
            "vulnerable_adult_present": "yes",
            "suspect_present": "yes",
        },
        1,
        True,
        rules=("immediate_threat", "domestic_abuse", "vulnerable_adult"),
        flags=("vulnerable_adult", "suspect_present"),
        officers=2,
    ),
    Scenario(
        "serious injury in a pub fight (not domestic)",
        {"relationship": "other", "injury": "serious"},
        1,
        False,
        rules=("serious_injury",),
        dash=False,
    ),
    Scenario(
        "theft report from an address where children were recorded before",
        {"relationship": "other", "offence_disclosed": "yes"},
        3,
        False,
        rules=("children_recorded_before", "default_grade"),
        flags=("children_recorded",),
        history=(earlier("H-11", 400, domestic_abuse=False, category="theft", children=True),),
        search={"address": ADDRESS, "postcode": POSTCODE},
    ),
    Scenario(
        "teenage partner abuse, both under 16",
        {
            **PARTNER,
            "victim_16_or_over": "no",
            "suspect_16_or_over": "no",
            "abuse_types": ["coercive_control"],
        },
        2,
        False,
        rules=("child_safeguarding",),
        flags=("child_safeguarding",),
    ),
    Scenario(
        "drunk partner shouting, weapons marker on the address",
        {
            **PARTNER,
            "abuse_types": ["psychological"],
            "alcohol_or_drugs": "yes",
            "suspect_present": "unknown",
        },
        2,
        True,
        rules=("weapons_or_officer_safety_marker", "alcohol_or_drugs"),
        flags=("officer_safety", "alcohol_or_drugs"),
        history=(
            earlier(
                "H-12",
                800,
                domestic_abuse=False,
                category="disturbance",
                markers=[("address", "weapons")],
            ),
        ),
        search={"address": ADDRESS, "postcode": POSTCODE},
        officers=2,
    ),
]


def test_there_are_at_least_25_scenarios_with_distinct_names() -> None:
    assert len(SCENARIOS) >= 25
    assert len({s.name for s in SCENARIOS}) == len(SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_scenario(
    db: Database,
    db_url: str,
    scenario: Scenario,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each scenario goes through the ``callhandler assess`` command itself (SPEC section 5);
    the history is dated back from today, as the command assesses at the current time."""
    sign_in_as(monkeypatch, db_url, "handler1", "handler")  # assess with history reads it
    today = dt.datetime.now(dt.UTC)
    for entry in scenario.history:
        add_incident(db, now=today, **entry)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(scenario.answers), encoding="utf-8")
    search = [
        arg
        for option in ("phone", "address", "postcode")
        if option in scenario.search
        for arg in (f"--{option}", scenario.search[option])
    ]
    code = main(["assess", "--answers", str(answers), *search, "--json", "--db", db_url])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    document = json.loads(captured.out)

    rules = [r["rule"] for r in document["reasons"]]
    summary = (
        f"{scenario.name}: grade {document['grade']}, rules {rules}, flags {document['flags']}"
    )
    assert document["grade"] == scenario.grade, summary
    assert document["domestic_abuse"] is scenario.domestic_abuse, summary
    assert set(scenario.rules) <= set(rules), summary
    assert set(scenario.flags) <= set(document["flags"]), summary
    assert not set(scenario.absent_flags) & set(document["flags"]), summary
    assert document["marac_consideration"] is scenario.marac, summary
    if scenario.dash is not None:
        assert document["dash_required"] is scenario.dash, summary
    if scenario.domestic_abuse:
        assert document["dash_required"] and document["grade"] <= 2
    if scenario.officers is not None:
        assert document["officers_recommended"] == scenario.officers, summary
    assert document["grade"] <= document["policy_floor"]
    for reason in document["reasons"]:
        assert reason["text"] and reason["causes"], reason
    if scenario.history:
        assert (
            document["history"]["searched"]
            and document["history"]["summary"]["total_incidents"] >= 1
        )

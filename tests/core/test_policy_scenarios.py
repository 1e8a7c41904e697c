"""``callhandler policy test`` over the shipped scenarios, and ``policy impact`` on a real database.

The shipped scenarios are the inspector's calls (issue 12): every rule of the default
policy fires in at least one, every canonical fact is used, and the previous policy fails
them, so they can catch a change. Impact replays recorded decisions through two policies.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from builders import add_incident, core_recommendation
from callhandler.cli import main
from callhandler.domain.facts import CANONICAL, Facts
from callhandler.domain.policy import shipped_policy
from callhandler.domain.policy_tests import run, shipped_scenarios
from callhandler.services import triage
from callhandler.storage.engine import Database
from closure_helpers import Staff, make_staff, new_incident
from signin_helpers import sign_in_as

POLICY_FILE = Path(__file__).parents[2] / "resources" / "policy" / "default.yaml"


def test_the_shipped_policy_passes_at_least_80_scenarios_through_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["policy", "test", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["scenarios"] >= 80 and document["failed"] == 0
    assert document["policy"] == "default v2"
    names = [r["name"] for r in document["results"]]
    assert len(set(names)) == len(names)


def test_every_rule_fires_and_every_canonical_fact_is_used_in_some_scenario() -> None:
    policy = shipped_policy()
    results = run(shipped_scenarios(), policy)
    fired = {reason.rule for r in results for reason in r.recommendation.reasons}
    optional = {"dash_crime_or_previous"}  # the 2014 option, off in the default policy
    assert {rule.id for rule in policy.rules} - optional <= fired
    used = {fact for r in results for fact in r.scenario.facts}
    assert set(CANONICAL) - used == set()


def test_the_previous_policy_fails_the_inspectors_calls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The scenarios can fail: the round-two policy under-graded exactly these calls."""
    lenient = POLICY_FILE.read_text(encoding="utf-8").replace(
        "            - {is: suspect_there_now}\n            - {is: abuse_or_threat_now}\n",
        '            - {fact: suspect_present, equals: "yes"}\n'
        "            - {fact: abuse_types, contains: physical}\n",
    )
    assert lenient != POLICY_FILE.read_text(encoding="utf-8")
    path = tmp_path / "lenient.yaml"
    path.write_text(lenient, encoding="utf-8")
    assert main(["policy", "test", "--policy", str(path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL resources/policy/tests/immediate_threat.yaml, line" in out
    assert "partner has locked her in and is there now" in out
    assert "grade: expected 1, got 2" in out


def test_a_scenario_file_of_the_force_reports_each_failure_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scenarios = tmp_path / "ours.yaml"
    scenarios.write_text(
        "title: Our own calls\n"
        "scenarios:\n"
        "  - name: strangled last year, suspect away\n"
        "    facts: {relationship: ex_partner, strangulation: 'yes', strangulation_when: before,"
        " suspect_present: 'no'}\n"
        "    expect: {grade: 1}\n"
        "  - name: partner threatening now\n"
        "    facts: {relationship: intimate_partner, abuse_types: [psychological],"
        " suspect_present: 'yes'}\n"
        "    expect: {grade: 1, officers: 2}\n",
        encoding="utf-8",
    )
    assert main(["--quiet", "policy", "test", str(scenarios)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL {scenarios}, line 3: strangled last year, suspect away" in out
    assert "grade: expected 1, got 2" in out
    assert "1 of 2 scenarios passed" in out


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("facts: {weapons: 'yes'}", "Unknown fact 'weapons'"),
        ("facts: {weapon: 'maybe'}", "cannot be 'maybe'"),
        ("facts: {}\n    history: {markers: [fragile@phone]}", "line 5: 'fragile@phone'"),
    ],
)
def test_a_broken_scenario_file_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, problem: str
) -> None:
    scenarios = tmp_path / "broken.yaml"
    scenarios.write_text(
        f"title: Broken\nscenarios:\n  - name: one call\n    {text}\n    expect: {{grade: 1}}\n",
        encoding="utf-8",
    )
    assert main(["policy", "test", str(scenarios), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert str(scenarios) in err and problem in err
    assert "line 4" in err or "line 5" in err
    assert "Traceback" not in err


# -- policy impact ------------------------------------------------------------------------


PHONE = "07700 900777"


def graded_call(db: Database, staff: Staff, facts: dict[str, object], phone: str) -> str:
    row = new_incident(db, staff.handler, phone)
    rec = core_recommendation(db, staff.handler, row.id, Facts(facts))
    triage.decide_grade(db, staff.handler, row.id, rec, rec.grade)
    return row.ref


def test_impact_replays_recorded_calls_and_names_the_incidents_that_change(
    db: Database,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    staff = make_staff(db)
    sign_in_as(monkeypatch, db_url, "insp9", "inspector")
    now = dt.datetime.now(dt.UTC)
    for ref, days in (("E-1", 100), ("E-2", 40)):
        add_incident(db, ref, days_ago=days, phone=PHONE, now=now)
    third = graded_call(
        db,
        staff,
        {"relationship": "intimate_partner", "abuse_types": ["emotional"], "suspect_present": "no"},
        PHONE,
    )
    unchanged = graded_call(db, staff, {"relationship": "other"}, "07700 900778")
    # Incidents after a decision are not its history: a replay sees what the handler saw.
    first_of_series = graded_call(
        db,
        staff,
        {"relationship": "intimate_partner", "abuse_types": ["emotional"], "suspect_present": "no"},
        "07700 900779",
    )
    for ref, days in (("L-1", -1), ("L-2", -2)):
        add_incident(db, ref, days_ago=days, phone="07700 900779", now=now)
    # A force that counts only earlier call-outs towards "three in 12 months".
    earlier_only = POLICY_FILE.read_text(encoding="utf-8").replace(
        "        - {history: domestic_abuse_12m, at_least: 2}\n",
        "        - {history: domestic_abuse_12m, at_least: 3}\n",
    )
    new_policy = tmp_path / "earlier-only.yaml"
    new_policy.write_text(earlier_only.replace("version: 2", "version: 3"), encoding="utf-8")

    assert main(["policy", "impact", str(new_policy), "--db", db_url, "--json", "--quiet"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["current_policy"] == "default v2" and document["new_policy"] == "default v3"
    assert document["replayed"] == 3
    assert [c["incident_ref"] for c in document["changes"]] == [third]
    change = document["changes"][0]
    assert change["current_grade"] == 1 and change["marac_changed"] is True
    assert "marac_consideration" in change["flags_removed"]
    assert unchanged not in json.dumps(document)
    assert first_of_series not in json.dumps(document)

    assert (
        main(["--db", db_url, "--quiet", "policy", "impact", str(new_policy), "--days", "30"]) == 0
    )
    out = capsys.readouterr().out
    assert "Replayed 3 graded incident(s) from the last 30 days" in out
    assert "MARAC consideration on 1" in out


def test_impact_refuses_a_bad_period_and_a_missing_file(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in_as(monkeypatch, db_url, "insp9", "inspector")
    assert main(["policy", "impact", str(POLICY_FILE), "--days", "0", "--db", db_url]) == 2
    assert "--days must be a whole number" in capsys.readouterr().err
    assert main(["policy", "impact", str(tmp_path / "nope.yaml"), "--db", db_url]) == 2
    assert "no such policy file" in capsys.readouterr().err

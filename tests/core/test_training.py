"""Training mode (issue 17): shipped scenarios score 100 % with their reference answers, a
poor attempt scores low, scenario files are checked, and `training run` says what is wrong."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from callhandler.cli import main
from callhandler.domain.datafiles import DataFileError
from callhandler.errors import BadInput
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.training.attempt import Attempt
from callhandler.training.database import open_training_database, training_paths
from callhandler.training.results import score_attempt
from callhandler.training.scenarios import find_scenario, load_scenario_file, shipped_scenarios

SCORER = Actor(None, "training:test", "training test", "handler", "ws-test")
# A handler who asks only whether the caller can talk and whether he is there, then
# grades the call as an appointment without opening the history.
POOR = {
    "answers": {"da_can_speak": "yes", "da_suspect_present": "no"},
    "grade": 3,
    "history_viewed_before_grading": False,
    "seconds_to_grade": 41,
}


@pytest.fixture(scope="module")
def training_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One training database for the module: each scenario has its own number and address."""
    db = open_training_database(training_paths(tmp_path_factory.mktemp("data")))
    yield db
    db.dispose()


def test_at_least_twenty_scenarios_with_unique_numbers_and_addresses() -> None:
    scenarios = shipped_scenarios()
    assert len(scenarios) >= 20
    assert len({s.phone for s in scenarios}) == len(scenarios)
    assert len({s.address for s in scenarios}) == len(scenarios)
    assert all(s.phone.replace(" ", "").startswith("07700900") for s in scenarios)


@pytest.mark.parametrize("scenario_id", [s.id for s in shipped_scenarios()])
def test_reference_answers_score_full_marks_and_match_the_policy(
    training_db: Database, scenario_id: str
) -> None:
    scenario = find_scenario(scenario_id)
    attempt = Attempt.from_json(
        {
            "answers": scenario.reference_answers(),
            "grade": scenario.expected.grade,
            "history_viewed_before_grading": True,
        }
    )
    scored = score_attempt(training_db, SCORER, scenario, attempt)
    assert scored.expected_matches_policy == ()  # expect: is what the real policy says
    assert scored.debrief.score == 100, scored.debrief.to_text()
    assert scored.debrief.missed_mandatory == ()


def test_poor_attempt_at_the_coercive_control_call_scores_low(training_db: Database) -> None:
    scenario = find_scenario("coercive_control_only")
    result = score_attempt(training_db, SCORER, scenario, Attempt.from_json(POOR)).debrief
    # 2 of 29 mandatory questions (2 points), 2 of 18 key facts right (3 points), a grade
    # less urgent than expected (0), no history to check (10): 15 of 100.
    assert result.score == 15
    assert result.points == {"mandatory_questions": 2, "key_facts": 3, "grade": 0, "history": 10}
    missed = {q.question_id for q in result.missed_mandatory}
    assert {"da_coercive_behaviours", "da_relationship", "da_separation"} <= missed
    assert result.questions[0].mandatory and not result.passed
    text = result.to_text()
    assert "MISSED da_relationship" in text and "you chose Grade 3; expected Grade 2" in text


def test_history_not_opened_costs_marks_on_a_repeat_victim(training_db: Database) -> None:
    scenario = find_scenario("repeat_victim_new_name")
    document = {
        "answers": scenario.reference_answers(),
        "grade": 2,
        "history_viewed_before_grading": False,
    }
    result = score_attempt(training_db, SCORER, scenario, Attempt.from_json(document)).debrief
    assert result.expected_grade == 1  # the third call in a year: potential escalation
    assert result.points["history"] == 0 and result.points["grade"] == 0
    assert result.score == 60
    assert any("this call counts" in r or "12 months" in r for r in result.reasons)


def test_silent_call_caller_answers_only_by_keypress() -> None:
    scenario = find_scenario("silent_call_protected_victim")
    assert scenario.keypress_only
    question = scenario.script.question("fc_call_type")
    assert "Silence" in scenario.reply(question)
    children = scenario.script.question("fc_children")
    assert scenario.reply(children) == "Two presses on the keypad (no)."


def test_caller_reveals_strangulation_only_to_the_question_about_it() -> None:
    scenario = find_scenario("strangulation_today")
    script = scenario.script
    assert "throat" not in scenario.opening and "neck" not in scenario.opening
    assert "neck" in scenario.reply(script.question("da_strangulation"))
    assert "neck" not in scenario.reply(script.question("da_injury"))


def _write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "scenario.yaml"
    file.write_text(text, encoding="utf-8")
    return file


BASE = """id: tiny_case
version: 1
title: A tiny case
source: a test
call: {phone: 07700 900999, address: 1 Test Row, postcode: CB4 9ZZ, opening: Hello}
caller:
  relationship: {answer: intimate_partner, says: My husband.}
  suspect_location: {answer: present, says: He's here.}
  caller_relationship: {answer: victim, says: Me.}
  abuse_types: {answer: [physical], says: He hit me.}
  abuse_when: {answer: now, says: Now.}
  victim_16_or_over: {answer: "yes", says: I'm 30.}
  suspect_16_or_over: {answer: "yes", says: He's 31.}
  suspect_present: {answer: "yes", says: He's here.}
  caller_can_speak_freely: {answer: "yes", says: Yes.}
expect: {grade: 1, domestic_abuse: true, dash_required: true, officers: 2, flags: []}
teaching_point: Violence now with him there is an emergency.
read: [DOMAIN.md]
"""


def test_a_good_scenario_file_loads_with_the_callers_defaults(tmp_path: Path) -> None:
    scenario = load_scenario_file(_write(tmp_path, BASE))
    assert scenario.lines["strangulation"].answer == "no"
    assert not scenario.lines["strangulation"].listed
    assert scenario.reference_conversation().complete


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("abuse_types: {answer: [physical]", "abuse_types: {answer: [kicking]"), "kicking"),
        (("  relationship: {answer", "  shoe_size: {answer"), "never asks 'shoe_size'"),
        (("  suspect_location: {answer: present, says: He's here.}\n", ""), "suspect_location"),
        (("title: A tiny case", "title: A tiny case\ncolour: red"), "unknown field"),
        (
            (
                "  caller_can_speak_freely",
                "  weapon_when: {answer: now, says: x}\n  caller_can_speak_freely",
            ),
            "never asked in this call",
        ),
    ],
)
def test_a_bad_scenario_file_is_refused_naming_the_line(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    text = BASE.replace(*change)
    assert text != BASE
    with pytest.raises(DataFileError) as caught:
        load_scenario_file(_write(tmp_path, text))
    assert message in str(caught.value)
    assert "scenario.yaml, line" in str(caught.value) or "scenario.yaml:" in str(caught.value)


def test_an_answers_file_with_an_unknown_question_is_refused_clearly() -> None:
    with pytest.raises(BadInput, match="'da_shoe_size' is not a question"):
        Attempt.from_json({"answers": {"da_shoe_size": "yes"}})
    with pytest.raises(BadInput, match="Answer to 'da_injury'"):
        Attempt.from_json({"answers": {"da_injury": "a bit"}})
    with pytest.raises(BadInput, match='"grade" must be a whole number'):
        Attempt.from_json({"grade": "one"})


def test_training_run_command_scores_an_answers_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "poor.json"
    answers.write_text(json.dumps(POOR), encoding="utf-8")
    code = main(["training", "run", "coercive_control_only", "--answers", str(answers), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert document["score"] == 15 and document["passed"] is False
    assert document["grade"] == {
        "expected": 2,
        "chosen": 3,
        "recommended_for_your_answers": document["grade"]["recommended_for_your_answers"],
        "reasons": document["grade"]["reasons"],
    }
    assert document["policy_disagreements"] == []


def test_training_run_reference_and_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["training", "run", "male_victim", "--reference"]) == 0
    assert "Score 100/100 (pass)" in capsys.readouterr().out
    assert main(["training", "run", "no_such_call", "--reference"]) == 2
    assert "No training scenario 'no_such_call'" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["training", "run", "male_victim", "--answers", str(broken)]) == 2
    assert "not a JSON document" in capsys.readouterr().err


def test_training_never_uses_the_configured_live_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # a workstation pointed at the force's shared server still trains on its own file
    monkeypatch.setenv("CALLHANDLER_DB", "postgresql+psycopg://nobody:x@127.0.0.1:1/live")
    assert main(["training", "run", "order_breach", "--reference", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["score"] == 100

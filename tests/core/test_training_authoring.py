"""Trainers' own scenarios and assignments (issue 17): a scenario built from data is checked
like a shipped one (a bad field is named), takes its expected result from the real policy,
is saved in the training folder (never over a shipped file) and scores 100 with
``training run FILE --reference``; an assigned call is listed for its trainee until done."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from callhandler.cli import main
from callhandler.errors import BadInput, PermissionDenied
from callhandler.paths import AppPaths
from callhandler.services import accounts
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from callhandler.training.assignments import assign, assignments, trainees
from callhandler.training.attempt import Attempt
from callhandler.training.authoring import (
    catalogue,
    check_document,
    copy_document,
    from_policy,
    save_scenario,
    scenario_document,
)
from callhandler.training.database import open_training_database, training_paths
from callhandler.training.desk import TrainingDesk
from callhandler.training.results import save_attempt, score_attempt
from callhandler.training.scenarios import find_scenario, shipped_scenarios
from signin_helpers import PASSWORD

WRONG_EXPECT = {"grade": 4, "domestic_abuse": False, "dash_required": False, "officers": 0}


def new_scenario() -> dict[str, Any]:
    """A scenario as a trainer writes it: a coerced caller whose partner strangled her."""
    return {
        "id": "trainer_strangled_at_night",
        "version": 1,
        "title": "Strangled last night, calling from work",
        "source": "Trainer's own scenario (DASH red flags)",
        "call": {
            "phone": "07700 900987",
            "address": "14 Heron Row, Fenbridge",
            "postcode": "CB4 7QX",
            "opening": "My boyfriend grabbed my neck last night. I'm at work now.",
        },
        "caller": {
            "caller_can_speak_freely": {"answer": "yes", "says": "Yes, I'm on my own."},
            "suspect_present": {"answer": "no", "says": "No, I'm at work."},
            "suspect_location": {"answer": "left", "says": "He's at his mum's."},
            "caller_relationship": {"answer": "victim", "says": "It happened to me."},
            "relationship": {"answer": "intimate_partner", "says": "My boyfriend."},
            "victim_16_or_over": {"answer": "yes", "says": "I'm 29."},
            "suspect_16_or_over": {"answer": "yes", "says": "He's 31."},
            "strangulation": {"answer": "yes", "says": "He squeezed my neck."},
            "strangulation_when": {"answer": "before", "says": "Last night."},
            "abuse_types": {"answer": ["physical"], "says": "He hurt me."},
            "abuse_when": {"answer": "today", "says": "Last night, after midnight."},
        },
        "expect": {**WRONG_EXPECT, "flags": []},
        "teaching_point": "Strangulation before today is a red flag whatever the tone.",
        "read": ["Domestic Abuse Act 2021 s.70"],
    }


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return training_paths(tmp_path)


def test_a_trainers_scenario_takes_the_policy_saves_and_scores_100(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    data = new_scenario()
    expect = from_policy(data)
    assert expect["domestic_abuse"] and expect["dash_required"] and expect["grade"] < 4
    assert "strangulation" in expect["flags"]
    file = save_scenario(paths, {**data, "expect": expect})
    assert file.parent == paths.data_dir / "scenarios"
    assert "trainer_strangled_at_night" in catalogue(paths).own_ids
    assert main(["training", "run", str(file), "--reference", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["score"] == 100 and document["policy_disagreements"] == []


def test_the_policy_is_asked_before_the_teaching_fields_are_written() -> None:
    unfinished = {**new_scenario(), "id": "", "title": "", "teaching_point": "", "read": []}
    assert from_policy(unfinished) == from_policy(new_scenario())
    wrong = new_scenario()
    wrong["caller"]["strangulation"]["answer"] = "perhaps"
    with pytest.raises(BadInput, match="caller/strangulation/answer"):
        from_policy(wrong)  # the answers themselves must be right


def test_a_bad_field_is_refused_with_one_message_naming_it(paths: AppPaths) -> None:
    bad_phone = new_scenario()
    bad_phone["call"]["phone"] = "12"
    with pytest.raises(BadInput, match=r"^The scenario cannot be saved: call/phone: .*too short"):
        save_scenario(paths, bad_phone)
    bad_answer = new_scenario()
    bad_answer["caller"]["strangulation"]["answer"] = "perhaps"
    with pytest.raises(BadInput, match=r"caller/strangulation/answer: .*allowed values are yes"):
        check_document(bad_answer)
    assert not (paths.data_dir / "scenarios").exists()


def test_a_shipped_scenario_is_copied_never_overwritten(paths: AppPaths) -> None:
    shipped = find_scenario("male_victim")
    before = Path(shipped.file).read_bytes() if Path(shipped.file).is_file() else None
    with pytest.raises(BadInput, match="is a shipped scenario, which is never overwritten"):
        save_scenario(paths, scenario_document(shipped))
    copy = copy_document(shipped, {s.id for s in shipped_scenarios()})
    assert copy["id"] == "male_victim_copy" and copy["title"].endswith("(copy)")
    save_scenario(paths, copy)
    again = copy_document(shipped, catalogue(paths).own_ids)
    assert again["id"] == "male_victim_copy2"
    with pytest.raises(BadInput, match="already another scenario of yours"):
        save_scenario(paths, copy)  # a new scenario may not take an existing file's id
    save_scenario(paths, {**copy, "title": "Male victim, edited"}, editing=copy["id"])
    assert catalogue(paths).find("male_victim_copy").title == "Male victim, edited"
    if before is not None:
        assert Path(shipped.file).read_bytes() == before


@pytest.fixture
def training(paths: AppPaths) -> Iterator[Database]:
    db = open_training_database(paths)
    yield db
    db.dispose()


def _signed_in(db: Database, username: str, role: str) -> Actor:
    accounts.create_user(db, system_actor("t"), username, username.title(), role, PASSWORD)
    return accounts.authenticate(db, username, PASSWORD, "ws-train", failure_delay_s=0)


def test_an_assigned_call_is_listed_for_its_trainee_until_done(training: Database) -> None:
    trainer = _signed_in(training, "trainer1", "inspector")
    trainee = _signed_in(training, "trainee1", "handler")
    assert [t.username for t in trainees(training, trainer)] == ["trainee1", "trainer1"]
    assert assign(training, trainer, "trainee1", "order_breach")
    assert not assign(training, trainer, "trainee1", "order_breach")  # once is enough
    mine = assignments(training, trainee)
    assert [(a.scenario_id, a.done, a.assigned_by) for a in mine] == [
        ("order_breach", False, "trainer1")
    ]
    scenario = find_scenario("order_breach")
    reference = Attempt.from_json({"answers": scenario.reference_answers(), "grade": 2})
    scored = score_attempt(training, trainee, scenario, reference)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    save_attempt(training, trainee, scenario, scored.debrief, at=later)
    (done,) = assignments(training, trainer, "trainee1")
    assert done.done and done.best_score == scored.debrief.score
    with pytest.raises(PermissionDenied):
        assign(training, trainee, "trainee1", "male_victim")  # trainees do not assign
    with pytest.raises(PermissionDenied):
        assignments(training, trainee, "trainer1")
    with pytest.raises(BadInput, match="No training account 'nobody'"):
        assign(training, trainer, "nobody", "male_victim")


def test_assignments_are_refused_in_a_live_database(db: Database) -> None:
    """The live database has the table (one schema) but never an assignment."""
    someone = Actor(1, "inspector1", "Inspector One", "inspector", "ws-1")
    with pytest.raises(PermissionDenied, match="only in the training database"):
        assign(db, someone, "handler1", "male_victim")
    with pytest.raises(PermissionDenied, match="only in the training database"):
        assignments(db, someone)


def test_trainers_assign_and_list_on_the_command_line(
    private_folders: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = training_paths()
    save_scenario(paths, {**new_scenario(), "expect": from_policy(new_scenario())})
    training = open_training_database(paths)
    try:
        _signed_in(training, "trainer1", "inspector")
        _signed_in(training, "trainee1", "handler")
    finally:
        training.dispose()
    capsys.readouterr()
    assert main(["training", "list"]) == 0
    assert "trainer_strangled_at_night" in capsys.readouterr().out.splitlines()[-2]
    assert main(["training", "run", "trainer_strangled_at_night", "--reference"]) == 0
    assert "Score 100/100" in capsys.readouterr().out

    monkeypatch.setenv("CALLHANDLER_USER", "trainer1")
    monkeypatch.setenv("CALLHANDLER_PASSWORD", PASSWORD)
    assert main(["training", "assign", "trainee1", "trainer_strangled_at_night"]) == 0
    assert "assigned to trainee1" in capsys.readouterr().out
    assert main(["training", "assign", "trainee1", "no_such_call"]) == 2
    assert "No training scenario 'no_such_call'" in capsys.readouterr().err
    assert main(["training", "assignments", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["assignments"]
    assert (row["trainee"], row["scenario"], row["taken"]) == (
        "trainee1",
        "trainer_strangled_at_night",
        0,
    )
    monkeypatch.setenv("CALLHANDLER_USER", "trainee1")
    assert main(["training", "assign", "trainee1", "male_victim"]) != 0  # trainees cannot
    assert "assign" in capsys.readouterr().err


def test_only_trainers_save_scenarios_and_each_save_is_audited_in_training(
    training: Database, paths: AppPaths
) -> None:
    trainer = _signed_in(training, "trainer1", "inspector")
    trainee = _signed_in(training, "trainee1", "handler")
    desk = TrainingDesk(training, paths)
    data = {**new_scenario(), "expect": from_policy(new_scenario())}
    with pytest.raises(PermissionDenied):
        desk.save_scenario(trainee, data)
    assert not (paths.data_dir / "scenarios").exists()
    with pytest.raises(BadInput, match="call/postcode"):
        desk.save_scenario(trainer, {**data, "call": {**data["call"], "postcode": "X"}})
    file = desk.save_scenario(trainer, data)
    assert file.name == "trainer_strangled_at_night.yaml"
    with training.read() as session:
        saved = session.execute(
            select(AuditEvent.username, AuditEvent.entity_id).where(
                AuditEvent.action == "training_scenario_saved"
            )
        ).all()
    assert [tuple(row) for row in saved] == [("trainer1", "trainer_strangled_at_night")]

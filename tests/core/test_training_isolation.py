"""Training and live never mix (issue 17): a trainee signs in to training and takes a call;
the live database (every table's rows, the audit chain) and the live data folder's files
are exactly as they were, and the training database has its own chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from training_checks import audit_head, folder_digests, table_counts

from callhandler.errors import PermissionDenied
from callhandler.paths import app_paths
from callhandler.services import accounts, audit, calls, triage
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.training.attempt import Attempt
from callhandler.training.database import (
    load_history,
    open_call_database,
    open_training_database,
    training_paths,
)
from callhandler.training.results import results_over_time, save_attempt, score_attempt
from callhandler.training.scenarios import find_scenario
from closure_helpers import PASSWORD, Staff, new_incident


def _take_training_call(training: Database, username: str) -> int:
    """Sign in to training, take the repeat-victim call in a call database of its own,
    grade it, keep the debrief in the training database."""
    trainee = accounts.authenticate(training, username, PASSWORD, "ws-train", failure_delay_s=0)
    call = open_call_database(training_paths(), f"{username}-1", trainee)
    try:
        return _call(training, call, trainee)
    finally:
        call.dispose()


def _call(training: Database, call: Database, trainee: Actor) -> int:
    scenario = find_scenario("repeat_victim_new_name")
    load_history(call, system_actor("training"), scenario)
    incident = calls.open_incident(
        call,
        trainee,
        calls.NewCall(phone=scenario.phone, address=scenario.address, postcode=scenario.postcode),
    )
    conversation = scenario.reference_conversation()
    triage.record_answers(call, trainee, incident.id, conversation)
    assessment = triage.recommend_grade(
        call,
        trainee,
        conversation.facts,
        phone=scenario.phone,
        address=scenario.address,
        postcode=scenario.postcode,
    )
    assert assessment.history is not None
    earlier = {c.incident_ref for c in assessment.history.exact} - {incident.ref}
    assert earlier == {"TRN-RPT-0001", "TRN-RPT-0002"}  # the scenario's past, found by number
    triage.decide_grade(call, trainee, incident.id, assessment.recommendation, 1)
    attempt = Attempt.from_json(
        {
            "answers": scenario.reference_answers(),
            "grade": 1,
            "history_viewed_before_grading": True,
            "seconds_to_grade": 95,
        }
    )
    scored = score_attempt(call, trainee, scenario, attempt)
    assert scored.debrief.score == 100
    return save_attempt(training, trainee, scenario, scored.debrief, at=assessment.at)


def test_a_training_call_leaves_the_live_database_audit_and_files_untouched(
    db: Database, staff: Staff, private_folders: Path
) -> None:
    new_incident(db, staff.handler)  # live work exists before training starts
    live_counts, live_head = table_counts(db), audit_head(db)
    live_paths = app_paths()
    live_paths.ensure()
    audit.witness_head(db, "before training")
    files_before = folder_digests(live_paths.data_dir, skip=training_paths().data_dir)
    assert files_before  # the live audit key, witness (and SQLite file) are there

    training = open_training_database(training_paths())
    try:
        admin = system_actor("training")
        accounts.create_user(training, admin, "trainee1", "Trainee One", "handler", PASSWORD)
        attempt_id = _take_training_call(training, "trainee1")
        training_head = audit_head(training)
        assert training.url.database is not None
        assert Path(training.url.database).parent == private_folders / "training"
        rows = results_over_time(training, system_actor("trainer"))
        assert [(r.attempt_id, r.username, r.score) for r in rows] == [
            (attempt_id, "trainee1", 100)
        ]
        assert audit.verify(training, paths=training_paths()).ok  # its own chain, intact
    finally:
        training.dispose()

    assert table_counts(db) == live_counts
    assert audit_head(db) == live_head
    assert training_head != live_head
    assert audit.verify(db).ok
    assert folder_digests(live_paths.data_dir, skip=training_paths().data_dir) == files_before
    assert (private_folders / "training" / "config" / "audit.secret").is_file()


def test_training_results_and_history_refuse_a_live_database(db: Database, staff: Staff) -> None:
    scenario = find_scenario("repeat_victim_new_name")
    with pytest.raises(RuntimeError, match="only into a training database"):
        load_history(db, system_actor("training"), scenario)
    with pytest.raises(PermissionDenied, match="only in the training database"):
        results_over_time(db, staff.inspector)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM training_attempts")).scalar_one() == 0


def test_a_trainee_sees_only_their_own_results_and_a_trainer_sees_all() -> None:
    training = open_training_database(training_paths())
    try:
        admin = system_actor("training")
        for name, role in (("t1", "handler"), ("t2", "handler"), ("trainer", "inspector")):
            accounts.create_user(training, admin, name, name.upper(), role, PASSWORD)
        _take_training_call(training, "t1")
        _take_training_call(training, "t2")
        t1 = accounts.authenticate(training, "t1", PASSWORD, "ws", failure_delay_s=0)
        trainer = accounts.authenticate(training, "trainer", PASSWORD, "ws", failure_delay_s=0)
        assert {r.username for r in results_over_time(training, t1)} == {"t1"}
        assert [r.username for r in results_over_time(training, trainer)] == ["t1", "t2"]
        assert [r.username for r in results_over_time(training, trainer, "t2")] == ["t2"]
        with pytest.raises(PermissionDenied, match="Only trainers"):
            results_over_time(training, t1, "t2")
    finally:
        training.dispose()


def test_training_accounts_are_made_in_the_training_database_only(
    private_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from callhandler.cli import main

    code = main(["training", "users", "add", "trainer1", "--role", "admin", "--password", PASSWORD])
    assert code == 0, capsys.readouterr().err
    assert "first administrator account trainer1" in capsys.readouterr().out
    training = open_training_database(training_paths())
    try:
        assert [u.username for u in accounts.list_users(training, system_actor("t"))] == [
            "trainer1"
        ]
    finally:
        training.dispose()
    assert not (private_folders / "callhandler.sqlite3").exists()  # no live database made

"""Scoring an attempt against the real policy, keeping it, and the trainer's list over time.

``score_attempt`` loads the scenario's history into the training database, asks the real
recommender (the shipped policy, the history found for the scenario's number and address)
for the reference facts and for the trainee's, and builds the debrief. ``save_attempt`` and
``results_over_time`` refuse any database but a training one, so nothing here reaches the
live database or its audit chain.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
)

from callhandler.domain.facts import Facts
from callhandler.domain.grading import Recommendation
from callhandler.errors import PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, require_role, system_actor
from callhandler.services.triage import recommend_grade
from callhandler.storage.engine import Database
from callhandler.training.attempt import Attempt
from callhandler.training.database import is_training, load_history, scoring_database
from callhandler.training.debrief import Debrief, debrief
from callhandler.training.scenarios import Scenario

TRAINERS = ("inspector", "admin")
TRAINEES = ("handler", "inspector", "admin")

# Not on the application's Base: the workstation cache copies every table of that
# metadata, and training results must never travel with it.
_metadata = MetaData()
attempts_table = Table(
    "training_attempts",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False),
    Column("scenario_id", String(64), nullable=False),
    Column("scenario_version", Integer, nullable=False),
    Column("score", Integer, nullable=False),
    Column("chosen_grade", Integer),
    Column("expected_grade", Integer, nullable=False),
    Column("seconds_to_grade", Float),
    Column("history_viewed", Boolean, nullable=False),
    Column("missed_mandatory", Integer, nullable=False),
    Column("debrief_json", Text, nullable=False),
    Column("finished_at", DateTime, nullable=False),
)


@dataclass(frozen=True)
class ScoredAttempt:
    debrief: Debrief
    expected_matches_policy: tuple[str, ...]  # problems: the scenario disagrees with the policy
    policy: Recommendation  # what the policy recommends for the scenario's own answers


def _refuse_live(db: Database) -> None:
    if not is_training(db):
        raise PermissionDenied("Training attempts are kept only in the training database.")


def policy_disagreements(scenario: Scenario, result: Debrief) -> tuple[str, ...]:
    """Where the scenario's ``expect`` differs from what the policy recommends for its facts."""
    expected = scenario.expected
    problems = []
    if result.expected_grade != expected.grade:
        problems.append(
            f"expect.grade is {expected.grade} but the policy recommends {result.expected_grade}"
        )
    if result.expected_flags != expected.flags:
        problems.append(
            f"expect.flags is {list(expected.flags)} but the policy raises "
            f"{list(result.expected_flags)}"
        )
    if result.expected_dash != expected.dash_required:
        problems.append(f"expect.dash_required is {expected.dash_required}")
    if result.expected_officers != expected.officers:
        problems.append(
            f"expect.officers is {expected.officers} but the policy recommends "
            f"{result.expected_officers}"
        )
    return tuple(problems)


def score_attempt(
    db: Database,
    actor: Actor,
    scenario: Scenario,
    attempt: Attempt,
    *,
    now: dt.datetime | None = None,
) -> ScoredAttempt:
    """The debrief for ``attempt``, graded by the real policy with the scenario's history."""
    _refuse_live(db)
    now = now or dt.datetime.now(dt.UTC)
    load_history(db, system_actor("training"), scenario, now=now)

    def graded(facts: Facts) -> Recommendation:
        return recommend_grade(
            db,
            actor,
            facts,
            phone=scenario.phone,
            address=scenario.address,
            postcode=scenario.postcode,
            now=now,
        ).recommendation

    expected = graded(scenario.reference_conversation().facts)
    yours = graded(attempt.conversation(scenario.script_id).facts)
    result = debrief(scenario, attempt, expected, yours)
    disagreements = policy_disagreements(scenario, result)
    if scenario.expected.marac_consideration != expected.marac_consideration:
        disagreements += (f"expect.marac_consideration is {scenario.expected.marac_consideration}",)
    if scenario.expected.domestic_abuse != expected.domestic_abuse:
        disagreements += (f"expect.domestic_abuse is {scenario.expected.domestic_abuse}",)
    return ScoredAttempt(result, disagreements, expected)


def save_attempt(
    db: Database, actor: Actor, scenario: Scenario, result: Debrief, *, at: dt.datetime
) -> int:
    """Keep a finished attempt (audited in the training chain); its id."""
    _refuse_live(db)
    with db.write() as session:
        actor = require_role(session, actor, TRAINEES, "take training calls")
        row = session.execute(
            insert(attempts_table)
            .values(
                username=actor.username,
                scenario_id=scenario.id,
                scenario_version=scenario.version,
                score=result.score,
                chosen_grade=result.chosen_grade,
                expected_grade=result.expected_grade,
                seconds_to_grade=result.seconds_to_grade,
                history_viewed=result.history_viewed_before_grading,
                missed_mandatory=len(result.missed_mandatory),
                debrief_json=json.dumps(result.to_json(), ensure_ascii=False),
                finished_at=at.astimezone(dt.UTC).replace(tzinfo=None),
            )
            .returning(attempts_table.c.id)
        ).scalar_one()
        audit.record(
            session,
            actor,
            "training_attempt",
            "training_attempt",
            row,
            {"scenario": scenario.id, "score": result.score},
        )
        return int(row)


@dataclass(frozen=True)
class ResultRow:
    """One attempt in the trainer's list."""

    attempt_id: int
    username: str
    scenario_id: str
    score: int
    chosen_grade: int | None
    expected_grade: int
    seconds_to_grade: float | None
    history_viewed: bool
    missed_mandatory: int
    finished_at: dt.datetime


def results_over_time(db: Database, actor: Actor, username: str | None = None) -> list[ResultRow]:
    """Every attempt, oldest first (trainers see everyone's; a trainee only their own)."""
    _refuse_live(db)
    with db.read() as session:
        fresh = require_role(session, actor, TRAINEES, "see training results")
        if fresh.role not in TRAINERS:
            if username not in (None, fresh.username):
                raise PermissionDenied("Only trainers (inspectors) see other trainees' results.")
            username = fresh.username
        query = select(attempts_table).order_by(attempts_table.c.finished_at, attempts_table.c.id)
        if username:
            query = query.where(attempts_table.c.username == username)
        rows = session.execute(query).all()
    return [
        ResultRow(
            r.id,
            r.username,
            r.scenario_id,
            r.score,
            r.chosen_grade,
            r.expected_grade,
            r.seconds_to_grade,
            bool(r.history_viewed),
            r.missed_mandatory,
            r.finished_at.replace(tzinfo=dt.UTC),
        )
        for r in rows
    ]


def finish_call(
    training: Database,
    actor: Actor,
    scenario: Scenario,
    attempt: Attempt,
    *,
    now: dt.datetime | None = None,
) -> Debrief:
    """The end of a training call in the window: score it against the scenario's history
    alone (a scratch database beside the training one: the trainee's own call
    would count as an earlier incident), keep the result in the training
    database; the debrief to show."""
    now = now or dt.datetime.now(dt.UTC)
    with scoring_database(training, actor) as scratch:
        result = score_attempt(scratch, actor, scenario, attempt, now=now).debrief
    save_attempt(training, actor, scenario, result, at=now)
    return result

"""``callhandler training …``: list scenarios, score a scripted attempt, trainees' results.

``training run`` scores in a scratch training database made for the run in a temporary
folder (never the live one, never the user's training one), so CI and a force's author can
check every scenario. ``training users``/``login``/``logout`` are the ordinary account
commands pointed at the training installation (``<data dir>/training``): trainees and
trainers have training accounts of their own.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from callhandler.errors import BadInput
from callhandler.services.context import Actor, this_workstation
from callhandler.training.attempt import Attempt
from callhandler.training.scenarios import Scenario, find_scenario

if TYPE_CHECKING:
    from callhandler.storage.engine import Database

SCORER = Actor(None, "training:run", "training run", "handler", "")


def _read_attempt(args: argparse.Namespace, scenario: Scenario) -> Attempt:
    if args.reference:
        return Attempt.from_json(
            {
                "answers": scenario.reference_answers(),
                "grade": scenario.expected.grade,
                "history_viewed_before_grading": True,
            }
        )
    if not args.answers:
        raise BadInput("Give --answers FILE (a JSON attempt) or --reference.")
    file = Path(args.answers)
    if not file.is_file():
        raise BadInput(f"{args.answers}: no such answers file.")
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BadInput(f"{args.answers}: not a JSON document ({exc}).") from None
    return Attempt.from_json(document)


def cmd_training_run(args: argparse.Namespace) -> int:
    """Score one attempt; exit 1 when the scenario's ``expect`` disagrees with the policy."""
    from callhandler.training.database import open_training_database, training_paths
    from callhandler.training.results import score_attempt

    scenario = _find(args)
    attempt = _read_attempt(args, scenario)
    with tempfile.TemporaryDirectory(prefix="callhandler-training-") as scratch:
        db = open_training_database(training_paths(scratch))
        try:
            scorer = replace(SCORER, workstation=this_workstation())
            scored = score_attempt(db, scorer, scenario, attempt)
        finally:
            db.dispose()
    result = scored.debrief
    if args.json:
        document: dict[str, Any] = result.to_json()
        document["policy_disagreements"] = list(scored.expected_matches_policy)
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        print(result.to_text())
        for problem in scored.expected_matches_policy:
            print(f"SCENARIO PROBLEM {scenario.file}: {problem}")
    return 1 if scored.expected_matches_policy else 0


def _find(args: argparse.Namespace) -> Scenario:
    """A shipped scenario, a scenario file, or a trainer's scenario by id."""
    from callhandler.training.authoring import catalogue
    from callhandler.training.database import training_paths

    try:
        return find_scenario(args.scenario)
    except BadInput:
        own = catalogue(training_paths(args.data_dir))
        if args.scenario in own.own_ids:
            return own.find(args.scenario)
        raise


def cmd_training_list(args: argparse.Namespace) -> int:
    """The shipped scenarios, then the trainers' own (``<data dir>/training/scenarios``)."""
    from callhandler.training.authoring import catalogue
    from callhandler.training.database import training_paths

    listed = catalogue(training_paths(args.data_dir))
    scenarios = listed.scenarios
    for problem in listed.problems:
        print(f"callhandler: warning: {problem}", file=sys.stderr)
    if args.json:
        document = [
            {
                "id": s.id,
                "title": s.title,
                "expected_grade": s.expected.grade,
                "history": len(s.history),
                "keypress_only": s.keypress_only,
                "file": s.file,
                "trainers": s.id in listed.own_ids,
            }
            for s in scenarios
        ]
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    for s in scenarios:
        own = "  (trainer's)" if s.id in listed.own_ids else ""
        print(f"{s.id:<34} Grade {s.expected.grade}  {s.title}{own}")
    print(f"{len(scenarios)} scenario(s).")
    return 0


def cmd_training_results(args: argparse.Namespace) -> int:
    """Each trainee's attempts over time, from the training database (trainers: everyone's)."""
    from callhandler.cli_common import _emit
    from callhandler.training.results import TRAINEES, results_over_time

    db, actor = _training_signed_in(args, TRAINEES)
    rows = results_over_time(db, actor, args.trainee)
    document = {
        "results": [
            {
                "attempt": r.attempt_id,
                "trainee": r.username,
                "scenario": r.scenario_id,
                "score": r.score,
                "chosen_grade": r.chosen_grade,
                "expected_grade": r.expected_grade,
                "seconds_to_grade": r.seconds_to_grade,
                "history_viewed": r.history_viewed,
                "missed_mandatory": r.missed_mandatory,
                "finished_at": r.finished_at.isoformat(),
            }
            for r in rows
        ]
    }
    lines = [f"{len(rows)} training attempt(s)."] + [
        f"  {r.finished_at:%Y-%m-%d %H:%M} {r.username:<16} {r.scenario_id:<32} "
        f"{r.score:>3}/100 grade {r.chosen_grade or '-'} (expected {r.expected_grade}) "
        f"missed {r.missed_mandatory}"
        for r in rows
    ]
    _emit(args, document, "\n".join(lines))
    return 0


def cmd_training_assign(args: argparse.Namespace) -> int:
    """A trainer assigns a scenario to a trainee (in the training database)."""
    from callhandler.training.assignments import assign
    from callhandler.training.authoring import catalogue
    from callhandler.training.database import training_paths
    from callhandler.training.results import TRAINERS

    scenario = catalogue(training_paths(args.data_dir)).find(args.scenario)
    db, actor = _training_signed_in(args, TRAINERS)
    new = assign(db, actor, args.trainee, scenario.id)
    state = "assigned to" if new else "was already assigned to"
    print(f"{scenario.id} {state} {args.trainee}.")
    return 0


def cmd_training_assignments(args: argparse.Namespace) -> int:
    """Assigned calls: taken or not yet, and the best score since (trainers: everyone's)."""
    from callhandler.cli_common import _emit
    from callhandler.training.assignments import assignments
    from callhandler.training.results import TRAINEES

    db, actor = _training_signed_in(args, TRAINEES)
    rows = assignments(db, actor, args.trainee)
    document = {
        "assignments": [
            {
                "trainee": r.username,
                "scenario": r.scenario_id,
                "assigned_by": r.assigned_by,
                "assigned_at": r.assigned_at.isoformat(),
                "taken": r.attempts,
                "best_score": r.best_score,
            }
            for r in rows
        ]
    }
    done = sum(1 for r in rows if r.done)
    lines = [f"{len(rows)} assigned call(s), {done} taken."] + [
        f"  {r.username:<16} {r.scenario_id:<32} "
        + (f"taken {r.attempts}x, best {r.best_score}/100" if r.done else "not yet")
        for r in rows
    ]
    _emit(args, document, "\n".join(lines))
    return 0


def cmd_training_start(args: argparse.Namespace) -> int:
    """The training window (PySide6): sign in to the training database, take calls."""
    from ui.training.app import run_training

    return int(run_training(args.data_dir))


def _training_signed_in(args: argparse.Namespace, roles: tuple[str, ...]) -> tuple[Database, Actor]:
    """The training database, closed at exit, and the account signed in to it in ``roles``."""
    from callhandler.cli_common import _opened, _signed_in
    from callhandler.training.database import open_training_database, training_paths

    db = open_training_database(training_paths(args.data_dir))
    _opened.append(db)
    return db, _signed_in(_in_training(args), db, roles)


def _in_training(args: argparse.Namespace) -> argparse.Namespace:
    """The same command aimed at the training installation (its database and folders)."""
    from callhandler.training.database import training_paths, training_url

    paths = training_paths(args.data_dir)
    paths.ensure()
    return argparse.Namespace(
        **{**vars(args), "db": training_url(paths), "data_dir": str(paths.data_dir)}
    )


def _training_accounts(sub: Any, common: argparse.ArgumentParser) -> None:
    """``training users|login|logout``: the account commands on the training database."""
    from callhandler import users_cli

    before = set(sub.choices)
    users_cli.add_parser(sub, common)
    for name in set(sub.choices) - before:
        parser = sub.choices[name]
        handler = parser.get_default("handler")
        parser.set_defaults(handler=lambda a, h=handler: h(_in_training(a)))


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``training list|run|results`` and the training accounts under the main parser."""
    p = sub.add_parser(
        "training",
        parents=[common],
        help="training mode: scripted calls in a training database of their own",
    )
    training = p.add_subparsers(dest="training_command", required=True)
    lst = training.add_parser("list", parents=[common], help="the shipped training scenarios")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_training_list)
    run = training.add_parser(
        "run",
        parents=[common],
        help="score a scripted attempt at a scenario (in a scratch training database)",
    )
    run.add_argument("scenario", metavar="SCENARIO", help="a scenario id or a scenario file")
    run.add_argument(
        "--answers",
        metavar="FILE",
        help='JSON: {"answers": {QUESTION_ID: ANSWER}, "grade": N, '
        '"history_viewed_before_grading": true, "seconds_to_grade": S}',
    )
    run.add_argument(
        "--reference", action="store_true", help="score the scenario's own model answers"
    )
    run.add_argument("--json", action="store_true")
    run.set_defaults(handler=cmd_training_run)
    results = training.add_parser(
        "results", parents=[common], help="trainees' scores over time (trainers see everyone's)"
    )
    results.add_argument("--trainee", metavar="NAME", help="one trainee only")
    results.add_argument("--json", action="store_true")
    results.set_defaults(handler=cmd_training_results)
    assigning = training.add_parser(
        "assign", parents=[common], help="assign a scenario to a trainee (trainers)"
    )
    assigning.add_argument("trainee", metavar="TRAINEE", help="the trainee's training account")
    assigning.add_argument("scenario", metavar="SCENARIO", help="a scenario id")
    assigning.set_defaults(handler=cmd_training_assign)
    assigned = training.add_parser(
        "assignments", parents=[common], help="assigned calls: taken or not yet"
    )
    assigned.add_argument("--trainee", metavar="NAME", help="one trainee only")
    assigned.add_argument("--json", action="store_true")
    assigned.set_defaults(handler=cmd_training_assignments)
    start = training.add_parser(
        "start", parents=[common], help="open training mode's window (a TRAINING band)"
    )
    start.set_defaults(handler=cmd_training_start)
    _training_accounts(training, common)

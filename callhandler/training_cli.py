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
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from callhandler.errors import BadInput
from callhandler.services.context import Actor, this_workstation
from callhandler.training.attempt import Attempt
from callhandler.training.scenarios import Scenario, find_scenario, shipped_scenarios

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

    scenario = find_scenario(args.scenario)
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


def cmd_training_list(args: argparse.Namespace) -> int:
    scenarios = shipped_scenarios()
    if args.json:
        document = [
            {
                "id": s.id,
                "title": s.title,
                "expected_grade": s.expected.grade,
                "history": len(s.history),
                "keypress_only": s.keypress_only,
                "file": s.file,
            }
            for s in scenarios
        ]
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    for s in scenarios:
        print(f"{s.id:<34} Grade {s.expected.grade}  {s.title}")
    print(f"{len(scenarios)} scenario(s).")
    return 0


def cmd_training_results(args: argparse.Namespace) -> int:
    """Each trainee's attempts over time, from the training database (trainers: everyone's)."""
    from callhandler.cli_common import _emit, _opened, _signed_in
    from callhandler.training.database import open_training_database, training_paths
    from callhandler.training.results import TRAINEES, results_over_time

    db = open_training_database(training_paths(args.data_dir))
    _opened.append(db)
    actor = _signed_in(_in_training(args), db, TRAINEES)
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


def cmd_training_start(args: argparse.Namespace) -> int:
    """The training window (PySide6): sign in to the training database, take calls."""
    from ui.training.app import run_training

    return int(run_training(args.data_dir))


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
    start = training.add_parser(
        "start", parents=[common], help="open training mode's window (a TRAINING band)"
    )
    start.set_defaults(handler=cmd_training_start)
    _training_accounts(training, common)

"""``callhandler policy test`` and ``policy impact``: see what a policy change does before it goes live."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from callhandler.domain.policy import Policy, load_policy_file, shipped_policy
from callhandler.domain.policy_tests import (
    ScenarioResult,
    load_scenarios,
    run,
    shipped_scenarios,
)
from callhandler.errors import BadInput


def _policy(path: str | None) -> Policy:
    if not path:
        return shipped_policy()
    file = Path(path)
    if not file.is_file():
        raise BadInput(f"{path}: no such policy file (give the path of a policy YAML file).")
    return load_policy_file(file)


def _describe(result: ScenarioResult) -> list[str]:
    where = f"{result.scenario.source}, line {result.scenario.line}"
    return [f"FAIL {where}: {result.scenario.name}"] + [f"     {f}" for f in result.failures]


def cmd_policy_test(args: argparse.Namespace) -> int:
    """Run scenario files (default: those shipped with the policy); exit 1 if any fails."""
    policy = _policy(args.policy)
    scenarios = []
    for name in args.files:
        file = Path(name)
        if not file.is_file():
            raise BadInput(f"{name}: no such scenario file.")
        scenarios.extend(load_scenarios(file))
    if not args.files:
        scenarios = shipped_scenarios()
    results = run(scenarios, policy)
    failed = [r for r in results if not r.passed]
    if args.json:
        document: dict[str, Any] = {
            "policy": f"{policy.id} v{policy.version}",
            "scenarios": len(results),
            "passed": len(results) - len(failed),
            "failed": len(failed),
            "results": [r.to_json() for r in results],
        }
        print(json.dumps(document, indent=2, ensure_ascii=False))
    else:
        for result in failed:
            print("\n".join(_describe(result)))
        files = len({r.scenario.source for r in results})
        print(
            f"Policy {policy.id} v{policy.version}: {len(results) - len(failed)} of "
            f"{len(results)} scenarios passed ({files} file(s)); {len(failed)} failed."
        )
    return 1 if failed else 0


def cmd_policy_impact(args: argparse.Namespace) -> int:
    """Replay recorded calls through the current and a new policy; list what changes."""
    from callhandler.cli_common import OVERSIGHT, _open, _signed_in, _with_progress
    from callhandler.services.policy_impact import policy_impact

    new = _policy(args.new_policy)
    current = _policy(args.current)
    db = _open(args)
    actor = _signed_in(args, db, OVERSIGHT)  # it replays recorded calls: personal data
    impact = _with_progress(
        args,
        lambda progress: policy_impact(db, actor, current, new, days=args.days, progress=progress),
    )
    if args.json:
        print(json.dumps(impact.to_json(), indent=2, ensure_ascii=False))
        return 0
    counts = impact.counts()
    lines = [
        f"Replayed {impact.replayed:,} graded incident(s) from the last {impact.days} days "
        f"through {impact.current_policy} and {impact.new_policy}.",
        f"Recommendations changed: {len(impact.grade_changes):,} "
        f"({counts['more_urgent']:,} more urgent, {counts['less_urgent']:,} less urgent); "
        f"floor changed on {counts['floor_changed']:,}; flags on {counts['flags_changed']:,}; "
        f"MARAC consideration on {counts['marac_changed']:,}.",
        f"Handler's grade would be below the new floor: {counts['would_be_below_floor']:,}.",
    ]
    if impact.unreadable:
        lines.append(
            f"Skipped {impact.unreadable} decision(s) whose recorded facts are unreadable."
        )
    for change in impact.grade_changes[:50]:
        lines.append(
            f"  {change.incident_ref}: grade {change.current_grade} -> {change.new_grade} "
            f"({change.direction}); handler chose {change.chosen_grade}"
        )
    if len(impact.grade_changes) > 50:
        lines.append(f"  … and {len(impact.grade_changes) - 50:,} more (use --json for all)")
    print("\n".join(lines))
    return 0


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """``policy test`` and ``policy impact`` under the main parser's subcommands."""
    p = sub.add_parser(
        "policy", parents=[common], help="test a grading policy, or see what a new one changes"
    )
    policy_sub = p.add_subparsers(dest="policy_command", required=True)
    test = policy_sub.add_parser(
        "test",
        parents=[common],
        help="run scenario files (default: the ones shipped with the policy)",
    )
    test.add_argument("files", nargs="*", metavar="FILE", help="scenario YAML files")
    test.add_argument("--policy", help="policy YAML file to test (default: the shipped policy)")
    test.add_argument("--json", action="store_true")
    test.set_defaults(handler=cmd_policy_test)
    impact = policy_sub.add_parser(
        "impact",
        parents=[common],
        help="replay recorded calls through the current and a new policy (inspectors and "
        "administrators, signed in)",
    )
    impact.add_argument("new_policy", metavar="NEW_POLICY.yaml")
    impact.add_argument("--days", type=int, default=365, help="period to replay (default 365)")
    impact.add_argument("--current", help="policy to compare against (default: the shipped one)")
    impact.add_argument("--json", action="store_true")
    impact.set_defaults(handler=cmd_policy_impact)

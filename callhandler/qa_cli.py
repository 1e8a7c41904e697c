"""``callhandler qa sample|compliance`` and ``report qa-compliance``: quality assurance of
live calls for inspectors and administrators (a handler may see their own compliance)."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from typing import Any

from callhandler.cli_common import ANY_ROLE, OVERSIGHT, _emit, _open, _signed_in


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date: give it as YYYY-MM-DD (any day of the week)"
        ) from None


def cmd_qa_sample(args: argparse.Namespace) -> int:
    """Draw the week's sample (last week by default); ``--dry-run`` keeps nothing."""
    from callhandler.paths import app_paths
    from callhandler.services import qa
    from callhandler.settings import load_settings

    week = args.week or dt.datetime.now(dt.UTC).date() - dt.timedelta(days=7)
    size = args.size
    if size is None:  # 0 is refused by the service, never replaced by the setting
        size = load_settings(app_paths(args.data_dir)).qa_sample_per_handler
    db = _open(args)
    actor = _signed_in(args, db, OVERSIGHT)
    result = qa.draw_weekly_sample(
        db, actor, week=week, per_handler=size, seed=args.seed, dry_run=args.dry_run
    )
    document = {
        "week_start": result.week_start.isoformat(),
        "seed": result.seed,
        "per_handler": result.per_handler,
        "candidates": result.candidates,
        "kept": result.stored,
        "calls": [
            {
                "id": c.id,
                "ref": c.ref,
                "handler": c.handler,
                "risk_level": c.risk_level,
                "overridden": c.overridden,
                "repeat_victim": c.repeat_victim,
                "weight": c.weight,
            }
            for c in result.calls
        ],
    }
    kept = "kept" if result.stored else "not kept (dry run)"
    lines = [
        f"Week of {result.week_start:%d %b %Y}: {len(result.calls)} of {result.candidates} "
        f"finalised domestic-abuse calls drawn, {result.per_handler} per handler, seed "
        f"{result.seed} ({kept})."
    ]
    for c in result.calls:
        why = [
            w for w, on in (("override", c.overridden), ("repeat victim", c.repeat_victim)) if on
        ]
        lines.append(f"  {c.handler:<12} {c.ref:<16} risk {c.risk_level:<8} {', '.join(why)}")
    _emit(args, document, "\n".join(lines))
    return 0


def _compliance(args: argparse.Namespace, handler: str | None, weeks: int) -> int:
    from callhandler.services import qa_compliance

    db = _open(args)
    actor = _signed_in(args, db, ANY_ROLE)  # a handler: only their own (the service checks)
    report = qa_compliance.compliance(db, actor, handler=handler, weeks=weeks)
    document = qa_compliance.compliance_json(report)
    if getattr(args, "csv", False):
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["week_start", "item", "percent", "reviewed", "missed"])
        for week in report.weeks:
            for i in week.items:
                writer.writerow([week.week_start, i.item_id, i.percent, i.reviewed, i.missed])
        return 0
    _emit(args, document, _text(report, document))
    return 0


def _text(report: Any, document: dict[str, Any]) -> str:
    scope = f"handler {report.handler}" if report.handler else "the team (every handler)"
    lines = [
        f"QA compliance for {scope}, weeks from {report.first_week:%d %b %Y}: "
        f"{report.reviews} review(s)."
    ]
    for item in report.overall:
        shown = "no reviews" if item.percent is None else f"{item.percent:5.1f} %"
        lines.append(f"  {item.item_id:<22} {shown}  ({item.missed} missed of {item.reviewed})")
    if report.most_missed:
        lines.append("Most often missed: " + ", ".join(i.item_id for i in report.most_missed[:3]))
    return "\n".join(lines)


def cmd_report_qa_compliance(args: argparse.Namespace) -> int:
    """``callhandler report qa-compliance``: the team's last 12 weeks."""
    return _compliance(args, None, 12)


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("qa", parents=[common], help="quality assurance of live calls")
    qa_sub = p.add_subparsers(dest="qa_command", required=True)
    sample = qa_sub.add_parser(
        "sample", parents=[common], help="draw a week's sample per handler (inspectors)"
    )
    sample.add_argument("--week", type=_date, help="any day of the week (default: last week)")
    sample.add_argument("--seed", type=int, help="repeat a draw (default: a new seed, recorded)")
    sample.add_argument(
        "--size", type=int, help="calls per handler (default: [qa] sample_per_handler)"
    )
    sample.add_argument("--dry-run", action="store_true", help="show the draw, keep nothing")
    sample.add_argument("--json", action="store_true")
    sample.set_defaults(handler=cmd_qa_sample)
    comp = qa_sub.add_parser(
        "compliance", parents=[common], help="compliance by checklist item and week"
    )
    comp.add_argument("--handler", dest="qa_handler", metavar="USERNAME", help="one handler")
    comp.add_argument("--weeks", type=int, default=12)
    output = comp.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--csv", action="store_true")
    comp.set_defaults(handler=lambda a: _compliance(a, a.qa_handler, a.weeks))

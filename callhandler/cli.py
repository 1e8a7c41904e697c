"""Command line: ``callhandler`` opens the window; subcommands serve administrators and tests.

Exit codes (SPEC section 5): 0 success, 2 bad input or usage, 1 any other failure.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from callhandler import __version__
from callhandler.cli_common import (  # noqa: F401  (the subcommand modules import them from here too)
    ADMIN,
    ANY_ROLE,
    OVERSIGHT,
    TAKING_CALLS,
    RichProgress,
    _command_name,
    _emit,
    _no_accounts,
    _open,
    _opened,
    _signed_in,
    _with_progress,
)
from callhandler.errors import BadInput, CallHandlerError
from callhandler.logfile import LogSafe, logging_to
from callhandler.paths import DB_URL_ENV, app_paths
from callhandler.redact import check_database_url, redact_credentials
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database

log = logging.getLogger(__name__)

# Who may run the commands that read personal data or change accounts (README, Security).
SIGN_IN_HELP = (
    "Signing in: commands that read personal data or change accounts take "
    "CALLHANDLER_USER and CALLHANDLER_PASSWORD, else the sign-in `callhandler login` "
    "kept, else ask at the terminal. lookup, and assess with --phone/--address/--postcode: "
    "handlers and inspectors. report, policy impact: inspectors and administrators. "
    "users, import, and seed or bench on a database that has accounts: administrators. "
    "sync: any account. On a database with no account yet, `users add NAME --role admin` "
    "creates the first administrator without signing in. db, audit verify, policy test "
    "and assess from facts alone read nobody's data and need no sign-in."
)


def cmd_seed(args: argparse.Namespace) -> int:
    from callhandler.synthetic.seeding import seed

    if args.incidents < 1 or args.incidents > 20_000_000:
        raise BadInput("--incidents must be between 1 and 20,000,000.")
    db = _open(args)
    if not _no_accounts(db):  # synthetic history into a database people use: administrators
        _signed_in(args, db, ADMIN)
    result = _with_progress(args, lambda p: seed(db, args.incidents, seed=args.seed, progress=p))
    rate = result.incidents / result.seconds if result.seconds else 0.0
    _emit(
        args,
        {**asdict(result), "incidents_per_second": round(rate)},
        f"Seeded {result.incidents:,} incidents ({result.people:,} people, "
        f"{result.addresses:,} addresses, {result.phones:,} numbers, {result.markers:,} "
        f"markers) in {result.seconds:.1f} s: {rate:,.0f} incidents/s.",
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from callhandler.importing.run import import_file

    db = _open(args)
    actor = _signed_in(args, db, ADMIN)
    result = _with_progress(args, lambda p: import_file(db, actor, Path(args.file), progress=p))
    lines = [
        f"Imported {result.imported:,}, updated {result.updated:,}, unchanged "
        f"{result.unchanged:,}, rejected {len(result.rejected):,} "
        f"({result.rows_per_second:,.0f} rows/s)."
    ]
    lines += [f"  line {r.line}: {r.reason}" for r in result.rejected[:200]]
    if len(result.rejected) > 200:
        lines.append(f"  … and {len(result.rejected) - 200:,} more (use --json for all)")
    _emit(args, result.to_json(), "\n".join(lines))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from callhandler.services import audit

    db = _open(args)
    result = audit.verify(db)
    _emit(args, asdict(result) | {"ok": result.ok}, result.describe())
    if result.ok:
        return 0
    print(
        f"audit chain broken at event #{result.first_broken_seq or '-'}: {result.problem}",
        file=sys.stderr,
    )
    return 1


def _parse_dob(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise BadInput(f"--dob {text!r} is not a date: use YYYY-MM-DD, e.g. 1990-05-17.") from exc


def cmd_lookup(args: argparse.Namespace) -> int:
    from callhandler.services import history
    from callhandler.services.history_json import history_json

    if not (args.phone or args.address or args.name):
        raise BadInput("Give --phone, --address or --name to look up previous calls.")
    people = (history.PersonQuery(args.name, _parse_dob(args.dob)),) if args.name else ()
    query = history.HistoryQuery(
        phone=args.phone or "",
        address=args.address or "",
        postcode=args.postcode or "",
        uprn=args.uprn or "",
        people=people,
    )
    db = _open(args)
    actor = _signed_in(args, db, TAKING_CALLS)
    result = history.find_previous_calls(db, actor, query, limit=args.limit)
    document = history_json(result)
    lines = [f"{len(result.exact)} previous call(s), {len(result.possible)} possible match(es)."]
    summary = document["summary"]
    lines.append(
        f"Last 12 months: {summary['incidents_12m']} incident(s), "
        f"{summary['domestic_abuse_12m']} domestic abuse; repeat victim: "
        f"{'YES' if summary['repeat_victim'] else 'no'}; children previously present: "
        f"{'YES' if summary['children_previously_present'] else 'no'}."
    )
    lines += [f"  MARKER {m['label']} (on {m['on']} {m['target']})" for m in summary["markers"]]
    lines += [
        f"  {m['opened_at'][:16]} {m['incident_ref']:<18} {m['match']:<8} "
        f"{'/'.join(m['matched_on']):<14} {m['score']:>5} {'DA' if m['domestic_abuse'] else '  '} "
        f"grade {m['grade'] or '-'} risk {m['risk_level']}"
        for m in document["matches"]
    ]
    lines += [f"  note: {p}" for p in result.query.problems]
    _emit(args, document, "\n".join(lines))
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    from callhandler.services import triage

    answers = _read_answers(args.answers)
    db = _open(args)
    with_history = bool(args.phone or args.address or args.postcode)
    # Facts alone read nobody's data; a number or address looks up their previous calls.
    actor = _signed_in(args, db, TAKING_CALLS) if with_history else system_actor("assess")
    document = triage.assess(
        db,
        actor,
        answers,
        phone=args.phone,
        address=args.address,
        postcode=args.postcode,
    )
    lines = [
        f"Grade {document['grade']} ({document['grade_name']}), policy floor "
        f"{document['policy_floor']}; domestic abuse: "
        f"{'YES' if document['domestic_abuse'] else 'no'}; DASH "
        f"{'required' if document['dash_required'] else 'not required'}; officers: "
        f"{document['officers_recommended']}"
        + ("; MARAC referral to be considered." if document["marac_consideration"] else ".")
    ]
    lines += [f"  {r['grade'] or '-'}  {r['title']}: {r['text']}" for r in document["reasons"]]
    lines += [f"  FLAG {document['flag_labels'][flag]}" for flag in document["flags"]]
    _emit(args, document, "\n".join(lines))
    return 0


def _read_answers(name: str) -> Any:
    """The --answers JSON document, from a file or ('-') standard input."""
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"Cannot read the answers file {name}: {exc}.") from exc
    from callhandler import safe_json

    try:
        return safe_json.loads(text)
    except safe_json.JSONProblem as exc:  # malformed, duplicate keys, too deep, huge numbers
        raise BadInput(
            f'The answers in {name} were refused: {exc}; give an object such as {{"weapon": "yes"}}.'
        ) from None


def _audit_export(db: Database, actor: Actor, args: argparse.Namespace, rows: int) -> None:
    """A list of people taken off the system is audited as the person who took it."""
    from callhandler.services import audit
    from callhandler.services.context import current_actor

    output = "csv" if args.csv else ("json" if args.json else "text")
    with db.write() as session:
        audit.record(
            session,
            current_actor(session, actor),
            "report",
            "oversight",
            args.name,
            {"rows": rows, "format": output},
        )


def cmd_report(args: argparse.Namespace) -> int:
    """An oversight list (SPEC section 5): text, ``--json`` or ``--csv`` on stdout."""
    import csv

    from callhandler import qa_cli
    from callhandler.services import oversight

    if args.name == "qa-compliance":  # quality assurance (issue 17), not an oversight list
        return qa_cli.cmd_report_qa_compliance(args)
    report = oversight.report(args.name)  # BadInput listing the valid names
    db = _open(args)
    actor = _signed_in(args, db, OVERSIGHT)
    rows = report.function(db, actor)
    plain = oversight.report_rows_as_dicts(args.name, rows)
    columns = list(report.columns)
    _audit_export(db, actor, args, len(plain))
    if args.csv:
        from callhandler.spreadsheet import safe_value

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()  # names and notes come from the public: no formula may run
        writer.writerows({k: safe_value(v) for k, v in row.items()} for row in plain)
        return 0
    document = {"report": args.name, "title": report.title, "columns": columns, "rows": plain}
    lines = [f"{report.title}: {len(plain)} row(s)."]
    lines += ["  " + " | ".join(str(row[c]) for c in columns) for row in plain[:200]]
    if len(plain) > 200:
        lines.append(f"  … and {len(plain) - 200:,} more (use --json or --csv for all)")
    _emit(args, document, "\n".join(lines))
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """Administrator: apply migrations (under an advisory lock on PostgreSQL) or show status."""
    from callhandler.paths import app_paths
    from callhandler.services.database import resolve_url
    from callhandler.storage import migrate

    db = Database(resolve_url(args.db, app_paths(args.data_dir)))
    _opened.append(db)
    if args.db_command == "upgrade":
        from callhandler.services.upgrade import secure_after_upgrade

        before = migrate.upgrade(db)
        after = migrate.database_revision(db)
        changed = before != after
        secured = secure_after_upgrade(db, app_paths(args.data_dir))
        _emit(
            args,
            {"database": db.describe(), "before": before, "after": after, "changed": changed}
            | secured,
            "\n".join(
                [
                    f"{db.describe()}: schema {before or '(empty)'} → {after}."
                    if changed
                    else f"{db.describe()}: already at schema {after}; nothing to do.",
                    *secured.values(),
                ]
            ),
        )
        return 0
    state = migrate.status(db)
    verdict = (
        "up to date"
        if state["up_to_date"]
        else "behind: an administrator runs `callhandler db upgrade --db URL`"
    )
    _emit(
        args,
        state,
        f"{state['database']}: schema {state['current'] or '(empty)'}; this version needs "
        f"{state['code']} ({verdict}).",
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Bring this workstation's encrypted cache up to date with the shared database."""
    from callhandler.paths import app_paths
    from callhandler.services.database import open_database
    from callhandler.sync.cache import default_cache_path, open_cache, rebuild_cache
    from callhandler.sync.keys import cache_key
    from callhandler.sync.pull import sync_once

    if not args.db:
        raise BadInput("sync needs the shared database: --db postgresql+psycopg://USER@HOST/DB.")
    if args.batch < 1 or args.batch > 1_000_000:
        raise BadInput("--batch must be between 1 and 1,000,000.")
    paths = app_paths(args.data_dir)
    paths.ensure()
    path = Path(args.cache).expanduser() if args.cache else default_cache_path(paths)
    if args.rebuild_cache:
        aside = rebuild_cache(path)
        if aside is not None:
            print(f"callhandler: the old cache was moved to {aside}.", file=sys.stderr)
    key = cache_key(path)
    if key.warning:
        print(f"callhandler: warning: {key.warning}", file=sys.stderr)
    server = open_database(args.db, data_dir=args.data_dir)  # its audit witness there
    _opened.append(server)
    if not _no_accounts(server):  # a copy of everyone's data: signed in, any role
        _signed_in(args, server, ANY_ROLE)
    cache = open_cache(path, key.hex)
    _opened.append(cache)
    stats = _with_progress(args, lambda p: sync_once(server, cache, batch=args.batch, progress=p))
    document = {**asdict(stats), "cache": str(path), "key_source": key.source}
    rate = stats.incidents / stats.seconds if stats.seconds else 0.0
    if stats.complete:
        text = (
            f"Cache {path} is up to date (change {stats.high_water_mark:,}): "
            f"{stats.total_rows:,} rows ({stats.incidents:,} incidents, {rate:,.0f}/s) and "
            f"{stats.deleted:,} deletions in {stats.seconds:.1f} s."
        )
        if stats.held_back:
            text += (
                " The server was busy saving throughout, so the changes seen were copied "
                "but will be checked again by the next sync."
            )
    else:
        text = (
            f"Cancelled: the cache {path} keeps the {stats.total_rows:,} rows already "
            "pulled, consistent; run sync again to carry on from there."
        )
    _emit(args, document, text)
    return 0 if stats.complete else 1


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_application
    except ImportError as exc:  # PySide6 or its system libraries missing
        raise CallHandlerError(
            f"The window cannot start: {exc}. Install the application with its dependencies "
            "(see README) or use the subcommands."
        ) from exc
    return int(run_application(args))


GLOBAL_OPTIONS_HELP = (
    "Global options (--db, --data-dir, --quiet) may come before or after the command; "
    "given in both places, the one after the command wins."
)


def _add_global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--db, --data-dir and --quiet. The subcommands' copies default to SUPPRESS: a default
    there would overwrite the value given before the command (argparse copies every
    attribute of a subcommand's namespace onto the main one)."""
    parser.add_argument(
        "--db",
        default=default,
        help="database URL (default: embedded SQLite; env CALLHANDLER_DB)",
    )
    parser.add_argument(
        "--data-dir",
        default=default,
        help="folder for data, config and logs (env CALLHANDLER_DATA_DIR)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        default=False if default is None else default,
        help="no progress bar",
    )


class _CommandParser(argparse.ArgumentParser):
    """A subcommand's parser: it always takes the global options, also when it was added
    without ``parents=[common]`` (each of its own subcommands is one of these too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("epilog", GLOBAL_OPTIONS_HELP)
        super().__init__(*args, **kwargs)
        if "--db" not in self._option_string_actions:
            _add_global_options(self, argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    common = _CommandParser(add_help=False)  # the global options as subcommands take them

    parser = argparse.ArgumentParser(
        prog="callhandler",
        description="Control-room workstation for domestic-abuse calls. With no command, opens the window.",
        epilog=f"{GLOBAL_OPTIONS_HELP} {SIGN_IN_HELP}",
    )
    _add_global_options(parser, None)
    parser.add_argument("--version", action="version", version=f"callhandler {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open on the demo database (created on first use)"
    )
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)

    p = sub.add_parser("seed", parents=[common], help="fill the database with synthetic history")
    p.add_argument("--incidents", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_seed)

    p = sub.add_parser("import", parents=[common], help="import history (CSV or JSON Lines)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "lookup", parents=[common], help="previous calls for a number, address or person"
    )
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--postcode")
    p.add_argument("--uprn")
    p.add_argument("--name", help="a person named in the call")
    p.add_argument("--dob", help="their date of birth, YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_lookup)

    p = sub.add_parser(
        "assess", parents=[common], help="grade recommendation for canonical facts and history"
    )
    p.add_argument(
        "--answers",
        required=True,
        help="JSON object of canonical facts (SPEC section 3); - for stdin",
    )
    p.add_argument("--phone")
    p.add_argument("--address")
    p.add_argument("--postcode")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_assess)

    from callhandler.bench import command as bench_command

    bench_command.add_parser(sub, common)

    from callhandler import users_cli

    users_cli.add_parser(sub, common)
    from callhandler import qa_cli

    qa_cli.add_parser(sub, common)

    p = sub.add_parser("report", parents=[common], help="an oversight list for inspectors")
    p.add_argument(
        "name", metavar="NAME", help="repeat-victims, gone-quiet, serial-perpetrators, …"
    )
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument("--csv", action="store_true")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser("db", parents=[common], help="administrator: database schema")
    db_sub = p.add_subparsers(dest="db_command", required=True)
    for name, text in (
        ("upgrade", "apply migrations (on PostgreSQL, once, under an advisory lock)"),
        ("status", "the database's schema revision and this version's"),
    ):
        one = db_sub.add_parser(name, parents=[common], help=text)
        one.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_db)

    p = sub.add_parser(
        "sync", parents=[common], help="update this workstation's encrypted local cache"
    )
    p.add_argument("--cache", help="the cache file (default: cache.sqlite3 in the data folder)")
    p.add_argument("--batch", type=int, default=5000, help="rows per transaction")
    p.add_argument(
        "--rebuild-cache",
        action="store_true",
        help="move the existing cache aside and pull everything again",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)

    p = sub.add_parser("audit", parents=[common], help="audit log")
    audit_sub = p.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", parents=[common])
    verify.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_audit)

    from callhandler import policy_cli

    policy_cli.add_parser(sub, common)
    from callhandler import training_cli

    training_cli.add_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed the reason; usage errors are 2
        return int(exc.code or 0)
    try:
        paths = app_paths(args.data_dir)
        paths.ensure()  # BadInput when --data-dir is a file
        url = args.db or (None if getattr(args, "demo", False) else os.environ.get(DB_URL_ENV))
        if url:
            check_database_url(url)  # one line, password hidden, for a URL that cannot work
    except CallHandlerError as exc:
        print(f"callhandler: {redact_credentials(str(exc))}", file=sys.stderr)
        return exc.exit_code
    with contextlib.ExitStack() as stack:
        try:
            log_file: Path | None = stack.enter_context(logging_to(paths.log_dir))
        except OSError as exc:  # a full disk must not stop an administrator's command
            print(f"callhandler: warning: no log file ({exc.strerror}).", file=sys.stderr)
            log_file = None
        command = LogSafe(_command_name(args))
        log.info("callhandler %s: %s started", LogSafe(__version__), command)
        code = _run(args, log_file)
        log.info("%s ended with exit code %d", command, code)
        return code


def _run(args: argparse.Namespace, log_file: Path | None) -> int:
    try:
        return int(args.handler(args))
    except CallHandlerError as exc:
        if exc.exit_code == 2:  # the user's input: nothing for an administrator to look into
            log.info("refused: %s", LogSafe(type(exc).__name__))
        else:  # a database or file failure: its frames help whoever looks into it
            log.error("failed: %s", LogSafe(type(exc).__name__), exc_info=True)
        print(f"callhandler: {redact_credentials(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a bug or an unforeseen failure: one line here, frames in the log
        log.exception("unexpected %s", LogSafe(type(exc).__name__))
        where = f"the details were written to {log_file}" if log_file else "no log was kept"
        print(f"callhandler: unexpected error ({type(exc).__name__}); {where}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("callhandler: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 1
    except BrokenPipeError:  # e.g. `callhandler report … --csv | head`: the reader left
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        while _opened:
            _opened.pop().dispose()


if __name__ == "__main__":
    sys.exit(main())

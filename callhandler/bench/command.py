"""``callhandler bench``: the performance figures of SPEC section 6 and issue 18, each
beside its target (``--json``: with ``met``)."""

from __future__ import annotations

import argparse
import os
from typing import Any

from callhandler.cli_common import ADMIN, _emit, _no_accounts, _opened, _signed_in, _with_progress
from callhandler.errors import BadInput


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bench", parents=[common], help="performance benchmark (SPEC section 6)")
    p.add_argument("--incidents", type=int, default=1_000_000)
    p.add_argument("--queries", type=int, default=200, help="look-ups of each kind")
    p.add_argument("--naive", type=int, default=10, help="naive full scans of each kind")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--server",
        help="also bench a workstation cache against this PostgreSQL (seeded; env "
        "CALLHANDLER_BENCH_SERVER)",
    )
    p.add_argument("--sync-incidents", type=int, default=100_000, help="incidents on --server")
    p.add_argument("--sync-only", action="store_true", help="only the --server figures")
    p.add_argument(
        "--oversight-only", action="store_true", help="only the oversight lists and charts"
    )
    p.add_argument("--json", action="store_true")
    _import_arguments(p)
    p.set_defaults(handler=cmd_bench)
    from callhandler.bench import window_cli

    window_cli.add_arguments(p)


def cmd_bench(args: argparse.Namespace) -> int:
    """Build (or reuse) a database of --incidents and time the look-ups against a naive scan."""
    from sqlalchemy import func, select

    from callhandler.bench import window_cli
    from callhandler.bench.lookup import run_benchmark
    from callhandler.bench.report import format_report
    from callhandler.paths import app_paths
    from callhandler.services.database import open_database
    from callhandler.storage.models import Incident
    from callhandler.synthetic.seeding import peak_memory, seed

    if args.window or args.workstations:
        return window_cli.run(args) if args.window else window_cli.run_load(args)
    if args.import_only:
        return _bench_import(args)
    if args.incidents < 1000 or args.queries < 10:
        raise BadInput("bench needs --incidents of at least 1000 and --queries of at least 10.")
    server_url = args.server or os.environ.get("CALLHANDLER_BENCH_SERVER")
    if args.sync_only:
        if not server_url:
            raise BadInput("--sync-only needs --server postgresql+psycopg://USER@HOST/DB.")
        return _bench_sync(args, server_url, {"incidents": 0, "lookups": []})
    url = args.db
    if not url:
        paths = app_paths(args.data_dir)
        paths.ensure()
        url = f"sqlite:///{paths.data_dir / f'bench-{args.incidents}.sqlite3'}"
    db = open_database(url, data_dir=args.data_dir)  # its audit key and witness there
    _opened.append(db)
    if not _no_accounts(db) and not _bench_accounts_only(db):
        _signed_in(args, db, ADMIN)  # --db a database people use: it reads and adds their data
    with db.read() as session:
        present = session.execute(select(func.count()).select_from(Incident)).scalar_one()
    extra: list[str] = []
    built: dict[str, Any] | None = None
    if present < args.incidents:
        # Topping up a partly built database: a seed may be used once per database.
        seed_value = args.seed if present == 0 else args.seed * 1_000_003 + present
        result = _with_progress(
            args, lambda p: seed(db, args.incidents - present, seed=seed_value, progress=p)
        )
        rate = result.incidents / result.seconds
        built = {
            "incidents": result.incidents,
            "seconds": round(result.seconds, 1),
            "incidents_per_second": round(rate),
            "target_seconds_for_1m": 60,
            **peak_memory(),
        }
        extra.append(
            f"built {result.incidents:,} incidents in {result.seconds:.1f} s "
            f"({rate:,.0f}/s; 1,000,000 would take {1_000_000 / rate:.1f} s, target 60 s)"
        )
    else:
        extra.append(f"reused the database ({present:,} incidents already there)")
    if args.oversight_only:
        return _bench_oversight(args, db, extra)
    report = _with_progress(
        args,
        lambda p: run_benchmark(
            db,
            queries=args.queries,
            naive_queries=args.naive,
            progress=p,
            import_sizes=_import_sizes(args),
        ),
    )
    report["build"] = built
    if server_url:
        return _bench_sync(args, server_url, report, extra)
    _emit(args, report, format_report(report, extra))
    return 0


def _bench_accounts_only(db: Any) -> bool:
    """Only the accounts the oversight bench added (none can sign in): a bench database."""
    from callhandler.bench.oversight import only_bench_accounts

    return only_bench_accounts(db)


def _bench_oversight(args: argparse.Namespace, db: Any, extra: list[str]) -> int:
    """Only the oversight lists and charts (callhandler.bench.oversight) on --db."""
    from callhandler.bench.oversight import format_oversight, run_oversight

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    result = _with_progress(args, lambda p: run_oversight(db, progress=p))
    load_after = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    text = [*extra, f"load average {load} before, {load_after} after, on {os.cpu_count()} CPUs"]
    _emit(args, {"oversight": result}, "\n".join(text + format_oversight(result)))
    return 0


def _bench_sync(
    args: argparse.Namespace,
    server_url: str,
    report: dict[str, Any],
    extra: list[str] | None = None,
) -> int:
    """The workstation-cache figures against a PostgreSQL server (callhandler.bench.sync)."""
    from callhandler.bench.report import format_report
    from callhandler.bench.sync import format_sync, run_sync_bench

    report["sync"] = _with_progress(
        args,
        lambda p: run_sync_bench(
            server_url,
            incidents=args.sync_incidents,
            queries=args.queries,
            progress=p,
            data_dir=args.data_dir,
        ),
    )
    text = (
        format_report(report, extra)
        if report.get("lookups")
        else "\n".join(format_sync(report["sync"]))
    )
    _emit(args, report, text)
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--import-rows",
        type=int,
        nargs="+",
        metavar="N",
        help="rows of the export files the import is measured on (default 50000 200000 "
        "1000000; give 10000000 to measure the 10,000,000-row peak: about 2 GB of disk; "
        "0: no import measured)",
    )
    p.add_argument("--import-only", action="store_true", help="only the import figures")


def _import_sizes(args: argparse.Namespace) -> tuple[int, ...] | None:
    if args.import_rows is None:
        return None
    if args.import_rows == [0] and not args.import_only:
        return ()  # the look-ups and oversight only
    if min(args.import_rows) < 1000:
        raise BadInput(
            "--import-rows needs sizes of at least 1000 rows (or 0 alone, without "
            "--import-only, to measure no import)."
        )
    return tuple(args.import_rows)


def _bench_import(args: argparse.Namespace) -> int:
    """Only the import's figures (callhandler.bench.importing), nothing else built."""
    from callhandler.bench.importing import SIZES, format_import, run_import_bench

    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    sizes = _import_sizes(args) or SIZES
    result = _with_progress(args, lambda p: run_import_bench(sizes, progress=p))
    text = [f"load average {load} on {os.cpu_count()} CPUs before measuring"]
    _emit(args, {"import": result}, "\n".join([*text, *format_import(result)]))
    return 0

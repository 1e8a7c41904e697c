"""``callhandler bench --window`` and ``--workstations N``: the options and the runs."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from callhandler.cli_common import _emit, _with_progress
from callhandler.errors import BadInput

PRIVATE_FOLDERS = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--window",
        action="store_true",
        help="the window's figures instead: GUI-thread stalls (watchdog), readiness after "
        "sign-in and memory over a shift, offscreen on a temporary demo database",
    )
    p.add_argument(
        "--shift-calls", type=int, default=1000, help="calls in the --window shift (>= 200)"
    )
    p.add_argument(
        "--workstations",
        type=int,
        default=0,
        help="with --server: this many workstation processes syncing and looking up at once",
    )
    p.add_argument(
        "--sample-stalls",
        action="store_true",
        help="with --window: also sample where the GUI thread is while it stalls (a thread "
        "reads its stack every 2 ms; on CPython 3.11 this has crashed the bench under load)",
    )
    p.add_argument("--operations", type=int, default=60, help="cycles each --workstations desk")
    p.add_argument(
        "--pace", type=float, default=2.0, help="seconds between a desk's cycles, on average"
    )


def run_load(args: argparse.Namespace) -> int:
    """``--server URL --workstations N``: the load test (callhandler.bench.load)."""
    server_url = args.server or os.environ.get("CALLHANDLER_BENCH_SERVER")
    if not server_url:
        raise BadInput("--workstations needs --server postgresql+psycopg://USER@HOST/DB.")
    from callhandler.bench.load import format_load, run_load_bench

    result = _with_progress(
        args,
        lambda p: run_load_bench(
            server_url,
            workstations=args.workstations,
            operations=args.operations,
            incidents=args.sync_incidents,
            pace_s=args.pace,
            progress=p,
            data_dir=args.data_dir,
        ),
    )
    _emit(args, {"load": result}, "\n".join(format_load(result)))
    return 0


def run(args: argparse.Namespace) -> int:
    """The window bench in a temporary folder: the demo database, the window's settings
    and drafts all go there and are removed at the end."""
    if args.shift_calls < 200:
        raise BadInput("--shift-calls must be at least 200 (memory is sampled every 100 calls).")
    from callhandler.bench.window import format_window, run_window_bench

    with tempfile.TemporaryDirectory(prefix="callhandler-window-bench-") as tmp:
        folder = Path(tmp)
        for name in PRIVATE_FOLDERS:  # never the user's own settings or data folder
            (folder / name.lower()).mkdir()
            os.environ[name] = str(folder / name.lower())
        result = _with_progress(
            args,
            lambda p: run_window_bench(
                folder, shift_calls=args.shift_calls, progress=p, sample_stalls=args.sample_stalls
            ),
        )
    report = {"load_average": list(os.getloadavg()), "cpus": os.cpu_count(), "window": result}
    load = ", ".join(f"{x:.2f}" for x in report["load_average"])
    text = "\n".join([f"load average {load} on {report['cpus']} CPUs", *format_window(result)])
    _emit(args, report, text)
    return 0

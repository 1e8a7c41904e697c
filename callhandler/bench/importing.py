"""``callhandler bench``: the history import streamed, first and again unchanged, with
its peak memory measured at each file size.

Each import runs in a process of its own (``python -m callhandler.bench.importing``) into
a fresh SQLite database in a temporary folder (its own audit key and witness): the bench
database and the user's folders are never touched, and the process's peak resident memory
is the import's own. That peak is the kernel's high-water mark of the process (VmHWM in
/proc/self/status; ``resource.getrusage``'s ru_maxrss where there is no /proc): on Linux
ru_maxrss is carried over from the bench's process through fork and exec, so it would
report the bench's own size. It holds everything: Python, SQLite's page cache (256 MiB at
most during a load) and the interpreter with its libraries. Files up to ``TRACE_MOST``
rows are also imported once more with tracemalloc on (which halves Python's speed), for
the peak of Python's own allocations. The 10,000,000-row figure is measured when the bench
is given that many rows (``--import-rows``), else extrapolated from the two largest sizes,
and the report says which.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from callhandler.importing.format import FIELDS
from callhandler.progress import NoProgress, Progress, check_cancel

SIZES = (50_000, 200_000, 1_000_000)  # beyond a batch; the largest shows the cache full
TRACE_MOST = 200_000  # files up to this size are also imported with tracemalloc on
TARGET_ROWS = 10_000_000
PEAK_TARGET_MB_10M = 500.0  # issue 18: streaming, at most 500 MB for 10,000,000 rows
REIMPORT_TARGET_ROWS_S = 200_000.0
_NO_PROGRESS = NoProgress()

FIRST = ("Alex", "Sam", "Jo", "Chris", "Robin", "Jamie", "Morgan", "Casey", "Riley", "Drew")
# invented surnames: two made-up syllables (900 of them), never a real list of people
SYLLABLES = ("Ab", "Bel", "Cor", "Dun", "Eff", "Fal", "Gor", "Hap", "Ist", "Jor", "Kel",
             "Lum", "Mor", "Nib", "Orp", "Pel", "Quen", "Ros", "Sab", "Tov", "Umb", "Vel",
             "Wex", "Yor", "Zan", "Bry", "Cal", "Dov", "Erl", "Fen")  # fmt: skip
LAST = tuple(a + b.lower() + "son" for a in SYLLABLES for b in SYLLABLES)
STREETS = ("Orchard Way", "Mill Road", "Station Road", "Church Lane", "Quarry Close")
TOWNS = ("Exampleton", "Sampleford", "Fictionbury")
POSTCODES = ("CB1 2AD", "PE1 1AA", "CB4 1AA")


def write_export(path: Path, rows: int, seed: int = 1) -> None:
    """A force's export in the import format: invented people and places, drama numbers,
    about 1,000 rows per street-and-town (so addresses and people repeat)."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(FIELDS)
        for n in range(rows):
            day = 1 + n % 28
            person = rng.randrange(len(FIRST) * len(LAST))  # the same person, the same birthday
            victim = f"{FIRST[person % len(FIRST)]} {LAST[person // len(FIRST)]}"
            born = f"19{50 + person % 50}-{1 + person % 12:02d}-{1 + person % 28:02d}"
            out.writerow(
                (
                    f"BENCH-{n:09d}",
                    f"2024-03-{day:02d}T10:00:00Z",
                    f"2024-03-{day:02d}T11:00:00Z",
                    f"07700 900{rng.randrange(1000):03d}",
                    f"{rng.randint(1, 400)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}",
                    rng.choice(POSTCODES),
                    "",
                    "domestic",
                    "true",
                    str(rng.randint(1, 4)),
                    rng.choice(("none", "standard", "medium", "high")),
                    "false",
                    victim,
                    born,
                    "",
                    "",
                    "",
                    "Argument overheard by a neighbour.",
                )  # fmt: skip
            )


def _peak_rss_mb() -> float:
    """This process's peak resident memory (see the module's note)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows, which has no /proc either: there, no figure

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def _child(url: str, folder: str, export: str, trace: bool) -> dict[str, Any]:
    """One import in this process: its counts, times and peak memory."""
    from callhandler.importing.run import import_file
    from callhandler.progress import NoProgress
    from callhandler.services.context import system_actor
    from callhandler.services.database import open_database

    db = open_database(url, data_dir=folder)
    try:
        before = _peak_rss_mb()
        if trace:
            tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        result = import_file(db, system_actor("bench"), Path(export), progress=NoProgress())
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        traced = tracemalloc.get_traced_memory()[1] / 1e6 if trace else None
    finally:
        tracemalloc.stop()
        db.dispose()
    return {
        "rows": result.rows,
        "imported": result.imported,
        "unchanged": result.unchanged,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rss_before_mb": before,
        "rss_peak_mb": _peak_rss_mb(),
        "traced_peak_mb": traced,
    }


def _import_once(url: str, folder: Path, export: Path, *, trace: bool) -> dict[str, Any]:
    """``_child`` in a process of its own."""
    command = [sys.executable, "-m", "callhandler.bench.importing", url, str(folder), str(export)]
    done = subprocess.run(
        [*command, *(["--trace"] if trace else [])],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": _source_root()},
    )
    if done.returncode != 0:
        raise RuntimeError(f"the import bench's process failed: {done.stderr.strip()[-2000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _source_root() -> str:
    root = str(Path(__file__).resolve().parents[2])
    given = os.environ.get("PYTHONPATH")
    return f"{root}{os.pathsep}{given}" if given else root


def _measure(folder: Path, rows: int) -> dict[str, Any]:
    export = folder / f"export-{rows}.csv"
    write_export(export, rows)
    url = f"sqlite:///{folder / f'import-{rows}.sqlite3'}"
    first = _import_once(url, folder, export, trace=False)
    again = _import_once(url, folder, export, trace=False)
    if (first["imported"], again["unchanged"]) != (rows, rows):
        raise RuntimeError(f"the import bench's export was not imported whole: {first}, {again}")
    traced = None
    if rows <= TRACE_MOST:
        url = f"sqlite:///{folder / f'import-{rows}-traced.sqlite3'}"
        traced = _import_once(url, folder, export, trace=True)["traced_peak_mb"]
    figures = {
        "rows": rows,
        "file_mb": round(export.stat().st_size / 1e6, 1),
        "first_rows_per_second": round(rows / first["seconds"]),
        "first_rows_per_cpu_second": round(rows / max(first["cpu_seconds"], 1e-6)),
        "first_rss_peak_mb": round(first["rss_peak_mb"], 1),
        "rss_at_start_mb": round(first["rss_before_mb"], 1),
        "reimport_rows_per_second": round(rows / again["seconds"]),
        "reimport_rows_per_cpu_second": round(rows / max(again["cpu_seconds"], 1e-6)),
        "reimport_rss_peak_mb": round(again["rss_peak_mb"], 1),
        "traced_peak_mb": None if traced is None else round(traced, 1),
    }
    for path in folder.glob(f"import-{rows}*"):
        path.unlink()
    export.unlink()
    return figures


def run_import_bench(
    sizes: tuple[int, ...] = SIZES, progress: Progress = _NO_PROGRESS
) -> dict[str, Any]:
    """Each size imported, imported again unchanged, and (up to TRACE_MOST) traced."""
    ordered = sorted(set(sizes))
    progress.start(sum(ordered), "Import bench (rows of the export files)")
    figures = []
    with tempfile.TemporaryDirectory(prefix="callhandler-bench-import-") as tmp:
        for rows in ordered:
            figures.append(_measure(Path(tmp), rows))
            progress.advance(rows)
            check_cancel(progress)
    return summarise(figures)


def summarise(figures: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of each size (smallest first) against the targets."""
    big = figures[-1]
    peaks = [max(f["first_rss_peak_mb"], f["reimport_rss_peak_mb"]) for f in figures]
    measured = big["rows"] >= TARGET_ROWS
    at_10m = peaks[-1]
    if not measured and len(figures) > 1:
        per_row = (peaks[-1] - peaks[-2]) / (big["rows"] - figures[-2]["rows"])
        at_10m = peaks[-1] + max(0.0, per_row) * (TARGET_ROWS - big["rows"])
    reimport = big["reimport_rows_per_second"]  # the largest file: the import's fixed costs
    return {
        "sizes": figures,
        "peak": "process peak resident memory (VmHWM), the import's own process",
        "peak_rss_mb_at_10m": round(at_10m, 1),
        "peak_at_10m_measured": measured,
        "peak_target_mb_10m": PEAK_TARGET_MB_10M,
        "peak_met": at_10m <= PEAK_TARGET_MB_10M,
        "rates_of_rows": big["rows"],
        "first_rows_per_second": big["first_rows_per_second"],
        "reimport_rows_per_second": reimport,
        "reimport_rows_per_cpu_second": big["reimport_rows_per_cpu_second"],
        "reimport_target_rows_per_second": REIMPORT_TARGET_ROWS_S,
        "reimport_met": reimport >= REIMPORT_TARGET_ROWS_S,
    }


def format_import(result: dict[str, Any]) -> list[str]:
    lines = [
        f"{'import (streamed)':<18}{'rows':>11}{'file MB':>8}{'first/s':>9}{'RSS MB':>8}"
        f"{'re-import/s':>12}{'per CPU s':>10}{'RSS MB':>8}{'traced MB':>10}"
    ]
    for f in result["sizes"]:
        traced = "-" if f["traced_peak_mb"] is None else f"{f['traced_peak_mb']:.1f}"
        lines.append(
            f"{'':<18}{f['rows']:>11,}{f['file_mb']:>8.1f}{f['first_rows_per_second']:>9,}"
            f"{f['first_rss_peak_mb']:>8.0f}{f['reimport_rows_per_second']:>12,}"
            f"{f['reimport_rows_per_cpu_second']:>10,}{f['reimport_rss_peak_mb']:>8.0f}"
            f"{traced:>10}"
        )
    how = "measured" if result["peak_at_10m_measured"] else "extrapolated from the two largest"
    if not result["peak_at_10m_measured"] and len(result["sizes"]) == 1:
        how = f"not measured: the peak at {result['sizes'][0]['rows']:,} rows"
    lines += [
        "(RSS: the import process's peak resident memory, VmHWM, first import and re-import; "
        "traced: the peak of Python's allocations under tracemalloc, first import)",
        f"import peak at 10,000,000 rows ({how}) {result['peak_rss_mb_at_10m']:.0f} MB RSS, "
        f"target {result['peak_target_mb_10m']:.0f} MB  {'yes' if result['peak_met'] else 'NO'}; "
        f"{result['rates_of_rows']:,} rows: re-import {result['reimport_rows_per_second']:,}/s, target "
        f"{result['reimport_target_rows_per_second']:,.0f}/s  "
        f"{'yes' if result['reimport_met'] else 'NO'}; first import "
        f"{result['first_rows_per_second']:,}/s",
    ]
    return lines


if __name__ == "__main__":  # one import for the bench, in a process of its own
    url_arg, folder_arg, export_arg = sys.argv[1:4]
    print(json.dumps(_child(url_arg, folder_arg, export_arg, "--trace" in sys.argv[4:])))

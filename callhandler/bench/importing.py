"""``callhandler bench``: the history import streamed, its peak memory at two file sizes,
and the re-import of an unchanged file.

Each file is imported into a fresh SQLite database in a temporary folder (its own audit
key and witness): the bench database and the user's folders are never touched. Peak
memory is the largest Python allocation tracemalloc saw during the import; the rate of
the re-import is measured without tracemalloc (which slows Python down).
"""

from __future__ import annotations

import csv
import random
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from callhandler.importing.format import FIELDS
from callhandler.importing.run import import_file
from callhandler.progress import NoProgress
from callhandler.services.context import system_actor
from callhandler.services.database import open_database

SIZES = (50_000, 200_000)  # both beyond a batch and the normalisation caches
PEAK_TARGET_MB_10M = 500.0  # issue 18: streaming, at most 500 MB for 10,000,000 rows
REIMPORT_TARGET_ROWS_S = 200_000.0

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


def _import_once(
    url: str, folder: Path, export: Path, *, trace: bool
) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak MB or 0) for one import of ``export`` into ``url``; the
    CPU time (this process: Python and SQLite) is what other work on the machine leaves
    alone."""
    db = open_database(url, data_dir=str(folder))
    try:
        if trace:
            tracemalloc.start()
        started, cpu = time.perf_counter(), time.process_time()
        import_file(db, system_actor("bench"), export, progress=NoProgress())
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] / 1e6 if trace else 0.0
        return seconds, cpu, peak
    finally:
        if trace:
            tracemalloc.stop()
        db.dispose()


def run_import_bench(sizes: tuple[int, ...] = SIZES) -> dict[str, Any]:
    figures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="callhandler-bench-import-") as tmp:
        folder = Path(tmp)
        for rows in sizes:
            export = folder / f"export-{rows}.csv"
            write_export(export, rows)
            url = f"sqlite:///{folder / f'import-{rows}.sqlite3'}"
            first_s, _cpu, peak_mb = _import_once(url, folder, export, trace=True)
            again_s, again_cpu, _ = _import_once(url, folder, export, trace=False)
            figures.append(
                {
                    "rows": rows,
                    "file_mb": round(export.stat().st_size / 1e6, 1),
                    "peak_mb": round(peak_mb, 1),
                    "first_import_s_traced": round(first_s, 2),
                    "reimport_rows_per_second": round(rows / again_s),
                    "reimport_rows_per_cpu_second": round(rows / max(again_cpu, 1e-6)),
                }
            )
    small, big = figures[0], figures[-1]
    growth = big["peak_mb"] - small["peak_mb"]
    per_row = growth / max(1, big["rows"] - small["rows"])
    at_10m = big["peak_mb"] + per_row * (10_000_000 - big["rows"])
    reimport = min(f["reimport_rows_per_second"] for f in figures)
    per_cpu = min(f["reimport_rows_per_cpu_second"] for f in figures)
    return {
        "sizes": figures,
        "peak_mb_at_10m_extrapolated": round(max(at_10m, big["peak_mb"]), 1),
        "peak_target_mb_10m": PEAK_TARGET_MB_10M,
        "peak_met": at_10m <= PEAK_TARGET_MB_10M,
        "reimport_rows_per_second": reimport,
        "reimport_rows_per_cpu_second": per_cpu,
        "reimport_target_rows_per_second": REIMPORT_TARGET_ROWS_S,
        "reimport_met": reimport >= REIMPORT_TARGET_ROWS_S,
    }


def format_import(result: dict[str, Any]) -> list[str]:
    lines = [
        f"{'import (streamed)':<20}{'rows':>9}{'file MB':>9}{'peak MB':>9}{'re-import/s':>13}"
        f"{'per CPU s':>11}"
    ]
    for f in result["sizes"]:
        lines.append(
            f"{'':<20}{f['rows']:>9,}{f['file_mb']:>9.1f}{f['peak_mb']:>9.1f}"
            f"{f['reimport_rows_per_second']:>13,}{f['reimport_rows_per_cpu_second']:>11,}"
        )
    lines.append(
        f"import peak at 10,000,000 rows (extrapolated) {result['peak_mb_at_10m_extrapolated']:.0f}"
        f" MB, target {result['peak_target_mb_10m']:.0f} MB  "
        f"{'yes' if result['peak_met'] else 'NO'}; re-import "
        f"{result['reimport_rows_per_second']:,}/s, target "
        f"{result['reimport_target_rows_per_second']:,.0f}/s  "
        f"{'yes' if result['reimport_met'] else 'NO'}"
    )
    return lines

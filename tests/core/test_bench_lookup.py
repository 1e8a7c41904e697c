"""``callhandler bench``: every look-up figure beside its target and the naive scan, the
typical numbers apart from the declared worst case, and the shape of the history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callhandler.bench.lookup import run_benchmark, target_ms
from callhandler.bench.report import _scale_line, format_report
from callhandler.cli import main
from callhandler.progress import NoProgress
from callhandler.services.database import open_database
from callhandler.storage.engine import Database
from callhandler.synthetic.seeding import seed
from callhandler.synthetic.world import WORST_CASE_FROM


def test_bench_reports_each_look_up_with_target_naive_ratio_and_the_worst_case(
    db: Database, private_folders: Path
) -> None:
    seed(db, WORST_CASE_FROM, seed=11)

    report = run_benchmark(
        db, queries=12, naive_queries=2, progress=NoProgress(), import_sizes=(600, 2_400)
    )

    kinds = {t["kind"]: t for t in report["lookups"]}
    assert set(kinds) == {"phone", "exact_address", "fuzzy_address", "phone_worst_case"}
    for t in kinds.values():
        assert t["target_p95_ms"] > 0 and t["ratio_target"] == 1000
        assert t["met"] == (t["p95_ms"] <= t["target_p95_ms"])
        assert t["ratio_met"] == (t["ratio_p50"] >= 1000)
        assert t["naive_queries"] == 2 and t["naive_p50_ms"] > 0
        assert 0 < t["statements"] <= 9  # the look-up and its audit, BEGIN/COMMIT aside
    # The declared worst case lists a full panel; a typical number a handful of calls.
    assert kinds["phone_worst_case"]["rows_listed"] == 50
    assert kinds["phone"]["rows_listed"] < 10
    shape = report["history"]
    assert shape["phone"]["max"] == 500 and shape["phone"]["carrying_1_to_3_pct"] >= 60
    assert shape["address"]["carrying_1_to_3_pct"] >= 60
    assert report["import"]["sizes"][1]["rows"] == 2_400
    assert report["import"]["reimport_rows_per_second"] > 0

    text = format_report(report)
    for kind in kinds:
        assert any(line.startswith(kind + " ") for line in text.splitlines()), kind
    assert "declared worst case (phone_worst_case): 07700 900500 with 500 incidents" in text
    assert "re-import" in text and "load average" in text and "CPU p95" in text
    assert "targets on 1,000,000 incidents or fewer: p95 1 ms by number and address" in text
    for t in kinds.values():
        assert 0 < t["cpu_p50_ms"] <= t["cpu_p95_ms"] and t["cpu_met"] == (
            t["cpu_p95_ms"] <= t["target_p95_ms"]
        )


def test_beyond_a_million_incidents_the_bench_holds_look_ups_to_the_ten_million_targets() -> None:
    assert [target_ms(k, 1_000_000) for k in ("phone", "exact_address", "fuzzy_address")] == [
        1.0,
        1.0,
        10.0,
    ]
    assert [target_ms(k, 10_000_000) for k in ("phone", "exact_address", "fuzzy_address")] == [
        2.0,
        2.0,
        20.0,
    ]
    assert target_ms("phone_worst_case", 10_000_000) == 2.0
    assert "more than 1,000,000 incidents: p95 2 ms by number and address, 20 ms fuzzy" in (
        _scale_line({"incidents": 10_000_000})
    )


def test_import_rows_zero_measures_the_look_ups_without_any_import(
    private_folders: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'bench.sqlite3'}"
    db = open_database(url, data_dir=str(tmp_path / "data"))
    seed(db, 2000, seed=5)
    argv = ["bench", "--incidents", "2000", "--queries", "10", "--naive", "1", "--json",
            "--import-rows", "0", "--db", url, "--data-dir", str(tmp_path / "data"), "--quiet"]  # fmt: skip
    assert main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["import"] is None and report["incidents"] == 2000
    assert {t["kind"] for t in report["lookups"]} >= {"phone", "exact_address"}
    # Only the import measured, of nothing: refused with what to give instead.
    assert main(["bench", "--import-only", "--import-rows", "0"]) == 2
    err = capsys.readouterr().err
    assert "at least 1000 rows" in err and "Traceback" not in err

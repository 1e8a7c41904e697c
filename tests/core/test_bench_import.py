"""``callhandler bench --import-only``: each export imported and imported again in a process
of its own, its peak memory measured, and the 10,000,000-row peak said to be measured or
extrapolated."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from callhandler.bench.importing import TARGET_ROWS, format_import, summarise
from callhandler.cli import main


def test_the_import_bench_measures_each_size_in_its_own_process(
    private_folders: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["bench", "--import-only", "--import-rows", "1000", "2500", "--json",
                 "--quiet", "--data-dir", str(tmp_path / "data")])  # fmt: skip
    assert code == 0
    result = json.loads(capsys.readouterr().out)["import"]
    assert [f["rows"] for f in result["sizes"]] == [1_000, 2_500]
    for f in result["sizes"]:
        assert f["first_rows_per_second"] > 0 and f["reimport_rows_per_second"] > 0
        assert f["rss_at_start_mb"] > 0
        assert f["first_rss_peak_mb"] >= f["rss_at_start_mb"]
        assert 0 < f["traced_peak_mb"] < f["first_rss_peak_mb"]
    assert result["peak_at_10m_measured"] is False
    assert result["rates_of_rows"] == 2_500
    text = "\n".join(format_import(result))
    assert "import peak at 10,000,000 rows (extrapolated from the two largest)" in text
    assert not list(tmp_path.glob("**/export-*.csv"))  # the bench's files are gone


def figures(rows: int, rss: float) -> dict[str, Any]:
    return {"rows": rows, "file_mb": rows / 5_000, "first_rows_per_second": 20_000,
            "first_rows_per_cpu_second": 25_000, "first_rss_peak_mb": rss,
            "rss_at_start_mb": 60.0, "reimport_rows_per_second": 250_000,
            "reimport_rows_per_cpu_second": 260_000, "reimport_rss_peak_mb": rss - 50,
            "traced_peak_mb": None}  # fmt: skip


def test_the_10m_peak_is_measured_when_that_many_rows_were_imported() -> None:
    measured = summarise([figures(1_000_000, 380.0), figures(TARGET_ROWS, 420.0)])
    assert (measured["peak_at_10m_measured"], measured["peak_rss_mb_at_10m"]) == (True, 420.0)
    assert measured["peak_met"] and measured["reimport_met"]
    assert "(measured) 420 MB RSS" in "\n".join(format_import(measured))
    grown = summarise([figures(200_000, 300.0), figures(1_000_000, 380.0)])
    assert grown["peak_at_10m_measured"] is False
    assert grown["peak_rss_mb_at_10m"] == pytest.approx(380 + 80 / 800_000 * 9_000_000)
    assert not grown["peak_met"]
    flat = summarise([figures(200_000, 380.0), figures(1_000_000, 370.0)])
    assert flat["peak_rss_mb_at_10m"] == 370.0 and flat["peak_met"]

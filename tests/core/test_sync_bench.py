"""`callhandler bench --server URL --sync-only` prints the workstation-cache figures.

PostgreSQL only; skipped without CALLHANDLER_TEST_PG.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from callhandler.cli import main
from sync_helpers import PG_ENV, empty_pg

pytestmark = pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"needs {PG_ENV}")


def test_sync_bench_reports_throughput_latency_and_catch_up(
    pg_database_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    private_folders: Path,
) -> None:
    empty_pg(pg_database_url)
    data = tmp_path / "bench-data"
    argv = ["bench", "--quiet", "--sync-only", "--server", pg_database_url]
    code = main([*argv, "--sync-incidents", "1000", "--queries", "10", "--json",
                 "--data-dir", str(data)])  # fmt: skip
    assert code == 0
    # The server's audit key and witness are those of --data-dir, never the user's folders.
    assert (data / "config" / "audit.secret").is_file()
    assert (data / "audit-witness.jsonl").is_file()
    for folder in (private_folders, tmp_path / "home"):
        assert not list(folder.rglob("audit.secret")), folder
    report = json.loads(capsys.readouterr().out)["sync"]
    assert report["initial_sync"]["incidents"] == 1000
    assert report["initial_sync"]["incidents_per_second"] > 0
    assert set(report["lookups"]) == {"phone", "exact_address", "fuzzy_address"}
    for pair in report["lookups"].values():
        assert pair["cache"]["p50_ms"] > 0 and pair["postgresql"]["p50_ms"] > 0
    fuzzy = report["server_fuzzy"]  # the server's fuzzy look-up beside its 30 ms target
    assert fuzzy["target_p95_ms"] == 30
    assert fuzzy["p95_ms"] == report["lookups"]["fuzzy_address"]["postgresql"]["p95_ms"]
    assert fuzzy["met"] == (fuzzy["p95_ms"] <= 30)
    profile = fuzzy["profile"]  # where the server's fuzzy time goes (EXPLAIN ANALYZE)
    assert profile["queries"] == 10 and profile["execution_ms_median"] > 0
    if profile["bitmap_scans"]:  # the GIN's candidates include every match
        assert profile["candidates_max"] >= profile["candidates_median"]
        assert profile["candidates_median"] >= profile["matches_median"]
    hour = report["offline_hour"]
    assert hour["incidents_pulled"] == hour["new_incidents"] == 600  # only what changed
    empty_pg(pg_database_url)

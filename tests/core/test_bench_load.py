"""`callhandler bench --server URL --workstations N`: N workstation processes against one
PostgreSQL server (issue 18). The machinery with three desks, not the figure.

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


def test_three_workstations_look_up_write_and_see_each_others_calls(
    pg_database_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    private_folders: Path,
) -> None:
    empty_pg(pg_database_url)
    data = tmp_path / "bench-data"
    argv = ["bench", "--quiet", "--server", pg_database_url, "--workstations", "3",
            "--data-dir", str(data)]  # fmt: skip
    code = main(
        [*argv, "--operations", "8", "--pace", "0.05", "--sync-incidents", "1000", "--json"]
    )
    assert code == 0
    # The server's audit key is --data-dir's, in the command and in each desk's process.
    assert (data / "config" / "audit.secret").is_file()
    for folder in (private_folders, tmp_path / "home"):
        assert not list(folder.rglob("audit.secret")), folder
    report = json.loads(capsys.readouterr().out)["load"]
    assert report["errors"] == []
    assert report["server_lookup"]["p95_ms"] > 0
    assert report["cached_lookup_audited_on_server"]["p95_ms"] > 0
    assert report["calls_opened"] == 3 * 2  # every fourth cycle of eight, on each desk
    # every call one desk opened reached both others (the last sync after everyone wrote)
    assert report["seen_pct"] == 100.0
    assert report["sync_lag"]["max_ms"] >= report["sync_lag"]["p50_ms"] > 0
    empty_pg(pg_database_url)


def test_a_sqlite_server_is_refused_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["bench", "--quiet", "--server", "sqlite:///x.sqlite3", "--workstations", "3"])
    assert code != 0
    assert "--server must be a PostgreSQL URL" in capsys.readouterr().err

"""A private PostgreSQL cluster for one test (initdb + pg_ctl), so it can be stopped and started.

The shared test server (CALLHANDLER_TEST_PG) must never be stopped: other tests use it.
This starts a throw-away cluster in a temporary folder on a free port, with trust
authentication on 127.0.0.1 only. As root (CI) the binaries run as the ``postgres`` user
through ``runuser``, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, text

PG_VERSION = "15"
BIN_DIR = Path(f"/usr/lib/postgresql/{PG_VERSION}/bin")
SUPERUSER = "postgres"


def binaries_missing() -> str | None:
    """Why a private cluster cannot be started here, or None when it can."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (BIN_DIR / tool).exists():
            return (
                f"PostgreSQL {PG_VERSION} is not installed ({BIN_DIR / tool} is missing): "
                "install Debian's postgresql package (scripts/start-postgres.sh does it as root)."
            )
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "Running as root but runuser is missing: PostgreSQL cannot run as root."
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    """One private cluster: its folder, port and the commands to stop and start it."""

    root: Path
    port: int

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        command = [str(BIN_DIR / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if result.returncode != 0:
            log = self.log_file.read_text() if self.log_file.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({result.returncode}):\n{result.stdout}\n"
                f"{result.stderr}\n{log[-3000:]}"
            )
        return result

    def init(self) -> None:
        self._run(
            "initdb",
            "--pgdata",
            str(self.data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl",
            "--pgdata",
            str(self.data_dir),
            "--log",
            str(self.log_file),
            "--options",
            options,
            "--wait",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """``fast``: the server rolls back open transactions and closes every connection."""
        self._run("pg_ctl", "--pgdata", str(self.data_dir), "--mode", mode, "--wait", "stop")

    def running(self) -> bool:
        return (self.data_dir / "postmaster.pid").exists()

    def create_database(self, name: str) -> str:
        engine = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            engine.dispose()
        return self.url(name)


@contextlib.contextmanager
def private_cluster() -> Iterator[PgCluster]:
    """A started private cluster; stopped and deleted afterwards whatever happened."""
    # Not pytest's tmp_path: as root that folder is 0700 and the postgres user cannot enter it.
    root = Path(tempfile.mkdtemp(prefix="callhandler-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, SUPERUSER, SUPERUSER)
    cluster = PgCluster(root, _free_port())
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        if cluster.running():
            with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
                cluster.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


@contextlib.contextmanager
def required_cluster() -> Iterator[PgCluster]:
    """A private cluster for a test; skipped where PostgreSQL is not installed, but a
    failure when CALLHANDLER_REQUIRE_PG=1 (CI must never skip the outage tests)."""
    import pytest

    missing = binaries_missing()
    if missing:
        if os.environ.get("CALLHANDLER_REQUIRE_PG") == "1":
            pytest.fail(f"CALLHANDLER_REQUIRE_PG is set but {missing}")
        pytest.skip(missing)
    with private_cluster() as started:
        yield started

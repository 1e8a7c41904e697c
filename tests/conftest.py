"""Shared fixtures: Qt offscreen, a private data folder, a database per test on SQLite and PostgreSQL.

PostgreSQL runs when CALLHANDLER_TEST_PG names a server URL whose user may create
databases (``.ci/run`` and ``dev.sh test`` start one). Without it the PostgreSQL
half of the suite is deselected with a warning, never skipped-and-counted; with
CALLHANDLER_REQUIRE_PG=1 (as in CI) a missing server fails the run instead.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from callhandler.storage.engine import Database, safe_url  # noqa: E402
from callhandler.storage.migrate import upgrade  # noqa: E402
from sync_helpers import PG_ENV, empty_pg, pg_admin_url  # noqa: E402

# In CI every run tries the same examples, so a red build is reproducible and never luck;
# locally hypothesis explores new ones each run (and remembers failures in .hypothesis/).
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
BACKENDS = ["sqlite", "postgresql"]


PG_MISSING = (
    f"{PG_ENV} is not set: the PostgreSQL half of the suite is NOT being run. "
    "Use `bash dev.sh test` (it starts PostgreSQL) to run everything."
)


def pytest_configure(config: pytest.Config) -> None:
    if pg_admin_url() is None and os.environ.get("CALLHANDLER_REQUIRE_PG") == "1":
        raise pytest.UsageError(PG_MISSING)


def pytest_report_header(config: pytest.Config) -> str:
    url = pg_admin_url()
    return f"databases: sqlite + postgresql ({safe_url(url)})" if url else PG_MISSING


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if pg_admin_url() is None:
        terminalreporter.write_line(PG_MISSING, red=True, bold=True)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        backends = BACKENDS if pg_admin_url() else ["sqlite"]
        only = metafunc.definition.get_closest_marker("backends")
        if only is not None:  # e.g. a cache pulls only from PostgreSQL: no SQLite half
            backends = [b for b in backends if b in only.args]
        metafunc.parametrize("backend", backends, scope="session")


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every standard folder at a temporary one: tests never touch real user data."""
    home = tmp_path / "home"
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(folder))
    data = tmp_path / "data"
    monkeypatch.setenv("CALLHANDLER_DATA_DIR", str(data))
    monkeypatch.delenv("CALLHANDLER_DB", raising=False)
    for variable in ("CALLHANDLER_WORKSTATION", "CALLHANDLER_IDLE_MINUTES", "CALLHANDLER_THEME"):
        monkeypatch.delenv(variable, raising=False)
    # The machine's own system-wide settings never reach a test: a file of the test's own.
    monkeypatch.setenv("CALLHANDLER_SYSTEM_CONFIG", str(tmp_path / "system" / "settings.toml"))
    return data


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with small parameters: the production cost (~0.3 s a hash) would make
    every test that signs in slow. Still Argon2id, still verified for real."""
    from argon2 import PasswordHasher

    from callhandler.services import accounts

    monkeypatch.setattr(
        accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty SQLite database, built once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated once, dropped at the end."""
    admin = pg_admin_url()
    assert admin, "PostgreSQL tests selected without CALLHANDLER_TEST_PG"
    name = f"callhandler_test_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    upgrade(db)
    db.dispose()
    yield url
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of the parametrised backend, private to this test."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "test.sqlite3"
        shutil.copyfile(template, target)
        target.chmod(0o600)
        return f"sqlite:///{target}"
    url: str = request.getfixturevalue("pg_database_url")
    empty_pg(url)
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()

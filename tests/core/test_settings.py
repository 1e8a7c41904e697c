"""A managed workstation's settings: the administrator's system-wide file, the user's own,
the environment and the command line, in that order; a bad value reported, never used."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from callhandler.paths import app_paths
from callhandler.services.context import this_workstation
from callhandler.services.database import resolve_url
from callhandler.settings import load_settings
from ui.lock.settings import read_idle_lock_layered

SYSTEM = """
[database]
url = "postgresql+psycopg://ws@db.control.example/callhandler"
[workstation]
name = "CR-DESK-07"
[lock]
idle_minutes = 5
[display]
theme = "night"
"""


@pytest.fixture
def system_file() -> Path:
    path = Path(os.environ["CALLHANDLER_SYSTEM_CONFIG"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(SYSTEM, encoding="utf-8")
    return path


def test_the_system_file_configures_the_workstation(system_file: Path) -> None:
    paths = app_paths()
    settings = load_settings(paths)
    assert settings.database_url == "postgresql+psycopg://ws@db.control.example/callhandler"
    assert (settings.workstation, settings.idle_minutes, settings.theme) == (
        "CR-DESK-07",
        5,
        "night",
    )
    assert settings.sources["workstation"] == str(system_file) and settings.problems == ()
    assert resolve_url(None, paths) == settings.database_url
    assert this_workstation() == "CR-DESK-07"
    assert read_idle_lock_layered(paths).minutes == 5


def test_the_users_file_then_the_environment_then_the_command_line_win(
    system_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = app_paths()
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    (paths.config_dir / "settings.toml").write_text("[lock]\nidle_minutes = 7\n")
    assert read_idle_lock_layered(paths).minutes == 7
    assert load_settings(paths).sources["idle_minutes"].endswith("config/settings.toml")
    monkeypatch.setenv("CALLHANDLER_IDLE_MINUTES", "3")
    monkeypatch.setenv("CALLHANDLER_WORKSTATION", "CR-DESK-09")
    assert read_idle_lock_layered(paths).minutes == 3
    assert this_workstation() == "CR-DESK-09"
    monkeypatch.setenv("CALLHANDLER_DB", "sqlite:////tmp/from-env.sqlite3")
    assert resolve_url(None, paths) == "sqlite:////tmp/from-env.sqlite3"
    assert resolve_url("sqlite:////tmp/given.sqlite3", paths) == "sqlite:////tmp/given.sqlite3"
    assert resolve_url(None, paths, demo=True).endswith("demo.sqlite3")  # the demo is its own


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            "[lock]\nidle_minutes = 0\n",
            "[lock] idle_minutes = 0 was not used: it must be a whole number",
        ),
        ("[display]\ntheme = 'pink'\n", "it must be one of light, night, high_contrast"),
        ("[lock\n", "not valid TOML"),
    ],
)
def test_a_value_that_cannot_be_used_is_reported_and_the_layer_below_applies(
    content: str, problem: str
) -> None:
    path = Path(os.environ["CALLHANDLER_SYSTEM_CONFIG"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    settings = load_settings(app_paths())
    assert settings.idle_minutes == 10 and settings.theme == "light"
    assert len(settings.problems) == 1 and problem in settings.problems[0]
    assert str(path) in settings.problems[0]


def test_without_any_file_the_defaults_apply() -> None:
    settings = load_settings(app_paths())
    assert (settings.database_url, settings.workstation, settings.idle_minutes) == (None, None, 10)
    assert resolve_url(None, app_paths()).startswith("sqlite:///")

"""A workstation's settings: a system-wide file an administrator deploys, the user's own
file, then the environment; the command line beats all three.

One ``settings.toml`` format at both levels::

    [database]
    url = "postgresql+psycopg://ws@db.control.example/callhandler"
    [workstation]
    name = "CR-DESK-07"
    [lock]
    idle_minutes = 10
    [display]
    theme = "night"        # light, night or high_contrast
    [qa]
    sample_per_handler = 5 # calls drawn per handler each week for quality assurance

The system file lives where the platform keeps machine-wide configuration
(``platformdirs.site_config_dir``: ``/etc/xdg/callhandler/settings.toml`` on Linux,
``C:\\ProgramData\\callhandler\\settings.toml`` on Windows, ``/Library/Application
Support/callhandler/settings.toml`` on macOS; ``CALLHANDLER_SYSTEM_CONFIG`` names another
file). A value that cannot be used is reported (file, key, what is allowed) and the layer
below it applies: a typo never turns the idle lock off or points a workstation elsewhere.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from callhandler.paths import APP_NAME, AppPaths

SETTINGS_FILE = "settings.toml"
SYSTEM_CONFIG_ENV = "CALLHANDLER_SYSTEM_CONFIG"
ENVIRONMENT = {
    "database_url": "CALLHANDLER_DB",
    "workstation": "CALLHANDLER_WORKSTATION",
    "idle_minutes": "CALLHANDLER_IDLE_MINUTES",
    "theme": "CALLHANDLER_THEME",
    "qa_sample_per_handler": "CALLHANDLER_QA_SAMPLE",
}
KEYS = {  # setting: (table, key)
    "database_url": ("database", "url"),
    "workstation": ("workstation", "name"),
    "idle_minutes": ("lock", "idle_minutes"),
    "theme": ("display", "theme"),
    "qa_sample_per_handler": ("qa", "sample_per_handler"),
}
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60  # longer is no lock at all on a shared control-room desk
THEMES = ("light", "night", "high_contrast")
DEFAULT_QA_SAMPLE = 5
MAX_QA_SAMPLE = 50  # a reviewer's week, not a census
_WHOLE = {  # setting: (smallest, largest, unit)
    "idle_minutes": (MIN_IDLE_MINUTES, MAX_IDLE_MINUTES, "minutes"),
    "qa_sample_per_handler": (1, MAX_QA_SAMPLE, "calls per handler"),
}
DEFAULTS: dict[str, Any] = {
    "database_url": None,
    "workstation": None,
    "idle_minutes": DEFAULT_IDLE_MINUTES,
    "theme": "light",
    "qa_sample_per_handler": DEFAULT_QA_SAMPLE,
}


@dataclass(frozen=True)
class Settings:
    """The values in force, where each came from, and what could not be used."""

    database_url: str | None
    workstation: str | None
    idle_minutes: int
    theme: str
    qa_sample_per_handler: int = DEFAULT_QA_SAMPLE
    sources: dict[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def system_config_file() -> Path:
    named = os.environ.get(SYSTEM_CONFIG_ENV)
    if named:
        return Path(named).expanduser()
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / SETTINGS_FILE


def user_config_file(paths: AppPaths) -> Path:
    return paths.config_dir / SETTINGS_FILE


def _check(name: str, value: object) -> tuple[Any, str | None]:
    """The value in its type, or None and what is allowed."""
    if name in _WHOLE:
        low, high, unit = _WHOLE[name]
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return None, f"a whole number of {unit} from {low} to {high}"
        return value, None
    if name == "theme":
        if value in THEMES:
            return value, None
        return None, f"one of {', '.join(THEMES)}"
    if isinstance(value, str) and value.strip() and len(value) <= 500 and "\x00" not in value:
        return value.strip(), None
    return None, "a line of text"


def _read_file(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path} was not used: it cannot be read ({exc}).")
        return {}
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its message names the line and column
        problems.append(f"{path} was not used: it is not valid TOML ({exc}).")
        return {}
    found: dict[str, Any] = {}
    for name, (table, key) in KEYS.items():
        section = data.get(table, {})
        if not isinstance(section, dict) or key not in section:
            continue
        value, allowed = _check(name, section[key])
        if allowed is not None:
            problems.append(
                f"{path}: [{table}] {key} = {section[key]!r} was not used: it must be {allowed}."
            )
            continue
        found[name] = value
    return found


def load_settings(paths: AppPaths) -> Settings:
    """System file, then the user's file (the config folder), then the environment."""
    values: dict[str, Any] = dict(DEFAULTS)
    sources = {name: "default" for name in DEFAULTS}
    problems: list[str] = []
    for path in (system_config_file(), user_config_file(paths)):
        for name, value in _read_file(path, problems).items():
            values[name], sources[name] = value, str(path)
    for name, variable in ENVIRONMENT.items():
        raw = os.environ.get(variable)
        if raw is None or not raw.strip():
            continue
        value, allowed = _check(name, raw)
        if allowed is not None:
            problems.append(f"{variable}={raw!r} was not used: it must be {allowed}.")
            continue
        values[name], sources[name] = value, variable
    return Settings(
        database_url=values["database_url"],
        workstation=values["workstation"],
        idle_minutes=values["idle_minutes"],
        theme=values["theme"],
        qa_sample_per_handler=values["qa_sample_per_handler"],
        sources=sources,
        problems=tuple(problems),
    )

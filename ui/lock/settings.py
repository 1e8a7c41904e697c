"""The idle-lock time, read from ``settings.toml`` in the config folder (no Qt: core-ready)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from callhandler.paths import AppPaths
from callhandler.settings import system_config_file

SETTINGS_FILE = "settings.toml"
IDLE_ENV = "CALLHANDLER_IDLE_MINUTES"
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 60  # longer is no lock at all on a shared control-room desk


@dataclass(frozen=True)
class IdleLockSetting:
    """How long without keyboard or mouse input before the window locks.

    ``problem`` is a message ready to show when the file held a value that could not be
    used (then ``minutes`` is the default); None when the value was used or absent.
    """

    minutes: int
    problem: str | None = None
    source: str = ""  # the file or variable the minutes came from ("" for the default)

    @property
    def milliseconds(self) -> int:
        return self.minutes * 60_000


def settings_path(config_dir: Path) -> Path:
    return config_dir / SETTINGS_FILE


def read_idle_lock_layered(paths: AppPaths) -> IdleLockSetting:
    """CALLHANDLER_IDLE_MINUTES, else the user's settings file, else the system-wide one an
    administrator deployed (callhandler.settings), else the default."""
    variable = os.environ.get(IDLE_ENV, "").strip()
    if variable:
        value: object = int(variable) if variable.isdigit() else variable
        return replace(parse_idle_minutes(value, Path(IDLE_ENV)), source=IDLE_ENV)
    user = read_idle_lock(paths.config_dir)
    if user.problem or user.source:
        return user
    return read_idle_lock_file(system_config_file())


def read_idle_lock(config_dir: Path) -> IdleLockSetting:
    return read_idle_lock_file(settings_path(config_dir))


def read_idle_lock_file(path: Path) -> IdleLockSetting:
    """``[lock] idle_minutes`` from a settings file; the default when the file or the key
    is absent. A bad value never disables the lock: the default is used and ``problem``
    names the file, the value and what is allowed."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return IdleLockSetting(DEFAULT_IDLE_MINUTES)
    except (OSError, UnicodeDecodeError) as exc:
        return _unusable(path, f"it cannot be read ({exc})")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its message names the line and column
        return _unusable(path, f"it is not valid TOML: {exc}")
    lock = data.get("lock", {})
    if not isinstance(lock, dict):
        return _unusable(path, "[lock] must be a table, for example:\n[lock]\nidle_minutes = 10")
    if "idle_minutes" not in lock:
        return IdleLockSetting(DEFAULT_IDLE_MINUTES)
    return replace(parse_idle_minutes(lock["idle_minutes"], path), source=str(path))


def parse_idle_minutes(value: object, path: Path) -> IdleLockSetting:
    """A whole number of minutes from MIN_IDLE_MINUTES to MAX_IDLE_MINUTES."""
    allowed = (
        f"idle_minutes must be a whole number of minutes from {MIN_IDLE_MINUTES} to "
        f"{MAX_IDLE_MINUTES}"
    )
    if isinstance(value, bool) or not isinstance(value, int):
        return _unusable(path, f"{allowed}, not {value!r}")
    if not MIN_IDLE_MINUTES <= value <= MAX_IDLE_MINUTES:
        return _unusable(path, f"{allowed}, not {value}")
    return IdleLockSetting(value)


def _unusable(path: Path, why: str) -> IdleLockSetting:
    return IdleLockSetting(
        DEFAULT_IDLE_MINUTES,
        f"The idle lock setting in {path} was not used: {why}. The window locks after "
        f"{DEFAULT_IDLE_MINUTES} minutes without input until it is corrected.",
    )

"""Where the application keeps its data, config and logs (platformdirs, overridable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from callhandler.errors import BadInput

APP_NAME = "callhandler"
DATA_DIR_ENV = "CALLHANDLER_DATA_DIR"
DB_URL_ENV = "CALLHANDLER_DB"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation; created on first use with mode 0700."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / "callhandler.sqlite3"

    @property
    def demo_database_file(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    def ensure(self) -> None:
        """Create the folders (0700); BadInput when one is a file or cannot be made."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            except (FileExistsError, NotADirectoryError):
                blocker = next(p for p in (folder, *folder.parents) if p.exists())
                raise BadInput(
                    f"{blocker} is a file, not a folder: give --data-dir (or "
                    f"{DATA_DIR_ENV}) a folder for the application's data."
                ) from None
            except OSError as exc:
                raise BadInput(
                    f"Cannot create the folder {folder}: {exc.strerror}. Give --data-dir (or "
                    f"{DATA_DIR_ENV}) a folder you may write to."
                ) from None
            _owner_only(folder)


def _owner_only(folder: Path) -> None:
    """0700 for a folder of ours that an older version (or the umask) left open to others."""
    try:
        status = folder.stat()
        if os.name == "posix" and status.st_mode & 0o077 and status.st_uid == os.getuid():
            folder.chmod(0o700)
    except OSError:  # not ours to change (a shared mount): the files inside are still 0600
        pass


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders to use: ``--data-dir``, then ``CALLHANDLER_DATA_DIR``, then platformdirs.

    An override puts config and logs beside the data so that one folder holds an
    installation (tests and portable set-ups rely on that).
    """
    override = data_dir or os.environ.get(DATA_DIR_ENV)
    if override:
        root = Path(override).expanduser().resolve()
        return AppPaths(root, root / "config", root / "logs")
    return AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def default_database_url(paths: AppPaths, demo: bool = False) -> str:
    """The embedded SQLite database in the data folder (or the demo one)."""
    file = paths.demo_database_file if demo else paths.database_file
    return f"sqlite:///{file}"

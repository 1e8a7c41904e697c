"""The workstation's local cache: an SQLite file encrypted with SQLCipher.

Same schema as the server (the same Alembic migrations), so every read-only service, such
as ``find_previous_calls(cache, actor, query, audit_consultation=False)``, runs on it
unchanged. A wrong key, a plain SQLite file or a damaged file is refused with a message
and left untouched; ``rebuild_cache`` moves it aside so the next sync starts afresh.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from callhandler.errors import DatabaseError
from callhandler.paths import AppPaths
from callhandler.storage.engine import Database
from callhandler.storage.migrate import upgrade

CACHE_FILE = "cache.sqlite3"
REBUILD_HINT = (
    "To start a new cache, run `callhandler sync --db SERVER_URL --rebuild-cache`: the old "
    "file is moved aside (not deleted) and everything is pulled again from the server."
)


class CacheUnreadable(DatabaseError):
    """The cache file cannot be opened with this key (wrong key, not encrypted, damaged)."""


def default_cache_path(paths: AppPaths) -> Path:
    return paths.data_dir / CACHE_FILE


def open_cache(path: Path | str, key: str) -> Database:
    """The encrypted cache at ``path`` (created when missing), migrated to the code's schema."""
    path = Path(path).expanduser()
    db = Database(f"sqlite:///{path}", cipher_key=key)
    try:
        _check_key(db, path)
        upgrade(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _check_key(db: Database, path: Path) -> None:
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DBAPIError as exc:
        detail = str(getattr(exc, "orig", exc)).lower()
        if "not a database" in detail or "malformed" in detail or "encrypt" in detail:
            raise CacheUnreadable(
                f"The local cache {path} cannot be opened with this workstation's key: it "
                "was encrypted with another key (for example the keyring entry was removed), "
                "is an unencrypted file, or is damaged. It has not been changed. " + REBUILD_HINT
            ) from exc
        raise


def rebuild_cache(path: Path | str) -> Path | None:
    """Move the cache (and its WAL files) aside; returns where it went, None if absent."""
    path = Path(path).expanduser()
    if not path.exists():
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(aside.with_name(aside.name + suffix))
    path.rename(aside)
    return aside

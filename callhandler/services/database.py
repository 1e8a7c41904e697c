"""Open the application's database: choose the URL, create the folders, migrate."""

from __future__ import annotations

import os

from callhandler.paths import DB_URL_ENV, AppPaths, app_paths, default_database_url
from callhandler.services import audit_key
from callhandler.settings import load_settings
from callhandler.storage.engine import Database
from callhandler.storage.migrate import prepare


def resolve_url(url: str | None, paths: AppPaths, *, demo: bool = False) -> str:
    """``--db``, then ``CALLHANDLER_DB``, then ``[database] url`` of the user's and then
    the system-wide settings file (callhandler.settings), then the embedded SQLite file."""
    chosen = url or (None if demo else os.environ.get(DB_URL_ENV))
    if not chosen and not demo:
        chosen = load_settings(paths).database_url
    if chosen:
        return chosen
    paths.ensure()
    return default_database_url(paths, demo=demo)


def open_database(
    url: str | None = None, *, data_dir: str | None = None, demo: bool = False
) -> Database:
    """A database ready for the services; refuses one newer than this code.

    An SQLite file is migrated here; a shared PostgreSQL behind the code is refused with the
    administrator's command (``callhandler db upgrade``), never migrated from a workstation.
    """
    paths = app_paths(data_dir)
    db = Database(resolve_url(url, paths, demo=demo))
    audit_key.attach(db, paths)  # its audit key and witness file live in these folders
    try:
        prepare(db)
    except BaseException:
        db.dispose()
        raise
    return db

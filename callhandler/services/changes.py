"""A cheap "has anything changed?" marker, so lists reload only when there is news.

- PostgreSQL: the change sequence's last value (migration 0008). Every insert, update or
  delete of an incident, its people, markers, addresses, numbers or users moves it, from
  any workstation; reads never do.
- SQLite: ``PRAGMA data_version`` on a connection kept for this purpose alone: it moves
  when any other connection (another window, another process) commits a change.

The marker only says "maybe changed": callers compare it with the last one they saw. A
view whose rows depend on the clock (ages, overdue attendance) still reloads on a timer.
"""

from __future__ import annotations

import threading
import weakref
from typing import Any

from sqlalchemy import text

from callhandler.storage.engine import Database, translate_errors
from callhandler.storage.sync_models import CHANGE_SEQUENCE

_lock = threading.Lock()
_watchers: weakref.WeakKeyDictionary[Database, Any] = weakref.WeakKeyDictionary()


def change_marker(db: Database) -> int | str:
    """A value that differs from the previous call's when the data may have changed."""
    with translate_errors(db):
        if not db.is_sqlite:
            with db.engine.connect() as conn:
                last, called = conn.execute(
                    text(f"SELECT last_value, is_called FROM {CHANGE_SEQUENCE}")
                ).one()
                conn.rollback()
            return int(last) if called else 0
        with _lock:
            watcher = _watchers.get(db)
            if watcher is None:
                # Its own connection, outside the pool: data_version counts the commits of
                # every OTHER connection, so this one must never write.
                watcher = db.engine.raw_connection()
                watcher.detach()
                _watchers[db] = watcher
            cursor = watcher.cursor()
            try:
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
            finally:
                cursor.close()
            return f"{id(watcher)}:{version}"


def forget(db: Database) -> None:
    """Close the watcher connection of ``db`` (before disposing of it)."""
    with _lock:
        watcher = _watchers.pop(db, None)
    if watcher is not None:
        watcher.close()

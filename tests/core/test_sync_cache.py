"""The workstation cache: encrypted at rest, refused with a clear message under a wrong key."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from builders import NOW, add_incident
from callhandler.services import history
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.migrate import upgrade
from callhandler.sync.cache import CacheUnreadable, open_cache, rebuild_cache
from callhandler.sync.keys import new_key

SECRET_ADDRESS = "Flat 9, 77 Zebrafinch Crescent"


def _bytes_on_disk(path: Path) -> bytes:
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def _fill(db: Database) -> None:
    add_incident(
        db, "Z-1", days_ago=3, phone="07700 900777", address=SECRET_ADDRESS, postcode="CB2 1TN"
    )


def test_the_cache_file_holds_no_plaintext(tmp_path: Path) -> None:
    plain = Database(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    upgrade(plain)
    _fill(plain)
    plain.dispose()
    assert b"Zebrafinch" in _bytes_on_disk(tmp_path / "plain.sqlite3")  # the check can fail

    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path, new_key())
    _fill(cache)
    with cache.read_connection() as conn:  # the same safe settings as a plain SQLite file
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    cache.dispose()
    raw = _bytes_on_disk(path)
    assert b"Zebrafinch" not in raw and b"zebrafinch" not in raw
    assert not raw.startswith(b"SQLite format 3")
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_wrong_key_is_refused_and_the_cache_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    key = new_key()
    cache = open_cache(path, key)
    _fill(cache)
    cache.dispose()
    before = hashlib.sha256(_bytes_on_disk(path)).hexdigest()
    with pytest.raises(CacheUnreadable) as refused:
        open_cache(path, new_key())
    message = str(refused.value)
    assert "cannot be opened with this workstation's key" in message
    assert "has not been changed" in message and "--rebuild-cache" in message
    assert hashlib.sha256(_bytes_on_disk(path)).hexdigest() == before
    again = open_cache(path, key)  # the right key still opens it
    result = history.find_previous_calls(
        again,
        system_actor("t"),
        history.HistoryQuery(phone="07700900777"),
        now=NOW,
        audit_consultation=False,
    )
    assert [c.incident_ref for c in result.exact] == ["Z-1"]
    again.dispose()


def test_a_plain_sqlite_file_is_refused_as_a_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    plain = Database(f"sqlite:///{path}")
    upgrade(plain)
    plain.dispose()
    with pytest.raises(CacheUnreadable, match="unencrypted file"):
        open_cache(path, new_key())


def test_rebuild_moves_the_old_cache_aside_and_starts_afresh(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = open_cache(path, new_key())
    _fill(cache)
    cache.dispose()
    aside = rebuild_cache(path)
    assert aside is not None and aside.exists() and not path.exists()
    fresh = open_cache(path, new_key())
    result = history.find_previous_calls(
        fresh,
        system_actor("t"),
        history.HistoryQuery(phone="07700900777"),
        now=NOW,
        audit_consultation=False,
    )
    assert result.exact == ()
    fresh.dispose()


def test_fuzzy_address_search_works_in_the_encrypted_cache(tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.sqlite3", new_key())
    _fill(cache)
    result = history.find_previous_calls(
        cache,
        system_actor("t"),
        history.HistoryQuery(address="Flat 9 77 Zebrafinch Cresent"),
        now=NOW,
        audit_consultation=False,
    )
    assert [c.incident_ref for c in result.possible] == ["Z-1"]
    cache.dispose()

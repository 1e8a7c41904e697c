"""The cache key: kept in the OS keyring, else a stated fallback (environment, key file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from callhandler.errors import BadInput
from callhandler.sync import keys


class DictKeyring(KeyringBackend):
    """A real keyring backend that keeps its secrets in a dict (in this process)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class LockedKeyring(DictKeyring):
    """A keyring that is installed but locked (the user has not unlocked it)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")


@pytest.fixture(autouse=True)
def restore_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    previous = keyring.get_keyring()
    monkeypatch.delenv(keys.KEY_ENV, raising=False)
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_key_goes_to_a_private_file_with_a_warning(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    cache = tmp_path / "cache.sqlite3"
    first = keys.cache_key(cache)
    assert first.source == "file"
    key_file = tmp_path / "cache.sqlite3.key"
    assert key_file.read_text().strip() == first.hex and len(first.hex) == 64
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert first.warning is not None
    assert str(key_file) in first.warning and "Secret Service" in first.warning
    assert "stolen disk" in first.warning
    assert keys.cache_key(cache).hex == first.hex  # the same key next time


def test_without_a_keyring_the_environment_key_is_used_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv(keys.KEY_ENV, "AB" * 32)
    chosen = keys.cache_key(tmp_path / "cache.sqlite3")
    assert (chosen.source, chosen.hex) == ("env", "ab" * 32)
    assert chosen.warning is not None and keys.KEY_ENV in chosen.warning
    assert not (tmp_path / "cache.sqlite3.key").exists()
    monkeypatch.setenv(keys.KEY_ENV, "not-a-key")
    with pytest.raises(BadInput, match="64 hexadecimal digits"):
        keys.cache_key(tmp_path / "cache.sqlite3")


def test_the_keyring_holds_one_key_per_cache(tmp_path: Path) -> None:
    backend = DictKeyring()
    keyring.set_keyring(backend)
    one = keys.cache_key(tmp_path / "one.sqlite3")
    two = keys.cache_key(tmp_path / "two.sqlite3")
    assert one.source == two.source == "keyring"
    assert one.warning is None and one.hex != two.hex
    entry = f"cache:{(tmp_path / 'one.sqlite3').resolve()}"
    assert backend.secrets[("callhandler", entry)] == one.hex
    assert keys.cache_key(tmp_path / "one.sqlite3").hex == one.hex
    assert not list(tmp_path.glob("*.key"))


def test_a_key_file_from_before_the_keyring_is_moved_into_it(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite3"
    keyring.set_keyring(fail.Keyring())
    old = keys.cache_key(cache)
    backend = DictKeyring()
    keyring.set_keyring(backend)
    moved = keys.cache_key(cache)
    assert (moved.source, moved.hex) == ("keyring", old.hex)  # the cache stays readable
    assert not (tmp_path / "cache.sqlite3.key").exists()


def test_a_locked_keyring_falls_back_and_says_so(tmp_path: Path) -> None:
    keyring.set_keyring(LockedKeyring())
    chosen = keys.cache_key(tmp_path / "cache.sqlite3")
    assert chosen.source == "file"
    assert chosen.warning is not None and "locked" in chosen.warning

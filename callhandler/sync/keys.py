"""The key that encrypts a workstation's cache: from the OS keyring, else a stated fallback.

Order:
1. The operating system's keyring (``keyring``; service ``callhandler``, one entry per
   cache file). A key is generated there on first use.
2. Where no usable keyring exists (none installed, or locked): ``CALLHANDLER_CACHE_KEY``
   (64 hex digits) if set, else a key file beside the cache (``<cache>.key``, mode 0600).
   Both come with a warning naming the risk and the fix.
"""

from __future__ import annotations

import os
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from callhandler.errors import BadInput, CallHandlerError

SERVICE = "callhandler"
KEY_ENV = "CALLHANDLER_CACHE_KEY"
KEY_BYTES = 32

FIX = (
    "To keep the key in the operating system's keyring instead, install and unlock a "
    "Secret Service keyring (for example GNOME Keyring or KeePassXC with Secret Service "
    "enabled) and start callhandler again; the key is then moved there."
)


@dataclass(frozen=True)
class CacheKey:
    """The key (64 hex digits), where it came from, and a warning when that is weak."""

    hex: str
    source: str  # "keyring", "env" or "file"
    warning: str | None = None


class KeyUnavailable(CallHandlerError):
    """No key could be read or stored."""


def entry_name(cache_path: Path) -> str:
    """The keyring entry of one cache: its absolute path."""
    return f"cache:{cache_path.expanduser().resolve()}"


def key_file(cache_path: Path) -> Path:
    return cache_path.with_name(cache_path.name + ".key")


def new_key() -> str:
    return secrets.token_hex(KEY_BYTES)


def _valid(text: str, origin: str) -> str:
    value = text.strip().lower()
    if len(value) != 2 * KEY_BYTES or any(c not in string.hexdigits for c in value):
        raise BadInput(
            f"The cache key in {origin} is not 64 hexadecimal digits. Set it to a new "
            'random key (python -c "import secrets; print(secrets.token_hex(32))") and '
            "rebuild the cache with `callhandler sync --rebuild-cache`."
        )
    return value


def usable_keyring() -> KeyringBackend | None:
    """The OS keyring when one that can store secrets is installed, else None."""
    backend = keyring.get_keyring()
    priority = getattr(backend, "priority", 0)
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        return None
    try:
        if float(priority) <= 0:
            return None
    except (TypeError, ValueError):
        return None
    return backend


def cache_key(cache_path: Path) -> CacheKey:
    """The key for the cache at ``cache_path``, creating one on first use."""
    backend = usable_keyring()
    entry = entry_name(cache_path)
    reason = "no keyring is installed"
    if backend is not None:
        try:
            stored = backend.get_password(SERVICE, entry)
            if stored:
                return CacheKey(_valid(stored, f"the keyring entry {entry!r}"), "keyring")
            adopted = _adopt_key_file(cache_path)
            value = adopted or new_key()
            backend.set_password(SERVICE, entry, value)
            if backend.get_password(SERVICE, entry) != value:
                raise keyring.errors.KeyringError("the keyring did not keep the key")
            if adopted:
                key_file(cache_path).unlink()
            return CacheKey(value, "keyring")
        except (keyring.errors.KeyringError, OSError, RuntimeError) as exc:
            # Locked, or a Secret Service that went away (D-Bus errors surface as these).
            reason = f"the keyring refused ({exc or type(exc).__name__}; is it locked?)"
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return CacheKey(
            _valid(from_env, KEY_ENV),
            "env",
            f"The cache {cache_path} is encrypted with the key in {KEY_ENV} because "
            f"{reason}. Anyone who can read this program's environment can read the "
            f"cache. {FIX}",
        )
    path = key_file(cache_path)
    value = _read_or_create_key_file(path)
    return CacheKey(
        value,
        "file",
        f"The cache {cache_path} is encrypted with a key kept in {path} (readable only "
        f"by you) because {reason}. Anyone who gets both files (a backup, a stolen disk) "
        f"can read the cache. {FIX}",
    )


def _adopt_key_file(cache_path: Path) -> str | None:
    """A key left in a key file by an earlier run without a keyring (moved to the keyring)."""
    path = key_file(cache_path)
    if not path.exists():
        return None
    return _valid(path.read_text(encoding="ascii", errors="replace"), str(path))


def _read_or_create_key_file(path: Path) -> str:
    if path.exists():
        return _valid(path.read_text(encoding="ascii", errors="replace"), str(path))
    if not path.parent.exists():
        raise KeyUnavailable(
            f"The folder {path.parent} for the cache does not exist: create it or choose "
            "another cache path with --cache."
        )
    value = new_key()
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return _valid(path.read_text(encoding="ascii", errors="replace"), str(path))
    except OSError as exc:
        raise KeyUnavailable(
            f"Cannot create the cache key file {path}: {exc.strerror}. Check the folder's "
            "permissions."
        ) from exc
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(value + "\n")
    return value

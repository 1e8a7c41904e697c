"""The audit key: an HMAC key kept outside the database, and the folders each open
database's key and witness file are found in.

Where the key comes from, first found wins:

1. ``CALLHANDLER_AUDIT_KEY`` (64 hexadecimal digits), for workstations set up by the
   force's deployment tooling, which already hands out the database URL the same way;
2. the file ``audit.secret`` in the config folder (``<data dir>/config`` with ``--data-dir``),
   mode 0600, created with a random key on first use.

Every writer of one shared database needs the same key: copy that file to each
workstation's config folder (or set the variable). A workstation holding another key is
refused before it writes (``audit_chain.key_check``), so a mistake shows at once rather
than as a broken chain later.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import weakref
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine

from callhandler.errors import BadInput, CallHandlerError
from callhandler.paths import AppPaths, app_paths
from callhandler.storage.engine import Database

KEY_ENV = "CALLHANDLER_AUDIT_KEY"
KEY_FILE = "audit.secret"
_CHECK_TEXT = b"callhandler audit key check, version 1"


class AuditKeyMismatch(CallHandlerError):
    """This workstation's audit key is not the one the database's events are sealed with."""


@dataclass(frozen=True)
class AuditKey:
    """A 256-bit HMAC-SHA256 key and where it was read from (never the key itself)."""

    secret: bytes
    source: str

    def seal(self, payload: bytes) -> str:
        return hmac.new(self.secret, payload, hashlib.sha256).hexdigest()

    @property
    def check(self) -> str:
        """What the database stores to recognise the key; reveals nothing about it."""
        return self.seal(_CHECK_TEXT)

    def matches(self, digest: str) -> bool:
        return hmac.compare_digest(self.check, digest)


def key_file(paths: AppPaths) -> Path:
    return paths.config_dir / KEY_FILE


def _parse(text: str, where: str) -> bytes:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise BadInput(
            f"The audit key in {where} is not 64 hexadecimal digits: restore it from the "
            "control room's copy (every workstation of one database needs the same key)."
        )
    return bytes.fromhex(value)


def load_key(paths: AppPaths) -> AuditKey:
    """The audit key (environment, else the file, made on first use with mode 0600)."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return AuditKey(_parse(from_env, KEY_ENV), KEY_ENV)
    path = key_file(paths)
    try:
        if not path.exists():
            _create(path)
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)  # a copy put in place with the umask's mode
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise BadInput(
            f"Cannot read or create the audit key {path}: {exc.strerror}. The folder must be "
            f"yours and writable (or set {KEY_ENV})."
        ) from None
    return AuditKey(_parse(text, str(path)), str(path))


def _create(path: Path) -> None:
    """A new random key, written whole before it appears under its name (two processes
    starting at once both end up reading the one that got there first)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    draft = path.with_name(f".{path.name}.{secrets.token_hex(8)}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
    finally:
        draft.unlink(missing_ok=True)


def mismatch(key: AuditKey) -> AuditKeyMismatch:
    return AuditKeyMismatch(
        f"This workstation's audit key ({key.source}) is not the one this database's audit "
        "log is sealed with, so nothing was saved. Install the control room's key: copy "
        f"{KEY_FILE} from the administrator's config folder into this workstation's, or set "
        f"{KEY_ENV}."
    )


# The folders given for each open database (``open_database(..., data_dir=...)``), found
# from a session's bind through the pool an engine shares with its option copies.
_paths_by_pool: weakref.WeakKeyDictionary[object, AppPaths] = weakref.WeakKeyDictionary()


def attach(db: Database, paths: AppPaths) -> None:
    """Keep this database's audit key and witness in ``paths`` (else the default folders)."""
    _paths_by_pool[db.engine.pool] = paths


def paths_for(bind: Engine | Connection) -> AppPaths:
    """The folders attached to the database behind ``bind``; the default ones (the
    environment's ``CALLHANDLER_DATA_DIR``, else the user's folders) when none were."""
    found = _paths_by_pool.get(bind.engine.pool)
    return found if found is not None else app_paths()

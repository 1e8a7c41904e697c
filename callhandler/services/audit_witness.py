"""The audit chain's witness: sealed checkpoints of its head, appended to a file outside
the database.

A checkpoint says "this database's chain had N events and the Nth had this hash" (and how
many of them came before the chain was keyed), sealed with an HMAC under the audit key so
it cannot be written by someone who holds only the database. One is appended after every
committed write that added events, and at each workstation sync. ``audit verify`` then
finds a chain cut short (the newest events deleted, or every event) or rewritten from some
point, which the chain alone cannot show.

The file is ``audit-witness.jsonl`` in the data folder, mode 0600, opened for appending
only and kept open while it is the same file; a line is one ``write`` of a few hundred
bytes.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from callhandler.paths import AppPaths
from callhandler.services.audit_key import AuditKey

WITNESS_FILE = "audit-witness.jsonl"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    """A chain's head as seen at one moment: position, the event's id and hash."""

    seq: int
    id: int | None
    hash: str
    keyed_from: int  # events before this position (exclusive) predate the key


@dataclass(frozen=True)
class Checkpoint:
    head: Head
    at: str
    why: str
    line: int


@dataclass(frozen=True)
class Witnessed:
    """The checkpoints of one database, and what was wrong with the file's lines."""

    path: Path
    checkpoints: tuple[Checkpoint, ...]
    problems: tuple[str, ...]


def witness_file(paths: AppPaths) -> Path:
    return paths.data_dir / WITNESS_FILE


def database_identity(url: URL) -> str:
    """The name a database's checkpoints are filed under: the SQLite file's full path, or
    a server's host, port and database (not the user: every workstation role sees one)."""
    if url.get_backend_name() == "sqlite":
        return "sqlite:" + str(Path(url.database or ":memory:").expanduser().resolve())
    return f"postgresql://{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _body(identity: str, head: Head, why: str, at: str) -> dict[str, Any]:
    return {
        "v": 1,
        "db": identity,
        "seq": head.seq,
        "id": head.id,
        "hash": head.hash,
        "keyed_from": head.keyed_from,
        "at": at,
        "why": why,
    }


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, ensure_ascii=True).encode("ascii")


# The last head written per (file, database) by this process: a sync every few seconds
# adds a line only when the chain moved.
_last_written: dict[tuple[Path, str], tuple[int, str]] = {}


def append(paths: AppPaths, key: AuditKey, identity: str, head: Head, why: str) -> None:
    """Append one sealed checkpoint (skipped when it would repeat the last one written)."""
    path = witness_file(paths)
    if _last_written.get((path, identity)) == (head.seq, head.hash):
        return
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    body = _body(identity, head, why, at)
    body["seal"] = key.seal(_canonical(body))
    line = (json.dumps(body, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")
    with _open_lock:
        os.write(_descriptor(path), line)
    _last_written[(path, identity)] = (head.seq, head.hash)


# The witness files this process has open for appending (a look-up a keystroke appends a
# line: opening, creating the folder and closing each time cost more than the write).
# A file that has been removed or replaced since is opened afresh, so its later
# checkpoints land in the file ``audit verify`` reads. At most a few stay open.
_open: OrderedDict[Path, tuple[int, int, int]] = OrderedDict()
_open_lock = threading.Lock()
_KEEP_OPEN = 4


def _descriptor(path: Path) -> int:
    """An append-only descriptor of ``path``'s current file (the caller holds the lock)."""
    held = _open.get(path)
    if held is not None:
        fd, device, inode = held
        try:
            now = os.stat(path)
        except FileNotFoundError:
            now = None
        if now is not None and (now.st_dev, now.st_ino) == (device, inode):
            _open.move_to_end(path)
            return fd
        _close(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600)
    info = os.fstat(fd)
    _open[path] = (fd, info.st_dev, info.st_ino)
    while len(_open) > _KEEP_OPEN:
        _close(next(iter(_open)))
    return fd


def _close(path: Path) -> None:
    held = _open.pop(path, None)
    if held is not None:
        with contextlib.suppress(OSError):
            os.close(held[0])


@atexit.register
def close_all() -> None:
    """Close the witness files this process holds open (also at exit)."""
    with _open_lock:
        for path in list(_open):
            _close(path)


def append_quietly(paths: AppPaths, key: AuditKey, identity: str, head: Head, why: str) -> None:
    """As ``append``, after the change is already committed: a full disk must not turn a
    saved action into a reported failure (which would invite doing it twice). The gap
    only weakens what this checkpoint would have proved, and is logged."""
    try:
        append(paths, key, identity, head, why)
    except OSError as exc:
        _log.warning("audit witness not written to %s: %s", witness_file(paths), exc.strerror)


def read(paths: AppPaths, key: AuditKey, identity: str) -> Witnessed:
    """The sealed checkpoints of ``identity``, oldest first; unreadable or unsealed lines
    are reported (they are someone's edit of the file, or another key's)."""
    path = witness_file(paths)
    found: list[Checkpoint] = []
    problems: list[str] = []
    for number, raw in _lines(path):
        try:
            body = json.loads(raw)
            if not isinstance(body, dict):
                raise ValueError("not an object")
            if body.get("db") != identity:
                continue
            seal = body.pop("seal", None)
            head = Head(
                int(body["seq"]), body.get("id"), str(body["hash"]), int(body["keyed_from"])
            )
            at, why = str(body["at"]), str(body["why"])
        except (ValueError, KeyError, TypeError):
            problems.append(f"line {number} of {path} is not a checkpoint")
            continue
        if not isinstance(seal, str) or key.seal(_canonical(body)) != seal:
            problems.append(
                f"line {number} of {path} is not sealed with this audit key (written by "
                "hand, or with another key)"
            )
            continue
        found.append(Checkpoint(head, at, why, number))
    return Witnessed(path, tuple(found), tuple(problems))


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as lines:
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    yield number, raw
    except FileNotFoundError:
        return

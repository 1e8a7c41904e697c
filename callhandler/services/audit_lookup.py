"""The consultation audit of a look-up, appended on the look-up's own driver cursor.

The same event ``audit.record`` writes (same fields, same keyed HMAC chain, same witness
checkpoint after the commit), in the look-up's transaction and in two statements: one
reads the chain's declaration, the account and the head together, one inserts. On
PostgreSQL the writers' advisory lock is taken first, as ``audit.record`` does.

Anything out of the ordinary (a chain not yet keyed or declared, an account disabled or
changed) writes nothing here and answers None: the caller then uses ``audit.record``,
which handles those cases and says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy.engine import URL

from callhandler.paths import AppPaths
from callhandler.services import audit_witness
from callhandler.services.audit import _PG_AUDIT_LOCK
from callhandler.services.audit_digest import GENESIS, keyed_digest
from callhandler.services.audit_key import (
    KEY_ENV,
    AuditKey,
    key_file,
    load_key,
    mismatch,
    paths_for,
)
from callhandler.services.context import Actor
from callhandler.services.history_raw import Raw
from callhandler.storage.engine import Database

_STATE = (
    "SELECT c.legacy_count, c.key_check, u.active, u.role, u.username, h.seq, h.hash "
    "FROM audit_chain AS c "
    "LEFT JOIN (SELECT seq, hash FROM audit_events ORDER BY id DESC LIMIT 1) AS h ON 1 = 1 "
    "LEFT JOIN users AS u ON u.id = :uid WHERE c.id = 1"
)
_INSERT = (
    "INSERT INTO audit_events (seq, at, username, role, workstation, action, entity, "
    "entity_id, detail, prev_hash, hash) VALUES (:seq, :at, :username, :role, "
    ":workstation, :action, :entity, :entity_id, :detail, :prev_hash, :hash) RETURNING id"
)


@dataclass(frozen=True)
class Appended:
    """An event written in a transaction not yet committed: what to witness afterwards."""

    paths: AppPaths
    key: AuditKey
    identity: str
    head: audit_witness.Head

    def witness(self) -> None:
        """After the commit: the sealed checkpoint of the new head (best effort)."""
        audit_witness.append_quietly(self.paths, self.key, self.identity, self.head, "write")


_keys: dict[str, tuple[tuple[int, int, int], AuditKey]] = {}


def _key(paths: AppPaths) -> AuditKey:
    """``load_key``, read again only when the key file changes (a look-up a keystroke)."""
    if os.environ.get(KEY_ENV):
        return load_key(paths)
    path = _key_path(paths)
    try:
        info = os.stat(path)
    except OSError:
        return load_key(paths)  # not made yet: load_key makes it, or says what is wrong
    stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
    cached = _keys.get(path)
    if cached is not None and cached[0] == stamp and not info.st_mode & 0o077:
        return cached[1]
    key = load_key(paths)
    _keys[path] = (stamp, key)
    return key


@lru_cache(maxsize=16)
def _key_path(paths: AppPaths) -> str:
    return str(key_file(paths))


@lru_cache(maxsize=16)
def _check(key: AuditKey) -> str:
    """``key.check`` (an HMAC), worked out once per key rather than at every look-up."""
    return key.check


@lru_cache(maxsize=16)
def _identity(url: URL) -> str:
    return audit_witness.database_identity(url)


def append(
    raw: Raw,
    db: Database,
    actor: Actor,
    entity_id: str,
    detail: dict[str, Any],
    *,
    action: str = "consultation",
    entity: str = "history",
) -> Appended | None:
    """Append one event inside ``raw``'s transaction; None (nothing written) when the
    ordinary writer must do it."""
    paths = paths_for(db.engine)
    key = _key(paths)
    if not raw.sqlite:
        raw.execute("SELECT pg_advisory_xact_lock(:k)", {"k": _PG_AUDIT_LOCK})
    state = raw.first(_STATE, uid=actor.user_id if actor.user_id is not None else -1)
    if state is None or state[1] is None:
        return None
    legacy_count, key_check, active, role, username, seq, prev_hash = state
    if not hmac.compare_digest(_check(key), str(key_check)):
        raise mismatch(key)
    if actor.user_id is not None and role is not None:
        if not active or role != actor.role:
            return None
    when = dt.datetime.now(dt.UTC)
    fields = {
        "username": str(username) if username is not None else actor.username,
        "role": actor.role,
        "workstation": actor.workstation,
        "action": action,
        "entity": entity,
        "entity_id": entity_id[:64],
        "detail": json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str),
    }
    seq = int(seq) + 1 if seq is not None else 1
    prev = str(prev_hash) if prev_hash is not None else GENESIS
    digest = keyed_digest(key, seq, prev, when, fields)
    event_id = raw.scalar(
        _INSERT, seq=seq, at=raw.stamp(when), prev_hash=prev, hash=digest, **fields
    )
    identity = _identity(db.url)
    head = audit_witness.Head(seq, int(event_id), digest, int(legacy_count))
    return Appended(paths, key, identity, head)

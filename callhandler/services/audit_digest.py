"""How each audit event is sealed: the keyed HMAC chain and the plain SHA-256 it replaced.

Shared by the writer (callhandler.services.audit) and the checker (audit_verify).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from callhandler.services.audit_key import AuditKey

GENESIS = "0" * 64


def canonical_time(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def legacy_digest(prev_hash: str, at: dt.datetime, fields: dict[str, str]) -> str:
    """How events were chained before the key (plain SHA-256, anyone can recompute it)."""
    payload = json.dumps(
        {"prev": prev_hash, "at": canonical_time(at), **fields},
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def keyed_digest(
    key: AuditKey, seq: int, prev_hash: str, at: dt.datetime, fields: dict[str, str]
) -> str:
    payload = json.dumps(
        {"v": 2, "seq": seq, "prev": prev_hash, "at": canonical_time(at), **fields},
        sort_keys=True,
        ensure_ascii=False,
    )
    return key.seal(payload.encode("utf-8"))

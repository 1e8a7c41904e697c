"""``audit verify``: walk the chain checking every position, link and seal, then compare it
with the witnessed checkpoints; report the first event concerned, never crash on a row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, select, text

from callhandler.paths import AppPaths
from callhandler.services import audit_witness
from callhandler.services.audit_digest import GENESIS, keyed_digest, legacy_digest
from callhandler.services.audit_key import AuditKey, load_key, paths_for
from callhandler.storage.engine import Database
from callhandler.storage.security_models import AuditChain

FIELDS = ("username", "role", "workstation", "action", "entity", "entity_id", "detail")
_EVENTS = text(
    "SELECT id, seq, at, prev_hash, hash, " + ", ".join(FIELDS) + " FROM audit_events ORDER BY id"
)


@dataclass(frozen=True)
class VerifyResult:
    """What ``audit verify`` found. ``problem`` is None when the chain holds; otherwise
    ``first_broken_seq`` (and ``first_broken_id`` when known) name the first event
    concerned, which may be one the database no longer holds."""

    events_checked: int
    first_broken_id: int | None
    problem: str | None
    first_broken_seq: int | None = None
    checkpoints: int = 0
    witness_file: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        if self.ok:
            lines = [
                f"Audit chain intact: {self.events_checked:,} events, agreeing with "
                f"{self.checkpoints:,} witnessed checkpoints."
            ]
        else:
            where = f"event #{self.first_broken_seq}" if self.first_broken_seq else "the log"
            if self.first_broken_id is not None:
                where += f" (id {self.first_broken_id})"
            lines = [f"Audit chain BROKEN at {where}: {self.problem}."]
        return "\n".join(lines + [f"  note: {n}" for n in self.notes])


class _Broken(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def verify_chain(db: Database, *, paths: AppPaths | None = None) -> VerifyResult:
    """Check ``db``'s chain against itself and against this installation's witness."""
    paths = paths or paths_for(db.engine)
    key = load_key(paths)
    witnessed = audit_witness.read(paths, key, audit_witness.database_identity(db.url))
    checkpoints = witnessed.checkpoints
    notes: tuple[str, ...] = ()

    def result(
        checked: int, problem: str | None, seq: int | None = None, event_id: int | None = None
    ) -> VerifyResult:
        return VerifyResult(
            checked, event_id, problem, seq, len(checkpoints), str(witnessed.path), notes
        )

    with db.read_connection() as conn:
        declared = conn.execute(
            select(AuditChain.legacy_count, AuditChain.legacy_head, AuditChain.key_check)
        ).first()
        try:
            keyed_from, legacy_head = _declaration(declared, key)
        except _Broken as broken:
            return result(0, broken.message)
        notes = _notes(keyed_from, checkpoints, witnessed.path)
        changed = [c for c in checkpoints if c.head.keyed_from != keyed_from]
        if changed:
            return result(
                0,
                f"the database now says events up to #{keyed_from} predate the audit key; "
                f"the witness recorded #{changed[0].head.keyed_from} on {changed[0].at}, so "
                "events were re-declared to escape their seals",
                min(keyed_from, changed[0].head.keyed_from) + 1,
            )
        walk = _Walk(key, keyed_from, legacy_head, checkpoints)
        rows = conn.execution_options(yield_per=2000).execute(_EVENTS)
        try:
            for row in rows:
                try:
                    walk.check(row)
                except _Broken as broken:
                    seq, event_id = walk.checked, _int_or_none(row.id)
                    return result(seq, broken.message, seq, event_id)
        finally:
            rows.close()  # a server-side cursor on PostgreSQL, left open on an early return
    missing = [c for c in checkpoints if c.head.seq > walk.checked]
    if missing:
        last = max(missing, key=lambda c: c.head.seq)
        first_seq = walk.checked + 1
        first_id = next((c.head.id for c in missing if c.head.seq == first_seq), None)
        held = "no events" if walk.checked == 0 else f"{walk.checked:,} events"
        return result(
            walk.checked,
            f"events #{first_seq} to #{last.head.seq} are missing: the witness saw "
            f"{last.head.seq:,} events on {last.at} ({last.why}); the database holds {held}",
            first_seq,
            first_id,
        )
    if witnessed.problems:
        return result(
            walk.checked,
            "the witness file was tampered with: " + "; ".join(witnessed.problems[:5]),
        )
    return result(walk.checked, None)


def _declaration(declared: Row[int, str, str | None] | None, key: AuditKey) -> tuple[int, str]:
    if declared is None:
        return 0, GENESIS
    if declared.key_check is not None and not (
        isinstance(declared.key_check, str) and key.matches(declared.key_check)
    ):
        raise _Broken(
            f"the audit key here ({key.source}) is not the one this database's events are "
            "sealed with: verify with the control room's key"
        )
    count, head = declared.legacy_count, declared.legacy_head
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise _Broken(f"the chain's declaration is malformed (legacy count {count!r})")
    return count, str(head)


def _notes(
    keyed_from: int, checkpoints: Iterable[audit_witness.Checkpoint], path: object
) -> tuple[str, ...]:
    notes: list[str] = []
    if keyed_from:
        notes.append(
            f"events #1 to #{keyed_from} were written before the audit key (the database "
            "was upgraded): they are checked by their plain hash chain, and the last of them "
            "against the hash declared at the upgrade"
        )
    if not list(checkpoints):
        notes.append(
            f"no checkpoint of this database is witnessed in {path}: deletion of the newest "
            "events (or of all of them) cannot be seen from this installation"
        )
    return tuple(notes)


class _Walk:
    """The chain's state while walking it in id order."""

    def __init__(
        self,
        key: AuditKey,
        keyed_from: int,
        legacy_head: str,
        checkpoints: Iterable[audit_witness.Checkpoint],
    ) -> None:
        self.key = key
        self.keyed_from = keyed_from
        self.legacy_head = legacy_head
        self.checked = 0
        self.prev_hash = GENESIS
        self.by_seq: dict[int, list[audit_witness.Checkpoint]] = {}
        for checkpoint in checkpoints:
            self.by_seq.setdefault(checkpoint.head.seq, []).append(checkpoint)

    def check(self, row: Row[Any]) -> None:
        self.checked += 1
        position = self.checked
        seq = row.seq
        if not isinstance(seq, int) or isinstance(seq, bool):
            raise _Broken(f"it is malformed: its position is {seq!r}, not a number")
        if seq != position:
            raise _Broken(
                f"it is numbered #{seq} where #{position} was due: an event before it was "
                "removed, or it was inserted out of turn"
            )
        if row.prev_hash != self.prev_hash:
            raise _Broken("it does not link to the event before it")
        at = _parse_time(row.at)
        fields = {name: getattr(row, name) for name in FIELDS}
        try:
            if seq <= self.keyed_from:
                digest = legacy_digest(self.prev_hash, at, fields)
            else:
                digest = keyed_digest(self.key, seq, self.prev_hash, at, fields)
        except (TypeError, ValueError) as exc:
            raise _Broken(f"it is malformed: {exc}") from None
        if digest != row.hash:
            raise _Broken(
                "its content changed after it was written"
                if seq <= self.keyed_from
                else "its seal does not match: it was changed after it was written, or "
                "written by someone without the audit key"
            )
        if seq == self.keyed_from and row.hash != self.legacy_head:
            raise _Broken(
                "it is the last event from before the audit key, but no longer has the hash "
                "declared then: it or an event before it was changed and the chain recomputed"
            )
        for checkpoint in self.by_seq.get(seq, ()):
            if checkpoint.head.hash != row.hash:
                raise _Broken(
                    f"it is not the event the witness saw at #{seq} on {checkpoint.at} "
                    f"({checkpoint.why}): events from here on were removed and replaced"
                )
        self.prev_hash = str(row.hash)


def _parse_time(raw: object) -> dt.datetime:
    try:
        if isinstance(raw, dt.datetime):
            value = raw
        elif isinstance(raw, str):
            value = dt.datetime.fromisoformat(raw)
        else:
            raise ValueError
    except ValueError:
        raise _Broken(f"it is malformed: its time {str(raw)[:40]!r} is not a time") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None

"""The append-only, keyed, hash-chained audit log (DPA 2018 s.62): write events, verify.

Each event carries its position ``seq``, the previous event's hash and its own: an
HMAC-SHA256, under a key kept outside the database (callhandler.services.audit_key), of
its content, position and link. The database refuses an event that does not continue from
the head (migration 0009); sealed checkpoints of the head go to a witness file outside the
database (callhandler.services.audit_witness). ``verify`` lives in audit_verify.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, event, insert, select, text, update
from sqlalchemy.orm import Session

from callhandler.errors import CallHandlerError
from callhandler.paths import AppPaths
from callhandler.services import audit_witness
from callhandler.services.audit_digest import GENESIS, keyed_digest
from callhandler.services.audit_key import AuditKey, load_key, mismatch, paths_for
from callhandler.services.context import Actor, current_actor
from callhandler.storage.engine import Database, translate_errors
from callhandler.storage.models import AuditEvent
from callhandler.storage.security_models import AuditChain

if TYPE_CHECKING:
    from callhandler.services.audit_verify import VerifyResult

_PG_AUDIT_LOCK = 0x0CA11A0D17  # advisory lock id: one chain writer at a time (also 0009)
_HEAD = text("SELECT seq, id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
_CHAIN = "callhandler.audit.chain"  # session.info: this transaction's chain context
_WRITTEN = "callhandler.audit.written"  # session.info: the head to witness after commit
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChainContext:
    """What one transaction needs to append: the key, where to witness, the declaration."""

    key: AuditKey
    paths: AppPaths
    identity: str
    keyed_from: int  # positions up to this one predate the key


def chain_context(session: Session) -> ChainContext:
    """The transaction's chain context: takes the writers' lock (PostgreSQL), reads the
    key and the chain's declaration, and refuses a key the database does not know."""
    found = session.info.get(_CHAIN)
    if isinstance(found, ChainContext):
        return found
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    paths = paths_for(bind)
    key = load_key(paths)
    declared = session.execute(select(AuditChain.legacy_count, AuditChain.key_check)).first()
    if declared is None:  # an emptied database (tests truncate every table): start afresh
        session.execute(
            insert(AuditChain).values(
                id=1, legacy_count=0, legacy_head=GENESIS, key_check=key.check
            )
        )
        keyed_from = 0
    else:
        if declared.key_check is None:  # the first key to write becomes the database's
            session.execute(
                update(AuditChain).where(AuditChain.id == 1).values(key_check=key.check)
            )
        elif not key.matches(declared.key_check):
            raise mismatch(key)
        keyed_from = int(declared.legacy_count)
    context = ChainContext(key, paths, audit_witness.database_identity(bind.engine.url), keyed_from)
    session.info[_CHAIN] = context
    return context


# Events recorded about an account that may be disabled or changed (a refusal, a failed
# or refused sign-in, an unlock): they must still be written.
NOT_RECHECKED = frozenset(
    {
        "login",
        "login_failed",
        "login_refused",
        "password_check_failed",
        "refused",
        "unlock",
        "cli_login",
        "cli_logout",
        "disable",
        "enable",
        "set_role",
        "reset_password",
    }
)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str | int,
    detail: dict[str, Any] | None = None,
    *,
    at: dt.datetime | None = None,
) -> str:
    """Append one event inside the caller's transaction (so it commits with the change).

    Returns the new event's hash. On PostgreSQL an advisory lock makes concurrent writers
    take turns so the chain never forks; SQLite's BEGIN IMMEDIATE already serialises them.
    Once the transaction commits, a sealed checkpoint of the new head is witnessed.

    The account is read again first (once per transaction): every audited write and
    look-up stops when the account was disabled or its role changed, whichever service
    made it — except the events that are about signing in or being refused.
    """
    if action not in NOT_RECHECKED:
        current_actor(session, actor)
    context = chain_context(session)
    head = session.execute(_HEAD).first()
    seq = int(head.seq) + 1 if head is not None else 1
    prev_hash = str(head.hash) if head is not None else GENESIS
    when = at or dt.datetime.now(dt.UTC)
    fields = {
        "username": actor.username,
        "role": actor.role,
        "workstation": actor.workstation,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id)[:64],
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False, default=str),
    }
    digest = keyed_digest(context.key, seq, prev_hash, when, fields)
    event_id = session.execute(
        insert(AuditEvent)
        .values(seq=seq, at=when, prev_hash=prev_hash, hash=digest, **fields)
        .returning(AuditEvent.id)
    ).scalar_one()
    session.info[_WRITTEN] = audit_witness.Head(seq, event_id, digest, context.keyed_from)
    return digest


@event.listens_for(Session, "after_commit")
def _witness_after_commit(session: Session) -> None:
    head = session.info.pop(_WRITTEN, None)
    context = session.info.pop(_CHAIN, None)
    if isinstance(head, audit_witness.Head) and isinstance(context, ChainContext):
        audit_witness.append_quietly(context.paths, context.key, context.identity, head, "write")


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_WRITTEN, None)
    session.info.pop(_CHAIN, None)


def read_head(conn: Connection) -> audit_witness.Head:
    """The chain's head and declaration as ``conn`` sees them (position 0 when empty)."""
    head = conn.execute(_HEAD).first()
    keyed_from = conn.execute(select(AuditChain.legacy_count)).scalar()
    if head is None:
        return audit_witness.Head(0, None, GENESIS, int(keyed_from or 0))
    return audit_witness.Head(int(head.seq), int(head.id), str(head.hash), int(keyed_from or 0))


def witness_head(db: Database, why: str) -> None:
    """Append a checkpoint of ``db``'s head now (a workstation's sync). Best effort: a
    problem is logged, never raised (the sync itself succeeded); nothing is written when
    this workstation's key is not the database's (its seal would prove nothing there)."""
    try:
        paths = paths_for(db.engine)
        key = load_key(paths)
        with translate_errors(db), db.engine.connect() as conn:
            check = conn.execute(select(AuditChain.key_check)).scalar()
            if check is not None and not key.matches(check):
                return
            head = read_head(conn)
            conn.rollback()
    except CallHandlerError as exc:
        _log.warning("audit head of %s not witnessed: %s", db.describe(), exc)
        return
    identity = audit_witness.database_identity(db.url)
    audit_witness.append_quietly(paths, key, identity, head, why)


def declare_key(db: Database) -> str:
    """Make this installation's audit key the database's (``db upgrade``: the administrator
    declares it before any workstation writes) and witness the head, with the count of
    events from before the key, so the point where keying began is sealed outside the
    database. Refused when the database already knows another key. Returns the key's
    source (a file or the environment variable, never the key)."""
    with db.write() as session:
        context = chain_context(session)
    witness_head(db, "keyed")
    return context.key.source


def verify(db: Database, *, paths: AppPaths | None = None) -> VerifyResult:
    """Check the chain and the witness (callhandler.services.audit_verify)."""
    from callhandler.services.audit_verify import verify_chain

    return verify_chain(db, paths=paths)

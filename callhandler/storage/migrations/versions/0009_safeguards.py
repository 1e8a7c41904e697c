"""Safeguards in the database itself: a keyed audit chain that must continue from its
head, incidents never deleted, a finalised incident's records frozen, references numbered
from a per-day counter.

- ``audit_events.seq``: each event's position in the chain (existing events numbered in id
  order). An INSERT whose ``prev_hash`` is not the head's hash, or whose ``seq`` is not the
  head's plus one, is refused (a trigger; on PostgreSQL it also takes the audit writers'
  advisory lock, so a hand-written INSERT queues behind the application's like any other).
- ``audit_chain``: one row. Events already present were chained with plain SHA-256 (no
  key); they are declared here (``legacy_count`` and the last one's hash) and checked that
  way by ``audit verify``; every later event is an HMAC under a key kept outside the
  database (callhandler.services.audit_key). Its first checkpoint in the witness file
  records the declaration.
- ``incidents``: DELETE refused (it cascaded to sign-offs). On SQLite a row with an id below
  zero may go: that is a workstation cache dropping the provisional copy of an incident
  opened offline once the server holds it (callhandler.sync.local_store); such ids never
  exist on a server, and changing an incident's id is refused.
- A finalised live incident's checklist answers, sign-offs, transitions and people refuse
  UPDATE and DELETE (its own row already refuses UPDATE, migration 0005). On SQLite rows
  with ids below zero (offline work in a cache) are exempt, and so are the people of a
  workstation cache (a database with ``sync_state`` rows): the cache copies the server,
  which has already enforced the rule, and must be able to apply its changes in any order.
- ``incident_ref_counters``: the last number given per day, seeded from the live
  references already issued.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Copies, not imports: a migration must not change when the code does.
GENESIS = "0" * 64
AUDIT_LOCK = 0x0CA11A0D17  # callhandler.services.audit: one chain writer at a time
CHAIN_BROKEN = "audit_events: an event must continue the chain from its head"
CHAIN_FIXED = "audit_chain: the declaration of the chain is fixed once written"
NO_DELETE = "incidents are never deleted; a finalised incident takes a note instead"
NO_RENUMBER = "an incident keeps its id"
FROZEN = "a finalised incident cannot change; add a note instead"
FROZEN_CHILDREN = ("checklist_answers", "sign_offs", "incident_transitions", "incident_people")
# Of those, the tables a workstation cache copies from the server (sync_models.SYNCED_TABLES).
PULLED_INTO_CACHE = ("incident_people",)
LIVE_REF = re.compile(r"^CH(\d{8})-(\d+)$")


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    _number_the_chain(postgres)
    _declare_the_chain()
    _refuse_a_broken_link(postgres)
    _keep_incidents(postgres)
    for table in FROZEN_CHILDREN:
        _freeze_when_finalised(table, postgres)
    _reference_counters()


def _number_the_chain(postgres: bool) -> None:
    op.execute("ALTER TABLE audit_events ADD COLUMN seq BIGINT")
    # The append-only guard (migration 0001) is lifted for this one numbering only.
    if postgres:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
    else:
        op.execute("DROP TRIGGER audit_events_no_update")
    op.execute(
        "UPDATE audit_events SET seq = numbered.n FROM "
        "(SELECT id, row_number() OVER (ORDER BY id) AS n FROM audit_events) AS numbered "
        "WHERE numbered.id = audit_events.id"
    )
    if postgres:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
        op.execute("ALTER TABLE audit_events ALTER COLUMN seq SET NOT NULL")
    else:
        op.execute(
            "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
        )
    op.create_index("uq_audit_events_seq", "audit_events", ["seq"], unique=True)


def _declare_the_chain() -> None:
    table = op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("legacy_count", sa.BigInteger(), nullable=False),
        sa.Column("legacy_head", sa.String(length=64), nullable=False),
        sa.Column("key_check", sa.String(length=64), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_chain_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    conn = op.get_bind()
    count = conn.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one()
    head = conn.execute(sa.text("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1")).scalar()
    op.bulk_insert(table, [{"id": 1, "legacy_count": count, "legacy_head": head or GENESIS}])
    legacy_changed = "OLD.legacy_count <> NEW.legacy_count OR OLD.legacy_head <> NEW.legacy_head"
    key_changed = "OLD.key_check IS NOT NULL AND NEW.key_check IS DISTINCT FROM OLD.key_check"
    if conn.dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_chain_fixed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP = 'DELETE' OR {legacy_changed} OR {key_changed} THEN "
            f"RAISE EXCEPTION '{CHAIN_FIXED}'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_chain_fixed BEFORE UPDATE OR DELETE ON audit_chain "
            "FOR EACH ROW EXECUTE FUNCTION audit_chain_fixed()"
        )
        return
    sqlite_key_changed = key_changed.replace("IS DISTINCT FROM", "IS NOT")
    op.execute(
        "CREATE TRIGGER audit_chain_fixed_update BEFORE UPDATE ON audit_chain "
        f"WHEN {legacy_changed} OR ({sqlite_key_changed}) "
        f"BEGIN SELECT RAISE(ABORT, '{CHAIN_FIXED}'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_chain_fixed_delete BEFORE DELETE ON audit_chain "
        f"BEGIN SELECT RAISE(ABORT, '{CHAIN_FIXED}'); END"
    )


def _refuse_a_broken_link(postgres: bool) -> None:
    if postgres:
        op.execute(
            "CREATE FUNCTION audit_events_continue_chain() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ DECLARE head_seq bigint; head_hash text; BEGIN "
            f"PERFORM pg_advisory_xact_lock({AUDIT_LOCK}); "
            "SELECT seq, hash INTO head_seq, head_hash FROM audit_events "
            "ORDER BY id DESC LIMIT 1; "
            f"IF NOT FOUND THEN head_seq := 0; head_hash := '{GENESIS}'; END IF; "
            "IF NEW.prev_hash IS DISTINCT FROM head_hash "
            "OR NEW.seq IS DISTINCT FROM head_seq + 1 THEN "
            f"RAISE EXCEPTION '{CHAIN_BROKEN} (event %, hash %)', head_seq, head_hash; "
            "END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_continue_chain BEFORE INSERT ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_continue_chain()"
        )
        return
    head = "(SELECT {column} FROM audit_events ORDER BY id DESC LIMIT 1)"
    op.execute(
        "CREATE TRIGGER audit_events_continue_chain BEFORE INSERT ON audit_events "
        f"WHEN NEW.prev_hash IS NOT coalesce({head.format(column='hash')}, '{GENESIS}') "
        f"OR NEW.seq IS NOT coalesce({head.format(column='seq')}, 0) + 1 "
        f"BEGIN SELECT RAISE(ABORT, '{CHAIN_BROKEN}'); END"
    )


def _keep_incidents(postgres: bool) -> None:
    if postgres:
        op.execute(
            "CREATE FUNCTION incidents_never_deleted() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{NO_DELETE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER incidents_never_deleted BEFORE DELETE ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION incidents_never_deleted()"
        )
        op.execute(
            "CREATE FUNCTION incidents_keep_id() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{NO_RENUMBER}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER incidents_keep_id BEFORE UPDATE OF id ON incidents FOR EACH ROW "
            "WHEN (NEW.id IS DISTINCT FROM OLD.id) EXECUTE FUNCTION incidents_keep_id()"
        )
        return
    op.execute(
        "CREATE TRIGGER incidents_never_deleted BEFORE DELETE ON incidents "
        f"WHEN OLD.id >= 0 BEGIN SELECT RAISE(ABORT, '{NO_DELETE}'); END"
    )
    op.execute(
        "CREATE TRIGGER incidents_keep_id BEFORE UPDATE OF id ON incidents "
        f"WHEN NEW.id IS NOT OLD.id BEGIN SELECT RAISE(ABORT, '{NO_RENUMBER}'); END"
    )


def _finalised(incident_id: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM incidents WHERE incidents.id = "
        f"{incident_id} AND status = 'finalised' AND source = 'live')"
    )


def _freeze_when_finalised(table: str, postgres: bool) -> None:
    if postgres:
        op.execute(
            f"CREATE FUNCTION {table}_finalised_frozen() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN IF {_finalised('OLD.incident_id')} OR (TG_OP = 'UPDATE' AND "
            f"{_finalised('NEW.incident_id')}) THEN RAISE EXCEPTION '{FROZEN}'; END IF; "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {table}_finalised_frozen BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_finalised_frozen()"
        )
        return
    exempt = "OLD.id >= 0"
    if table in PULLED_INTO_CACHE:
        exempt += " AND NOT EXISTS (SELECT 1 FROM sync_state)"
    op.execute(
        f"CREATE TRIGGER {table}_finalised_frozen_update BEFORE UPDATE ON {table} "
        f"WHEN {exempt} AND ({_finalised('OLD.incident_id')} "
        f"OR {_finalised('NEW.incident_id')}) "
        f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_finalised_frozen_delete BEFORE DELETE ON {table} "
        f"WHEN {exempt} AND {_finalised('OLD.incident_id')} "
        f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
    )


def _reference_counters() -> None:
    table = op.create_table(
        "incident_ref_counters",
        sa.Column("day", sa.String(length=8), nullable=False),
        sa.Column("last_number", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_incident_ref_counters")),
    )
    refs = op.get_bind().execute(
        sa.text("SELECT ref FROM incidents WHERE source = 'live' AND ref LIKE 'CH%'")
    )
    op.bulk_insert(
        table,
        [{"day": d, "last_number": n} for d, n in _last_numbers(r for (r,) in refs).items()],
    )


def _last_numbers(refs: Iterable[str]) -> dict[str, int]:
    """The highest number already given on each day, from references of the live shape."""
    last: dict[str, int] = {}
    for ref in refs:
        match = LIVE_REF.match(ref)
        if match:
            day, number = match.group(1), int(match.group(2))
            last[day] = max(last.get(day, 0), number)
    return last


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.drop_table("incident_ref_counters")
    if postgres:
        for table in FROZEN_CHILDREN:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_finalised_frozen ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_finalised_frozen()")
        for name, table in (
            ("incidents_never_deleted", "incidents"),
            ("incidents_keep_id", "incidents"),
            ("audit_events_continue_chain", "audit_events"),
            ("audit_chain_fixed", "audit_chain"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        names = [f"{t}_finalised_frozen_{v}" for t in FROZEN_CHILDREN for v in ("update", "delete")]
        names += [
            "incidents_never_deleted",
            "incidents_keep_id",
            "audit_events_continue_chain",
            "audit_chain_fixed_update",
            "audit_chain_fixed_delete",
        ]
        for name in names:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_chain")
    op.drop_index("uq_audit_events_seq", "audit_events")
    # Native DROP COLUMN on both backends (a batch rebuild would drop the table's triggers).
    op.execute("ALTER TABLE audit_events DROP COLUMN seq")

"""Shared database and workstation caches: change sequence, tombstones, offline replay.

Every table a previous-calls look-up reads gets a ``change_seq`` column. On PostgreSQL a
trigger stamps each inserted or updated row with the next value of one sequence, and a
deletion leaves a tombstone, so a workstation pulls only what changed since its cursor.

Why the advisory lock in the trigger: sequence values are handed out at INSERT/UPDATE time
but become visible at COMMIT, so a transaction holding seq 41 may commit after one holding
seq 42. A reader that saw 42 and moved its cursor to 42 would never see 41. Each stamping
transaction therefore first takes ``pg_advisory_xact_lock_shared(SYNC_LOCK_KEY)`` (held
until it commits or rolls back; shared, so writers never wait for each other). A sync
reader takes the same key EXCLUSIVELY with ``pg_try_advisory_xact_lock`` (never queued, so
it cannot stall a writer) and, while holding it, reads the sequence's last value: no
stamping transaction is in progress at that instant, so every change_seq at or below that
value is committed or rolled back, and any later one will be above it. That value is a
safe high-water mark (callhandler.sync.pull.high_water_mark).

SQLite (embedded, or a workstation cache) gets the columns and tables but no triggers: it
is never a sync source.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Copies of callhandler.storage.sync_models constants: a migration must not change when
# the code does.
SYNCED_TABLES = (
    "users",
    "phones",
    "addresses",
    "people",
    "incidents",
    "incident_people",
    "markers",
)
TOMBSTONED_TABLES = SYNCED_TABLES
SYNC_LOCK_KEY = 7_346_210_008
SEQUENCE = "sync_change_seq"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in SYNCED_TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("change_seq", sa.BigInteger(), nullable=True))
        op.create_index(f"ix_{table}_change_seq", table, ["change_seq"])

    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("client_uuid", sa.String(length=36), nullable=True))
    if postgres:
        op.create_unique_constraint("uq_incidents_client_uuid", "incidents", ["client_uuid"])
    else:  # SQLite cannot add a constraint without rebuilding the table; same guarantee
        op.create_index("uq_incidents_client_uuid", "incidents", ["client_uuid"], unique=True)

    op.create_table(
        "applied_ops",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("result_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_applied_ops")),
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("change_seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("change_seq", name=op.f("pk_sync_tombstones")),
    )
    op.create_table(
        "sync_state",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("server", sa.String(length=300), nullable=False),
        sa.Column("cursor", sa.BigInteger(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_state")),
    )

    if not postgres:
        return
    op.execute(f"CREATE SEQUENCE {SEQUENCE}")
    # The lock is taken once per statement, before any row's change_seq is drawn: inserts
    # (including COPY in bulk loads) take their stamp from the column default, so a bulk
    # load pays no per-row trigger; updates are stamped by a row trigger.
    op.execute(
        "CREATE FUNCTION sync_lock_shared() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_advisory_xact_lock_shared({SYNC_LOCK_KEY}); RETURN NULL; END $$"
    )
    op.execute(
        "CREATE FUNCTION sync_stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_advisory_xact_lock_shared({SYNC_LOCK_KEY}); "
        f"NEW.change_seq := nextval('{SEQUENCE}'); RETURN NEW; END $$"
    )
    op.execute(
        "CREATE FUNCTION sync_record_delete() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_advisory_xact_lock_shared({SYNC_LOCK_KEY}); "
        "INSERT INTO sync_tombstones (change_seq, table_name, row_id) "
        f"VALUES (nextval('{SEQUENCE}'), TG_TABLE_NAME, OLD.id); RETURN OLD; END $$"
    )
    for table in SYNCED_TABLES:
        # Existing rows: stamp them once so a first sync finds them.
        op.execute(f"UPDATE {table} SET change_seq = nextval('{SEQUENCE}')")
        op.execute(f"ALTER TABLE {table} ALTER COLUMN change_seq SET DEFAULT nextval('{SEQUENCE}')")
        op.execute(
            f"CREATE TRIGGER {table}_sync_lock BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION sync_lock_shared()"
        )
        # An insert naming change_seq explicitly (NULL) is stamped here instead.
        op.execute(
            f"CREATE TRIGGER {table}_sync_stamp_insert BEFORE INSERT ON {table} "
            "FOR EACH ROW WHEN (NEW.change_seq IS NULL) EXECUTE FUNCTION sync_stamp_change()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_sync_stamp BEFORE UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION sync_stamp_change()"
        )
    for table in TOMBSTONED_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_sync_tombstone AFTER DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION sync_record_delete()"
        )


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        for table in SYNCED_TABLES:
            for trigger in ("lock", "stamp_insert", "stamp", "tombstone"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_sync_{trigger} ON {table}")
            op.execute(f"ALTER TABLE {table} ALTER COLUMN change_seq DROP DEFAULT")
        op.execute("DROP FUNCTION IF EXISTS sync_lock_shared()")
        op.execute("DROP FUNCTION IF EXISTS sync_stamp_change()")
        op.execute("DROP FUNCTION IF EXISTS sync_record_delete()")
        op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
    op.drop_table("sync_state")
    op.drop_table("sync_tombstones")
    op.drop_table("applied_ops")
    if postgres:
        op.drop_constraint("uq_incidents_client_uuid", "incidents", type_="unique")
    else:
        op.drop_index("uq_incidents_client_uuid", "incidents")
    # Native DROP COLUMN on both backends: a batch rebuild of incidents on SQLite would drop
    # the old table, and its ON DELETE CASCADE children would go with it.
    op.execute("ALTER TABLE incidents DROP COLUMN client_uuid")
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_change_seq", table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN change_seq")

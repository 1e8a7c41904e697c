"""Every closure answer as taken: ``checklist_answer_history``, append-only.

``checklist_answers`` keeps one row per item and a re-answer overwrote ``taken_by``, which
erased who took the earlier answer (four eyes: nobody who took one may sign the incident
off). Each answer is now also appended here and never changed: the database refuses UPDATE,
and DELETE except (on SQLite) of a workstation cache's provisional rows, whose ids are
below zero. The answers already given are copied in, one row each.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLE = "checklist_answer_history"
APPEND_ONLY = "checklist_answer_history is append-only: every answer as taken is kept"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.String(length=64), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("officer_collar", sa.String(length=16), nullable=False),
        sa.Column("taken_by", sa.String(length=64), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_checklist_answer_history_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_answer_history")),
    )
    op.create_index(
        "ix_checklist_answer_history_incident", TABLE, ["incident_id", "taken_at"], unique=False
    )
    op.execute(
        f"INSERT INTO {TABLE} (incident_id, checklist_id, checklist_version, item_id, "
        "value_json, officer_collar, taken_by, taken_at) "
        "SELECT incident_id, checklist_id, checklist_version, item_id, value_json, "
        "officer_collar, taken_by, taken_at FROM checklist_answers WHERE id >= 0 ORDER BY id"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY}'; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
            f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()"
        )
        return
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
        f"WHEN OLD.id >= 0 AND OLD.incident_id >= 0 "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
        op.execute(f"DROP FUNCTION IF EXISTS {TABLE}_append_only()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_no_delete")
    op.drop_index("ix_checklist_answer_history_incident", TABLE)
    op.drop_table(TABLE)

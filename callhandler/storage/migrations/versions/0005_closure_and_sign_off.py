"""Closure and sign-off: transitions, checklist answers, narrative, sign-offs, notes, drafts.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 15:30:32.465633
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("draft_key", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("owner", "workstation", "draft_key", name="uq_draft_owner_key"),
    )
    op.create_table(
        "checklist_answers",
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
            name=op.f("fk_checklist_answers_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_answers")),
        sa.UniqueConstraint("incident_id", "item_id", name="uq_checklist_answer"),
    )
    op.create_table(
        "incident_narratives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_narratives_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_narratives")),
        sa.UniqueConstraint("incident_id", "section", name="uq_narrative_section"),
    )
    op.create_table(
        "incident_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_notes_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_notes")),
    )
    with op.batch_alter_table("incident_notes", schema=None) as batch_op:
        batch_op.create_index("ix_incident_notes_incident", ["incident_id"], unique=False)

    op.create_table(
        "incident_transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=False),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_transitions_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_transitions")),
    )
    with op.batch_alter_table("incident_transitions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incident_transitions_incident", ["incident_id", "at"], unique=False
        )

    op.create_table(
        "sign_offs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("inspector", sa.String(length=64), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_sign_offs_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_offs")),
    )
    with op.batch_alter_table("sign_offs", schema=None) as batch_op:
        batch_op.create_index("ix_sign_offs_incident", ["incident_id"], unique=False)

    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dispatched_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("officers_sent", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("attended_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("attending_officer", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("submitted_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("finalised_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("finalised_by", sa.String(length=64), nullable=True))

    _freeze_finalised_incidents()


FROZEN = "a finalised incident cannot change; add a note instead"


def _freeze_finalised_incidents() -> None:
    """Live incidents, once finalised, refuse every UPDATE in the database itself."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER incidents_finalised_frozen BEFORE UPDATE ON incidents "
            "WHEN old.status = 'finalised' AND old.source = 'live' "
            f"BEGIN SELECT RAISE(ABORT, '{FROZEN}'); END"
        )
    else:
        op.execute(
            "CREATE FUNCTION incidents_finalised_frozen() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN IF OLD.status = 'finalised' AND OLD.source = 'live' THEN "
            f"RAISE EXCEPTION '{FROZEN}'; END IF; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER incidents_finalised_frozen BEFORE UPDATE ON incidents "
            "FOR EACH ROW EXECUTE FUNCTION incidents_finalised_frozen()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS incidents_finalised_frozen")
    else:
        op.execute("DROP TRIGGER IF EXISTS incidents_finalised_frozen ON incidents")
        op.execute("DROP FUNCTION IF EXISTS incidents_finalised_frozen()")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_column("finalised_by")
        batch_op.drop_column("finalised_at")
        batch_op.drop_column("submitted_at")
        batch_op.drop_column("attending_officer")
        batch_op.drop_column("attended_at")
        batch_op.drop_column("officers_sent")
        batch_op.drop_column("dispatched_at")

    with op.batch_alter_table("sign_offs", schema=None) as batch_op:
        batch_op.drop_index("ix_sign_offs_incident")

    op.drop_table("sign_offs")
    with op.batch_alter_table("incident_transitions", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_transitions_incident")

    op.drop_table("incident_transitions")
    with op.batch_alter_table("incident_notes", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_notes_incident")

    op.drop_table("incident_notes")
    op.drop_table("incident_narratives")
    op.drop_table("checklist_answers")
    op.drop_table("drafts")

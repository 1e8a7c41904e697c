"""Risk assessments (instrument, answers, levels, MARAC criteria) and attendance decisions.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LEVELS = "('standard','medium','high')"


def upgrade() -> None:
    op.create_table(
        "risk_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("instrument_id", sa.String(length=64), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("notes_json", sa.Text(), nullable=False),
        sa.Column("yes_count", sa.Integer(), nullable=False),
        sa.Column("not_known_count", sa.Integer(), nullable=False),
        sa.Column("computed_level", sa.String(length=16), nullable=False),
        sa.Column("judgement_level", sa.String(length=16), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("final_level", sa.String(length=16), nullable=False),
        sa.Column("previous_da_12m", sa.Integer(), nullable=False),
        sa.Column("marac_json", sa.Text(), nullable=False),
        sa.Column("marac_referral", sa.Boolean(), nullable=False),
        sa.Column("officer_collar", sa.String(length=16), nullable=False),
        sa.Column("assessed_by", sa.String(length=64), nullable=False),
        sa.Column("assessed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            f"computed_level in {LEVELS}", name=op.f("ck_risk_assessments_computed_level")
        ),
        sa.CheckConstraint(
            f"final_level in {LEVELS}", name=op.f("ck_risk_assessments_final_level")
        ),
        sa.CheckConstraint(
            f"judgement_level is null or judgement_level in {LEVELS}",
            name=op.f("ck_risk_assessments_judgement_level"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_risk_assessments_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessments")),
    )
    op.create_index(
        "ix_risk_assessments_incident", "risk_assessments", ["incident_id", "assessed_at"]
    )
    op.create_table(
        "attendance_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_attendance_decisions_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_decisions")),
    )
    op.create_index(
        "ix_attendance_decisions_incident", "attendance_decisions", ["incident_id", "decided_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_attendance_decisions_incident", table_name="attendance_decisions")
    op.drop_table("attendance_decisions")
    op.drop_index("ix_risk_assessments_incident", table_name="risk_assessments")
    op.drop_table("risk_assessments")

"""Triage answers (with the script version that asked them) and grade decisions.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "triage_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.String(length=64), nullable=False),
        sa.Column("script_version", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("fact", sa.String(length=64), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_triage_answers_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_triage_answers")),
    )
    op.create_index(
        "ix_triage_answers_incident", "triage_answers", ["incident_id", "superseded_at"]
    )
    op.create_table(
        "grade_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.String(length=64), nullable=False),
        sa.Column("policy_version", sa.Integer(), nullable=False),
        sa.Column("recommended_grade", sa.Integer(), nullable=False),
        sa.Column("policy_floor", sa.Integer(), nullable=False),
        sa.Column("chosen_grade", sa.Integer(), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("below_floor", sa.Boolean(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("domestic_abuse", sa.Boolean(), nullable=False),
        sa.Column("reasons_json", sa.Text(), nullable=False),
        sa.Column("flags_json", sa.Text(), nullable=False),
        sa.Column("facts_json", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "chosen_grade between 1 and 9", name=op.f("ck_grade_decisions_chosen_grade")
        ),
        sa.CheckConstraint(
            "recommended_grade between 1 and 9",
            name=op.f("ck_grade_decisions_recommended_grade"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_grade_decisions_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grade_decisions")),
    )
    op.create_index("ix_grade_decisions_incident", "grade_decisions", ["incident_id", "decided_at"])
    op.create_index(
        "ix_grade_decisions_below_floor", "grade_decisions", ["below_floor", "decided_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_grade_decisions_below_floor", table_name="grade_decisions")
    op.drop_index("ix_grade_decisions_incident", table_name="grade_decisions")
    op.drop_table("grade_decisions")
    op.drop_index("ix_triage_answers_incident", table_name="triage_answers")
    op.drop_table("triage_answers")

"""Quality assurance of live calls (issue 17): weekly samples, the calls drawn, reviews.

- ``qa_samples``: one per week (its Monday), with the seed and the calls per handler it
  was drawn with, so the draw can be repeated and checked.
- ``qa_sampled_calls``: the calls drawn, their handler, risk level, override, repeat
  victim and the weight they were drawn with.
- ``qa_reviews`` and ``qa_review_items``: the inspector's score of each checklist item
  (compliant, partial, not compliant) with a note, and what the record suggested.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_SCORES = "('compliant','partial','not_compliant')"


def upgrade() -> None:
    op.create_table(
        "qa_samples",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("per_handler", sa.Integer(), nullable=False),
        sa.Column("checklist_id", sa.String(length=64), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.Column("drawn_by", sa.String(length=64), nullable=False),
        sa.Column("drawn_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_qa_samples"),
        sa.UniqueConstraint("week_start", name="uq_qa_samples_week_start"),
    )
    op.create_table(
        "qa_sampled_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("handler_id", sa.Integer(), nullable=False),
        sa.Column("risk_level", sa.String(length=16), nullable=False),
        sa.Column("overridden", sa.Boolean(), nullable=False),
        sa.Column("repeat_victim", sa.Boolean(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_qa_sampled_calls"),
        sa.ForeignKeyConstraint(
            ["sample_id"],
            ["qa_samples.id"],
            name="fk_qa_sampled_calls_sample_id_qa_samples",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name="fk_qa_sampled_calls_incident_id_incidents",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["users.id"], name="fk_qa_sampled_calls_handler_id_users"
        ),
        sa.UniqueConstraint("sample_id", "incident_id", name="uq_qa_sampled_call"),
    )
    op.create_index("ix_qa_sampled_calls_handler", "qa_sampled_calls", ["handler_id"])
    op.create_table(
        "qa_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sampled_call_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sa.String(length=64), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("checklist_id", sa.String(length=64), nullable=False),
        sa.Column("checklist_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_qa_reviews"),
        sa.ForeignKeyConstraint(
            ["sampled_call_id"],
            ["qa_sampled_calls.id"],
            name="fk_qa_reviews_sampled_call_id_qa_sampled_calls",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("sampled_call_id", name="uq_qa_reviews_sampled_call_id"),
    )
    op.create_table(
        "qa_review_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("score", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("suggested", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_qa_review_items"),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["qa_reviews.id"],
            name="fk_qa_review_items_review_id_qa_reviews",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("review_id", "item_id", name="uq_qa_review_item"),
        sa.CheckConstraint(f"score in {_SCORES}", name="ck_qa_review_items_score"),
        sa.CheckConstraint(
            f"suggested is null or suggested in {_SCORES}", name="ck_qa_review_items_suggested"
        ),
    )


def downgrade() -> None:
    op.drop_table("qa_review_items")
    op.drop_table("qa_reviews")
    op.drop_index("ix_qa_sampled_calls_handler", table_name="qa_sampled_calls")
    op.drop_table("qa_sampled_calls")
    op.drop_table("qa_samples")

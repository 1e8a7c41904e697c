"""Training mode: each trainee's scored attempts at a scenario (the trainer's list over time).

Written only in a training database (``<data dir>/training/training.sqlite3``); the table
exists in every database so that one schema serves both, and stays empty in a live one
(``callhandler.training.results`` refuses any database but a training one).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("scenario_id", sa.String(length=64), nullable=False),
        sa.Column("scenario_version", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("chosen_grade", sa.Integer(), nullable=True),
        sa.Column("expected_grade", sa.Integer(), nullable=False),
        sa.Column("seconds_to_grade", sa.Float(), nullable=True),
        sa.Column("history_viewed", sa.Boolean(), nullable=False),
        sa.Column("missed_mandatory", sa.Integer(), nullable=False),
        sa.Column("debrief_json", sa.Text(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_training_attempts"),
        sa.CheckConstraint("score between 0 and 100", name="ck_training_attempts_score"),
    )
    op.create_index(
        "ix_training_attempts_username_finished",
        "training_attempts",
        ["username", "finished_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_training_attempts_username_finished", table_name="training_attempts")
    op.drop_table("training_attempts")

"""Training mode: the scenarios a trainer assigns to each trainee (issue 17).

Written only in a training database (``<data dir>/training/training.sqlite3``), like
``training_attempts``: the table exists in every database so one schema serves both, and
stays empty in a live one (``callhandler.training.assignments`` refuses any other).

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "training_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("scenario_id", sa.String(length=64), nullable=False),
        sa.Column("assigned_by", sa.String(length=64), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_training_assignments"),
        sa.UniqueConstraint(
            "username", "scenario_id", name="uq_training_assignments_username_scenario"
        ),
    )


def downgrade() -> None:
    op.drop_table("training_assignments")

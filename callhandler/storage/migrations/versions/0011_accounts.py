"""Signing in: failed sign-ins and lock-outs kept in the database, command-line tokens.

- ``sign_in_throttle``: per account (``kind = 'account'``, the user id) and per workstation
  (its name), the failures in the current window and, once there were too many, the time
  the lock-out ends. Kept on the server, so no client can skip it by restarting.
- ``cli_tokens``: the SHA-256 of each token ``callhandler login`` handed out, whose account,
  from which workstation, until when, and when it was revoked (logout, account disabled,
  password reset).

Neither table is ever deleted from (the workstations' role has no DELETE on them).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttle",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("window_started", sa.DateTime(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("kind", "subject", name="pk_sign_in_throttle"),
        sa.CheckConstraint("kind in ('account','workstation')", name="ck_sign_in_throttle_kind"),
    )
    op.create_table(
        "cli_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_cli_tokens"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_cli_tokens_user_id_users"),
        sa.UniqueConstraint("token_hash", name="uq_cli_tokens_token_hash"),
    )
    op.create_index("ix_cli_tokens_user_id", "cli_tokens", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_cli_tokens_user_id", table_name="cli_tokens")
    op.drop_table("cli_tokens")
    op.drop_table("sign_in_throttle")

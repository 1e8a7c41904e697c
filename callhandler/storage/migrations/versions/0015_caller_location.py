"""Where the caller is, if not at the address: ``incidents.caller_location`` (issue 16).

Free text as the handler typed it on the new-call form, optionally holding an OS grid
reference or coordinates (checked by callhandler.domain.caller_location before it is
stored); carried to the officers' briefing. Nullable: earlier incidents have none.

Revision ID: 0015
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("caller_location", sa.String(length=300), nullable=True))


def downgrade() -> None:
    op.drop_column("incidents", "caller_location")

"""Re-importing an unchanged export at the speed of reading it: ``incidents.import_raw_digest``
(issue 18).

A digest of the row exactly as the file gave it (its fields in the import's order). A
re-imported row whose fields are byte for byte the same is unchanged without being checked
and normalised again (which costs most of an import). Nullable: incidents recorded here and
rows imported before this revision have none (their next import fills it in).

Chained after 0015 (it was written after the caller's location; numbered 0016 so the
files sort in the order they apply; 0014 is unused).

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("import_raw_digest", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.drop_column("incidents", "import_raw_digest")

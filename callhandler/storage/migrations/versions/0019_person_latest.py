"""Oversight at 10,000,000 incidents (issue 18): ``person_latest``, each person's latest
incident with an address and latest risk level as a victim, kept by triggers in the same
transaction as the change (``callhandler.storage.person_latest`` has the statements and
says how each change is kept), and backfilled here in two set-based statements.

``ix_person_latest_risk``: the people with a risk level by the time it was recorded (the
high-risk list: everyone's latest level, and the few whose latest is after the list's
``now``). ``ix_incident_people_person`` is dropped: ``ix_incident_people_person_incident``
(0018) starts with the same column.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from callhandler.storage import person_latest as pl

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        pl.TABLE,
        sa.Column("person_id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("address_incident_id", sa.Integer(), nullable=True),
        sa.Column("address_opened_at", sa.DateTime(), nullable=True),
        sa.Column("address_id", sa.Integer(), nullable=True),
        sa.Column("risk_incident_id", sa.Integer(), nullable=True),
        sa.Column("risk_opened_at", sa.DateTime(), nullable=True),
        sa.Column("risk_level", sa.String(length=16), nullable=True),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in pl.sqlite_triggers() if sqlite else pl.postgresql_ddl():
        op.execute(statement)
    for statement in pl.rebuild_statements():
        op.execute(statement)
    risk = sa.text("risk_opened_at IS NOT NULL")
    op.create_index(
        "ix_person_latest_risk",
        pl.TABLE,
        ["risk_opened_at", "risk_level", "person_id"],
        sqlite_where=risk,
        postgresql_where=risk,
    )
    op.drop_index("ix_incident_people_person", table_name="incident_people")


def downgrade() -> None:
    op.create_index("ix_incident_people_person", "incident_people", ["person_id"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for name, table in pl.TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        for function in pl.FUNCTIONS:
            op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.drop_table(pl.TABLE)

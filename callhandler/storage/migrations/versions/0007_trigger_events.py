"""Trigger events for risk reassessment (release from custody, court date, order expiry),
and the incident indexes the oversight lists and charts read.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

KINDS = "('release_from_custody','court_date','order_expiry','bail_expiry','other')"


def upgrade() -> None:
    op.create_table(
        "trigger_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=True),
        sa.CheckConstraint(f"kind in {KINDS}", name=op.f("ck_trigger_events_kind")),
        sa.CheckConstraint(
            "incident_id is not null or person_id is not null",
            name=op.f("ck_trigger_events_subject"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_trigger_events_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_trigger_events_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trigger_events")),
    )
    op.create_index("ix_trigger_events_due", "trigger_events", ["closed_at", "due_on"])
    op.create_index(op.f("ix_trigger_events_incident_id"), "trigger_events", ["incident_id"])
    op.create_index(op.f("ix_trigger_events_person_id"), "trigger_events", ["person_id"])
    # The oversight lists and charts read these ranges instead of the whole table.
    op.create_index(
        "ix_incidents_opened_oversight",
        "incidents",
        ["opened_at", "domestic_abuse", "grade", "status", "handler_id"],
    )
    for name, columns in (
        ("ix_incidents_dispatched", ["dispatched_at", "grade", "attended_at"]),
        ("ix_incidents_finalised", ["finalised_at", "submitted_at"]),
    ):
        # Partial: imported history has no dispatch or sign-off times.
        present = sa.text(f"{columns[0]} IS NOT NULL")
        op.create_index(name, "incidents", columns, sqlite_where=present, postgresql_where=present)


def downgrade() -> None:
    op.drop_index("ix_incidents_finalised", table_name="incidents")
    op.drop_index("ix_incidents_dispatched", table_name="incidents")
    op.drop_index("ix_incidents_opened_oversight", table_name="incidents")
    op.drop_table("trigger_events")

"""Initial schema: users, addresses, phones, people, incidents, markers, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-26 14:58:58.816525
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("postcode", sa.String(length=16), nullable=True),
        sa.Column("postcode_valid", sa.Boolean(), nullable=False),
        sa.Column("uprn", sa.String(length=12), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addresses")),
    )
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_addresses_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_addresses_uprn"), ["uprn"], unique=False)

    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("workstation", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_events_hash")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("dob", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_name_key_dob", ["name_key", "dob"], unique=False)

    op.create_table(
        "phones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phones")),
        sa.UniqueConstraint("e164", name=op.f("uq_phones_e164")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role in ('handler','inspector','admin')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("phone_id", sa.Integer(), nullable=True),
        sa.Column("address_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=False),
        sa.Column("domestic_abuse", sa.Boolean(), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=True),
        sa.Column("risk_level", sa.String(length=16), nullable=False),
        sa.Column("children_present", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=120), nullable=True),
        sa.Column("import_digest", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "risk_level in ('none','standard','medium','high')",
            name=op.f("ck_incidents_risk_level"),
        ),
        sa.CheckConstraint(
            "grade is null or grade between 1 and 4", name=op.f("ck_incidents_grade")
        ),
        sa.ForeignKeyConstraint(
            ["address_id"], ["addresses.id"], name=op.f("fk_incidents_address_id_addresses")
        ),
        sa.ForeignKeyConstraint(
            ["handler_id"], ["users.id"], name=op.f("fk_incidents_handler_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["phone_id"], ["phones.id"], name=op.f("fk_incidents_phone_id_phones")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("ref", name=op.f("uq_incidents_ref")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            "ix_incidents_address_opened",
            ["address_id", "opened_at", "domestic_abuse", "children_present", "risk_level"],
            unique=False,
        )
        batch_op.create_index(
            "ix_incidents_handler_opened", ["handler_id", "opened_at"], unique=False
        )
        batch_op.create_index(
            "ix_incidents_phone_opened",
            ["phone_id", "opened_at", "domestic_abuse", "children_present", "risk_level"],
            unique=False,
        )
        batch_op.create_index("ix_incidents_status", ["status"], unique=False)

    op.create_table(
        "incident_people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.CheckConstraint(
            "role in ('caller','victim','suspect','child','witness')",
            name=op.f("ck_incident_people_role"),
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_people_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_incident_people_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_people")),
    )
    with op.batch_alter_table("incident_people", schema=None) as batch_op:
        batch_op.create_index("ix_incident_people_incident", ["incident_id"], unique=False)
        batch_op.create_index("ix_incident_people_person", ["person_id"], unique=False)

    op.create_table(
        "markers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("marker_type", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("address_id", sa.Integer(), nullable=True),
        sa.Column("phone_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("set_by", sa.String(length=64), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("source_incident_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(address_id is not null and phone_id is null and person_id is null) or (address_id is null and phone_id is not null and person_id is null) or (address_id is null and phone_id is null and person_id is not null)",
            name=op.f("ck_markers_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["address_id"], ["addresses.id"], name=op.f("fk_markers_address_id_addresses")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_markers_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["phone_id"], ["phones.id"], name=op.f("fk_markers_phone_id_phones")
        ),
        sa.ForeignKeyConstraint(
            ["source_incident_id"],
            ["incidents.id"],
            name=op.f("fk_markers_source_incident_id_incidents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_markers")),
    )
    with op.batch_alter_table("markers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_markers_address_id"), ["address_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_markers_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_markers_phone_id"), ["phone_id"], unique=False)

    _protect_audit_table()


AUDIT_GUARD_MESSAGE = "audit_events is append-only"


def _protect_audit_table() -> None:
    """Block UPDATE and DELETE on audit rows in the database itself, not only in code."""
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_GUARD_MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{AUDIT_GUARD_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
            "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS audit_events_append_only()")
    with op.batch_alter_table("markers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_markers_phone_id"))
        batch_op.drop_index(batch_op.f("ix_markers_person_id"))
        batch_op.drop_index(batch_op.f("ix_markers_address_id"))

    op.drop_table("markers")
    with op.batch_alter_table("incident_people", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_people_person")
        batch_op.drop_index("ix_incident_people_incident")

    op.drop_table("incident_people")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_status")
        batch_op.drop_index("ix_incidents_phone_opened")
        batch_op.drop_index("ix_incidents_handler_opened")
        batch_op.drop_index("ix_incidents_address_opened")

    op.drop_table("incidents")
    op.drop_table("users")
    op.drop_table("phones")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_name_key_dob")

    op.drop_table("people")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")

    op.drop_table("audit_events")
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_addresses_uprn"))
        batch_op.drop_index(batch_op.f("ix_addresses_key"))

    op.drop_table("addresses")

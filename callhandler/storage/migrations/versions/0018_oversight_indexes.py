"""Oversight at 10,000,000 incidents (issue 18): partial indexes the lists read instead of
the whole history.

- ``ix_incidents_da_opened``: the domestic-abuse incidents (7 % of all) by opened time,
  with the columns the lists group and show, so a list over 12 months reads that
  window's domestic-abuse entries only (repeat victims, gone quiet, the weekly chart),
  and serial perpetrators reads every domestic-abuse incident without the table.
- ``ix_incidents_risk_opened``: the incidents with a risk level, by opened time (the
  high-risk victims list: each victim's latest level).
- ``ix_incident_people_victim`` / ``_suspect``: an incident's victims (suspects) with
  their person, without reading incident_people's rows.
- ``ix_incident_people_person_incident``: a person's incidents without reading
  incident_people's rows, and ``ix_incidents_address_by_id`` their times and addresses
  without reading the incidents' rows (each list row's latest address: about ten
  incidents a person, half the time of the table's rows on 10,000,000 incidents).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# (name, table, columns, partial WHERE or None)
INDEXES = (
    (
        "ix_incidents_da_opened",
        "incidents",
        ["opened_at", "domestic_abuse", "id", "address_id", "risk_level"],
        "domestic_abuse",
    ),
    (
        "ix_incidents_risk_opened",
        "incidents",
        ["opened_at", "risk_level", "id"],
        "risk_level <> 'none'",
    ),
    (
        "ix_incident_people_victim",
        "incident_people",
        ["incident_id", "role", "person_id"],
        "role = 'victim'",
    ),
    (
        "ix_incident_people_suspect",
        "incident_people",
        ["incident_id", "role", "person_id"],
        "role = 'suspect'",
    ),
    ("ix_incident_people_person_incident", "incident_people", ["person_id", "incident_id"], None),
    (
        "ix_incidents_address_by_id",
        "incidents",
        ["id", "opened_at", "address_id"],
        "address_id IS NOT NULL",
    ),
)


def upgrade() -> None:
    for name, table, columns, where in INDEXES:
        partial = sa.text(where) if where else None
        op.create_index(name, table, columns, sqlite_where=partial, postgresql_where=partial)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)

"""Fuzzy address search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL); marker source index.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_markers_source_incident_id", "markers", ["source_incident_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE address_trigrams USING fts5("
            "key, content='addresses', content_rowid='id', tokenize='trigram')"
        )
        op.execute(
            "CREATE TRIGGER addresses_search_insert AFTER INSERT ON addresses BEGIN "
            "INSERT INTO address_trigrams(rowid, key) VALUES (new.id, new.key); END"
        )
        op.execute(
            "CREATE TRIGGER addresses_search_delete AFTER DELETE ON addresses BEGIN "
            "INSERT INTO address_trigrams(address_trigrams, rowid, key) "
            "VALUES ('delete', old.id, old.key); END"
        )
        op.execute(
            "CREATE TRIGGER addresses_search_update AFTER UPDATE OF key ON addresses BEGIN "
            "INSERT INTO address_trigrams(address_trigrams, rowid, key) "
            "VALUES ('delete', old.id, old.key); "
            "INSERT INTO address_trigrams(rowid, key) VALUES (new.id, new.key); END"
        )
        op.execute("INSERT INTO address_trigrams(address_trigrams) VALUES ('rebuild')")
    else:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_addresses_key_trgm ON addresses USING gin (key gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS addresses_search_{name}")
        op.execute("DROP TABLE IF EXISTS address_trigrams")
    else:
        op.execute("DROP INDEX IF EXISTS ix_addresses_key_trgm")
    op.drop_index("ix_markers_source_incident_id", "markers")

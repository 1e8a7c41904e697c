"""What "training never touches live" is checked by (issue 17): every table's row count, the
audit chain's head, and a digest of every file in the live data folder but the training one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import MetaData, func, select, text

from callhandler.storage.engine import Database


def table_counts(db: Database) -> dict[str, int]:
    metadata = MetaData()
    with db.engine.connect() as conn:
        metadata.reflect(conn)
        return {
            name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
            for name, table in metadata.tables.items()
        }


def audit_head(db: Database) -> tuple[object, ...]:
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
        ).first()
    return tuple(row) if row else ()


def folder_digests(folder: Path, skip: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and skip not in path.parents
    }

"""Alembic environment: always run with a connection handed in by callhandler.storage.migrate."""

from __future__ import annotations

from alembic import context

from callhandler.storage import (  # noqa: F401 (register tables)
    closure_models,
    oversight_models,
    risk_models,
    security_models,
    sync_models,
    triage_models,
)
from callhandler.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via callhandler.storage.migrate
    raise RuntimeError("run migrations through callhandler.storage.migrate.upgrade()")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()

"""PostgreSQL: the least-privilege role the workstations connect as.

The database owner (the role ``callhandler db upgrade`` runs as) owns every table, so only
it may ALTER them, disable their triggers or drop them. Workstations log in as members of
the group role ``callhandler_workstation``, which ``db upgrade`` creates (when the owner
may create roles) and grants, at every upgrade so new tables are covered:

- SELECT, INSERT, UPDATE on the application's tables; DELETE only where the application
  deletes (drafts, an incident's people when the details are corrected, imported markers);
- audit_events: SELECT and INSERT only; alembic_version: SELECT only;
- never TRUNCATE, never ownership, never CREATEROLE: it cannot empty a table, alter one,
  disable a trigger or create users.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from callhandler.storage.engine import Database, translate_errors
from callhandler.storage.sync_models import MIGRATION_LOCK_KEY

WORKSTATION_ROLE = "callhandler_workstation"
READ_ONLY = frozenset({"alembic_version", "person_latest"})  # person_latest: its triggers write it
APPEND_ONLY = frozenset({"audit_events"})
MAY_DELETE = frozenset({"drafts", "incident_people", "markers"})


@dataclass(frozen=True)
class RoleReport:
    """What ``db upgrade`` did about the workstation role, and the sentence to show."""

    role: str
    created: bool
    granted: bool
    message: str


def privileges(table: str) -> str:
    """The privileges the workstation role holds on ``table``."""
    if table in READ_ONLY:
        return "SELECT"
    if table in APPEND_ONLY:
        return "SELECT, INSERT"
    if table in MAY_DELETE:
        return "SELECT, INSERT, UPDATE, DELETE"
    return "SELECT, INSERT, UPDATE"


def create_role_sql(role: str = WORKSTATION_ROLE) -> str:
    return f"CREATE ROLE {role} NOLOGIN"


def login_role_sql(name: str, role: str = WORKSTATION_ROLE) -> str:
    return f"CREATE ROLE {name} LOGIN PASSWORD '…' IN ROLE {role}"


def grant_workstation_role(db: Database) -> RoleReport | None:
    """Create (if allowed) and grant the workstation role; None for an SQLite database."""
    if db.backend != "postgresql":
        return None
    with translate_errors(db), db.engine.connect() as conn:
        # The same lock as the migration: two administrators granting at once would
        # otherwise fail with "tuple concurrently updated".
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        conn.commit()
        try:
            with conn.begin():
                return _grant(conn)
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
            conn.commit()


def _grant(conn: Connection, role: str = WORKSTATION_ROLE) -> RoleReport:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    created = False
    if exists is None:
        may_create = conn.execute(
            text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
        ).scalar()
        if not may_create:
            return RoleReport(
                role,
                False,
                False,
                f"The workstation role {role} does not exist and this role may not create "
                f"it: a PostgreSQL superuser runs `{create_role_sql(role)};` once, then "
                "`callhandler db upgrade` again grants it what workstations need.",
            )
        conn.execute(text(create_role_sql(role)))
        created = True
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    tables = conn.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :s ORDER BY tablename"),
        {"s": schema},
    ).scalars()
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {role}'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {role}'))
    conn.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {role}'))
    for table in list(tables):
        conn.execute(text(f'GRANT {privileges(table)} ON "{schema}"."{table}" TO {role}'))
    conn.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {role}'))
    verb = "created and granted" if created else "granted"
    return RoleReport(
        role,
        created,
        True,
        f"Workstation role {role} {verb} (no TRUNCATE, ALTER, DELETE of incidents or audit "
        "events, or creating users). Workstations connect as a login member of it, e.g. "
        f"`{login_role_sql('ws01', role)};`.",
    )

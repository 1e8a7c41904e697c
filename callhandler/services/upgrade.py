"""What ``callhandler db upgrade`` does after migrating: the administrator's audit key
becomes the database's, and on PostgreSQL the workstation role is created and granted."""

from __future__ import annotations

from callhandler.paths import AppPaths
from callhandler.services import audit, audit_key
from callhandler.storage.engine import Database
from callhandler.storage.roles import grant_workstation_role


def secure_after_upgrade(db: Database, paths: AppPaths) -> dict[str, str]:
    """Declare the audit key (witnessing where keying began) and grant the workstation
    role; returns what was done, in sentences for the administrator."""
    audit_key.attach(db, paths)
    source = audit.declare_key(db)
    done = {
        "audit_key": f"Audit key: {source} (every workstation of this database needs a copy; "
        f"see README, Security)."
    }
    report = grant_workstation_role(db)
    if report is not None:
        done["workstation_role"] = report.message
    return done

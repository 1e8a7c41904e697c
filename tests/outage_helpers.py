"""Shared by the outage tests: a server that refuses connections, a call, answers, counts."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from callhandler.domain.conversation import Conversation
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import shipped_script
from callhandler.services import calls
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from callhandler.sync.workstation import Workstation

CALL = calls.NewCall(
    phone="07700 900555", address="12 Offline Lane", postcode="CB1 2AD", victim_name="Ann Example"
)


def closed_port_url() -> str:
    """A PostgreSQL URL on a local port nothing listens on: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"postgresql+psycopg://nobody@127.0.0.1:{port}/callhandler"


def copy_of(template: Path, tmp_path: Path) -> Database:
    """A migrated SQLite cache of its own, copied from the session's template."""
    target = tmp_path / "cache.sqlite3"
    shutil.copyfile(template, target)
    return Database(f"sqlite:///{target}")


def conversation() -> Conversation:
    c = Conversation.start(shipped_script("domestic_abuse"))
    c = c.press("da_weapon", "n").press("da_abuse_types", "3").press("da_coercive_behaviours", "2")
    return c.answer("da_codeword", "bluebell")


def recommendation(c: Conversation) -> Recommendation:
    return recommend(c.facts, None, shipped_policy())


def events(db: Database, action: str, entity: str = "incident") -> list[Any]:
    """The audit events of one kind, oldest first (username, entity_id, detail)."""
    with db.read_connection() as conn:
        return list(
            conn.execute(
                select(AuditEvent.username, AuditEvent.entity_id, AuditEvent.detail)
                .where(AuditEvent.action == action)
                .where(AuditEvent.entity == entity if action != "offline_operation" else True)
                .order_by(AuditEvent.id)
            )
        )


def count(db: Database, model: type, *where: object) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(model).where(*where)).scalar())  # type: ignore[arg-type]


def take_call_offline(ws: Workstation) -> calls.IncidentRow:
    row = ws.open_call(CALL)
    c = conversation()
    ws.record_answers(row.id, c)
    ws.decide_grade(
        row.id, recommendation(c), recommendation(c).grade, expected_version=row.version
    )
    return row

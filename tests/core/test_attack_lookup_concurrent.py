"""Attack on the fast look-up's own audit writer (red team): two handlers look up at the
same time as a third opens calls (the ordinary writer, audit.record), each from its own
thread and connection. Every look-up and every call is in the chain once, and
``audit verify`` passes, SQLite and PostgreSQL: the look-up's append and audit.record
take the same lock (PostgreSQL's advisory lock, SQLite's BEGIN IMMEDIATE)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import func, select

from builders import add_incident
from callhandler.services import audit, calls, history
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import make_staff

ROUNDS = 15


def _count(db: Database, action: str) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)
            )
            or 0
        )


def test_look_ups_and_writes_at_once_keep_one_verifiable_chain(
    db: Database, private_folders: Path
) -> None:
    staff = make_staff(db)
    add_incident(db, "C-1", days_ago=10, phone="07700 900321", address="3 Orchard Way")
    failures: list[BaseException] = []
    start = threading.Barrier(3)

    def looking(actor: object, phone: str) -> None:
        try:
            start.wait()
            for _ in range(ROUNDS):
                history.find_previous_calls(db, actor, history.HistoryQuery(phone=phone))  # type: ignore[arg-type]
        except BaseException as exc:  # reported below, with the thread's own error
            failures.append(exc)

    def writing() -> None:
        try:
            start.wait()
            for n in range(ROUNDS):
                calls.open_incident(db, staff.inspector, calls.NewCall(phone=f"07700 900{400 + n}"))
        except BaseException as exc:
            failures.append(exc)

    threads = [
        threading.Thread(target=looking, args=(staff.handler, "07700 900321")),
        threading.Thread(target=looking, args=(staff.handler2, "07700 900322")),
        threading.Thread(target=writing),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert _count(db, "consultation") == 2 * ROUNDS
    result = audit.verify(db)
    assert result.ok, result.problem

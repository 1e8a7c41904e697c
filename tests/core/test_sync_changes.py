"""The change marker: another connection's or process's change moves it; a read does not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from builders import NOW, add_incident
from callhandler.services import history
from callhandler.services.changes import change_marker, forget
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database

ROOT = Path(__file__).resolve().parents[2]


def test_a_change_elsewhere_moves_the_marker_and_a_read_does_not(db: Database) -> None:
    add_incident(db, "M-1", days_ago=2, phone="07700 900321")
    first = change_marker(db)
    assert change_marker(db) == first  # nothing happened

    result = history.find_previous_calls(
        db,
        system_actor("t"),
        history.HistoryQuery(phone="07700900321"),
        now=NOW,
        audit_consultation=False,
    )
    assert [c.incident_ref for c in result.exact] == ["M-1"]
    assert change_marker(db) == first  # an unrelated read is not a change

    other = Database(db.url.render_as_string(hide_password=False))  # another workstation
    try:
        add_incident(other, "M-2", days_ago=1, phone="07700 900322")
    finally:
        other.dispose()
    second = change_marker(db)
    assert second != first

    done = subprocess.run(  # another process
        [sys.executable, "-m", "callhandler", "users", "add", "h9", "--role", "admin",
         "--name", "Handler Nine", "--password", "long-enough-password-9", "--db",
         db.url.render_as_string(hide_password=False)],
        cwd=ROOT, env={**os.environ}, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert change_marker(db) not in (first, second)
    forget(db)

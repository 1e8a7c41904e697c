"""Save docs/screenshots/offline.png: a control-room workstation during an outage.

A handler's window working from its encrypted cache: one call opened offline (provisional
reference, answers and grade waiting to be sent) and one conflict the server refused.
Needs a PostgreSQL server whose user may create databases (CALLHANDLER_TEST_PG, as the
tests); a throw-away database is created and dropped. The outage is a workstation pointed
at a local port nothing listens on.

Usage: CALLHANDLER_TEST_PG=postgresql+psycopg://... .venv/bin/python scripts/screenshot_offline.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from builders import add_incident  # noqa: E402
from callhandler.services import accounts, calls, triage  # noqa: E402
from callhandler.services.context import system_actor  # noqa: E402
from callhandler.storage.migrate import upgrade  # noqa: E402
from callhandler.sync.cache import open_cache  # noqa: E402
from callhandler.sync.gateway import WorkstationGateway  # noqa: E402
from callhandler.sync.keys import new_key  # noqa: E402
from callhandler.sync.pull import sync_once  # noqa: E402
from callhandler.sync.workstation import Workstation, server_database  # noqa: E402
from outage_helpers import closed_port_url, conversation, recommendation  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.call.handler_view import HandlerView  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402


def settle(app: QApplication, worker: Worker, ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    while worker.busy:
        app.processEvents()


def main() -> int:
    admin = os.environ.get("CALLHANDLER_TEST_PG")
    if not admin:
        print("Set CALLHANDLER_TEST_PG to a PostgreSQL URL that may create databases.")
        return 2
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    name = f"callhandler_shot_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    app = ensure_application()
    worker = Worker()
    server = server_database(url)
    dead = server_database(closed_port_url())
    folder = tempfile.mkdtemp(prefix="callhandler-shot-")
    cache = open_cache(Path(folder) / "cache.sqlite3", new_key())
    try:
        upgrade(server)
        for user, role in (("handler1", "handler"), ("handler2", "handler")):
            accounts.create_user(server, system_actor(), user, user.title(), role, "pw-123456")
        handler = accounts.authenticate(
            server, "handler1", "pw-123456", "CR-WS-07", failure_delay_s=0
        )
        other = accounts.authenticate(
            server, "handler2", "pw-123456", "CR-WS-12", failure_delay_s=0
        )
        add_incident(server, "CH-2025-004211", days_ago=40, phone="07700 900461", children=True)
        shared = calls.open_incident(
            server, other, calls.NewCall(phone="01632 960412", address="7 Orchard Close")
        )
        sync_once(server, cache)
        # No pull through the window: the pretend outage is another URL (a closed port),
        # which the cache would refuse as another server.
        ws = Workstation(server, cache, handler, probe_every_s=3600, pull=None)
        # A grade decided here offline, while another workstation graded the incident.
        ws.server = dead
        rec = recommendation(conversation())
        ws.decide_grade(shared.id, rec, rec.grade, expected_version=shared.version)
        triage.decide_grade(
            server, other, shared.id, rec, 1, "Caller rang back: he is at the door.",
            expected_version=shared.version,
        )  # fmt: skip
        ws.server = server
        ws.tick(force=True)  # refused: a conflict
        ws.server = dead  # and the network goes again

        window = build_main_window(server, handler, worker, WorkstationGateway(ws))
        window.resize(1400, 850)
        window.show()
        assert isinstance(window.view, HandlerView)
        workspace = window.view.workspace
        settle(app, worker)
        form = workspace.form
        form.set_values(
            {
                "phone": "07700 900461",
                "address": "Flat 3, 9 Quarry Lane",
                "postcode": "CB1 3QL",
                "victim_name": "Sam Example",
            }
        )
        settle(app, worker)
        form.submit()
        settle(app, worker)
        workspace.script.focus_question()
        for key in "1yn":
            workspace.script.press(key)
        assert window.sync is not None
        window.sync.sync_now()
        settle(app, worker, 800)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "offline.png"))
        window.sync.show_conflicts()
        settle(app, worker)
        assert window.sync.dialog is not None
        dialog = window.sync.dialog
        dialog.grab().save(str(out / "offline-conflicts.png"))
        window.sync.stop()
        window.view.stop()
        window.overdue.stop()
        print(f"Saved {out / 'offline.png'} and {out / 'offline-conflicts.png'}")
    finally:
        worker.shutdown()
        server.dispose()
        dead.dispose()
        cache.dispose()
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

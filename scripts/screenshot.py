"""Save screenshots of the handler's and the inspector's windows (offscreen, synthetic data).

Usage: .venv/bin/python scripts/screenshot.py [OUTPUT_FOLDER]   (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from callhandler.services import accounts, calls  # noqa: E402
from callhandler.services.context import system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.main_window import MainWindow, build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

SIZE = (1400, 850)

SHIFT_CALLS = {
    "handler": [
        calls.NewCall(
            phone="07700 900123",
            address="Flat 2, 14 Mill Road",
            postcode="CB1 2AD",
            caller_name="Jane Example",
            victim_name="Jane Example",
            suspect_name="John Example",
            summary="Partner shouting, has thrown a mug; caller locked in the bathroom.",
        ),
        calls.NewCall(
            phone="01632 960412",
            address="7 Orchard Close",
            postcode="CB4 1XY",
            caller_name="Priya Sample",
            victim_name="Priya Sample",
            suspect_name="Dev Sample",
        ),
        calls.NewCall(
            phone="020 7946 0871",
            address="22 Station Street",
            caller_name="Neighbour (anonymous)",
            victim_name="Maria Placeholder",
        ),
        calls.NewCall(phone="07700 900555", caller_name="Tom Fictional"),
    ],
    "handler2": [
        calls.NewCall(
            phone="07700 900781",
            address="3 Chapel Lane",
            postcode="CB2 3QZ",
            caller_name="Ruth Madeup",
            victim_name="Ruth Madeup",
            suspect_name="Gary Madeup",
        ),
        calls.NewCall(
            phone="01632 960020",
            address="110 High Street",
            postcode="CB1 1PT",
            victim_name="Alice Invented",
        ),
    ],
}


def fill(db: Database) -> None:
    admin = system_actor("screenshot")
    people = [
        ("handler", "Sam Handler", "handler"),
        ("handler2", "Alex Second", "handler"),
        ("inspector", "Insp. Jo Inspector", "inspector"),
    ]
    for username, name, role in people:
        accounts.create_user(db, admin, username, name, role, f"{username}-password")
    try:
        from callhandler.seeding import seed
    except ImportError:
        pass
    else:
        seed(db, 500, seed=1)
    for username, new_calls in SHIFT_CALLS.items():
        actor = accounts.authenticate(db, username, f"{username}-password", "CR-WS-07")
        for call in reversed(new_calls):
            calls.open_incident(db, actor, call)


def settle(worker: Worker, app: QApplication) -> None:
    """Let queued jobs finish and their results reach the widgets."""
    for _ in range(100):
        app.processEvents()
        if not worker.busy:
            break
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    app.processEvents()


def shoot(window: MainWindow, worker: Worker, app: QApplication, path: Path) -> None:
    window.resize(*SIZE)
    window.show()
    settle(worker, app)
    window.grab().save(str(path))
    print(f"saved {path}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        fill(db)
        worker = Worker()
        handler = accounts.authenticate(db, "handler", "handler-password", "CR-WS-07")
        window = build_main_window(db, handler, worker)
        form = window.view.form  # type: ignore[union-attr]
        form.editors["phone"].setText("07700 900318")
        form.editors["address"].setText("41 Riverside Walk")
        form.editors["postcode"].setText("CB5 8HX")
        form.editors["caller_name"].setText("Kim Example")
        form.editors["postcode"].setFocus()
        shoot(window, worker, app, out / "main-window.png")
        form.clear()  # closing with a typed call would (rightly) ask first

        inspector = accounts.authenticate(db, "inspector", "inspector-password", "CR-WS-01")
        inspector_window = build_main_window(db, inspector, worker)
        shoot(inspector_window, worker, app, out / "inspector-view.png")
        window.close()
        inspector_window.close()
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

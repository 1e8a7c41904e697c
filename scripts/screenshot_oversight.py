"""Save screenshots of the inspector's Oversight tab (offscreen, synthetic demo data only).

Usage: .venv/bin/python scripts/screenshot_oversight.py [OUTPUT_FOLDER]  (default docs/screenshots)

Writes oversight.png (the repeat-victims list with the incidents behind the first row)
and oversight-charts.png (the four weekly charts), from the demo history (20,000
synthetic incidents) plus a few trigger events.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shot_tools import save, settle  # noqa: E402
from sqlalchemy import bindparam, select, update  # noqa: E402

from callhandler.services import accounts, trigger_events  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from callhandler.storage.models import Incident  # noqa: E402
from callhandler.synthetic.demo import DEMO_ACCOUNTS, ensure_demo  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

SIZE = (1600, 1000)


def timings(db: Database, now: dt.datetime) -> None:
    """Give the last half-year's graded incidents dispatch, attendance and sign-off times
    (the seeded history has none), varied but repeatable, so every chart has something."""
    since = now - dt.timedelta(weeks=27)
    with db.read() as session:
        rows = session.execute(
            select(Incident.id, Incident.opened_at, Incident.grade).where(
                Incident.opened_at >= since, Incident.grade.in_((1, 2, 3))
            )
        ).all()
    changes = []
    for incident_id, opened, grade in rows:
        spread = {1: (6, 16), 2: (20, 55), 3: (120, 900)}[grade]
        minutes = spread[0] + (incident_id * 37) % spread[1]
        dispatched = opened + dt.timedelta(minutes=4)
        attended = dispatched + dt.timedelta(minutes=minutes)
        submitted = attended + dt.timedelta(hours=2)
        wait = 2 + (incident_id * 13) % 30 + (incident_id % 11 == 0) * 40
        changes.append(
            {
                "b_id": incident_id,
                "dispatched_at": dispatched,
                "attended_at": attended,
                "submitted_at": submitted,
                "finalised_at": submitted + dt.timedelta(hours=wait),
            }
        )
    with db.write() as session:
        table = Incident.__table__
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values({c: bindparam(c) for c in changes[0] if c != "b_id"}),
            changes,
        )


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        ensure_demo(db)
        timings(db, dt.datetime.now(dt.UTC))
        account = next(a for a in DEMO_ACCOUNTS if a.role == "inspector")
        inspector = accounts.authenticate(db, account.username, account.password, "CR-WS-01")
        with db.read() as session:
            recent = (
                session.execute(
                    select(Incident.id).where(Incident.domestic_abuse).order_by(Incident.id.desc())
                )
                .scalars()
                .fetchmany(3)
            )
        today = dt.datetime.now(dt.UTC).date()
        for incident_id, kind, days in zip(
            recent, ("release_from_custody", "court_date", "order_expiry"), (1, 3, 6), strict=False
        ):
            trigger_events.record_trigger_event(
                db,
                inspector,
                kind=kind,
                due_on=today + dt.timedelta(days=days),
                incident_id=incident_id,
            )
        worker = Worker()
        window = build_main_window(db, inspector, worker)
        window.resize(*SIZE)
        window.show()
        settle(worker, app)
        window.show_oversight_lists()
        assert window.oversight is not None
        lists = window.oversight.lists
        settle(worker, app)
        lists.table.selectRow(0)
        settle(worker, app)
        lists.table.setFocus()
        save(window, worker, app, out / "oversight.png")
        window.show_oversight_charts()
        save(window, worker, app, out / "oversight-charts.png")
        window.close()
        settle(worker, app)
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

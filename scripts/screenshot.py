"""Save screenshots of the call handler's window during a call (offscreen, synthetic data).

main-window.png: mid-call on a number with history; call-window.png: the grade decision.
The inspector's screens are scripts/screenshot_signoff.py's.

Usage: .venv/bin/python scripts/screenshot.py [OUTPUT_FOLDER]   (default docs/screenshots)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # tests/builders.py crafts earlier incidents

from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_tools import settle  # noqa: E402

from builders import add_incident  # noqa: E402
from callhandler.services import accounts, calls  # noqa: E402
from callhandler.services.context import system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from callhandler.synthetic.seeding import seed  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.call.call_workspace import CallWorkspace  # noqa: E402
from ui.call.handler_view import HandlerView  # noqa: E402
from ui.main_window import MainWindow, build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

SCREENSHOT_PASSWORD = "Kestrel-Lantern-41"  # synthetic; meets the password rules

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


# The caller in the main screenshot: three domestic-abuse calls in the last year, an older
# one, and a high-risk marker on the address (all synthetic; drama number and street).
CALLER = {
    "phone": "07700 900318",
    "address": "41 Riverside Walk",
    "postcode": "CB5 8HX",
    "caller_name": "Kim Example",
    "victim_name": "Kim Example",
    "suspect_name": "Lee Example",
    "summary": "Whispering. Partner took her phone and car keys, has been shouting; "
    "now outside in the car.",
}
EARLIER = [
    # ref, days ago, risk, children, markers, summary
    (
        "CR-2026-0412",
        19,
        "high",
        True,
        [("address", "high_risk_da_victim")],
        "Partner smashed phone, held her by the throat; DASH high, MARAC referral.",
    ),
    (
        "CR-2026-0127",
        96,
        "medium",
        True,
        [],
        "Verbal argument, partner refused to let her leave the flat; children present.",
    ),
    (
        "CR-2025-1870",
        214,
        "standard",
        False,
        [],
        "Caller reports partner checks her messages and controls her money.",
    ),
    ("CR-2024-0903", 610, "standard", False, [], "Neighbour reports shouting."),
]


def fill(db: Database) -> None:
    admin = system_actor("screenshot")
    people = [
        ("handler", "Sam Handler", "handler"),
        ("handler2", "Alex Second", "handler"),
        ("inspector", "Insp. Jo Inspector", "inspector"),
    ]
    for username, name, role in people:
        accounts.create_user(db, admin, username, name, role, SCREENSHOT_PASSWORD)
    seed(db, 3000, seed=7)
    now = dt.datetime.now(dt.UTC)
    for ref, days, risk, children, markers, summary in EARLIER:
        add_incident(
            db,
            ref,
            days_ago=days,
            now=now,
            phone=CALLER["phone"],
            address=CALLER["address"],
            postcode=CALLER["postcode"],
            risk_level=risk,
            children=children,
            markers=markers,
            summary=summary,
            people=[("victim", CALLER["victim_name"]), ("suspect", CALLER["suspect_name"])],
        )
    for username, new_calls in SHIFT_CALLS.items():
        actor = accounts.authenticate(db, username, SCREENSHOT_PASSWORD, "CR-WS-07")
        for call in reversed(new_calls):
            calls.open_incident(db, actor, call)


def shoot(window: MainWindow, worker: Worker, app: QApplication, path: Path) -> None:
    window.resize(*SIZE)
    window.show()
    settle(worker, app)
    window.grab().save(str(path))
    print(f"saved {path}")


def take_call(workspace: CallWorkspace, worker: Worker, app: QApplication) -> None:
    """Mid-call: details typed, history in, first contact handed over, safety questions."""
    workspace.form.set_values(CALLER)
    workspace.history.look_up_now()
    settle(worker, app)
    script = workspace.script
    for key in ("1", "y", "n", "n", "2", "y"):  # talking, free, suspect gone, no weapon...
        script.press(key)
    script.give_text("He took my phone and the car keys and won't let me out.")
    script.press("1")  # partner
    script.press("y")  # 16 or over
    script.press("y")
    for key in ("3", "4"):  # coercive control, threats
        script.press(key)
    script.next_question()
    script.hand_over()  # the domestic-abuse script: first contact's answers carried over
    settle(worker, app)
    workspace.form.editors["summary"].setFocus()
    script.focus_question()


def shoot_decision(
    window: MainWindow, workspace: CallWorkspace, worker: Worker, app: QApplication, path: Path
) -> None:
    """The grade decision over the call window: a downgrade below the floor, flagged."""
    for key in ("y", "n", "n"):  # strangulation, threat to kill, vulnerable adult
        workspace.script.press(key)
    workspace.form.submit()
    settle(worker, app)
    workspace.decide()
    dialog = workspace.override_dialog
    assert dialog is not None
    dialog.radios[3].setChecked(True)
    dialog.rationale_edit.setPlainText("Caller says he has driven off; she will call back.")
    settle(worker, app)
    shot = window.grab()
    painter = QPainter(shot)
    dialog.adjustSize()
    picture = dialog.grab()
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    painter.drawPixmap(
        (shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 3, picture
    )
    painter.end()
    shot.save(str(path))
    dialog.reject()
    print(f"saved {path}")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        fill(db)
        worker = Worker()
        handler = accounts.authenticate(db, "handler", SCREENSHOT_PASSWORD, "CR-WS-07")
        window = build_main_window(db, handler, worker)
        view = window.view
        assert isinstance(view, HandlerView)
        take_call(view.workspace, worker, app)
        shoot(window, worker, app, out / "main-window.png")
        shoot_decision(window, view.workspace, worker, app, out / "call-window.png")
        view.workspace.new_call()  # the incident is open: nothing to ask before closing
        window.close()
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

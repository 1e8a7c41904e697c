"""The real call window in a process of its own, for test_crash_recovery.

``take URL``: sign a handler in, type a call and answer questions through the widgets,
open the incident, answer more, wait until the draft holds it all, print ``ready`` and a
JSON line of what was typed, then keep running until killed.
``recover URL``: sign in again, wait for the draft offer, restore it with Alt+R and print
one JSON line: what the offer said and what the form and the script now hold.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from callhandler.services import accounts, drafts  # noqa: E402
from callhandler.services.context import system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.call.call_workspace import CallWorkspace  # noqa: E402
from ui.call.handler_view import HandlerView  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
FORM = {
    "phone": "07700 900318",
    "address": "41 Riverside Walk",
    "postcode": "CB5 8HX",
    "caller_name": "Kim Example",
    "victim_name": "Kim Example",
    "suspect_name": "Lee Example",
    "summary": "Whispering. He took my phone and the car keys.",
}


def wait_for(app: QApplication, done: Callable[[], bool], what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.01)


def take(app: QApplication, workspace: CallWorkspace, db: object, actor: object) -> None:
    form, script = workspace.form, workspace.script
    for field, text in FORM.items():
        QTest.keyClicks(form.editors[field], text)
    script.focus_question()
    QTest.keyClicks(script.card, "1yny")  # talking, can speak, suspect not there, a weapon
    QTest.keyClick(form.editors["summary"], Qt.Key.Key_Return, CTRL)  # open the incident
    wait_for(app, lambda: workspace.incident is not None, "the incident to open")
    script.go_to("fc_what_happened")
    QTest.keyClicks(script.card.editor, "He grabbed my throat")
    QTest.keyClick(script.card.editor, Qt.Key.Key_Return)
    script.go_to("fc_relationship")
    QTest.keyClicks(script.card, "1yy3")  # partner, both 16 or over, coercive control
    QTest.keyClick(script.card, Qt.Key.Key_Return)
    script.hand_over()
    # domestic-abuse script: he has left, the weapon earlier today, minor injury, strangulation
    QTest.keyClicks(script.card, "422y")
    expected = {
        "form": form.values(),
        "script": script.conversation.script.id,
        "answers": [[a.question_id, a.value] for a in script.conversation.all_answers],
        "incident_ref": workspace.incident.ref if workspace.incident else None,
    }

    def saved() -> bool:
        found = [d for d in drafts.drafts_for(db, actor) if d.key == workspace.drafts.key]  # type: ignore[arg-type]
        if not found:
            return False
        payload = found[0].payload
        answers = [[a["question_id"], a["value"]] for a in payload["answers"]]
        return payload["form"] == expected["form"] and answers == json.loads(
            json.dumps(expected["answers"])
        )

    wait_for(app, saved, "the draft to hold the whole call")
    print("ready", flush=True)
    print(json.dumps(expected), flush=True)
    app.exec()  # until killed


def recover(app: QApplication, window: object, workspace: CallWorkspace) -> None:
    wait_for(app, lambda: workspace.offered is not None, "the draft offer")
    offer = workspace.offer.text.text()
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # type: ignore[arg-type]
    wait_for(app, lambda: workspace.offered is None, "the restore")
    conversation = workspace.script.conversation
    print(
        json.dumps(
            {
                "offer": offer,
                "form": workspace.form.values(),
                "form_read_only": workspace.form.editors["phone"].isReadOnly(),
                "script": conversation.script.id,
                "answers": [[a.question_id, a.value] for a in conversation.all_answers],
                "incident_ref": workspace.incident.ref if workspace.incident else None,
                "grade": workspace.recommendation.grade_number.text(),
            }
        ),
        flush=True,
    )


def main() -> int:
    mode, url = sys.argv[1], sys.argv[2]
    # quick Argon2id parameters, as in the test suite (the production cost is ~0.3 s a hash)
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    app = ensure_application()
    db = open_database(url)
    password = "Tawny-Owl-Lantern-93"  # the password rules accept it
    if mode == "take":
        accounts.create_user(
            db, system_actor("test"), "handler", "Sam Handler", "handler", password
        )
    actor = accounts.authenticate(db, "handler", password, "CR-WS-07", failure_delay_s=0)
    worker = Worker()
    window = build_main_window(db, actor, worker)
    window.resize(1400, 850)
    window.show()
    window.activateWindow()  # shortcuts (Ctrl+Enter, Alt+R) go to the active window
    wait_for(app, window.isActiveWindow, "the window to be active")
    view = window.view
    assert isinstance(view, HandlerView)
    if mode == "take":
        take(app, view.workspace, db, actor)
    else:
        recover(app, window, view.workspace)
    view.stop()
    worker.shutdown()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

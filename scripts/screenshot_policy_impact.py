"""Save screenshots of the Oversight tab's policy impact page (offscreen, synthetic calls only).

Usage: .venv/bin/python scripts/screenshot_policy_impact.py [OUTPUT_FOLDER]  (default /tmp)

Grades a few dozen synthetic calls (repeat callers among them) under the shipped policy,
writes a variant policy (earlier call-outs only count towards "three in 12 months"; calls
with nothing urgent get Grade 2), and saves policy-impact-1366x768.png and
policy-impact-1920x1080.png after the replay, and policy-impact-error.png with a refused
policy file.
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

from callhandler.domain.facts import Facts  # noqa: E402
from callhandler.domain.policy import shipped_policy  # noqa: E402
from callhandler.services import accounts, calls, triage  # noqa: E402
from callhandler.services.context import Actor, system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.services.grade_check import recommendation_for  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.oversight.oversight_view import POLICY_IMPACT  # noqa: E402
from ui.worker import Worker  # noqa: E402

SCREENSHOT_PASSWORD = "Kestrel-Lantern-41"  # synthetic; meets the password rules

SIZES = ((1366, 768), (1920, 1080))
DA_CALLS = (
    {"relationship": "intimate_partner", "abuse_types": ["emotional"], "suspect_present": "no"},
    {"relationship": "ex_partner", "abuse_types": ["psychological"], "suspect_present": "no"},
    {"relationship": "intimate_partner", "abuse_types": ["financial"], "suspect_present": "no"},
)
OTHER_CALLS = (
    {"relationship": "other"},
    {"relationship": "family_member", "abuse_types": ["emotional"], "suspect_present": "no"},
)


def sign_in(db: Database, username: str, role: str) -> Actor:
    password = SCREENSHOT_PASSWORD
    accounts.create_user(db, system_actor("demo"), username, username.title(), role, password)
    return accounts.authenticate(db, username, password, "CR-WS-01", failure_delay_s=0)


def graded_call(
    db: Database, handler: Actor, number: int, facts: dict[str, object], when: dt.datetime
) -> None:
    phone = f"07700 900{number:03d}"
    address = f"{number} Example Road"
    row = calls.open_incident(
        db, handler, calls.NewCall(phone=phone, address=address, postcode="CB1 2AD")
    )
    rec = recommendation_for(db, handler, row.id, Facts(facts), now=when)  # the core's
    chosen, why = rec.grade, ""
    if number % 7 == 0 and rec.grade < 3:  # a handler who judged it less urgent
        chosen, why = rec.grade + 1, "Caller safe at her sister's; officers attend tomorrow."
    triage.decide_grade(db, handler, row.id, rec, chosen, why, now=when)


def record_calls(db: Database, handler: Actor) -> None:
    """Repeat callers (three DA calls each) and one-off calls, over the last ten months."""
    now = dt.datetime.now(dt.UTC)
    for caller in range(1, 13):
        for call in range(3):
            days = 300 - caller * 20 + call * 7
            facts = DA_CALLS[(caller + call) % len(DA_CALLS)]
            graded_call(db, handler, caller, facts, now - dt.timedelta(days=days))
    for caller in range(40, 60):
        facts = OTHER_CALLS[caller % len(OTHER_CALLS)]
        graded_call(db, handler, caller, facts, now - dt.timedelta(days=caller))


def variant_policy(folder: Path) -> Path:
    text = (Path(__file__).resolve().parents[1] / "resources/policy/default.yaml").read_text(
        encoding="utf-8"
    )
    changed = (
        text.replace(
            "        - {history: domestic_abuse_12m, at_least: 2}\n",
            "        - {history: domestic_abuse_12m, at_least: 3}\n",
        )
        .replace("version: 2", "version: 3")
        .replace("default:\n  grade: 3\n", "default:\n  grade: 2\n")
    )
    path = folder / "force-policy-2027.yaml"
    path.write_text(changed, encoding="utf-8")
    return path


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        shipped_policy()
        handler = sign_in(db, "handler1", "handler")
        inspector = sign_in(db, "inspector1", "inspector")
        record_calls(db, handler)
        policy = variant_policy(Path(tmp))
        worker = Worker()
        window = build_main_window(db, inspector, worker)
        window.show()
        settle(worker, app)
        assert window.oversight is not None and window.tabs is not None
        window.tabs.setCurrentWidget(window.oversight)
        window.oversight.show_page(POLICY_IMPACT)
        page = window.oversight.policy_impact
        page.path_edit.setText(str(policy))
        page.run()
        settle(worker, app)
        for width, height in SIZES:
            window.resize(width, height)
            settle(worker, app)
            save(window, worker, app, out / f"policy-impact-{width}x{height}.png")
        broken = Path(tmp) / "broken-policy.yaml"
        broken.write_text(policy.read_text(encoding="utf-8").replace("version: 3", "version: x"))
        page.path_edit.setText(str(broken))
        page.run()
        settle(worker, app)
        window.resize(*SIZES[0])
        save(window, worker, app, out / "policy-impact-error.png")
        window.close()
        settle(worker, app)
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

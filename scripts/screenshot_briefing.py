"""Save a picture of an attending officers' briefing (offscreen, synthetic data).

Writes OUTPUT_FOLDER/briefing.png (the briefing window at a phone's width) and
OUTPUT_FOLDER/briefing-page.png (the A4 page as the PDF lays it out).

Usage: .venv/bin/python scripts/screenshot_briefing.py [OUTPUT_FOLDER]   (default docs/screenshots)
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

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_tools import settle  # noqa: E402

from builders import add_incident  # noqa: E402
from callhandler.domain.conversation import Conversation  # noqa: E402
from callhandler.domain.risk import shipped_instrument  # noqa: E402
from callhandler.domain.scripts import shipped_script  # noqa: E402
from callhandler.services import accounts, attendance, calls, lifecycle, risk, triage  # noqa: E402
from callhandler.services.briefing import Briefing  # noqa: E402
from callhandler.services.context import Actor, system_actor  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from callhandler.services.grade_check import recommendation_for  # noqa: E402
from callhandler.storage.engine import Database  # noqa: E402
from callhandler.storage.models import Incident, Marker  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.briefing.briefing_view import BriefingView  # noqa: E402
from ui.briefing.document import paged_document  # noqa: E402
from ui.worker import Worker  # noqa: E402

SCREENSHOT_PASSWORD = "Kestrel-Lantern-41"  # synthetic; meets the password rules

PHONE_WIDTH = 430  # logical pixels: a large phone held upright
CALL = calls.NewCall(
    phone="07700 900318",
    address="41 Riverside Walk",
    postcode="CB5 8HX",
    caller_name="Kim Example",
    victim_name="Kim Example",
    suspect_name="Lee Example",
)
EARLIER = [  # ref, days ago, risk, children
    ("CR-2026-0412", 19, "high", True),
    ("CR-2026-0127", 96, "medium", True),
    ("CR-2025-1870", 214, "standard", False),
]
MARKERS = [  # on, type, text
    ("phone", "high_risk_da_victim", "DASH high 8 Nov; MARAC referral made"),
    ("address", "weapons", "Suspect keeps a machete in the car"),
    ("address", "court_order", "Non-molestation order: no contact, not within 100 m"),
]
ANSWERS = (
    ("da_can_speak", "yes"),
    ("da_suspect_present", "yes"),
    ("da_weapon", "yes"),
    ("da_injury", "minor"),
    ("da_children", "yes"),
    ("da_vulnerable_adult", "no"),
    ("da_codeword", "bluebell"),
    ("da_suspect_description", "White man, 40s, shaved head, green hoodie, silver Astra"),
    ("da_order_in_force", "yes"),
    ("da_order_breached", "yes"),
    ("da_alcohol_drugs", "yes"),
    ("da_communication", "Safe to call back on this number; do not leave voicemail."),
    (
        "da_callers_words",
        "He's back, he's kicking the door in, he's got a knife. The kids are upstairs.",
    ),
)


def fill(db: Database) -> tuple[Actor, int]:
    admin = system_actor("screenshot")
    accounts.create_user(db, admin, "handler", "Sam Handler", "handler", SCREENSHOT_PASSWORD)
    handler = accounts.authenticate(db, "handler", SCREENSHOT_PASSWORD, "CR-WS-07")
    now = dt.datetime.now(dt.UTC)
    earlier = [
        add_incident(
            db,
            ref,
            days_ago=days,
            now=now,
            phone=CALL.phone,
            address=CALL.address,
            postcode=CALL.postcode,
            risk_level=level,
            children=children,
            people=[("victim", CALL.victim_name), ("suspect", CALL.suspect_name)],
        )
        for ref, days, level, children in EARLIER
    ]
    with db.write() as session:
        source = session.get(Incident, earlier[0])
        assert source is not None
        for on, kind, text in MARKERS:
            target = {"phone_id": source.phone_id} if on == "phone" else {}
            if on == "address":
                target = {"address_id": source.address_id}
            session.add(
                Marker(
                    marker_type=kind,
                    text=text,
                    set_by="screenshot",
                    set_at=source.opened_at,
                    source_incident_id=source.id,
                    **target,
                )
            )
    row = calls.open_incident(db, handler, CALL)
    conversation = Conversation.start(shipped_script("domestic_abuse"))
    for question, value in ANSWERS:
        conversation = conversation.answer(question, value)
    conversation = conversation.answer("da_abuse_types", ("physical", "coercive_control"))
    triage.record_answers(db, handler, row.id, conversation)
    recommended = recommendation_for(db, handler, row.id, conversation.facts)  # the core's
    triage.decide_grade(db, handler, row.id, recommended, recommended.grade)
    version = attendance.attendance_for(db, handler, row.id).version
    version = lifecycle.dispatch(
        db, handler, row.id, version, grade=recommended.grade, officers=["PC4521", "PC3310"]
    )
    yes = {1, 2, 3, 4, 6, 7, 11, 13, 14, 15, 16, 17, 18, 24, 26}
    answers = {q.number: "yes" if q.number in yes else "no" for q in shipped_instrument().questions}
    risk.record_assessment(db, handler, row.id, version, answers, officer_collar="PC4521")
    return handler, row.id


def shoot_view(view: BriefingView, path: Path) -> None:
    """The window at a phone's width, tall enough to show the whole briefing."""
    view.resize(PHONE_WIDTH, 900)
    view.show()
    QApplication.processEvents()
    document = view.page.document()
    chrome = view.height() - view.page.viewport().height()
    view.resize(PHONE_WIDTH, int(document.size().height()) + chrome + 8)
    QApplication.processEvents()
    view.grab().save(str(path))
    print(f"saved {path}")


def shoot_page(briefing: Briefing, path: Path) -> None:
    """The A4 page laid out exactly as export_pdf lays it out, at 110 dpi."""
    dpi, margin_mm = 110, 12.0
    image = QImage(round(210 / 25.4 * dpi), round(297 / 25.4 * dpi), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#ffffff"))
    margin = margin_mm / 25.4 * dpi
    width, height = image.width() - 2 * margin, image.height() - 2 * margin
    document = paged_document(briefing, image, width, height)
    painter = QPainter(image)
    painter.translate(margin, margin)
    document.drawContents(painter, QRectF(0, 0, width, height))
    painter.end()
    image.save(str(path))
    print(f"saved {path} ({document.pageCount()} page(s))")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        handler, incident_id = fill(db)
        worker = Worker()
        view = BriefingView(db, handler, worker, incident_id)
        settle(worker, app)
        briefing = view.briefing()
        assert briefing is not None, view.status.text()
        shoot_view(view, out / "briefing.png")
        shoot_page(briefing, out / "briefing-page.png")
        view.close()
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

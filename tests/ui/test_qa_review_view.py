"""The reviewer's QA page from the keyboard: draw the week's sample (week and seed shown),
open the first call with Enter, see the record's suggestions pre-filled, score, note, save;
the stored review read back through the service. An inspector's own call is refused with
the core's message. A handler's My reviews page shows only their own reviews and notes."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt

from callhandler.desk import DatabaseDesk
from callhandler.domain.qa import week_start
from callhandler.services import qa, qa_compliance
from closure_helpers import make_staff
from qa_history import all_compliant, live_call, seeded_history
from ui.call.handler_view import REVIEWS_TAB, HandlerView
from ui.oversight.oversight_view import QA_REVIEW, OversightView
from ui.qa.my_reviews import MyReviewsView
from ui.qa.review_view import QAReviewView
from uitools import WAIT_MS

NOTE = "Ask about money and the phone: he took her bank card."


def _next_week() -> dt.datetime:
    """A clock a week on: the page opens on the week before it, i.e. this week."""
    return dt.datetime.now(dt.UTC) + dt.timedelta(weeks=1)


def _row(view: QAReviewView, item_id: str):
    return next(r for r in view.form.rows if r.item_id == item_id)


def test_an_inspector_draws_the_sample_and_reviews_a_call_from_the_keyboard(
    qtbot, db, worker, tmp_path
) -> None:
    staff = make_staff(db)
    live_call(db, staff)
    view = QAReviewView(DatabaseDesk(db, staff.inspector), worker, clock=_next_week)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
    assert "has not been drawn" in view.status.text()

    qtbot.keyClicks(view.seed, "4242")
    view.draw.setFocus()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.draw, Qt.Key.Key_Space)
    monday = week_start(dt.datetime.now(dt.UTC).date())
    assert f"Week of {monday:%d %b %Y} drawn with seed 4242: 1 call(s)" in view.status.text()
    assert view.calls.rowCount() == 1 and view.calls.currentRow() == 0
    assert view.calls.item(0, 1).text() == "h1"

    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.calls, Qt.Key.Key_Return)
    assert len(view.form.rows) == 7 and view.save.isEnabled()
    coercive = _row(view, "coercive_control")  # physical abuse asked, behaviours not
    assert coercive.score.currentData() == "partial"
    assert "coercive behaviours not explored" in coercive.evidence.text()
    assert _row(view, "history_consulted").score.currentData() == "compliant"
    mandatory = _row(view, "mandatory_questions")  # 14 of 24 mandatory unanswered
    assert mandatory.score.currentData() == "not_compliant"
    assert "mandatory unanswered: da_suspect_location" in mandatory.evidence.text()
    assert "Looked up at" in _row(view, "history_consulted").evidence.text()

    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):  # not compliant without a note
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Not saved: mandatory_questions: say in a note what was missing" in view.message.text()
    assert mandatory.note.hasFocus()  # the item the core named, ready for its note
    qtbot.keyClicks(mandatory.note, "Injury, strangulation and threats to kill not asked.")
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        qtbot.keyClick(mandatory.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Not saved: coercive_control:" in view.message.text() and coercive.note.hasFocus()
    qtbot.keyClicks(coercive.note, NOTE)
    briefing = _row(view, "briefing_given")
    qtbot.keyClick(briefing.score, Qt.Key.Key_N)  # N: not compliant
    assert briefing.score.currentData() == "not_compliant"
    qtbot.keyClicks(briefing.note, "Children not mentioned to officers.")
    if os.environ.get("QA_REVIEW_SCREENSHOT"):
        for size in ((1366, 768), (1920, 1080)):
            view.resize(*size)
            qtbot.waitUntil(lambda s=size: view.width() == s[0], timeout=WAIT_MS)
            shot = Path(os.environ["QA_REVIEW_SCREENSHOT"]).with_suffix(f".{size[0]}.png")
            assert view.grab().save(str(shot))
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        qtbot.keyClick(briefing.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert view.message.text().startswith("Review of ")
    assert "4 compliant, 1 partial, 2 not compliant" in view.message.text()
    assert view.calls.item(0, 4).text() == "reviewed"

    [stored] = qa_compliance.reviews_of(db, staff.inspector, "h1")
    scores = {i.item_id: (i.score, i.note) for i in stored.items}
    assert scores["coercive_control"] == ("partial", NOTE)
    assert scores["briefing_given"] == ("not_compliant", "Children not mentioned to officers.")
    assert stored.reviewer == "i1"


def test_an_inspector_is_shown_why_they_cannot_review_their_own_call(qtbot, db, worker) -> None:
    staff = make_staff(db)
    this_week = week_start(dt.datetime.now(dt.UTC).date())
    seeded_history(db, ["i1"], calls_each=1, week=this_week)
    view = QAReviewView(DatabaseDesk(db, staff.inspector), worker, clock=_next_week)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.draw_sample()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        qtbot.keyClick(view.calls, Qt.Key.Key_Return)
    shown = view.form.widget().text()
    assert "another inspector must review it" in shown and shown.startswith("You took ")
    assert not view.save.isEnabled() and view.form.rows == []
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):  # once per week, as the core rules
        view.draw_sample()
    assert "was already drawn by i1" in view.status.text()


def test_a_handler_sees_only_their_own_reviews_with_the_notes(qtbot, db, worker) -> None:
    staff = make_staff(db)
    this_week = week_start(dt.datetime.now(dt.UTC).date())
    seeded_history(db, ["h1", "h2"], calls_each=2, week=this_week)
    sample = qa.draw_weekly_sample(db, staff.inspector, week=this_week, seed=1, per_handler=1)
    refs = {}
    for call in sample.calls:
        note = f"Note for {call.handler}: ask who else lives there."
        scores = all_compliant() | {"dash_completed": ("partial", note)}
        qa.save_review(db, staff.inspector, call.id, scores)
        refs[call.handler] = call.ref
    view = MyReviewsView(DatabaseDesk(db, staff.handler), worker)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
    assert [r.handler for r in view.shown] == ["h1"]
    top = view.reviews.topLevelItem(0)
    assert view.reviews.topLevelItemCount() == 1 and top.text(0).startswith(refs["h1"])
    assert "reviewed by i1" in top.text(0)
    notes = [top.child(i).text(2) for i in range(top.childCount())]
    assert "Note for h1: ask who else lives there." in notes
    assert not any("h2" in n for n in notes)
    dash = next(
        r for r in range(view.by_item.rowCount()) if "DASH" in view.by_item.item(r, 0).text()
    )
    assert view.by_item.item(dash, 1).text() == "50 %"
    assert view.reviews.currentItem() is top
    if os.environ.get("QA_REVIEW_SCREENSHOT"):
        shot = Path(os.environ["QA_REVIEW_SCREENSHOT"]).with_suffix(".my-reviews.png")
        assert view.grab().save(str(shot))


def test_the_pages_are_where_each_role_looks(qtbot, db, worker) -> None:
    """Inspectors: a QA review page in the Oversight tab; handlers: My reviews (Ctrl+7)
    in their window, loaded when first shown."""
    staff = make_staff(db)
    inspector = OversightView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(inspector)
    assert inspector.pages.tabText(QA_REVIEW) == "QA review"
    handler = OversightView(DatabaseDesk(db, staff.handler), staff.handler, worker)
    qtbot.addWidget(handler)
    assert handler.pages.count() == QA_REVIEW  # no review page for a handler

    view = HandlerView(DatabaseDesk(db, staff.handler), worker)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.reviews.loaded, timeout=WAIT_MS):
        view.show_tab(REVIEWS_TAB)
    assert view.tabs.tabText(REVIEWS_TAB) == "My reviews (Ctrl+7)"
    assert view.reviews.status.text() == "None of your calls has been reviewed yet."
    view.stop()

"""The Oversight tab's QA page: one line per checklist item with its weekly compliance, the
items most often missed, a handler chosen from the box, CSV export; a screenshot."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callhandler.desk import DatabaseDesk
from callhandler.domain.qa import week_start
from callhandler.services import qa
from closure_helpers import make_staff
from qa_history import add_handler, all_compliant, seeded_history
from ui.oversight.oversight_view import QA, OversightView
from uitools import WAIT_MS


def _reviewed_weeks(db, staff) -> dt.date:
    """Three sample weeks for h1 and h2; coercive control improves, the briefing does not."""
    add_handler(db, "h3")
    this_week = week_start(dt.datetime.now(dt.UTC).date())
    for back, coercive in ((2, "not_compliant"), (1, "partial"), (0, "compliant")):
        week = this_week - dt.timedelta(weeks=back)
        seeded_history(db, ["h1", "h2"], calls_each=2, week=week, seed=back, first=back * 10)
        sample = qa.draw_weekly_sample(db, staff.inspector, week=week, seed=back, per_handler=1)
        for call in sample.calls:
            scores = all_compliant() | {
                "briefing_given": ("partial", "Children not mentioned to officers."),
            }
            if coercive != "compliant":
                scores["coercive_control"] = (coercive, "Ask about money and the phone.")
            qa.save_review(db, staff.inspector, call.id, scores)
    return this_week


def test_the_qa_page_charts_compliance_by_item_over_the_weeks(qtbot, db, worker, tmp_path) -> None:
    staff = make_staff(db)
    this_week = _reviewed_weeks(db, staff)
    view = OversightView(DatabaseDesk(db, staff.inspector), staff.inspector, worker)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    with qtbot.waitSignal(view.qa.loaded, timeout=WAIT_MS):
        view.show_page(QA)

    lines = {s.name(): s for s in view.qa.chart.series() if isinstance(s, QLineSeries)}
    assert len(lines) == 7 and "coercive control" in lines
    assert [p.y() for p in lines["coercive control"].points()] == [0.0, 50.0, 100.0]
    assert [p.y() for p in lines["briefing given"].points()] == [50.0, 50.0, 50.0]
    assert view.qa.missed.item(0, 0).text().startswith("Was the attending officers' briefing")
    assert view.qa.missed.item(0, 2).text() == "6 of 6"
    assert "6 review(s) of the team" in view.qa.status.text()

    QApplication.processEvents()  # the chart lays out its axes and legend on the next pass
    shot = Path(os.environ.get("QA_SCREENSHOT", tmp_path / "qa.png"))
    assert view.grab().save(str(shot))

    h2 = view.qa.who.findData("h2")
    assert h2 > 0 and view.qa.who.findData("h3") == -1  # only handlers with sampled calls
    view.qa.who.setCurrentIndex(h2)
    with qtbot.waitSignal(view.qa.loaded, timeout=WAIT_MS):
        view.qa.who.activated.emit(h2)
    assert view.qa.report is not None and view.qa.report.handler == "h2"
    assert view.qa.report.reviews == 3

    saved = view.qa.export("CSV", tmp_path / "qa.csv")
    text = saved.read_text(encoding="utf-8")
    assert f"{this_week.isoformat()},coercive_control,100.0,1,0" in text
    assert view.qa.who.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_a_handler_sees_only_their_own_line(qtbot, db, worker) -> None:
    staff = make_staff(db)
    _reviewed_weeks(db, staff)
    view = OversightView(DatabaseDesk(db, staff.handler), staff.handler, worker)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.qa.loaded, timeout=WAIT_MS):
        view.show_page(QA)
    assert view.qa.report is not None and view.qa.report.handler == "h1"
    assert [view.qa.who.itemData(i) for i in range(view.qa.who.count())] == ["", "h1"]

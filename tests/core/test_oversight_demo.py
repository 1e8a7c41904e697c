"""The demo database shows something in every oversight list and chart at once."""

from __future__ import annotations

from callhandler.services import oversight, oversight_charts
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.synthetic.demo import ensure_demo

INSPECTOR = Actor(None, "inspector", "Insp. Jo Inspector (demo)", "inspector", "demo")


def test_every_list_and_chart_has_rows_in_the_demo(db: Database) -> None:
    assert ensure_demo(db, incidents=6000)

    empty = [
        name for name, report in oversight.REPORTS.items() if not report.function(db, INSPECTOR)
    ]
    assert empty == []
    backlog = oversight.sign_off_backlog(db, INSPECTOR)
    assert len(backlog) == 3 and max(r.age_hours for r in backlog) >= 26
    assert {r.ref for r in oversight.overdue_attendance(db, INSPECTOR)} and len(
        oversight.overdue_attendance(db, INSPECTOR)
    ) == 2
    due = oversight.reassessment_due(db, INSPECTOR)
    assert len(due) == 4 and min(r.days_until_due for r in due) == -1
    assert any(r.downgraded for r in oversight.overrides(db, INSPECTOR))
    closure = {r.username: r for r in oversight.closure_completion(db, INSPECTOR)}
    assert closure["handler"].checklist_missing == 1 and closure["handler2"].returned == 1
    for name, series in oversight_charts.CHARTS.items():
        rows = series(db, INSPECTOR)
        assert len(rows) == 26, name
    weeks = oversight_charts.sign_off_turnaround(db, INSPECTOR)
    assert sum(w.finalised for w in weeks) > 0
    attendance = oversight_charts.attendance_vs_target(db, INSPECTOR)
    assert any(v is not None for w in attendance for v in w.within_target_pct.values())
    assert not ensure_demo(db, incidents=6000)  # made once

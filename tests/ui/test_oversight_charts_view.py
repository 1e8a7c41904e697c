"""The oversight charts hold the service's weekly series: DA calls (bars and the repeat-victim
line), grade mix (stacked), sign-off turnaround (median and p90), attendance by grade."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QLineSeries, QStackedBarSeries

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.services import oversight_charts, signoff
from closure_helpers import PASSWORD, make_staff, new_incident, to_awaiting_sign_off
from ui.oversight.charts_view import ChartsView, nice_scale, week_label
from uitools import WAIT_MS, make_actor


def line_values(line: QLineSeries) -> dict[int, float]:
    """Week index → value (weeks with nothing to plot have no point)."""
    return {int(p.x()): p.y() for p in line.points()}


def series_of(chart, kind):
    return [s for s in chart.series() if isinstance(s, kind)]


def categories(chart) -> list[str]:
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    return axis.categories()


def test_the_charts_hold_the_weekly_series(qtbot, db, worker) -> None:
    staff = make_staff(db)
    now = dt.datetime.now(dt.UTC)
    # This week: three DA incidents (grades 1, 1, 2) for one victim and a Grade 3 non-DA
    # call; two weeks ago (same weekday): two more DA incidents, Grade 2.
    for ref, days, grade, da in (
        ("W0-1", 0.001, 1, True),
        ("W0-2", 0.002, 1, True),
        ("W0-3", 0.003, 2, True),
        ("W0-4", 0.004, 3, False),
        ("W2-1", 14, 2, True),
        ("W2-2", 14.001, 2, True),
    ):
        add_incident(
            db,
            ref,
            days_ago=days,
            grade=grade,
            domestic_abuse=da,
            category="domestic abuse" if da else "noise",
            people=[("victim", "Jane Example")],
            now=now,
        )
    # One incident through sign-off now, and one dispatched and attended now (Grade 2).
    row = new_incident(db, staff.handler)
    version = to_awaiting_sign_off(db, staff.handler, row.id, row.version)
    signoff.finalise(db, staff.inspector, row.id, version, password=PASSWORD)
    now = dt.datetime.now(dt.UTC)  # after the dispatch, so the charts' "now" includes it

    view = ChartsView(DatabaseDesk(db, staff.inspector), worker, clock=lambda: now)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
        assert view.loading and view.status.text() == "Loading…"
    assert not view.problem.isVisible()
    weeks = 26
    da = oversight_charts.da_calls_per_week(db, staff.inspector, weeks=weeks, now=now)
    grades = oversight_charts.grade_mix(db, staff.inspector, weeks=weeks, now=now)
    turnaround = oversight_charts.sign_off_turnaround(db, staff.inspector, weeks=weeks, now=now)
    attendance = oversight_charts.attendance_vs_target(db, staff.inspector, weeks=weeks, now=now)

    # Domestic abuse per week: the bars are the service's counts, zero weeks included.
    chart = view.charts["da"]
    assert categories(chart) == [week_label(w.week_start) for w in da]
    (bars,) = series_of(chart, QBarSeries)
    (da_set,) = bars.barSets()
    shown = [int(da_set.at(i)) for i in range(da_set.count())]
    assert shown == [w.domestic_abuse for w in da]
    assert shown[-1] == 3 and shown[-3] == 2 and sum(shown) == 5
    (repeat,) = series_of(chart, QLineSeries)
    assert line_values(repeat) == {i: float(w.repeat_victim_da) for i, w in enumerate(da)}

    # Grade mix: one stacked set per grade and one for ungraded.
    (stack,) = series_of(view.charts["grades"], QStackedBarSeries)
    by_label = {s.label(): [int(s.at(i)) for i in range(s.count())] for s in stack.barSets()}
    assert by_label["Grade 1"] == [w.grade_1 for w in grades] and by_label["Grade 1"][-1] == 2
    assert by_label["Grade 2"][-3] == 2 and by_label["Grade 3"][-1] == 1
    assert by_label["Not graded"] == [w.ungraded for w in grades]

    # Sign-off turnaround: median and p90 where something was signed off.
    median, p90 = series_of(view.charts["turnaround"], QLineSeries)
    assert (median.name(), p90.name()) == ("Median", "90th percentile")
    expected = {i: w.median_hours for i, w in enumerate(turnaround) if w.median_hours is not None}
    assert line_values(median) == pytest_approx(expected)
    assert list(line_values(median)) == [weeks - 1]  # the one sign-off, this week
    assert line_values(p90) == pytest_approx(
        {i: w.p90_hours for i, w in enumerate(turnaround) if w.p90_hours is not None}
    )

    # Attendance: one line per graded target, the share within target per week.
    lines = series_of(view.charts["attendance"], QLineSeries)
    grades_shown = sorted({g for w in attendance for g in w.within_target_pct})
    assert [line.name() for line in lines] == [f"Grade {g}" for g in grades_shown]
    for grade, line in zip(grades_shown, lines, strict=True):
        assert line_values(line) == pytest_approx(
            {
                i: w.within_target_pct[grade]
                for i, w in enumerate(attendance)
                if w.within_target_pct.get(grade) is not None
            }
        )
    assert line_values(lines[grades_shown.index(2)])[weeks - 1] == 100.0  # attended in time
    assert view.charts["attendance"].title() == "Attendance within target, by grade"

    # Fewer weeks: the charts reload with that many categories.
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.weeks.setValue(8)
    assert len(categories(view.charts["grades"])) == 8
    assert categories(view.charts["da"])[-1] == week_label(da[-1].week_start)


def pytest_approx(values: dict[int, float | None]) -> object:
    return pytest.approx(values, abs=0.05)


def test_empty_charts_say_so_and_a_refusal_is_shown(qtbot, db, worker) -> None:
    inspector = make_actor(db, "inspector1", "inspector")
    view = ChartsView(DatabaseDesk(db, inspector), worker)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.start()
    assert view.charts["turnaround"].title() == (
        "Sign-off turnaround: nothing signed off in these weeks"
    )
    assert view.charts["da"].title().endswith("no domestic-abuse incidents in these weeks")

    handler = make_actor(db, "handler1", "handler")
    refused = ChartsView(DatabaseDesk(db, handler), worker)
    qtbot.addWidget(refused)
    with qtbot.waitSignal(refused.loaded, timeout=WAIT_MS):
        refused.start()
    assert not refused.problem.isHidden()
    assert "Only inspectors and administrators" in refused.problem.text()


def test_axis_tops_are_round_with_room_above_the_highest_point() -> None:
    assert nice_scale(50) == (60.0, 7)
    assert nice_scale(13) == (15.0, 4)
    assert nice_scale(0) == (2.0, 3)
    top, ticks = nice_scale(1234)
    assert top > 1234 and top % 100 == 0 and ticks <= 7

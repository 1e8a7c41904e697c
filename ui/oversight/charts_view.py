"""Weekly charts for inspectors: DA calls, grade mix, sign-off turnaround, attendance."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.services import oversight_charts as series
from callhandler.services.incident_changes import now_utc
from ui.common import theme
from ui.common.chart_theme import colour_axis, colour_chart
from ui.common.words import local_time
from ui.worker import Failure, Worker

DEFAULT_WEEKS = 26
GRADE_COLOURS = {1: "#b91c1c", 2: "#f59e0b", 3: "#2563eb", 4: "#059669"}
UNGRADED = "#9ca3af"


@dataclass(frozen=True)
class ChartData:
    """The four weekly series, fetched together on the worker."""

    weeks: int
    generated_at: dt.datetime
    da: Sequence[series.DomesticAbuseWeek]
    grades: Sequence[series.GradeMixWeek]
    turnaround: Sequence[series.TurnaroundWeek]
    attendance: Sequence[series.AttendanceWeek]


def load_charts(desk: Desk, weeks: int, now: dt.datetime) -> ChartData:
    """Runs on the worker: every series for the same weeks and the same ``now``."""
    return ChartData(
        weeks,
        now,
        desk.chart("da_calls_per_week", weeks=weeks, now=now),
        desk.chart("grade_mix", weeks=weeks, now=now),
        desk.chart("sign_off_turnaround", weeks=weeks, now=now),
        desk.chart("attendance_vs_target", weeks=weeks, now=now),
    )


def week_label(day: dt.date) -> str:
    return day.strftime("%d %b")


class ChartsView(QWidget):
    """Four charts in a grid over the last ``weeks`` weeks (a spin box, 4 to 104).

    Loads on the worker when first shown (``start``) and on F5 (``refresh``); ``loaded`` is
    emitted after each reply. ``data`` is the ChartData on show; ``charts`` maps a name
    (``da``, ``grades``, ``turnaround``, ``attendance``) to its QChart.
    """

    loaded = Signal()

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._clock = clock
        self._request = 0
        self.loading = False
        self.data: ChartData | None = None

        self.weeks = QSpinBox()
        self.weeks.setRange(4, 104)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setKeyboardTracking(False)
        self.weeks.setAccessibleDescription(self.tr("How many weeks back the charts cover."))
        weeks_label = QLabel(self.tr("&Show the last"))
        weeks_label.setBuddy(self.weeks)
        self.refresh_button = QPushButton(self.tr("Refresh  F5"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("muted")
        bar = QHBoxLayout()
        bar.addWidget(weeks_label)
        bar.addWidget(self.weeks)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.status)
        bar.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.charts: dict[str, QChart] = {}
        self.titles: dict[str, str] = {}
        self.views: dict[str, QChartView] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for number, (key, title) in enumerate(
            (
                ("da", self.tr("Domestic-abuse calls per week")),
                ("grades", self.tr("Grade mix per week")),
                ("turnaround", self.tr("Sign-off turnaround")),
                ("attendance", self.tr("Attendance within target, by grade")),
            )
        ):
            chart = QChart()
            chart.setTitle(title)
            self.titles[key] = title
            chart.setTitleFont(_font(11, bold=True))
            chart.setBackgroundRoundness(0)
            chart.setMargins(QMargins(4, 4, 4, 4))
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.legend().setFont(_font(9))
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(420, 280)
            view.setAccessibleName(title)
            self.charts[key] = chart
            colour_chart(chart)
            self.views[key] = view
            grid.addWidget(view, number // 2, number % 2)

        theme.notifier().changed.connect(self._recolour)  # a theme switched while shown
        # The four charts scroll rather than push the window past a 1366x768 screen.
        self.chart_area = QScrollArea()
        self.chart_area.setWidgetResizable(True)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid_holder = QWidget()
        grid_holder.setLayout(grid)
        self.chart_area.setWidget(grid_holder)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.chart_area, 1)
        self.weeks.valueChanged.connect(lambda _value: self.refresh())
        self.setFocusProxy(self.weeks)

    def start(self) -> None:
        if self.data is None and not self.loading:
            self.refresh()

    def refresh(self) -> None:
        weeks = self.weeks.value()
        now = self._clock()
        self._request += 1
        token = self._request
        self._set_loading(True)
        self._worker.submit(
            load_charts,
            self._desk,
            weeks,
            now,
            on_done=lambda data: self._loaded(token, data),
            on_error=lambda failure: self._failed(token, failure),
        )

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.busy.setVisible(loading)
        if loading:
            self.status.setText(self.tr("Loading…"))

    def _loaded(self, token: int, data: ChartData) -> None:
        if token != self._request:
            return
        self._set_loading(False)
        self.problem.setVisible(False)
        self.data = data
        labels = [week_label(w.week_start) for w in data.da]
        self._draw_da(data, labels)
        self._draw_grades(data, labels)
        self._draw_turnaround(data, labels)
        self._draw_attendance(data, labels)
        self.status.setText(
            self.tr("Weeks from Monday (UTC) · generated {when}").format(
                when=local_time(data.generated_at).strftime("%d %b %Y %H:%M")
            )
        )
        self.loaded.emit()

    def _failed(self, token: int, failure: Failure) -> None:
        if token != self._request:
            return
        self._set_loading(False)
        self.status.setText("")
        self.problem.setText(
            self.tr("The charts could not be loaded: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)
        self.loaded.emit()

    # -- the four charts -------------------------------------------------------------------

    def _draw_da(self, data: ChartData, labels: list[str]) -> None:
        # All incidents would flatten the bars (domestic abuse is a fraction of the calls);
        # the grade mix beside it shows the whole volume.
        chart = self._reset("da")
        bars = QBarSeries()
        values = [w.domestic_abuse for w in data.da]
        bars.append(_bar_set(self.tr("Domestic abuse"), values, "#7c3aed"))
        repeat = _line(
            self.tr("Of which repeat victims (3+ in 12 months)"),
            [w.repeat_victim_da for w in data.da],
            "#b91c1c",
            points=True,
        )
        self._plot(chart, [bars, repeat], labels, self.tr("Incidents"), max(values + [1]))
        self._empty_note("da", not any(values), self.tr("no domestic-abuse incidents"))

    def _draw_grades(self, data: ChartData, labels: list[str]) -> None:
        chart = self._reset("grades")
        stack = QStackedBarSeries()
        for grade in (1, 2, 3, 4):
            values = [getattr(w, f"grade_{grade}") for w in data.grades]
            stack.append(
                _bar_set(self.tr("Grade {n}").format(n=grade), values, GRADE_COLOURS[grade])
            )
        stack.append(_bar_set(self.tr("Not graded"), [w.ungraded for w in data.grades], UNGRADED))
        totals = [w.grade_1 + w.grade_2 + w.grade_3 + w.grade_4 + w.ungraded for w in data.grades]
        self._plot(chart, [stack], labels, self.tr("Incidents"), max(totals + [1]))
        self._empty_note("grades", not any(totals), self.tr("no incidents"))

    def _draw_turnaround(self, data: ChartData, labels: list[str]) -> None:
        chart = self._reset("turnaround")
        median = _line(
            self.tr("Median"), [w.median_hours for w in data.turnaround], "#2563eb", points=True
        )
        p90 = _line(
            self.tr("90th percentile"),
            [w.p90_hours for w in data.turnaround],
            "#b45309",
            points=True,
        )
        hours = [h for w in data.turnaround for h in (w.median_hours, w.p90_hours) if h]
        self._plot(
            chart,
            [median, p90],
            labels,
            self.tr("Hours from submission to sign-off"),
            max(hours + [1.0]),
        )
        self._empty_note("turnaround", not hours, self.tr("nothing signed off"))

    def _draw_attendance(self, data: ChartData, labels: list[str]) -> None:
        chart = self._reset("attendance")
        grades = sorted({g for w in data.attendance for g in w.within_target_pct})
        lines = [
            _line(
                self.tr("Grade {n}").format(n=grade),
                [w.within_target_pct.get(grade) for w in data.attendance],
                GRADE_COLOURS.get(grade, UNGRADED),
                points=True,
            )
            for grade in grades
        ]
        self._plot(chart, lines, labels, self.tr("% attended within target"), 100.0, fixed=True)
        shares = [v for w in data.attendance for v in w.within_target_pct.values() if v is not None]
        self._empty_note("attendance", not shares, self.tr("no dispatches with a target"))

    def _empty_note(self, key: str, empty: bool, what: str) -> None:
        """An empty chart says so in its title rather than looking broken."""
        title = self.titles[key]
        self.charts[key].setTitle(
            self.tr("{title}: {what} in these weeks").format(title=title, what=what)
            if empty
            else title
        )

    def _recolour(self, _theme: str) -> None:
        for chart in self.charts.values():
            colour_chart(chart)

    def _reset(self, key: str) -> QChart:
        chart = self.charts[key]
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart

    def _plot(
        self,
        chart: QChart,
        all_series: Sequence[QBarSeries | QStackedBarSeries | QLineSeries],
        labels: list[str],
        y_title: str,
        top: float,
        *,
        fixed: bool = False,
    ) -> None:
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        x_axis.setTitleText(self.tr("Week starting"))
        y_axis = QValueAxis()
        y_axis.setTitleText(y_title)
        top, ticks = (top, 6) if fixed else nice_scale(top)
        y_axis.setRange(0, top)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTickCount(ticks)
        for axis in (x_axis, y_axis):
            _style_axis(axis)
        x_axis.setLabelsAngle(-90)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for item in all_series:
            chart.addSeries(item)
            item.attachAxis(x_axis)
            item.attachAxis(y_axis)


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _style_axis(axis: QAbstractAxis) -> None:
    axis.setLabelsFont(_font(8))
    axis.setTitleFont(_font(9))
    colour_axis(axis)


def nice_scale(value: float) -> tuple[float, int]:
    """A round top above ``value`` and the tick count that gives whole steps (1, 2, 5…)."""
    value = max(float(value), 1.0)
    magnitude = 1.0
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            intervals = math.floor(value / step) + 1  # headroom: the top point stays inside
            if intervals <= 6:
                return intervals * step, intervals + 1
        magnitude *= 10


def _bar_set(label: str, values: Sequence[int], colour: str) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(colour))
    bar_set.setBorderColor(QColor(colour))
    return bar_set


def _line(
    label: str,
    values: Sequence[float | int | None],
    colour: str,
    *,
    dashed: bool = False,
    points: bool = False,
) -> QLineSeries:
    """A line over the week categories (x = the week's index); empty weeks are skipped."""
    line = QLineSeries()
    line.setName(label)
    for index, value in enumerate(values):
        if value is not None:
            line.append(float(index), float(value))
    pen = QPen(QColor(colour))
    pen.setWidthF(2.0)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    line.setPointsVisible(points)
    return line

"""The Oversight tab's QA page: compliance by checklist item over the weeks, per handler or
for the team, the items most often missed, and CSV/PDF export of the figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.services import qa_compliance
from callhandler.services.incident_changes import now_utc
from ui.common import theme
from ui.common.chart_theme import colour_chart
from ui.oversight.export import TableSnapshot, export_csv, export_pdf, save_as
from ui.worker import Failure, Worker

TEAM = ""
COLOURS = ("#b91c1c", "#f59e0b", "#2563eb", "#059669", "#7c3aed", "#0f766e", "#be185d")


def load(
    desk: Desk, handler: str | None, weeks: int
) -> tuple[qa_compliance.Compliance, tuple[str, ...]]:
    """Runs on the worker: the figures, and the handlers to choose from."""
    return desk.qa_compliance(handler=handler, weeks=weeks), desk.qa_handlers()


class QAComplianceView(QWidget):
    """One line per checklist item: its compliance (%) each sample week. ``report`` is the
    Compliance on show; ``loaded`` is emitted after each reply."""

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
        self._desk, self._worker, self._clock = desk, worker, clock
        self._started = False
        self.report: qa_compliance.Compliance | None = None
        self.who = QComboBox()
        self.who.addItem(self.tr("Team (every handler)"), TEAM)
        self.who.setAccessibleName(self.tr("Whose compliance"))
        self.who.setAccessibleDescription(self.tr("The whole team, or one handler."))
        self.weeks = QSpinBox()
        self.weeks.setRange(4, qa_compliance.MAX_WEEKS)
        self.weeks.setValue(12)
        self.weeks.setPrefix(self.tr("Weeks: "))
        self.weeks.setAccessibleName(self.tr("Weeks shown"))
        self.weeks.setAccessibleDescription(
            self.tr("How many weeks back the chart and table cover.")
        )
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_pdf = QPushButton(self.tr("Export PDF…"))
        self.status = QLabel()
        self.chart = QChart()
        self.chart.setTitle(self.tr("QA compliance by checklist item (%)"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        colour_chart(self.chart)  # the theme's ground and text, and again when it changes
        theme.notifier().changed.connect(self._recolour)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.chart_view.setAccessibleName(self.tr("QA compliance chart"))
        self.chart_view.setAccessibleDescription(
            self.tr("Compliance by checklist item; the table below gives the same figures.")
        )
        self.missed = QTableWidget(0, 3)
        self.missed.setHorizontalHeaderLabels(
            [self.tr("Checklist item"), self.tr("Compliance"), self.tr("Missed")]
        )
        header = self.missed.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.missed.setMaximumHeight(210)
        self.missed.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.missed.setAccessibleName(self.tr("Compliance by checklist item"))
        self.missed.setAccessibleDescription(
            self.tr("One row per checklist item: compliance and how many times it was missed.")
        )
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Handler:"))
        label.setBuddy(self.who)
        for w in (label, self.who, self.weeks, self.export_csv, self.export_pdf):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(QLabel(self.tr("Items most often missed (partial or not compliant):")))
        layout.addWidget(self.missed)
        self.who.activated.connect(lambda _i: self.refresh())
        self.weeks.editingFinished.connect(self.refresh)
        self.export_csv.clicked.connect(lambda: self.export("CSV"))
        self.export_pdf.clicked.connect(lambda: self.export("PDF"))
        self.setFocusProxy(self.who)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        handler = self.who.currentData() or None
        self._worker.submit(
            load,
            self._desk,
            handler,
            self.weeks.value(),
            on_done=self._loaded,
            on_error=self._failed,
        )

    def _failed(self, failure: Failure) -> None:
        self.status.setText(str(failure))
        self.loaded.emit()

    def _loaded(self, reply: tuple[qa_compliance.Compliance, tuple[str, ...]]) -> None:
        report, names = reply
        self.report = report
        known = {self.who.itemData(i) for i in range(self.who.count())}
        for name in names:
            if name not in known:
                self.who.addItem(name, name)
        scope = report.handler or self.tr("the team")
        self.status.setText(
            self.tr("%1 review(s) of %2 since %3; a partial counts half.")
            .replace("%1", str(report.reviews))
            .replace("%2", scope)
            .replace("%3", report.first_week.strftime("%d %b %Y"))
        )
        self._draw(report)
        self._fill_missed(report)
        self.loaded.emit()

    def _recolour(self, _theme: str) -> None:
        colour_chart(self.chart)

    def _draw(self, report: qa_compliance.Compliance) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        x = QDateTimeAxis()
        x.setFormat("dd MMM")
        x.setTitleText(self.tr("Sample week"))
        first, last = report.weeks[0].week_start, report.weeks[-1].week_start
        x.setRange(_stamp(first), _stamp(last))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d")
        y.setTitleText(self.tr("Compliance %"))
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        colour_chart(self.chart)
        for n, item in enumerate(report.overall):
            line = QLineSeries()
            line.setName(item.item_id.replace("_", " "))
            line.setColor(COLOURS[n % len(COLOURS)])
            line.setPointsVisible(True)
            for week in report.weeks:
                percent = next(i.percent for i in week.items if i.item_id == item.item_id)
                if percent is not None:
                    line.append(_stamp(week.week_start).toMSecsSinceEpoch(), percent)
            self.chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y)

    def _fill_missed(self, report: qa_compliance.Compliance) -> None:
        rows = report.most_missed
        self.missed.setRowCount(len(rows))
        for r, item in enumerate(rows):
            shown = "" if item.percent is None else f"{item.percent:.1f} %"
            for c, text in enumerate((item.text, shown, f"{item.missed} of {item.reviewed}")):
                self.missed.setItem(r, c, QTableWidgetItem(text))

    def snapshot(self) -> TableSnapshot:
        """The figures on show, a row per week and item, for CSV and PDF."""
        report = self.report
        rows: list[tuple[str, ...]] = []
        if report is not None:
            for week in report.weeks:
                for i in week.items:
                    shown = "" if i.percent is None else f"{i.percent:.1f}"
                    rows.append(
                        (
                            week.week_start.isoformat(),
                            i.item_id,
                            shown,
                            str(i.reviewed),
                            str(i.missed),
                        )
                    )
        scope = (report.handler if report else None) or "team"
        return TableSnapshot(
            self.tr("QA compliance"),
            (f"Handler: {scope}", f"Weeks: {self.weeks.value()}"),
            self._clock(),
            ("Week", "Item", "Compliance %", "Reviewed", "Missed"),
            tuple(rows),
        )

    def export(self, kind: str, path: str | Path | None = None) -> Path | None:
        write = export_csv if kind == "CSV" else export_pdf
        return save_as(self, kind, write, self.snapshot(), path, f"qa-compliance.{kind.lower()}")


def _stamp(day: dt.date) -> QDateTime:
    # Noon, local time: what Qt made of the aware datetime this passed before (it dropped
    # the tzinfo), built from Qt's own types, which its stubs describe.
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))

"""The reviewer's page (inspectors and admins): the week's sample, drawn here once per week
(the week and the seed shown), the sampled calls (Enter opens one) and the review form
(ui/qa/review_form.py) saved through the desk. The core refuses an inspector's own call:
its message is shown in place of the form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, Done
from callhandler.domain.qa import SCORE_LABELS, week_start
from callhandler.services.incident_changes import now_utc
from callhandler.services.qa import ReviewForm, SampledCall, SampleResult
from ui.common.theme import set_tone
from ui.qa.review_form import ReviewFormPanel
from ui.worker import Failure, Worker

COLUMNS = ("Call", "Handler", "Risk", "Weighted up", "Reviewed")
DEFAULT_SIZE = 5  # the [qa] sample_per_handler default


class QAReviewView(QWidget):
    """``calls`` is the table of the week's sample, ``form`` the open review; ``loaded``
    is emitted after every reply from the desk (the sample, a form, a save)."""

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
        self._desk, self._worker = desk, worker
        self._started = False
        self.sample: tuple[SampledCall, ...] = ()
        last_week = week_start(clock().date()) - dt.timedelta(weeks=1)
        self.week = QDateEdit(QDate(last_week.year, last_week.month, last_week.day))
        self.week.setCalendarPopup(True)
        self.week.setDisplayFormat("'Week of' dd MMM yyyy")
        self.week.setAccessibleName(self.tr("Sample week"))
        self.week.setAccessibleDescription(self.tr("The week whose calls are sampled for review."))
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("random"))
        self.seed.setMaximumWidth(160)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.per_handler = QSpinBox()
        self.per_handler.setRange(1, 50)
        self.per_handler.setValue(DEFAULT_SIZE)
        self.per_handler.setSuffix(self.tr(" per handler"))
        self.per_handler.setAccessibleName(self.tr("Calls per handler"))
        self.per_handler.setAccessibleDescription(
            self.tr("How many calls to sample from each handler.")
        )
        self.draw = QPushButton(self.tr("&Draw the week's sample"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.calls = QTableWidget(0, len(COLUMNS))
        self.calls.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.calls.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calls.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calls.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.calls.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calls.verticalHeader().setVisible(False)
        self.calls.setAccessibleName(self.tr("Sampled calls (Enter opens)"))
        self.calls.setAccessibleDescription(
            self.tr("The week's sample, one call a row; Enter opens its review form.")
        )
        self.form = ReviewFormPanel()
        self.heading = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save = QPushButton(self.tr("&Save review (Ctrl+S)"))
        self.save.setEnabled(False)
        self._layout()
        self.week.dateChanged.connect(lambda _d: self.refresh())
        self.draw.clicked.connect(self.draw_sample)
        self.calls.activated.connect(lambda index: self.open_review(index.row()))
        self.save.clicked.connect(self.save_review)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_review)
        self.setFocusProxy(self.calls)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        labels = ((self.tr("&Week:"), self.week), (self.tr("S&eed:"), self.seed))
        for text, buddy in labels:
            label = QLabel(text)
            label.setBuddy(buddy)
            bar.addWidget(label)
            bar.addWidget(buddy)
        for w in (self.per_handler, self.draw):
            bar.addWidget(w)
        bar.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Sampled calls (Enter opens the review):")))
        column.addWidget(self.calls)
        right = QWidget()
        review = QVBoxLayout(right)
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.heading)
        review.addWidget(self.form, 1)
        review.addWidget(self.message)
        review.addWidget(self.save, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    def _monday(self) -> dt.date:
        day = self.week.date()
        return week_start(dt.date(day.year(), day.month(), day.day()))

    def _failed(self, failure: Failure) -> None:
        self.status.setText(str(failure))
        self.loaded.emit()

    # -- the sample -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading the sample…"))
        self._worker.submit(
            self._desk.qa_sample, week=self._monday(), on_done=self._shown, on_error=self._failed
        )

    def draw_sample(self) -> None:
        text = self.seed.text().strip()
        if text and not text.isdigit():
            self.status.setText(self.tr("The seed is a whole number, or leave it empty."))
            return
        self.status.setText(self.tr("Drawing…"))
        self._worker.submit(
            self._desk.draw_qa_sample,
            week=self._monday(),
            per_handler=self.per_handler.value(),
            seed=int(text) if text else None,
            on_done=self._drawn,
            on_error=self._failed,
        )

    def _drawn(self, done: Done[SampleResult]) -> None:
        result = done.value
        self.seed.setText(str(result.seed))
        self._fill(result.calls)
        self.status.setText(
            self.tr("Week of %1 drawn with seed %2: %3 call(s) of %4 finalised.")
            .replace("%1", f"{result.week_start:%d %b %Y}")
            .replace("%2", str(result.seed))
            .replace("%3", str(len(result.calls)))
            .replace("%4", str(result.candidates))
        )
        self.loaded.emit()

    def _shown(self, calls: tuple[SampledCall, ...]) -> None:
        self._fill(calls)
        week = f"{self._monday():%d %b %Y}"
        if calls:
            done = sum(c.reviewed for c in calls)
            text = self.tr("Week of %1: %2 sampled call(s), %3 reviewed.")
            text = text.replace("%2", str(len(calls))).replace("%3", str(done))
        else:
            text = self.tr("The week of %1 has not been drawn: press Alt+D to draw it.")
        self.status.setText(text.replace("%1", week))
        self.loaded.emit()

    def _fill(self, calls: tuple[SampledCall, ...]) -> None:
        self.sample = calls
        self.calls.setRowCount(len(calls))
        for r, c in enumerate(calls):
            cells = (
                c.ref,
                c.handler,
                c.risk_level,
                ", ".join(
                    why
                    for why, yes in (
                        (self.tr("override"), c.overridden),
                        (self.tr("repeat victim"), c.repeat_victim),
                    )
                    if yes
                ),
                self.tr("reviewed") if c.reviewed else "",
            )
            for col, text in enumerate(cells):
                self.calls.setItem(r, col, QTableWidgetItem(text))
        if calls:
            self.calls.selectRow(0)
            self.calls.setCurrentCell(0, 0)
            self.calls.setFocus()

    # -- one review -----------------------------------------------------------------------

    def open_review(self, row: int) -> None:
        if not 0 <= row < len(self.sample):
            return
        call = self.sample[row]
        self.heading.setText(self.tr("Opening %1…").replace("%1", call.ref))
        self.message.clear()
        self._worker.submit(
            self._desk.qa_review_form,
            call.id,
            on_done=self._opened,
            on_error=lambda f: self._refused(call, f),
        )

    def _opened(self, form: ReviewForm) -> None:
        self.heading.setText(
            self.tr("<b>Review of %1</b>, taken by %2")
            .replace("%1", form.ref)
            .replace("%2", form.handler)
        )
        self.form.show_form(form)
        self.save.setEnabled(True)
        self.loaded.emit()

    def _refused(self, call: SampledCall, failure: Failure) -> None:
        self.heading.setText(self.tr("<b>%1</b>").replace("%1", call.ref))
        self.form.show_message(str(failure))
        self.save.setEnabled(False)
        self.loaded.emit()

    def save_review(self) -> None:
        form = self.form.form
        if form is None:
            return
        self.message.setText(self.tr("Saving…"))
        self._worker.submit(
            self._desk.save_qa_review,
            form.sampled_call_id,
            dict(self.form.scores()),
            on_done=lambda done: self._saved(form, done),
            on_error=self._not_saved,
        )

    def _saved(self, form: ReviewForm, done: Done[int]) -> None:
        counts = {label: 0 for label in SCORE_LABELS.values()}
        for score, _note in self.form.scores().values():
            counts[SCORE_LABELS[score]] += 1
        tally = ", ".join(f"{n} {label}" for label, n in counts.items() if n)
        set_tone(self.message, "ink", "ok")  # "saved" says it too
        self.message.setText(
            self.tr("Review of %1 saved (%2).").replace("%1", form.ref).replace("%2", tally)
        )
        for r, call in enumerate(self.sample):
            if call.id == form.sampled_call_id:
                self.calls.setItem(r, len(COLUMNS) - 1, QTableWidgetItem(self.tr("reviewed")))
                self.calls.selectRow(min(r + 1, len(self.sample) - 1))  # on to the next call
        self.calls.setFocus()
        self.loaded.emit()

    def _not_saved(self, failure: Failure) -> None:
        set_tone(self.message, "ink", "danger")  # "Not saved" says it too
        self.message.setText(self.tr("Not saved: %1").replace("%1", str(failure)))
        named = str(failure).split(":", 1)[0]  # the core names the item first
        for row in self.form.rows:
            if row.item_id == named:
                row.note.setFocus()
        self.loaded.emit()

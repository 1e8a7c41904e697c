"""A handler's own quality-assurance reviews: their compliance by checklist item over the
last weeks and every review of their calls with the reviewer's notes, newest first. The
core gives a handler only their own (an inspector opening it sees their team's)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.domain.qa import SCORE_LABELS
from callhandler.services.qa_compliance import Compliance, HandlerReview
from ui.worker import Failure, Worker

WEEKS = 12


def load(desk: Desk) -> tuple[Compliance, tuple[HandlerReview, ...]]:
    """Runs on the worker: the figures and the reviews (a handler: their own)."""
    return desk.qa_compliance(handler=None, weeks=WEEKS), desk.qa_reviews()


class MyReviewsView(QWidget):
    """``by_item`` is the compliance table, ``reviews`` the tree: a review per call, its
    items (score and note) under it. ``loaded`` is emitted after each reply."""

    loaded = Signal()

    def __init__(self, desk: Desk, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk, self._worker = desk, worker
        self._started = False
        self.shown: tuple[HandlerReview, ...] = ()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.by_item = QTableWidget(0, 3)
        self.by_item.setHorizontalHeaderLabels(
            [self.tr("Checklist item"), self.tr("Compliance"), self.tr("Missed")]
        )
        header = self.by_item.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.by_item.verticalHeader().setVisible(False)
        self.by_item.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.by_item.setAccessibleName(self.tr("My compliance by checklist item"))
        self.by_item.setAccessibleDescription(
            self.tr("One row per checklist item: your compliance and how many times it was missed.")
        )
        self.reviews = QTreeWidget()
        self.reviews.setHeaderLabels(
            [self.tr("Call / checklist item"), self.tr("Score"), self.tr("Reviewer's note")]
        )
        self.reviews.setWordWrap(True)
        self.reviews.setAlternatingRowColors(True)
        self.reviews.setAccessibleName(self.tr("My reviews with the reviewer's notes"))
        self.reviews.setAccessibleDescription(
            self.tr("One branch per reviewed call; open it for each item's score and note.")
        )
        self.reviews.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.reviews.header().setStretchLastSection(True)
        self.reviews.setColumnWidth(0, 480)
        self.reviews.setColumnWidth(1, 110)
        split = QSplitter()
        split.addWidget(self.by_item)
        split.addWidget(self.reviews)
        split.setStretchFactor(1, 2)
        split.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.reviews)

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading your reviews…"))
        self._worker.submit(load, self._desk, on_done=self._loaded, on_error=self._failed)

    def _failed(self, failure: Failure) -> None:
        self.status.setText(str(failure))
        self.loaded.emit()

    def _loaded(self, reply: tuple[Compliance, tuple[HandlerReview, ...]]) -> None:
        report, reviews = reply
        self.shown = reviews
        self.status.setText(
            self.tr(
                "%1 review(s) of your calls in the last %2 weeks; a partial counts half. "
                "Read the notes: they say what to ask next time."
            )
            .replace("%1", str(report.reviews))
            .replace("%2", str(WEEKS))
            if reviews
            else self.tr("None of your calls has been reviewed yet.")
        )
        self.by_item.setRowCount(len(report.overall))
        for r, item in enumerate(report.overall):
            shown = "" if item.percent is None else f"{item.percent:.0f} %"
            cells = (item.text, shown, f"{item.missed} of {item.reviewed}")
            for c, text in enumerate(cells):
                self.by_item.setItem(r, c, QTableWidgetItem(text))
        self.reviews.clear()
        for review in reviews:
            top = QTreeWidgetItem(
                [
                    self.tr("%1 (week of %2), reviewed by %3")
                    .replace("%1", review.ref)
                    .replace("%2", f"{review.week_start:%d %b %Y}")
                    .replace("%3", review.reviewer),
                    "",
                    "",
                ]
            )
            for scored in review.items:
                child = QTreeWidgetItem([scored.text, SCORE_LABELS[scored.score], scored.note])
                child.setToolTip(2, scored.note)
                top.addChild(child)
            self.reviews.addTopLevelItem(top)
            top.setExpanded(True)
        first = self.reviews.topLevelItem(0)
        if first is not None:
            self.reviews.setCurrentItem(first)
        self.loaded.emit()

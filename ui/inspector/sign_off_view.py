"""The inspector's sign-off queue beside the review of the incident chosen from it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.services.context import Actor
from callhandler.services.signoff import QueueRow
from ui.common.notice import Notice
from ui.common.table_view import ReadOnlyTableView
from ui.inspector.review_panel import ReviewPanel
from ui.models.queue_table import ADDRESS, QueueRowRole, QueueTableModel
from ui.worker import Failure, Poller, Worker

REFRESH_MS = 60_000  # the ages tick in minutes


class SignOffView(QWidget):
    """The queue (highest risk, then longest waiting) on the left, the review on the right.

    Enter (or a double click) on a queue row opens its review; Esc in the review comes back
    to the queue. After a finalise or return the queue refreshes and the next incident is
    selected. ``count_changed(n)`` carries the queue's length for the tab title.
    """

    count_changed = Signal(int)
    queue_loaded = Signal()

    def __init__(
        self, desk: Desk, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._worker = worker

        self.heading = QLabel(self.tr("Sign-off queue"))
        self.heading.setObjectName("heading")
        self.order_note = QLabel(
            self.tr("Highest risk first, then the longest waiting. Enter opens the review.")
        )
        self.order_note.setObjectName("muted")
        self.order_note.setWordWrap(True)
        self.notice = Notice()
        self.model = QueueTableModel(self)
        self.table = ReadOnlyTableView(self.model, stretch=ADDRESS)
        self.table.setAccessibleName(self.tr("Sign-off queue"))
        self.table.setAccessibleDescription(
            self.tr(
                "Waiting for sign-off, highest risk then longest waiting first; Enter reviews one."
            )
        )
        self.table.activated.connect(self._activated)

        queue = QWidget()
        queue_layout = QVBoxLayout(queue)
        queue_layout.setContentsMargins(0, 0, 6, 0)
        queue_layout.addWidget(self.heading)
        queue_layout.addWidget(self.order_note)
        queue_layout.addWidget(self.notice)
        queue_layout.addWidget(self.table, 1)

        self.review = ReviewPanel(self._desk, worker)
        self.review.signed.connect(self._signed)
        self.review.changed_elsewhere.connect(self.refresh)
        self.review.back.connect(self.focus_queue)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(queue)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setFocusProxy(self.table)

        self.poller = Poller(
            self._worker,
            REFRESH_MS,
            self._desk.sign_off_queue,
            self._loaded,
            self._failed,
            self,
            marker=self._desk.change_marker,
        )
        self.refresh()

    # -- the queue -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.poller.poll()

    def stop(self) -> None:
        self.poller.stop()

    def has_unsent_text(self) -> bool:
        return self.review.dialog is not None and bool(self.review.dialog.reason())

    def selected(self) -> QueueRow | None:
        index = self.table.currentIndex()
        row = index.data(QueueRowRole) if index.isValid() else None
        return row if isinstance(row, QueueRow) else None

    def select(self, incident_id: int) -> bool:
        number = self.model.row_of(incident_id)
        if number < 0:
            return False
        self.table.selectRow(number)
        self.table.setCurrentIndex(self.model.index(number, 0))
        return True

    def focus_queue(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.selected() is None and self.model.rowCount():
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))

    def open_review(self, incident_id: int) -> None:
        self.select(incident_id)
        self.review.load(incident_id)
        self.review.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(QueueRowRole)
        if isinstance(row, QueueRow):
            self.open_review(row.incident_id)

    def _loaded(self, rows: list[QueueRow]) -> None:
        chosen = self.selected()
        position = self.table.currentIndex().row()
        self.model.set_rows(rows)
        if chosen is not None and not self.select(chosen.incident_id) and rows:
            # The incident left the queue (signed here or elsewhere): offer the next one.
            number = min(max(position, 0), len(rows) - 1)
            self.table.selectRow(number)
            self.table.setCurrentIndex(self.model.index(number, 0))
        self._update_heading()
        self.queue_loaded.emit()

    def _failed(self, failure: Failure) -> None:
        self.notice.show_message(
            self.tr("The queue could not be refreshed: {reason}").format(reason=failure.message),
            "error",
        )

    def _update_heading(self) -> None:
        count = self.model.rowCount()
        self.heading.setText(self.tr("Sign-off queue: {n} waiting").format(n=count))
        self.count_changed.emit(count)

    def _signed(self, ref: str, decision: str) -> None:
        if decision == "finalised":
            text = self.tr("{ref} finalised.").format(ref=ref)
        else:
            text = self.tr("{ref} returned to the handler with your reason.").format(ref=ref)
        self.notice.show_message(text)
        self.review.clear()
        self.refresh()
        self.focus_queue()

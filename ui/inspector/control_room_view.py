"""The inspector's view of the control room: every handler's incidents this shift."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.services.calls import IncidentRow
from callhandler.services.context import Actor
from ui.common.words import status_label
from ui.incident_view import IncidentTableView
from ui.models.incident_filter import IncidentFilterProxy
from ui.models.incident_table import OPENED, IncidentRowRole, IncidentTableModel
from ui.oversight.incident_dialog import IncidentDialog
from ui.worker import Failure, Poller, Worker

REFRESH_MS = 30_000


class _Figure(QWidget):
    """A large number with its caption, for the counts across the top."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("0")
        self.value.setObjectName("figureValue")
        self.caption = QLabel(caption)
        self.caption.setObjectName("figureCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 24, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, value: int) -> None:
        self.value.setText(f"{value:,}")


class ControlRoomView(QWidget):
    """Counts (open, total, domestic abuse), a text filter, a status filter and the table.

    The counts are for the whole shift; the line under the filters says how many rows the
    filters leave. Refreshes through the worker every 30 s and on F5.
    """

    def __init__(
        self, desk: Desk, actor: Actor, worker: Worker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._worker = worker

        heading = QLabel(self.tr("Control room: incidents this shift"))
        heading.setObjectName("heading")
        self.open_count = _Figure(self.tr("Open"))
        self.total_count = _Figure(self.tr("Total"))
        self.da_count = _Figure(self.tr("Domestic abuse"))
        figures = QHBoxLayout()
        for figure in (self.open_count, self.total_count, self.da_count):
            figures.addWidget(figure)
        figures.addStretch(1)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("ref, number, address, name…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter_edit)
        self.status_combo = QComboBox()
        self.status_combo.setMinimumContentsLength(14)
        self.status_combo.setAccessibleDescription(
            self.tr("Shows only the incidents with this status.")
        )
        self.status_combo.addItem(self.tr("All statuses"), None)
        status_label_ = QLabel(self.tr("&Status"))
        status_label_.setBuddy(self.status_combo)
        self.showing = QLabel()
        self.showing.setObjectName("muted")
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(status_label_)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(self.showing)

        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.model = IncidentTableModel(self, show_handler=True)
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = IncidentTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(self.model.column_of(OPENED), Qt.SortOrder.DescendingOrder)
        self.view.setAccessibleName(self.tr("Control room incidents this shift"))
        self.view.activated.connect(self.open_incident)  # Enter: the incident, read-only
        self.dialog: IncidentDialog | None = None
        self.view.setAccessibleDescription(
            self.tr("Every incident this shift, newest first, with its grade and status in words.")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(figures)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)

        self.filter_edit.textChanged.connect(self._filter_changed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_showing)
        self.setFocusProxy(self.filter_edit)
        self._update_counts()

        self.poller = Poller(
            self._worker,
            REFRESH_MS,
            self._desk.control_room_incidents,
            self._loaded,
            self._failed,
            self,
            marker=self._desk.change_marker,
        )
        self.refresh()

    def refresh(self) -> None:
        self.poller.poll()

    def stop(self) -> None:
        self.poller.stop()

    def has_unsent_text(self) -> bool:
        return False

    def open_incident(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a row: the incident, read-only, as Oversight shows it."""
        row = index.data(IncidentRowRole)
        if not isinstance(row, IncidentRow):
            return
        dialog = IncidentDialog(self._desk, self._worker, row.id, row.ref, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _loaded(self, rows: list[IncidentRow]) -> None:
        self.problem.setVisible(False)
        self.model.set_rows(rows)
        self._update_statuses(rows)
        self._update_counts()

    def _failed(self, failure: Failure) -> None:
        self.problem.setText(
            self.tr("The list could not be refreshed: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_showing()

    def _status_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_combo.currentData())
        self._update_showing()

    def _update_statuses(self, rows: list[IncidentRow]) -> None:
        """Offer the statuses present in the shift, keeping the one chosen."""
        chosen = self.status_combo.currentData()
        statuses = sorted({r.status for r in rows} | ({chosen} if chosen else set()))
        present = [self.status_combo.itemData(i) for i in range(1, self.status_combo.count())]
        if statuses == present:
            return
        self.status_combo.blockSignals(True)
        while self.status_combo.count() > 1:
            self.status_combo.removeItem(1)
        for status in statuses:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(chosen)))
        self.status_combo.blockSignals(False)

    def _update_counts(self) -> None:
        rows = self.model.rows()
        self.open_count.set_value(sum(1 for r in rows if r.status == "open"))
        self.total_count.set_value(len(rows))
        self.da_count.set_value(sum(1 for r in rows if r.domestic_abuse))
        self._update_showing()

    def _update_showing(self) -> None:
        self.showing.setText(
            self.tr("Showing {shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

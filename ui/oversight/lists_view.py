"""The inspector's oversight lists: choose a list, set its thresholds, filter, sort, drill
down to the incidents behind a row, export what is on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.domain.oversight import OversightSettings
from callhandler.errors import BadInput
from callhandler.services import oversight
from callhandler.services.incident_changes import now_utc
from ui.common.notice import Notice
from ui.common.words import local_time
from ui.oversight import export
from ui.oversight.drill_panel import DrillDownPanel
from ui.oversight.incident_dialog import IncidentDialog
from ui.oversight.oversight_table import OversightTable, incident_ref_of
from ui.oversight.report_chooser import ReportChooser
from ui.oversight.report_model import (
    ReportFilterProxy,
    ReportTableModel,
)
from ui.oversight.thresholds import ThresholdFilters
from ui.worker import Failure, Worker

Clock = Callable[[], dt.datetime]
TRIGGER_LIST = "reassessment-due"


class OversightListsView(QWidget):
    """The lists of ``oversight.REPORTS`` (new ones appear by themselves) on the left; the
    chosen list's thresholds, a text filter, the table, its count and time generated; the
    incidents behind the selected row underneath.

    Every load runs on the worker (``loading`` is True meanwhile and the view says so); a
    reply to an older request is dropped. ``loaded`` is emitted after each table load,
    ``drilled`` after each drill-down load. F5 (the window's Refresh) calls ``refresh``.
    """

    loaded = Signal()

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        clock: Clock = now_utc,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._clock = clock
        self._request = 0
        self.loading = False
        self.report_name = ""
        self.generated_at: dt.datetime | None = None
        self.settings_used: OversightSettings | None = None
        self.dialog: QWidget | None = None

        self.reports = ReportChooser()
        reports_label = QLabel(self.tr("Choose a &list"))
        reports_label.setBuddy(self.reports)
        left = QVBoxLayout()
        left.addWidget(reports_label)
        left.addWidget(self.reports, 1)

        self.title = QLabel()
        self.title.setObjectName("heading")
        self.thresholds = ThresholdFilters()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("name, address, ref, handler…"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Filter"))
        filter_label.setBuddy(self.filter_edit)
        self.showing = QLabel()
        self.showing.setObjectName("muted")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(self.busy)
        filters.addWidget(self.showing)

        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.notice = Notice()

        self.model = ReportTableModel(self)
        self.proxy = ReportFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = OversightTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("The list's rows"))
        self.table.setAccessibleDescription(
            self.tr("The chosen list's rows; Enter shows the incidents behind a row.")
        )

        self.drill = DrillDownPanel(desk, worker)
        # Short names for what tests and the window reach into.
        self.drill_table = self.drill.table
        self.drill_proxy = self.drill.proxy
        self.drill_heading = self.drill.heading
        self.drilled = self.drill.drilled
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.drill)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.list_actions: dict[str, QAction] = {}
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for key, text, keys, run in (
            ("refresh", self.tr("Refresh"), "F5", self.refresh),
            ("csv", self.tr("Export CSV…"), "Ctrl+E", self.export_csv),
            ("pdf", self.tr("Export PDF…"), "Ctrl+Shift+E", self.export_pdf),
            ("open", self.tr("Open incident"), "Ctrl+O", self.open_selected_incident),
            ("close_event", self.tr("Close trigger event…"), "Ctrl+Shift+K", self.close_event),
        ):
            action = QAction(text, self)
            # F5 is the window's Refresh (File menu), which reaches this view when shown.
            if key != "refresh":
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            action.triggered.connect(lambda _checked=False, run=run: run())
            self.list_actions[key] = action
            button = QPushButton(f"{text}  {keys}")
            button.setAutoDefault(False)
            button.clicked.connect(action.trigger)
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(
            lambda: self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.addAction(find)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.thresholds)
        right.addLayout(filters)
        right.addWidget(self.problem)
        right.addWidget(self.notice)
        right.addWidget(splitter, 1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        self.reports.currentItemChanged.connect(self._report_chosen)
        self.thresholds.changed.connect(self.refresh)
        self.filter_edit.textChanged.connect(self._filter_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._update_showing)
        self.table.selectionModel().selectionChanged.connect(self._row_changed)
        self.table.enter_pressed.connect(self._row_entered)
        self.table.doubleClicked.connect(self._row_entered)
        self.drill.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.drill.open_requested.connect(self.open_incident)
        self.setFocusProxy(self.reports)
        self._update_actions()
        self._update_showing()

    # -- choosing and loading --------------------------------------------------------------

    def start(self) -> None:
        """Load the first list (the window calls this when the tab is first shown)."""
        if self.reports.currentRow() < 0 and self.reports.count():
            self.reports.setCurrentRow(0)

    def choose(self, name: str) -> None:
        """Show the list called ``name`` (loading it again if it is on show)."""
        row = self.reports.row_of(name)
        if row < 0:
            raise BadInput(f"There is no oversight list {name!r}.")
        if self.reports.currentRow() == row:
            self.refresh()
        else:
            self.reports.setCurrentRow(row)

    def _report_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        self.report_name = self.reports.name_at(self.reports.row(current))
        self.title.setText(oversight.REPORTS[self.report_name].title)
        self.thresholds.set_report(self.report_name)
        self.model.set_rows(oversight.REPORTS[self.report_name].columns, [])
        self.table.keep_service_order()
        self.generated_at = None
        self._clear_drill()
        self.refresh()

    def refresh(self) -> None:
        """Run the chosen list again on the worker with the thresholds shown."""
        if not self.report_name:
            self.start()
            return
        name = self.report_name
        settings = self.thresholds.settings()
        now = self._clock()
        self._request += 1
        token = self._request
        self._set_loading(True)
        self._worker.submit(
            self._desk.oversight_report,
            name,
            now=now,
            settings=settings,
            on_done=lambda rows: self._loaded(token, name, now, settings, rows),
            on_error=lambda failure: self._failed(token, failure),
        )

    def _loaded(
        self,
        token: int,
        name: str,
        now: dt.datetime,
        settings: OversightSettings,
        rows: list[Any],
    ) -> None:
        if token != self._request:
            return  # an older request: the one on its way is what the screen asks for
        self._set_loading(False)
        self.problem.setVisible(False)
        chosen = self.table.current_row()
        columns = oversight.REPORTS[name].columns
        self.model.set_rows(columns, rows)
        self.table.show_columns(columns)
        self.generated_at = now
        self.settings_used = settings
        self._clear_drill()
        if chosen is not None and chosen in rows:
            self.table.select_source_row(list(self.model.rows()).index(chosen))
        self._update_showing()
        self.loaded.emit()

    def _failed(self, token: int, failure: Failure) -> None:
        if token != self._request:
            return
        self._set_loading(False)
        self.problem.setText(
            self.tr("The list could not be loaded: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)
        self.loaded.emit()

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        self.busy.setVisible(loading)
        self._update_showing()
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_showing()

    def _update_showing(self) -> None:
        if self.loading:
            self.showing.setText(self.tr("Loading…"))
            return
        if self.generated_at is None:
            self.showing.setText("")
            return
        self.showing.setText(
            self.tr("{shown} of {total} rows · generated {when}").format(
                shown=self.proxy.rowCount(),
                total=self.model.rowCount(),
                when=local_time(self.generated_at).strftime("%d %b %Y %H:%M"),
            )
        )
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        has_rows = self.generated_at is not None and not self.loading
        self.list_actions["csv"].setEnabled(has_rows)
        self.list_actions["pdf"].setEnabled(has_rows)
        self.list_actions["close_event"].setEnabled(self._selected_open_event() is not None)
        self.list_actions["open"].setEnabled(
            self._desk.actor.role == "inspector" and self._selected_incident() is not None
        )
        for key, button in self.buttons.items():
            button.setEnabled(self.list_actions[key].isEnabled())
        self.buttons["close_event"].setVisible(self.report_name == TRIGGER_LIST)

    # -- drill-down -------------------------------------------------------------------------

    def _clear_drill(self) -> None:
        self.drill.clear()
        self._update_actions()

    def _row_changed(self, *_args: object) -> None:
        row = self.table.current_row()
        self._update_actions()
        if row is None:
            self._clear_drill()
            return
        settings = self.settings_used or self.thresholds.settings()
        self.drill.load(self.report_name, row, self.generated_at, settings)

    def _row_entered(self, _index: QModelIndex) -> None:
        """Enter on a list row: into the incidents behind it, or straight to the incident
        when the row is one."""
        if not self.drill.enter() and self._selected_incident() is not None:
            self.open_selected_incident()

    def _selected_incident(self) -> tuple[int, str] | None:
        """The incident behind the selected drill-down row, or the list row's own."""
        chosen = self.drill.current_incident()
        if chosen is not None:
            return chosen
        row = self.table.current_row()
        incident_id = getattr(row, "incident_id", None)
        return (incident_id, incident_ref_of(row)) if isinstance(incident_id, int) else None

    def open_selected_incident(self) -> None:
        chosen = self._selected_incident()
        if chosen is not None:
            self.open_incident(*chosen)

    def open_incident(self, incident_id: int, ref: str = "") -> None:
        """The incident, read-only, in a dialog (the inspector's review page)."""
        dialog = IncidentDialog(self._desk, self._worker, incident_id, ref, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    # -- trigger events ------------------------------------------------------------------

    def _selected_open_event(self) -> Any:
        if self.report_name != TRIGGER_LIST:
            return None
        row = self.table.current_row()
        if row is None or getattr(row, "closed_at", None) is not None:
            return None
        return row if _event_id_of(row) is not None else None

    def close_event(self) -> None:
        """Close the selected reassessment-due event with an outcome and rationale."""
        from ui.oversight.trigger_dialog import CloseTriggerDialog, row_summary

        row = self._selected_open_event()
        event_id = _event_id_of(row)  # None when no open event is selected
        if event_id is None:
            return
        dialog = CloseTriggerDialog(self._desk, self._worker, event_id, row_summary(row), self)
        dialog.closed.connect(self._event_closed)
        self.dialog = dialog
        dialog.open()

    def _event_closed(self, event: Any) -> None:
        self.notice.show_message(
            self.tr("Trigger event closed: {outcome}.").format(outcome=event.outcome)
        )
        self.refresh()
        self.table.setFocus()

    # -- export --------------------------------------------------------------------------

    def snapshot(self) -> export.TableSnapshot:
        """Exactly what the table shows, with the title, filters applied and time generated."""
        filters = list(self.thresholds.describe())
        if self.proxy.text:
            filters.append(self.tr("Text filter: {text}").format(text=self.proxy.text))
        column = self.proxy.sortColumn()
        if 0 <= column < self.model.columnCount():
            order = (
                self.tr("ascending")
                if self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
                else self.tr("descending")
            )
            filters.append(
                self.tr("Sorted by {column}, {order}").format(
                    column=self.model.headerData(column, Qt.Orientation.Horizontal), order=order
                )
            )
        return export.snapshot(
            self.table, self.title.text(), tuple(filters), self.generated_at or self._clock()
        )

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        return self._export("CSV", export.export_csv, path)

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        return self._export("PDF", export.export_pdf, path)

    def _export(
        self,
        kind: str,
        write: Callable[[export.TableSnapshot, str | Path], Path],
        path: str | Path | None,
    ) -> Path | None:
        if self.generated_at is None or self.loading:
            return None
        try:
            written = export.save_as(
                self, kind, write, self.snapshot(), path, f"{self.report_name}.{kind.lower()}"
            )
        except BadInput as exc:
            self.notice.show_message(str(exc), "error")
            return None
        if written is not None:
            self.notice.show_message(
                self.tr("{rows} rows exported to {path}").format(
                    rows=self.proxy.rowCount(), path=written
                )
            )
        return written


def _event_id_of(row: object) -> int | None:
    value = getattr(row, "event_id", None)  # a ReassessmentDueRow's trigger event
    return value if isinstance(value, int) else None

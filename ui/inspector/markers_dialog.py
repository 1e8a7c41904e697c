"""The inspector's review of an incident's warning markers: list them, expire one with a reason."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from callhandler.desk import Desk
from callhandler.services import markers
from callhandler.services.markers import MIN_REASON_CHARS, MarkerRow
from ui.common.action_dialogs import ActionDialog
from ui.common.notice import Notice
from ui.common.table_view import ReadOnlyTableView
from ui.models.marker_table import TEXT, MarkerRowRole, MarkerTableModel, on_label
from ui.worker import Failure, Worker


class ExpireMarkerDialog(ActionDialog):
    """Why the marker is no longer needed (recorded in the audit log); Ctrl+Enter expires."""

    def __init__(self, row: MarkerRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Expire marker: {what}").format(what=row.label),
            self.tr("&Expire marker"),
            parent,
        )
        explain = QLabel(
            self.tr(
                "{what} on {on} stops showing to handlers from now. Say why it is no longer "
                "needed: it is recorded in the audit log with your name."
            ).format(what=row.label, on=on_label(row))
        )
        explain.setWordWrap(True)
        self.main.insertWidget(0, explain)
        # Bold from the start, so it is sized for the bold text a default button is drawn
        # with (sized as a plain button, its text was cut off).
        self.ok_button.setObjectName("primary")
        self.ok_button.style().unpolish(self.ok_button)
        self.ok_button.style().polish(self.ok_button)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Why the marker is no longer needed"))
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        reason_label = QLabel(self.tr("&Why"))
        reason_label.setBuddy(self.reason_edit)
        self.form.addRow(reason_label, self.reason_edit)
        self.resize(520, 240)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def first_field(self) -> QWidget:
        return self.reason_edit

    def check(self) -> str:
        if len(self.reason().replace(" ", "")) < MIN_REASON_CHARS:
            return self.tr("Say why the marker is no longer needed (at least a sentence).")
        return ""


class MarkersDialog(QDialog):
    """Every marker on the incident's number, address and victim, active ones first.

    Loaded through the worker (``markers.markers_for_incident``); Alt+E (Expire…) asks for
    the reason and expires the selected active marker through the worker; the service's
    refusal is shown in that dialog, which stays open with what was typed. ``loaded`` is
    emitted each time the list is shown, ``expired(row)`` after a marker was expired.
    """

    loaded = Signal()
    expired = Signal(object)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        incident_ref: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._incident_id = incident_id
        self._select_id: int | None = None
        self.expire_dialog: ExpireMarkerDialog | None = None
        self.setWindowTitle(self.tr("Warning markers: {ref}").format(ref=incident_ref))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = QLabel(
            self.tr(
                "Markers on this incident's number, address and victim, and those it placed. "
                "Active ones show to the next handler; an expired one no longer does."
            )
        )
        intro.setWordWrap(True)
        self.notice = Notice()
        self.model = MarkerTableModel(self)
        self.table = ReadOnlyTableView(self.model, stretch=TEXT, wrap=True, grid=True)
        self.table.setAccessibleName(self.tr("Warning markers"))
        self.table.setAccessibleDescription(
            self.tr("The incident's warning markers, one a row; select an active one to expire it.")
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.expire_button = QPushButton(self.tr("&Expire…"))
        self.expire_button.setToolTip(self.tr("Expire the selected active marker (Alt+E)"))
        self.expire_button.setAutoDefault(False)
        self.expire_button.clicked.connect(self.expire_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.expire_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("F5"), self, self.load)
        self.resize(1180, 440)  # every column in view on a 1366-wide screen
        self.table.setFocus()
        self._update_buttons()
        self.load()

    # -- the list ---------------------------------------------------------------------

    def load(self) -> None:
        self._worker.submit(
            self._desk.markers_for_incident,
            self._incident_id,
            on_done=self._show,
            on_error=self._load_failed,
        )

    def _show(self, rows: tuple[MarkerRow, ...]) -> None:
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if not rows:
            self.notice.show_message(
                self.tr("No markers on this incident's number, address or victim."), "ok"
            )
        chosen = self.model.row_of(self._select_id) if self._select_id is not None else 0
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(max(chosen, 0), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()
        self.loaded.emit()

    def _load_failed(self, failure: Failure) -> None:
        self.notice.show_message(failure.message, "error")

    def selected(self) -> MarkerRow | None:
        index = self.table.currentIndex()
        row = index.data(MarkerRowRole) if index.isValid() else None
        return row if isinstance(row, MarkerRow) else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.expire_button.setEnabled(
            row is not None and row.active and self._desk.actor.role in markers.MAY_EXPIRE
        )

    # -- expiring ---------------------------------------------------------------------

    def expire_selected(self) -> None:
        """Alt+E: ask why, then expire the selected active marker."""
        row = self.selected()
        if row is None or not self.expire_button.isEnabled():
            return
        dialog = ExpireMarkerDialog(row, self)
        dialog.confirmed.connect(lambda: self._expire(row, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.expire_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ExpireMarkerDialog) -> None:
        if self.expire_dialog is dialog:
            self.expire_dialog = None

    def _expire(self, row: MarkerRow, dialog: ExpireMarkerDialog) -> None:
        self._worker.submit(
            self._desk.expire_marker,
            row.id,
            dialog.reason(),
            on_done=lambda done: self._expired(done.value, dialog),
            on_error=lambda failure: self._refused(row, failure, dialog),
        )

    def _refused(self, row: MarkerRow, failure: Failure, dialog: ExpireMarkerDialog) -> None:
        if Shiboken.isValid(dialog):  # not cancelled while the worker worked
            dialog.show_error(failure.message)  # e.g. expired meanwhile, or not permitted
        self._select_id = row.id
        self.load()  # it may have changed elsewhere: show the list as it is now

    def _expired(self, row: MarkerRow, dialog: ExpireMarkerDialog) -> None:
        if Shiboken.isValid(dialog):
            dialog.accept()
        self._select_id = row.id
        self.notice.show_message(
            self.tr("Expired: {what} on {on}. It no longer shows to handlers.").format(
                what=row.label, on=on_label(row)
            ),
            "ok",
        )
        self.expired.emit(row)
        self.load()
        self.table.setFocus()

"""Returned incidents announced to their handler (issue 16): a notice at sign-in naming
each incident and the inspector's reason, and a line in the status bar until every one
is submitted again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from callhandler.desk import Desk
from callhandler.services.returned import ReturnedIncident
from ui.worker import Failure, Worker

POLL_MS = 60_000  # a return made while the handler works shows within a minute
SHOWN = 2  # references named in the status bar; the rest are counted
LISTED = 5  # returns spelt out in the sign-in notice


class ReturnedNotice(QObject):
    """Asks ``desk.returned_to_me`` on ``start()`` (the window shown), every minute and on
    ``check()``. The first answer naming any incident opens ``dialog`` over ``window``
    (Enter: open the first in My incidents, ``open_requested(incident_id)``; Esc: later).
    ``label`` (for the status bar) names them until none is left. A failed check (a
    workstation offline) keeps what was shown."""

    open_requested = Signal(int)
    checked = Signal()

    def __init__(self, desk: Desk, worker: Worker, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._worker = worker
        self._window = window
        self._asking = False
        self._announced = False
        self.rows: tuple[ReturnedIncident, ...] = ()
        self.dialog: QMessageBox | None = None
        self.label = QLabel()
        self.label.setObjectName("returnedIncidents")
        self.label.setProperty("tone", "danger")
        self.label.setStyleSheet("padding:1px 8px; font-weight:700;")
        self.label.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.check()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._asking:
            return
        self._asking = True
        self._worker.submit(self._desk.returned_to_me, on_done=self._shown, on_error=self._failed)

    def _failed(self, _failure: Failure) -> None:
        self._asking = False
        self.checked.emit()

    def _shown(self, rows: Sequence[ReturnedIncident]) -> None:
        self._asking = False
        self.rows = tuple(rows)
        refs = ", ".join(r.ref for r in self.rows[:SHOWN])
        if len(self.rows) > SHOWN:  # the status bar must not widen the window
            refs += " " + self.tr("and {n} more").format(n=len(self.rows) - SHOWN)
        self.label.setText(
            self.tr("RETURNED to you: {refs} (Ctrl+2)").format(refs=refs) if self.rows else ""
        )
        self.label.setToolTip(
            "\n".join(self._line(r) for r in self.rows)
            + "\n"
            + self.tr("Open each in My incidents (Ctrl+2), correct it and submit it again.")
            if self.rows
            else ""
        )
        self.label.setVisible(bool(self.rows))
        if self.rows and not self._announced:
            self._announced = True
            self._announce()
        self.checked.emit()

    def _line(self, row: ReturnedIncident) -> str:
        return self.tr("{ref}: returned by {who} at {when}: “{reason}”").format(
            ref=row.ref,
            who=row.inspector,
            when=row.returned_at.astimezone().strftime("%d %b %H:%M"),
            reason=row.reason,
        )

    def _announce(self) -> None:
        count = len(self.rows)
        dialog = QMessageBox(self._window)
        dialog.setIcon(QMessageBox.Icon.Warning)
        dialog.setWindowTitle(self.tr("Incidents returned to you"))
        dialog.setText(
            self.tr("An inspector returned an incident to you: correct it and submit it again.")
            if count == 1
            else self.tr(
                "Inspectors returned {count} incidents to you: correct them and submit them again."
            ).format(count=count)
        )
        lines = [self._line(r) for r in self.rows[:LISTED]]
        if count > LISTED:  # the notice must fit the screen; My incidents lists them all
            lines.append(self.tr("…and {n} more in My incidents.").format(n=count - LISTED))
        dialog.setInformativeText("\n\n".join(lines))
        dialog.setTextFormat(Qt.TextFormat.PlainText)
        open_button: QPushButton = dialog.addButton(
            self.tr("&Open in My incidents"), QMessageBox.ButtonRole.AcceptRole
        )
        dialog.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        dialog.setDefaultButton(open_button)
        dialog.setEscapeButton(dialog.buttons()[-1])
        first = self.rows[0].incident_id

        def closed(_result: int) -> None:
            if dialog.clickedButton() is open_button:
                self.open_requested.emit(first)
            self.dialog = None

        dialog.finished.connect(closed)
        self.dialog = dialog
        dialog.open()

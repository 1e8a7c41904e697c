"""Correcting what the new-call form recorded in an opened incident (F6, Ctrl+Enter, Esc)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from callhandler.services.calls import IncidentRow, NewCall
from ui.worker import Failure, Worker

if TYPE_CHECKING:
    from ui.call.on_screen import CallOnScreen

CORRECT_KEYS = "F6"


class DetailsCorrection(QObject):
    """The workspace's side: F6 starts a correction of the call's incident; the corrected
    details are saved through the desk on the worker, on the version the workspace
    holds; then the history is looked up again (the recommendation follows it).
    ``saved(row)`` is emitted when the correction is on file."""

    saved = Signal(object)

    def __init__(self, workspace: CallOnScreen, worker: Worker) -> None:
        # the protocol does not say it, but the workspace is a QWidget: the parent, and the
        # window of the shortcuts (narrowed so both are type-checked)
        assert isinstance(workspace, QWidget)
        super().__init__(workspace)
        self._workspace = workspace
        self._worker = worker
        form = workspace.form
        form.correction.requested.connect(self.start)
        form.correction.submitted.connect(self._save)
        shortcut = QShortcut(QKeySequence(CORRECT_KEYS), workspace)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.start)

    def start(self) -> None:
        """F6: correct the opened incident's details (nothing to do before it is opened)."""
        ws = self._workspace
        if ws.incident is None or ws.grading.version is None:
            ws.form.show_message(
                self.tr(
                    "Nothing to correct yet: the details are recorded once the incident "
                    "is opened (Ctrl+Enter)."
                )
            )
            return
        ws.form.correction.begin()

    def _save(self, call: NewCall) -> None:
        ws = self._workspace
        incident, version = ws.incident, ws.grading.version
        if incident is None or version is None:
            ws.form.correction.failed(self.tr("the incident is no longer on screen."))
            return
        self._worker.submit(
            ws.desk.update_details,
            incident.id,
            version,
            call,
            on_done=lambda done: self._saved(incident.id, done.value),
            on_error=lambda failure: self._failed(incident.id, failure),
        )

    def _still_on_screen(self, incident_id: int) -> bool:
        """The call may have moved on (Ctrl+N) while the worker saved."""
        incident = self._workspace.incident
        return incident is not None and incident.id == incident_id

    def _saved(self, incident_id: int, row: IncidentRow) -> None:
        ws = self._workspace
        if self._still_on_screen(incident_id):
            ws.grading.version = row.version
            ws.form.correction.saved(row)
            ws.history.look_up_now()  # the recommendation follows the new history
        self.saved.emit(row)

    def _failed(self, incident_id: int, failure: Failure) -> None:
        # A ConcurrentChange message says who changed the incident and that nothing was
        # overwritten; the corrected text stays on screen either way.
        if self._still_on_screen(incident_id):
            self._workspace.form.correction.failed(failure.message)

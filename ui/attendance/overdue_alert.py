"""A red banner listing dispatched incidents past their attendance target, polled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk, Done
from callhandler.services.attendance import IncidentAttendance
from callhandler.services.context import Actor
from ui.worker import Failure, Worker

DEFAULT_INTERVAL_S = 30.0
DECISION_KEYS = "Ctrl+Shift+D"
ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_LINES = 4  # more scroll: the banner must never push the call form off the screen


def _now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class OverdueAlert(QFrame):
    """Shown while any dispatched incident is past its grade's target with nobody attending.

    Polls ``overdue_incidents`` through the worker every ``interval_s`` seconds (and on
    ``poll()``); hidden when there are none. ``now`` supplies the clock (tests pass a
    controlled one). After every poll ``overdue_count(n)`` is emitted. Enter or a double
    click on a line emits ``open_requested(incident_id)``. An inspector can record a
    decision on the selected line: the "Record decision" button or Ctrl+Shift+D opens a
    line for the text, Enter records it (``decision_recorded(ref)``), Esc cancels.
    Problems are shown in the banner, never in a box.
    """

    overdue_count = Signal(int)
    open_requested = Signal(int)
    decision_recorded = Signal(str)

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        now: Callable[[], dt.datetime] | None = None,
        autostart: bool = True,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor
        self._worker = worker
        self._now = now or _now_utc
        self._entries: list[IncidentAttendance] = []
        self._polling = False
        self._poll_again = False
        self._poll_error = False
        self._deciding: IncidentAttendance | None = None
        self.setObjectName("overdueAlert")  # red in every theme: resources/styles

        self.title = QLabel()
        self.title.setObjectName("overdueTitle")
        self.list = QListWidget()
        self.list.setObjectName("overdueList")
        self.list.setAccessibleName(self.tr("Overdue incidents"))
        self.list.setAccessibleDescription(
            self.tr("Incidents past their attendance target, most overdue first; Enter opens one.")
        )
        self.list.itemActivated.connect(
            lambda item: self.open_requested.emit(int(item.data(ID_ROLE)))
        )
        self.decision_button = QPushButton(self.tr("Record &decision…"))
        self.decision_button.setToolTip(
            self.tr("Record the inspector's decision on the selected incident (%1)").replace(
                "%1", DECISION_KEYS
            )
        )
        self.decision_button.clicked.connect(lambda: self.begin_decision())
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.decision_button)

        self.decision_label = QLabel()
        self.decision_edit = QLineEdit()
        self.decision_edit.setObjectName("overdueDecision")
        self.decision_edit.setPlaceholderText(
            self.tr("Your decision, e.g. nearest unit 3 min away, keep Grade 1")
        )
        self.decision_edit.returnPressed.connect(self._record_typed)
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.clicked.connect(self._record_typed)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_decision)
        escape = QShortcut(QKeySequence("Escape"), self.decision_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.cancel_decision)
        self.decision_row = QWidget()
        decision = QHBoxLayout(self.decision_row)
        decision.setContentsMargins(0, 0, 0, 0)
        decision.addWidget(self.decision_label)
        decision.addWidget(self.decision_edit, 1)
        decision.addWidget(self.record_button)
        decision.addWidget(self.cancel_button)
        self.decision_row.setVisible(False)

        self.error = QLabel()
        self.error.setObjectName("overdueError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.list)
        layout.addWidget(self.decision_row)
        layout.addWidget(self.error)

        inspector = actor.role == "inspector"
        self.decision_button.setVisible(inspector)
        if inspector:
            shortcut = QShortcut(QKeySequence(DECISION_KEYS), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda: self.begin_decision())

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.set_interval(interval_s)
        self.setVisible(False)
        if autostart:
            self.start()

    # -- polling ----------------------------------------------------------------------

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(max(int(seconds * 1000), 1))

    def start(self) -> None:
        """Poll now and then every interval."""
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Ask for the overdue incidents now (one question at a time; a second waits)."""
        if self._polling:
            self._poll_again = True
            return
        job = self._worker.submit(
            self._desk.overdue_incidents,
            now=self._now(),
            on_done=self._polled,
            on_error=self._poll_failed,
        )
        self._polling = job >= 0

    def _polled(self, entries: list[IncidentAttendance]) -> None:
        self._polling = False
        if self._poll_error:
            self._poll_error = False
            self._say("")
        self._entries = list(entries)
        self._show()
        self.overdue_count.emit(len(self._entries))
        self._again()

    def _poll_failed(self, failure: Failure) -> None:
        self._polling = False
        self._poll_error = True
        self._say(self.tr("The overdue list could not be checked: %1").replace("%1", str(failure)))
        self.setVisible(True)
        self._again()

    def _again(self) -> None:
        if self._poll_again:
            self._poll_again = False
            self.poll()

    def incidents(self) -> list[IncidentAttendance]:
        """The incidents the banner shows, most overdue first."""
        return list(self._entries)

    # -- showing ----------------------------------------------------------------------

    def line_for(self, entry: IncidentAttendance) -> str:
        status = entry.status
        target = str(status.target_minutes)
        if status.area == "rural":
            target = self.tr("%1 rural").replace("%1", target)
        text = (
            self.tr("OVERDUE: %1 Grade %2, %3 min since dispatch (target %4)")
            .replace("%1", entry.incident_ref)
            .replace("%2", str(entry.grade))
            .replace("%3", str(int(status.elapsed.total_seconds() // 60)))
            .replace("%4", target)
        )
        return f"{text} · {entry.address}" if entry.address else text

    def _show(self) -> None:
        selected = self.selected()
        self.list.clear()
        for entry in self._entries:
            item = QListWidgetItem(self.line_for(entry))
            item.setData(ID_ROLE, entry.incident_id)
            self.list.addItem(item)
            if selected is not None and entry.incident_id == selected.incident_id:
                self.list.setCurrentItem(item)
        if self._entries and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        count = len(self._entries)
        self.title.setText(
            "\u26a0 " + self.tr("OVERDUE ATTENDANCE: %1 incident(s)").replace("%1", str(count))
        )
        row_height = max(self.list.sizeHintForRow(0), 18) if count else 18
        self.list.setFixedHeight(row_height * min(max(count, 1), SHOWN_LINES) + 6)
        if self._deciding is not None and all(
            e.incident_id != self._deciding.incident_id for e in self._entries
        ):
            self.cancel_decision()  # attended meanwhile: nothing left to decide
        self.setVisible(bool(count) or self.error.isVisible())

    def selected(self) -> IncidentAttendance | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = int(item.data(ID_ROLE))
        return next((e for e in self._entries if e.incident_id == wanted), None)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- the inspector's decision -----------------------------------------------------

    def begin_decision(self, incident_id: int | None = None) -> bool:
        """Open the decision line for an incident (the selected one when None)."""
        if self._actor.role != "inspector":
            return False
        entry = self.selected()
        if incident_id is not None:
            entry = next((e for e in self._entries if e.incident_id == incident_id), None)
        if entry is None:
            return False
        self._deciding = entry
        self.decision_label.setText(self.tr("Decision on %1:").replace("%1", entry.incident_ref))
        self.decision_row.setVisible(True)
        self.decision_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def cancel_decision(self) -> None:
        self._deciding = None
        self.decision_row.setVisible(False)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _record_typed(self) -> None:
        if self._deciding is not None:
            self.record_decision(self._deciding.incident_id, self.decision_edit.text())

    def record_decision(self, incident_id: int, text: str) -> None:
        """Record the inspector's decision through the worker; the banner then re-polls."""
        entry = next((e for e in self._entries if e.incident_id == incident_id), None)
        if entry is None:
            return
        self.record_button.setEnabled(False)
        self._worker.submit(
            self._desk.record_inspector_decision,
            entry.incident_id,
            entry.version,
            text,
            now=self._now(),
            on_done=self._decided,
            on_error=self._decision_failed,
        )

    def _decided(self, done: Done[IncidentAttendance]) -> None:
        view = done.value
        self.record_button.setEnabled(True)
        self.decision_edit.clear()
        self._say("")
        self.cancel_decision()
        self.decision_recorded.emit(view.incident_ref)
        self.poll()

    def _decision_failed(self, failure: Failure) -> None:
        self.record_button.setEnabled(True)
        self._say(self.tr("Decision not recorded: %1").replace("%1", str(failure)))
        self.poll()  # another workstation's change: fetch the incident's new version

"""A control-room workstation's status bar: online or OFFLINE, how fresh the cache is, what
is waiting to be sent, and the conflicts the server refused (F9 lists them)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from ui.common.theme import set_tone
from ui.worker import Failure, Poller, Worker

if TYPE_CHECKING:
    from callhandler.desk import OutboxEntry, WorkstationState

TICK_MS = 3_000
CONFLICT_KEYS = "F9"
# How each state looks: (property, value, layout); the theme colours tone= and ink=.
ONLINE_STYLE = ("ink", "ok", "padding:0 6px;")
OFFLINE_STYLE = ("tone", "danger", "font-weight:700; padding:2px 8px;")
PROBLEM_STYLE = ("tone", "warning", "font-weight:600; padding:2px 8px;")
CONFLICT_STYLE = "font-weight:700; padding:2px 10px;"


def _local(when: dt.datetime | None, fmt: str = "%H:%M") -> str:
    return when.astimezone().strftime(fmt) if when is not None else ""


def _ago(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 60:
        return QCoreApplication.translate("SyncStatus", "%1 s ago").replace("%1", str(seconds))
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatus", "%1 min ago").replace(
            "%1", str(seconds // 60)
        )
    return QCoreApplication.translate("SyncStatus", "%1 h ago").replace("%1", str(seconds // 3600))


def tick_and_list(desk: Desk) -> tuple[WorkstationState | None, list[OutboxEntry]]:
    """Worker job: sync (probe, send, pull) and list what is still queued."""
    return desk.sync_now(), desk.outbox()


class SyncStatus(QObject):
    """Drives ``desk.sync_now()`` on the worker every few seconds and shows the outcome.

    ``indicator`` (a label) and ``conflicts_button`` go into the window's status bar;
    ``synced(queued)`` is emitted after every tick with what is still waiting (the handler's
    view marks provisional incidents with it), ``reachable_changed(online)`` when the server
    goes or comes back (the window pauses its server lists meanwhile). F9 or the button opens the Conflicts dialog.
    """

    synced = Signal(object)
    reachable_changed = Signal(bool)  # the server went away (False) or came back (True)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        window: QWidget,
        *,
        interval_ms: int = TICK_MS,
        key_warning: str | None = None,
    ) -> None:
        super().__init__(window)
        self._desk = desk
        self._worker = worker
        self._window = window
        self.state: WorkstationState | None = None
        self.server_name = ""  # shown in the indicator's tooltip
        self.dialog: ConflictsDialog | None = None

        self.indicator = QLabel(self.tr("Connecting to the server…"))
        self.indicator.setObjectName("syncIndicator")
        self.indicator.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("conflictsButton")
        self.conflicts_button.setProperty("tone", "warning")
        self.conflicts_button.setStyleSheet(CONFLICT_STYLE)
        self.conflicts_button.setToolTip(
            self.tr("Actions the server refused: retry or discard each ({keys})").format(
                keys=CONFLICT_KEYS
            )
        )
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.setVisible(False)
        self.key_warning = QLabel(self.tr("⚠ Cache key not in a keyring"))
        self.key_warning.setObjectName("keyWarning")
        _look(self.key_warning, PROBLEM_STYLE)
        self.key_warning.setToolTip(key_warning or "")
        self.key_warning.setVisible(bool(key_warning))
        shortcut = QShortcut(QKeySequence(CONFLICT_KEYS), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.show_conflicts)

        self._clock = QTimer(self)  # "synced 12 s ago" moves on between ticks
        self._clock.setInterval(1_000)
        self._clock.timeout.connect(self._render)
        self._clock.start()
        self.poller = Poller(worker, interval_ms, self._job, self._show, self._failed, parent=self)
        self.poller.poll()

    def _job(self) -> tuple[WorkstationState | None, list[OutboxEntry]]:
        return tick_and_list(self._desk)

    def sync_now(self) -> None:
        self.poller.poll()

    def stop(self) -> None:
        self.poller.stop()
        self._clock.stop()

    # -- showing ------------------------------------------------------------------------

    def _show(self, outcome: tuple[WorkstationState | None, list[OutboxEntry]]) -> None:
        state, queued = outcome
        if state is None:
            return  # one database: nothing is ever queued
        was = self.state
        self.state = state
        if (was.online if was else True) != state.online:
            self.reachable_changed.emit(state.online)
        self._render()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_conflicts(state.conflicts)
        self.synced.emit(queued)

    def _failed(self, failure: Failure) -> None:
        self.indicator.setText(self.tr("Sync failed: %1").replace("%1", failure.message))
        _look(self.indicator, PROBLEM_STYLE)

    def text(self) -> str:
        state = self.state
        if state is None:
            return self.indicator.text()
        if state.last_synced_at is None:
            synced = self.tr("cache never synced")
        else:
            age = (dt.datetime.now(dt.UTC) - state.last_synced_at).total_seconds()
            synced = self.tr("cache synced %1").replace("%1", _ago(age))
        if state.online:
            words = self.tr("Online · %1").replace("%1", synced)
        else:
            words = (
                self.tr("OFFLINE since %1 — working from the local cache (synced %2)")
                .replace("%1", _local(state.offline_since))
                .replace("%2", _local(state.last_synced_at) or self.tr("never"))
            )
        if state.pending:
            words += " · " + (
                self.tr("1 action waiting to send")
                if state.pending == 1
                else self.tr("%1 actions waiting to send").replace("%1", str(state.pending))
            )
        if state.sync_problem and state.online:  # offline says it all already
            words += " · " + self.tr("last sync failed (see tooltip)")
        return words

    def _render(self) -> None:
        state = self.state
        if state is None:
            return
        self.indicator.setText(self.text())
        problem = bool(state.sync_problem) and state.online
        _look(
            self.indicator,
            OFFLINE_STYLE if not state.online else PROBLEM_STYLE if problem else ONLINE_STYLE,
        )
        tip = state.describe()
        if self.server_name:
            tip += "\n" + self.tr("Server: %1").replace("%1", self.server_name)
        if not state.online and state.last_error:
            tip += "\n\n" + self.tr("Server error: %1").replace("%1", state.last_error)
        self.indicator.setToolTip(tip)
        n = len(state.conflicts)
        self.conflicts_button.setText(
            self.tr("1 conflict (%1)").replace("%1", CONFLICT_KEYS)
            if n == 1
            else self.tr("%1 conflicts (%2)").replace("%1", str(n)).replace("%2", CONFLICT_KEYS)
        )
        self.conflicts_button.setVisible(n > 0)

    def show_conflicts(self) -> None:
        if self.dialog is None:
            self.dialog = ConflictsDialog(self, self._window)
        self.dialog.show_conflicts(self.state.conflicts if self.state else ())
        self.dialog.open()
        self.dialog.table.setFocus()

    # -- acting on a conflict (on the worker) -------------------------------------------

    def retry(self, seq: int, on_error: Any) -> None:
        self._worker.submit(self._desk.retry_refused, seq, on_done=self._acted, on_error=on_error)

    def discard(self, seq: int, reason: str, on_error: Any, on_done: Any = None) -> None:
        def done(state: WorkstationState | None) -> None:
            if on_done is not None:
                on_done()
            self._acted(state)

        self._worker.submit(
            self._desk.discard_refused, seq, reason, on_done=done, on_error=on_error
        )

    def _acted(self, _state: WorkstationState | None) -> None:
        self.poller.poll()  # the new state and the list of what is still queued


class ConflictsDialog(QDialog):
    """Every action the server refused: incident, what, the server's words, when made.

    Retry (Alt+R) sends it again (a grade on the server's current version); Discard
    (Alt+D) gives it up with a reason, audited on the server. Nothing leaves the list
    otherwise."""

    def __init__(self, status: SyncStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setWindowTitle(self.tr("Conflicts: actions the server refused"))
        self.entries: tuple[OutboxEntry, ...] = ()
        intro = QLabel(
            self.tr(
                "The server refused these actions made on this workstation. Nothing is "
                "dropped: retry each one, or discard it with a reason (recorded in the "
                "audit log)."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Incident"), self.tr("Refused"), self.tr("Server's message"), self.tr("Made")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Rows as tall as the server's message wrapped in the width it gets (follows resizes).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setAccessibleDescription(
            self.tr(
                "Work the server refused after an outage, one a row; Retry or Discard with a reason."
            )
        )

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("Why this action is given up (needed to discard; at least a sentence)")
        )
        reason_label = QLabel(self.tr("&Reason to discard:"))
        reason_label.setBuddy(self.reason)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.clicked.connect(self.retry)
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.clicked.connect(self.discard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.resize(820, 360)

    def show_conflicts(self, entries: tuple[OutboxEntry, ...]) -> None:
        selected = self.selected()
        self.entries = tuple(entries)
        self.table.setRowCount(len(self.entries))
        for i, entry in enumerate(self.entries):
            what = entry.describe().split(": ", 1)[-1]
            if entry.incident_ref:
                what = what.removesuffix(" for " + entry.incident_ref)
            for column, text in enumerate(
                (
                    entry.incident_ref or "–",
                    what,
                    entry.message,
                    _local(entry.created_at, "%d %b %H:%M:%S"),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, column, item)
        keep = next(
            (i for i, e in enumerate(self.entries) if selected and e.seq == selected.seq), 0
        )
        if self.entries:
            self.table.selectRow(keep)
        enabled = bool(self.entries)
        self.retry_button.setEnabled(enabled)
        self.discard_button.setEnabled(enabled)
        if not self.entries:
            self._say(self.tr("No conflicts left."))

    def selected(self) -> OutboxEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def retry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self._say(self.tr("Sending %1 again…").replace("%1", entry.incident_ref))
        self.status.retry(entry.seq, self._failed)

    def discard(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        # The core checks the reason (enough words to audit) and says what is missing.
        self._say(self.tr("Discarding…"))
        self.status.discard(
            entry.seq, self.reason.text(), self._discard_failed, on_done=self.reason.clear
        )

    def _discard_failed(self, failure: Failure) -> None:
        self._failed(failure)
        self.reason.setFocus()

    def _failed(self, failure: Failure) -> None:
        self._say(failure.message, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


def _look(label: QLabel, style: tuple[str, str, str]) -> None:
    """A state's look: its tone or ink (the other cleared) and its padding."""
    name, value, layout = style
    set_tone(label, "ink" if name == "tone" else "tone", None)
    set_tone(label, name, value)
    label.setStyleSheet(layout)

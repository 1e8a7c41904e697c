"""The inspector's policy impact page: replay recorded calls through a new policy file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.domain.policy import load_policy_file, shipped_policy
from callhandler.progress import Cancelled, Progress
from callhandler.services.incident_changes import now_utc
from callhandler.services.policy_impact import MAX_DAYS, Impact
from ui.common.notice import Notice
from ui.common.words import local_time
from ui.oversight.lists_view import Clock
from ui.oversight.oversight_table import OversightTable
from ui.oversight.policy_impact_model import (
    ADDED,
    DIRECTION,
    PolicyImpactModel,
    PolicyImpactProxy,
)
from ui.progress_dialog import DialogProgress
from ui.worker import Failure, Worker

DEFAULT_DAYS = 365


@dataclass(frozen=True)
class ImpactRun:
    """One replay: the file compared, what it found, and the flag labels of both policies."""

    path: Path
    impact: Impact
    flag_labels: Mapping[str, str]
    run_at: dt.datetime


def replay_policy_file(
    desk: Desk, path: Path, *, days: int, now: dt.datetime, progress: Progress
) -> ImpactRun:
    """On the worker: load ``path`` (a refused file is a DataFileError naming file and line)
    and replay the period through the shipped policy and it (the service checks the role)."""
    current = shipped_policy()
    new = load_policy_file(path)
    impact = desk.policy_impact(current, new, days=days, now=now, progress=progress)
    return ImpactRun(path, impact, {**current.flag_labels, **new.flag_labels}, now)


def choose_policy_file(parent: QWidget, start: str) -> str:
    """Ask for a policy file (the path, or "" when cancelled); tests replace this."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PolicyImpactView", "Choose the new policy file"),
        start,
        QCoreApplication.translate(
            "PolicyImpactView", "Policy files (*.yaml *.yml);;All files (*)"
        ),
    )
    return chosen


class _DaysBox(QSpinBox):
    """A spin box whose Enter, after taking the typed number, asks for a run."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()


class PolicyImpactView(QWidget):
    """A new policy file and a period; Run (Enter in either, or the button) replays the
    calls graded in the period through the current (shipped) policy and the new one on the
    worker, with a progress dialog that can be cancelled. Then a summary and a sortable
    table of the incidents whose recommendation changes, grade changes first. A refused file, a refused role or a
    cancel shows as one message above the summary.

    ``running`` is True while the replay runs; ``finished`` is emitted after every run,
    whatever its outcome; ``result`` is the last successful ImpactRun (None after a failure).
    Nothing runs on its own: ``start`` and ``refresh`` (F5) leave the last result as it is,
    since every run is a deliberate, audited replay.
    """

    finished = Signal()

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
        self.running = False
        self.result: ImpactRun | None = None
        self.progress: DialogProgress | None = None

        title = QLabel(self.tr("Policy impact"))
        title.setObjectName("heading")
        about = QLabel(
            self.tr(
                "Replays the calls graded in the period through the current grading policy "
                "and a new policy file, and lists the incidents whose recommendation would "
                "change. Nothing recorded is changed; each run is written to the audit log."
            )
        )
        about.setObjectName("muted")
        about.setWordWrap(True)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("the new policy's YAML file"))
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.setAccessibleName(self.tr("New policy file"))
        path_label = QLabel(self.tr("New &policy file"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.days = _DaysBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setAccessibleName(self.tr("Period to replay, in days"))
        self.days.setAccessibleDescription(self.tr("How many days of past calls to replay."))
        days_label = QLabel(self.tr("Replay the &last"))
        days_label.setBuddy(self.days)
        self.run_button = QPushButton(self.tr("&Run  Enter"))
        self.run_button.setAutoDefault(True)  # Enter on the focused button runs too
        choose = QHBoxLayout()
        choose.addWidget(path_label)
        choose.addWidget(self.path_edit, 1)
        choose.addWidget(self.browse_button)
        choose.addSpacing(12)
        choose.addWidget(days_label)
        choose.addWidget(self.days)
        choose.addSpacing(12)
        choose.addWidget(self.run_button)

        self.notice = Notice()
        self.compared = QLabel()
        self.compared.setObjectName("muted")
        self.compared.setWordWrap(True)
        self.compared.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.model = PolicyImpactModel(self)
        self.proxy = PolicyImpactProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = OversightTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Incidents whose recommendation changes"))
        self.table.setAccessibleDescription(
            self.tr("Each row: the grade recommended then and under the new policy.")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(choose)
        layout.addWidget(self.notice)
        layout.addWidget(self.compared)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.compared.setVisible(False)
        self.summary.setVisible(False)

        self.path_edit.returnPressed.connect(self.run)
        self.days.entered.connect(self.run)
        self.run_button.clicked.connect(self.run)
        self.browse_button.clicked.connect(self.browse)
        self.setFocusProxy(self.path_edit)
        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.days)
        QWidget.setTabOrder(self.days, self.run_button)
        QWidget.setTabOrder(self.run_button, self.table)

    # -- the page's life (OversightView) ---------------------------------------------------

    def start(self) -> None:
        """Nothing to load when the page is shown: a replay runs only when asked."""

    def refresh(self) -> None:
        """F5 leaves the last result on show: running again is Enter, and is audited."""

    # -- choosing ------------------------------------------------------------------------

    def browse(self) -> None:
        """Choose the policy file in a file dialog; the period box takes the focus next."""
        current = Path(self.path_edit.text().strip()).expanduser()
        start = str(current if current.parent.is_dir() else Path.home())
        chosen = choose_policy_file(self, start)
        if chosen:
            self.path_edit.setText(chosen)
            self.days.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- running -------------------------------------------------------------------------

    def run(self) -> None:
        """Replay the period through the current policy and the chosen file, on the worker."""
        if self.running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self._show_problem(self.tr("Choose the new policy file to compare with."))
            self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self._show_problem(
                self.tr(
                    "{path}: no such policy file (give the path of a policy YAML file)."
                ).format(path=path)
            )
            self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.days.interpretText()
        self._show_result(None)
        self.notice.clear()
        self.running = True
        self._set_controls_enabled(False)
        progress = DialogProgress(self.tr("Replaying recorded calls through the new policy…"), self)
        # The replay writes nothing but its audit line: say so, not the generic "undoing".
        progress.dialog.canceled.connect(self._cancelling)
        self.progress = progress
        submitted = self._worker.submit(
            replay_policy_file,
            self._desk,
            path,
            days=self.days.value(),
            now=self._clock(),
            progress=progress,
            # Bound methods: the worker skips them if this page is gone by the time it ends.
            on_done=self._done,
            on_error=self._failed,
        )
        if submitted < 0:  # the worker has shut down: the window is closing
            self._end_run()

    @Slot()
    def _cancelling(self) -> None:
        if self.progress is not None:
            self.progress.dialog.setLabelText(self.tr("Cancelling…"))

    def _done(self, run: ImpactRun) -> None:
        self._end_run()
        self._show_result(run)
        if run.impact.changes:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.select_first()
        else:
            self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit()

    def _failed(self, failure: Failure) -> None:
        self._end_run()
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(failure.error, Cancelled):
            self.notice.show_message(
                self.tr("Policy impact cancelled: nothing was changed."), "warning"
            )
        else:
            self._show_problem(
                self.tr("The policy impact could not be run: {reason}").format(
                    reason=failure.message
                )
            )
        self.finished.emit()

    def _end_run(self) -> None:
        progress, self.progress = self.progress, None
        if progress is not None:
            progress.dialog.canceled.disconnect(self._cancelling)
            progress.finish()
            progress.dialog.deleteLater()
            progress.deleteLater()
        self.running = False
        self._set_controls_enabled(True)

    def _set_controls_enabled(self, enabled: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.days, self.run_button):
            widget.setEnabled(enabled)

    def _show_problem(self, message: str) -> None:
        self.notice.show_message(message, "error")

    # -- the result ------------------------------------------------------------------------

    def _show_result(self, run: ImpactRun | None) -> None:
        self.result = run
        if run is None:
            self.model.set_rows(())
            self.compared.setVisible(False)
            self.summary.setVisible(False)
            return
        impact = run.impact
        self.compared.setText(
            self.tr(
                "{current} (in use) compared with {new} from {path} · calls graded in the "
                "last {days} days · run {when}"
            ).format(
                current=impact.current_policy,
                new=impact.new_policy,
                path=run.path,
                days=impact.days,
                when=local_time(run.run_at).strftime("%d %b %Y %H:%M"),
            )
        )
        self.summary.setText(summary_text(impact))
        self.compared.setVisible(True)
        self.summary.setVisible(True)
        self.model.set_rows(impact.changes, run.flag_labels)
        # Grade changes first (more urgent, then less), each oldest first: a stable sort.
        self.table.sortByColumn(DIRECTION, Qt.SortOrder.AscendingOrder)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their text; the flags share what is left (the last stretches),
        so every column shows without scrolling at 1366 pixels."""
        table = self.table
        table.resizeColumnsToContents()
        room = table.viewport().width()
        for column in range(self.model.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), max(160, room // 4)))
        fixed = sum(table.columnWidth(c) for c in range(self.model.columnCount() - 2))
        table.setColumnWidth(ADDED, min(table.columnWidth(ADDED), max(120, (room - fixed) // 2)))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # after a reset Qt forgets to stretch the last
        header.setStretchLastSection(True)


def summary_text(impact: Impact) -> str:
    """The run in one line: how many replayed, which way grades move, what else changes."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PolicyImpactView", text)

    counts = impact.counts()
    text = tr(
        "Replayed {replayed} graded incidents: {changed} recommended grades change "
        "({more} more urgent, {less} less urgent); floor changed on {floor}, flags on "
        "{flags}, MARAC consideration on {marac}; the handler's grade would be below the "
        "new floor on {below}."
    ).format(
        replayed=f"{impact.replayed:,}",
        changed=f"{len(impact.grade_changes):,}",
        more=f"{counts['more_urgent']:,}",
        less=f"{counts['less_urgent']:,}",
        floor=f"{counts['floor_changed']:,}",
        flags=f"{counts['flags_changed']:,}",
        marac=f"{counts['marac_changed']:,}",
        below=f"{counts['would_be_below_floor']:,}",
    )
    if impact.unreadable:
        text += " " + tr("{count} decisions with unreadable facts were skipped.").format(
            count=f"{impact.unreadable:,}"
        )
    if not impact.changes:
        text += " " + tr("No incident's recommendation changes.")
    return text

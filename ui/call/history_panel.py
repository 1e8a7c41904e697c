"""Previous calls for what the handler is typing: banners first, then the incidents."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callhandler.desk import Desk
from callhandler.domain.history import HIGH_RISK_MARKERS, HistorySummary, PreviousCall
from callhandler.domain.lookup_rules import DEBOUNCE_MS, worth_searching
from callhandler.services import history
from ui.common.fit import WholeLines
from ui.common.words import grade_label, local_time, status_label
from ui.models.history_table import HistoryTableModel, PreviousCallRole, matched_on_label
from ui.worker import Failure, Worker

BANNER_TONES = {"danger": "danger", "warning": "warning", "info": "neutral", "ok": "ok"}


class Banner(QLabel):
    """One line the handler must not miss; colour says how serious."""

    def __init__(self, text: str, level: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.level = level
        self.setWordWrap(True)
        self.setObjectName(f"banner_{level}")
        self.setProperty("tone", BANNER_TONES[level])  # the theme colours it; words say it
        said = {"danger": self.tr("Danger"), "warning": self.tr("Warning"), "info": self.tr("Note")}
        self.setAccessibleDescription(said.get(level, self.tr("All clear")))  # the colour, in words
        self.setStyleSheet("font-weight:700; padding:6px 8px; border-radius:3px;")


class HistoryPanel(QWidget):
    """Look-ups run on the worker after the handler pauses; only the newest answer is shown.

    ``set_query`` may be called on every keystroke: it restarts a short timer, and when the
    timer fires the query goes to the desk's ``previous_calls`` off the GUI thread. A
    reply to an older query than the one now typed is dropped. ``result_shown`` is emitted
    with each HistoryResult displayed (tests wait on it).
    """

    result_shown = Signal(object)
    open_previous = Signal(object)

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk  # the one database, or a workstation's cache
        self._worker = worker
        self._own_incident: int | None = None
        self._query = history.HistoryQuery()
        self._generation = 0
        self.last_result: history.HistoryResult | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)

        self.heading = QLabel(self.tr("Previous calls"))
        self.heading.setObjectName("heading")
        self.status = QLabel(
            self.tr("Type the caller's number or the address to see earlier calls.")
        )
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        # each banner whole: the column scrolls when the window is short (issue 16)
        self.banner_area = WholeLines(self)
        self.banner_area.setObjectName("historyBanners")
        self.banner_area.setAccessibleName(self.tr("History warnings"))
        self.banners = self.banner_area.lines
        # Who the victim typed is on record (ui.call.person_match says): kept across look-ups.
        self.person_line = Banner("", "info", self)
        self.person_line.setObjectName("personLine")
        self.person_line.setVisible(False)

        self.exact_model = HistoryTableModel(self)
        self.exact_view = self._table(self.exact_model)
        self.exact_view.setAccessibleName(self.tr("Previous incidents"))
        self.exact_view.setAccessibleDescription(
            self.tr("Earlier incidents at this number or address, newest first; Enter opens one.")
        )
        self.possible_label = QLabel(self.tr("Possible matches — check with the caller"))
        self.possible_label.setProperty("ink", "caution")
        self.possible_label.setStyleSheet("font-weight:700;")
        self.possible_model = HistoryTableModel(self, possible=True)
        self.possible_view = self._table(self.possible_model)
        self.possible_view.setAccessibleName(self.tr("Possible matches"))
        self.possible_view.setAccessibleDescription(
            self.tr("Incidents that may be the same people or place: check with the caller.")
        )
        self.possible_view.setStyleSheet("QTableView { font-style: italic; }")
        self.possible_label.setVisible(False)
        self.possible_view.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.person_line)
        layout.addWidget(self.banner_area)
        layout.addWidget(self.exact_view, 3)
        layout.addWidget(self.possible_label)
        layout.addWidget(self.possible_view, 1)

        QShortcut(QKeySequence("Ctrl+H"), self, self.exact_view.setFocus)

    def _table(self, model: HistoryTableModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the list (to the banners, Shift+Tab)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        view.activated.connect(self._activated)
        return view

    # -- input ---------------------------------------------------------------------------

    def set_query(self, query: history.HistoryQuery) -> None:
        """The handler typed something: look it up once they pause."""
        if query == self._query:
            return
        self._query = query
        self._generation += 1
        self._timer.start()

    def look_up_now(self) -> None:
        self._timer.stop()
        self._run()

    def set_own_incident(self, incident_id: int | None) -> None:
        """The call's own incident once opened: never shown as one of its previous calls
        (it would count itself as a repeat and move the recommendation)."""
        self._own_incident = incident_id

    def show_person_line(self, text: str) -> None:
        """The line saying the victim typed is a person on record ("" hides it)."""
        self.person_line.setText(text)
        self.person_line.setVisible(bool(text))

    def clear(self) -> None:
        self.show_person_line("")
        self._own_incident = None
        self._query = history.HistoryQuery()
        self._generation += 1
        self._timer.stop()
        self._show_empty()

    def _run(self) -> None:
        query, generation = self._query, self._generation
        if not worth_searching(phone=query.phone, address=query.address, people=len(query.people)):
            self._show_empty()
            return
        self.status.setText(self.tr("Searching…"))
        self._worker.submit(
            self._desk.previous_calls,
            query,
            exclude_incident_id=self._own_incident,
            on_done=lambda result: self._show(generation, result),
            on_error=lambda failure: self._failed(generation, failure),
        )

    # -- output --------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.last_result = None
        self._set_banners([])
        self.exact_model.set_rows(())
        self.possible_model.set_rows(())
        self.possible_label.setVisible(False)
        self.possible_view.setVisible(False)
        self.status.setText(
            self.tr("Type the caller's number or the address to see earlier calls.")
        )

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        self.status.setText(self.tr("Previous calls could not be checked: %s") % failure.message)
        self._set_banners(
            [(self.tr("HISTORY NOT CHECKED — search again or use another system"), "danger")]
        )

    def _show(self, generation: int, result: history.HistoryResult) -> None:
        if generation != self._generation:
            return  # the handler has typed more since: a newer look-up is on its way
        self.last_result = result
        self.exact_model.set_rows(result.exact)
        self.possible_model.set_rows(result.possible)
        has_possible = bool(result.possible)
        self.possible_label.setVisible(has_possible)
        self.possible_view.setVisible(has_possible)
        self._set_banners(self.banner_lines(result.summary, result))
        total = result.summary.total_incidents
        shown = len(result.exact)
        problems = " ".join(result.query.problems)
        if total > shown:
            text = self.tr("%1 previous incidents (newest %2 listed); %3 possible.")
            text = text.replace("%1", str(total)).replace("%2", str(shown))
        else:
            text = self.tr("%1 previous incidents; %3 possible.").replace("%1", str(total))
        text = text.replace("%3", str(len(result.possible)))
        self.status.setText(f"{text} {problems}".strip())
        self.result_shown.emit(result)

    def banner_lines(
        self, summary: HistorySummary, result: history.HistoryResult
    ) -> list[tuple[str, str]]:
        """The banners, most serious first: markers, serial perpetrator, repeat victim…"""
        lines: list[tuple[str, str]] = []
        for marker in summary.markers:
            level = (
                "danger"
                if marker.marker_type in HIGH_RISK_MARKERS
                or marker.marker_type in ("weapons", "officer_safety")
                else "warning"
            )
            where = {
                "address": self.tr("address"),
                "phone": self.tr("number"),
                "person": self.tr("person"),
            }.get(marker.on, marker.on)
            lines.append((f"⚠ {marker.label.upper()} — {where}: {marker.target}", level))
        for name in summary.serial_perpetrators:
            lines.append(
                (
                    self.tr("SERIAL PERPETRATOR: %s is linked to two or more victims") % name,
                    "danger",
                )
            )
        if summary.repeat_victim:
            lines.append(
                (
                    self.tr(
                        "REPEAT VICTIM: %1 domestic-abuse incidents in the last 12 months"
                    ).replace("%1", str(summary.domestic_abuse_12m)),
                    "danger" if summary.domestic_abuse_12m >= 3 else "warning",
                )
            )
        if summary.children_previously_present:
            lines.append((self.tr("CHILDREN recorded at this number or address before"), "warning"))
        if summary.last_risk_level and summary.last_risk_at is not None:
            level = {"high": "danger", "medium": "warning"}.get(summary.last_risk_level, "info")
            when = local_time(summary.last_risk_at).strftime("%d %b %Y")
            lines.append(
                (
                    self.tr("Last risk assessment: %1 (%2)")
                    .replace("%1", summary.last_risk_level.upper())
                    .replace("%2", when),
                    level,
                )
            )
        for note in summary.safety_notes:
            agreed = local_time(note.agreed_at).strftime("%d %b")
            text = note.text if len(note.text) <= 120 else note.text[:117] + "…"
            if note.kind == "codeword":
                line = self.tr("Codeword agreed %1: %2 (%3)")
            else:
                line = self.tr("Safety plan agreed %1: %2 (%3)")
            lines.append(
                (
                    line.replace("%1", agreed).replace("%2", text).replace("%3", note.incident_ref),
                    "info",
                )
            )
        if summary.first_call and result.query.empty is False:
            lines.append((self.tr("No previous calls for this number or address"), "ok"))
        elif not summary.first_call and not summary.repeat_victim:
            lines.append(
                (
                    self.tr(
                        "%1 earlier incident(s), none domestic abuse in the last 12 months"
                    ).replace("%1", str(summary.total_incidents)),
                    "info",
                )
            )
        return lines

    def _set_banners(self, lines: list[tuple[str, str]]) -> None:
        while self.banners.count():
            item = self.banners.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        for text, level in lines:
            self.banners.addWidget(Banner(text, level, self))
        self.banner_area.updateGeometry()

    def banner_texts(self) -> list[str]:
        texts = []
        for i in range(self.banners.count()):
            item = self.banners.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, Banner):
                texts.append(widget.text())
        return texts

    def _activated(self, index: QModelIndex) -> None:
        call = index.data(PreviousCallRole)
        if isinstance(call, PreviousCall):
            self.open_previous.emit(call)
            dialog = PreviousCallDialog(call, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()


class PreviousCallDialog(QDialog):
    """An earlier incident, read-only: nothing here can change it."""

    def __init__(self, call: PreviousCall, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Previous incident %s (read-only)") % call.incident_ref)
        form = QFormLayout()
        when = local_time(call.opened_at)
        rows = [
            (self.tr("Reference"), call.incident_ref),
            (self.tr("Opened"), when.strftime("%A %d %B %Y, %H:%M")),
            (
                self.tr("Found by"),
                matched_on_label(call.matched_on) + ("" if call.exact else f" ({call.score:.0f}%)"),
            ),
            (self.tr("What"), call.category),
            (self.tr("Domestic abuse"), self.tr("Yes") if call.domestic_abuse else self.tr("No")),
            (self.tr("Grade"), grade_label(call.grade)),
            (self.tr("Risk level"), call.risk_level.capitalize()),
            (
                self.tr("Children present"),
                self.tr("Yes") if call.children_present else self.tr("No"),
            ),
            (self.tr("Outcome"), status_label(call.status)),
            (self.tr("Number"), call.phone or "–"),
            (self.tr("Address"), call.address or "–"),
            (self.tr("Markers"), ", ".join(call.markers) or "–"),
        ]
        for label, value in rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            form.addRow(label, shown)
        summary = QPlainTextEdit(call.summary)
        summary.setReadOnly(True)
        summary.setAccessibleName(self.tr("Summary"))
        summary.setAccessibleDescription(self.tr("What was recorded about the call; read-only."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Summary")))
        layout.addWidget(summary)
        layout.addWidget(buttons)
        self.resize(520, 560)

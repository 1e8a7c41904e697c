"""Is the victim typed someone on record? Said when certain, asked in one key when not."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.normalise import name_key, parse_dob
from callhandler.services.people import PersonCandidate
from ui.worker import Failure, Worker

if TYPE_CHECKING:
    from ui.call.on_screen import CallOnScreen

MIN_NAME_CHARS = 3  # as the history look-up: a person is looked up once this much is typed
ROLE = "victim"
QUESTION_KEYS = "F7"  # to the question from anywhere in the call window


class PersonMatchBar(QFrame):
    """The question about a possible match. Y (or the Yes button) links, N says not them;
    the keys act while the bar has the focus (Tab reaches it after the date of birth, F7
    from anywhere), so typing a Y or N in a field never answers it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personMatch")
        self.setProperty("tone", "warning-soft")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-weight:600;")
        self.yes_button = QPushButton(self.tr("Yes, link (Y)"))
        self.yes_button.setObjectName("primary")
        self.no_button = QPushButton(self.tr("Not them (N)"))
        self.setToolTip(self.tr("F7 comes here from anywhere in the call window"))
        for button in (self.yes_button, self.no_button):
            button.setAutoDefault(False)  # Enter in the form must not answer it
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        for key, button in (("Y", self.yes_button), ("N", self.no_button)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        self.setVisible(False)


class PersonMatch(QObject):
    """The call's victim against the people on record; every look-up and link goes through
    the workspace's desk on the worker.

    ``check()`` (after each history look-up) asks who the typed name (and date of birth)
    may be; only the newest answer counts. A person with the same name and date of birth
    is linked by the core when the incident opens: the history panel says "Linked to an
    existing person". A possible one (same name, a date of birth missing on one side,
    earlier incidents) is asked in the bar: Y links them (at once, or as soon as the
    incident is opened), N sets them aside for this call. Nothing is linked without Y.
    ``linked(candidate)`` is emitted when the incident's victim is that person.
    """

    linked = Signal(object)

    def __init__(self, workspace: CallOnScreen, worker: Worker) -> None:
        # the protocol does not say it, but the workspace is a QWidget: the parent, and the
        # window of the shortcuts (narrowed so both are type-checked)
        assert isinstance(workspace, QWidget)
        super().__init__(workspace)
        self._workspace = workspace
        self._worker = worker
        self._generation = 0
        self._key = ""
        self.offered: PersonCandidate | None = None
        self.confirmed: PersonCandidate | None = None  # the handler said yes
        self._link_pending = False  # said yes before the incident was opened
        self._rejected: set[int] = set()
        self._return_to: QWidget | None = None
        self._problem: tuple[int, str] = (0, "")  # a refused link: person id, why
        self.bar = PersonMatchBar()
        self.bar.yes_button.clicked.connect(self.confirm)
        self.bar.no_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence(QUESTION_KEYS), workspace)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.focus_question)

    # -- what the handler typed ---------------------------------------------------------

    def victim_dob(self) -> dt.date | None:
        """The victim's date of birth to look up: as typed, or the confirmed person's."""
        values = self._workspace.form.values()
        typed = typed_dob(values["victim_dob"])
        if typed is None and self.confirmed is not None:
            if name_key(self.confirmed.name) == name_key(values["victim_name"]):
                return self.confirmed.dob
        return typed

    def typed(self) -> None:
        """The form changed: a question or a line about another name no longer stands."""
        key = name_key(self._workspace.form.values()["victim_name"])
        if key == self._key:
            return
        self._key = key
        self._generation += 1
        self._problem = (0, "")
        self._offer(None)
        if self.confirmed is not None and name_key(self.confirmed.name) != key:
            self.confirmed, self._link_pending = None, False
        self._show_line()

    def check(self) -> None:
        """Ask who the victim typed may be (after each history look-up)."""
        values = self._workspace.form.values()
        name = values["victim_name"].strip()
        self._generation += 1
        generation = self._generation
        if len(name) < MIN_NAME_CHARS or not _dob_readable(values["victim_dob"]):
            self._offer(None)  # a date of birth half typed: ask once it is a date
            self._show_line(self.confirmed.incidents if self.confirmed else None)
            return
        incident = self._workspace.incident
        self._worker.submit(
            self._workspace.desk.possible_people,
            name,
            self.victim_dob(),
            exclude_incident=incident.id if incident is not None else -1,
            on_done=lambda found: self._found(generation, found),
            on_error=lambda failure: self._failed(generation, failure),
        )

    def _found(self, generation: int, found: tuple[PersonCandidate, ...]) -> None:
        if generation != self._generation:
            return  # typed more since: a newer answer is on its way
        known = next((c for c in found if c.exact and c.incidents), None)
        if self.confirmed is not None:
            known = next((c for c in found if c.person_id == self.confirmed.person_id), known)
        if known is not None:
            self._offer(None)
            self._show_line(known.incidents)
            return
        self._show_line()
        asked = [
            c for c in found if not c.exact and c.incidents and c.person_id not in self._rejected
        ]
        self._offer(asked[0] if asked else None)

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self._offer(None)
            self._workspace.history.show_person_line(
                self.tr("Not checked against the people on record: %1").replace(
                    "%1", failure.message
                )
            )

    # -- the question -------------------------------------------------------------------

    def _offer(self, candidate: PersonCandidate | None) -> None:
        self.offered = candidate
        if candidate is None:
            self.bar.setVisible(False)
            return
        born = (
            self.tr("born %1").replace("%1", f"{candidate.dob:%d/%m/%Y}")
            if candidate.dob
            else self.tr("no date of birth on record")
        )
        text = (
            self.tr("%1 (%2), %3 — is this the victim?")
            .replace("%1", candidate.name)
            .replace("%2", born)
            .replace("%3", _incidents(self, candidate.incidents))
        )
        problem = self._problem[1] if self._problem[0] == candidate.person_id else ""
        self.bar.text.setText(f"{problem} {text}".strip())
        self.bar.setVisible(True)

    def focus_question(self) -> None:
        """F7: to the question, when one is asked; the answer brings the cursor back."""
        if self.bar.isVisible():
            focused = QApplication.focusWidget()
            if focused is not None and not self.bar.isAncestorOf(focused):
                self._return_to = focused
            self.bar.yes_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _answered(self) -> None:
        """After Y or N: back where F7 was pressed, or on to the next field."""
        back, self._return_to = self._return_to, None
        target = back if back is not None and back.isVisible() else None
        (target or self._workspace.form.editors["suspect_name"]).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def confirm(self) -> None:
        """Y: the victim is that person; linked now, or once the incident is opened."""
        candidate = self.offered
        if candidate is None:
            return
        self._offer(None)
        self._answered()
        self.confirmed = candidate
        self._link_pending = True
        self._show_line(candidate.incidents)
        if self._workspace.incident is not None:
            self._link()
        self._workspace.look_up_now()  # with the person's date of birth

    def reject(self) -> None:
        """N: not them; not asked again about that person during this call."""
        candidate = self.offered
        if candidate is None:
            return
        self._rejected.add(candidate.person_id)
        self._offer(None)
        self._answered()

    # -- the link -----------------------------------------------------------------------

    def incident_opened(self) -> None:
        """The incident is open: a yes given before is linked now."""
        if self._link_pending:
            self._link()

    def _link(self) -> None:
        ws, candidate = self._workspace, self.confirmed
        incident, version = ws.incident, ws.grading.version
        if candidate is None or incident is None or version is None:
            return
        self._worker.submit(
            ws.desk.link_person,
            incident.id,
            version,
            role=ROLE,
            person_id=candidate.person_id,
            on_done=lambda done: self._linked(incident.id, candidate, done.value),
            on_error=lambda failure: self._link_failed(incident.id, candidate, failure),
        )

    def _on_screen(self, incident_id: int) -> bool:
        incident = self._workspace.incident
        return incident is not None and incident.id == incident_id

    def _linked(self, incident_id: int, candidate: PersonCandidate, version: int) -> None:
        if not self._on_screen(incident_id):
            return
        self._workspace.grading.version = version
        self._link_pending = False
        self.check()  # the line no longer says "when the incident is opened"
        self.linked.emit(candidate)

    def _link_failed(self, incident_id: int, candidate: PersonCandidate, failure: Failure) -> None:
        if not self._on_screen(incident_id) or self.confirmed != candidate:
            return
        self.confirmed, self._link_pending = None, False
        self._show_line()
        self._problem = (
            candidate.person_id,
            self.tr("Not linked: %1").replace("%1", failure.message),
        )
        self._offer(candidate)  # asked again, with why (until the name changes)

    # -- the history panel's line -------------------------------------------------------

    def _show_line(self, incidents: int | None = None) -> None:
        if incidents is None:
            self._workspace.history.show_person_line("")
            return
        text = self.tr("Linked to an existing person: %1").replace(
            "%1", _incidents(self, incidents)
        )
        if self._link_pending and self._workspace.incident is None:
            text += " " + self.tr("(linked when the incident is opened)")
        self._workspace.history.show_person_line(text)

    def reset(self) -> None:
        """The next call: nothing asked, nothing set aside."""
        self._generation += 1
        self._key = ""
        self.confirmed, self._link_pending = None, False
        self._rejected.clear()
        self._return_to = None
        self._problem = (0, "")
        self._offer(None)
        self._show_line()


def typed_dob(text: str) -> dt.date | None:
    """A date of birth as typed; None while it is blank or not (yet) a date."""
    try:
        return parse_dob(text[:40])
    except ValueError:
        return None


def _dob_readable(text: str) -> bool:
    try:
        parse_dob(text[:40])
    except ValueError:
        return False
    return True


def _incidents(context: QObject, count: int) -> str:
    if count == 1:
        return context.tr("1 earlier incident")
    return context.tr("%1 earlier incidents").replace("%1", str(count))

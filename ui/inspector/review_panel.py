"""The review beside the sign-off queue: the reading page (ReviewPage), finalise and return.

Keys: Alt+N finalise, Alt+R return to the handler, Esc back to the queue; the page itself
scrolls with the arrow keys and Page Up / Page Down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callhandler.desk import Desk, Done
from callhandler.errors import AuthenticationFailed, BadInput
from callhandler.services.incident_changes import ConcurrentChange
from callhandler.services.signoff import Review
from ui.common.notice import Notice
from ui.common.words import status_label
from ui.inspector.markers_dialog import MarkersDialog
from ui.inspector.review_page import ReviewPage
from ui.inspector.sign_dialog import SignDialog
from ui.models.checklist_answers import ChecklistAnswersModel
from ui.models.history_table import HistoryTableModel
from ui.worker import Failure, Worker


class ReviewPanel(QWidget):
    """Shows one Review and signs it. ``load(incident_id)`` fetches it on the worker.

    Signals: ``loaded`` (a review is on screen), ``signed(ref, decision)`` after a finalise
    or return, ``changed_elsewhere`` when a sign-off was refused because another workstation
    changed the incident (the queue should refresh), ``back`` for Esc.
    """

    loaded = Signal()
    signed = Signal(str, str)
    changed_elsewhere = Signal()
    back = Signal()

    def __init__(self, desk: Desk, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self.review: Review | None = None
        self.dialog: SignDialog | None = None
        self._reasons: dict[int, str] = {}  # typed return reasons kept if a signing fails
        self._loading_id: int | None = None

        self.title = QLabel(self.tr("Review"))
        self.title.setObjectName("heading")
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(120)
        self.finalise_button = QPushButton(self.tr("Fi&nalise…"))
        self.finalise_button.setObjectName("primary")
        self.finalise_button.setToolTip(self.tr("Sign the incident off (Alt+N)"))
        self.finalise_button.clicked.connect(self.finalise)
        self.return_button = QPushButton(self.tr("&Return to handler…"))
        self.return_button.setToolTip(self.tr("Send it back with what to fix (Alt+R)"))
        self.return_button.clicked.connect(self.return_to_handler)
        self.markers_button = QPushButton(self.tr("Mar&kers…"))
        self.markers_button.setToolTip(
            self.tr("The warning markers on its number, address and victim; expire one (Alt+K)")
        )
        self.markers_button.setEnabled(False)
        self.markers_button.clicked.connect(self.open_markers)
        self.loaded.connect(lambda: self.markers_button.setEnabled(True))
        self.markers_dialog: MarkersDialog | None = None
        self.back_button = QPushButton(self.tr("Queue (Esc)"))
        self.back_button.setToolTip(self.tr("Back to the sign-off queue (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.finalise_button)
        top.addWidget(self.return_button)
        top.addWidget(self.markers_button)
        top.addWidget(self.back_button)

        self.notice = Notice()
        self.own = Notice()
        self.page = ReviewPage()
        self.page.built.connect(self.loaded)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.own)
        layout.addWidget(self.page, 1)

        escape = QShortcut(QKeySequence("Escape"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back.emit)
        self.clear()

    @property
    def answers_model(self) -> ChecklistAnswersModel:
        return self.page.answers_model

    @property
    def history_model(self) -> HistoryTableModel:
        return self.page.history_model

    # -- loading ---------------------------------------------------------------------------

    def clear(self) -> None:
        self.review = None
        self.title.setText(self.tr("Review"))
        self.notice.clear()
        self.own.clear()
        self.page.show_placeholder(
            self.tr(
                "Choose an incident in the queue and press Enter to read it here before you sign."
            )
        )
        self._update_buttons()

    def load(self, incident_id: int) -> None:
        self._loading_id = incident_id
        self.notice.clear()
        self._worker.submit(
            self._desk.review,
            incident_id,
            on_done=self._show,
            on_error=self._load_failed,
        )

    def reload(self) -> None:
        if self._loading_id is not None:
            self.load(self._loading_id)
        self.changed_elsewhere.emit()

    def _load_failed(self, failure: Failure) -> None:
        self.notice.show_message(failure.message, "error")

    def _show(self, review: Review) -> None:
        if review.incident_id != self._loading_id:
            return  # the inspector has moved on to another incident
        self.review = review
        self.title.setText(
            self.tr("{ref} — {status}").format(ref=review.ref, status=status_label(review.status))
        )
        if review.why_not:
            # The core's answer (four_eyes.sign_problems), shown as it gave it.
            self.own.show_message(
                review.sign_refusal + " " + self.tr("You can read it, not finalise or return it."),
                "error",
            )
        else:
            self.own.clear()
        self._update_buttons()
        self.page.show_review(review)  # ``loaded`` once the page is whole (page.built)

    def _update_buttons(self) -> None:
        review = self.review
        can_sign = review is not None and review.may_sign
        self.finalise_button.setEnabled(can_sign)
        self.return_button.setEnabled(can_sign)

    # -- signing ---------------------------------------------------------------------------

    def finalise(self) -> None:
        self._open_sign_dialog(returning=False)

    def return_to_handler(self) -> None:
        self._open_sign_dialog(returning=True)

    def _open_sign_dialog(self, *, returning: bool) -> None:
        review = self.review
        if review is None or not self.finalise_button.isEnabled():
            return
        dialog = SignDialog(
            review.ref,
            self._desk.actor.display_name,
            returning=returning,
            reason=self._reasons.get(review.incident_id, ""),
            parent=self,
        )
        dialog.confirmed.connect(lambda: self._sign(review, dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: SignDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _sign(self, review: Review, dialog: SignDialog) -> None:
        job: Callable[..., Done[int]]  # return_to_handler or finalise: the new version
        if dialog.returning:
            self._reasons[review.incident_id] = dialog.reason()
            job = self._desk.return_to_handler
            kwargs = {"reason": dialog.reason(), "password": dialog.password()}
            decision = "returned"
        else:
            job = self._desk.finalise
            kwargs = {"password": dialog.password()}
            decision = "finalised"
        self._worker.submit(
            job,
            review.incident_id,
            review.version,
            on_done=lambda _version: self._signed(review, dialog, decision),
            on_error=lambda failure: self._sign_failed(review, dialog, failure),
            **kwargs,
        )

    def _signed(self, review: Review, dialog: SignDialog, decision: str) -> None:
        self._reasons.pop(review.incident_id, None)
        dialog.accept()
        self.signed.emit(review.ref, decision)

    def _sign_failed(self, review: Review, dialog: SignDialog, failure: Failure) -> None:
        if isinstance(failure.error, AuthenticationFailed | BadInput):
            dialog.show_error(failure.message)  # wrong password or too short a reason
            return
        dialog.reject()
        if isinstance(failure.error, ConcurrentChange):
            self.notice.show_message(
                failure.message, "error", action=self.tr("Re&load"), on_action=self.reload
            )
            self.notice.action.setFocus()
        else:
            self.notice.show_message(failure.message, "error")

    # -- markers ---------------------------------------------------------------------------

    def open_markers(self) -> None:
        """Alt+K: the markers on the incident's number, address and victim; once one is
        expired the review is read again (its history banners showed it)."""
        review = self.review
        if review is None:
            return
        dialog = MarkersDialog(self._desk, self._worker, review.incident_id, review.ref, self)
        dialog.expired.connect(lambda _row: self.load(review.incident_id))
        self.markers_dialog = dialog
        dialog.open()

"""An incident behind an oversight row, read-only: the inspector's review page in a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from callhandler.desk import Desk
from callhandler.services.signoff import Review
from ui.inspector.review_page import ReviewPage
from ui.worker import Failure, Worker


class IncidentDialog(QDialog):
    """Loads ``signoff.review`` on the worker and shows it; nothing here can change it.

    ``review`` is the Review on show (None while loading or after a failure, whose message
    is in ``problem``). Esc or Close shuts it; the arrow keys scroll.
    """

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        incident_id: int,
        ref: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.incident_id = incident_id
        self.review: Review | None = None
        self.setWindowTitle(self.tr("Incident {ref} (read-only)").format(ref=ref or incident_id))
        self.problem = QLabel()
        self.problem.setObjectName("panelProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.page = ReviewPage()
        self.page.show_placeholder(self.tr("Loading the incident…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.setFocusProxy(self.page)
        self.resize(900, 760)
        worker.submit(desk.review, incident_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, review: Review) -> None:
        self.review = review
        self.setWindowTitle(self.tr("Incident {ref} (read-only)").format(ref=review.ref))
        self.page.show_review(review)
        self.page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, failure: Failure) -> None:
        self.page.show_placeholder("")
        self.problem.setText(
            self.tr("The incident could not be shown: {reason}").format(reason=failure.message)
        )
        self.problem.setVisible(True)

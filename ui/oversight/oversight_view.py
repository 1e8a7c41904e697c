"""The inspector's Oversight tab: the lists, the charts, and what a new policy would change."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from callhandler.desk import Desk
from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from ui.oversight.charts_view import ChartsView
from ui.oversight.lists_view import Clock, OversightListsView
from ui.oversight.policy_impact_view import PolicyImpactView
from ui.qa.compliance_view import QAComplianceView
from ui.qa.review_view import QAReviewView
from ui.worker import Worker

LISTS, CHARTS, POLICY_IMPACT, QA, QA_REVIEW = 0, 1, 2, 3, 4


class OversightView(QWidget):
    """Three pages: ``lists`` (OversightListsView), ``charts`` (ChartsView) and
    ``policy_impact`` (PolicyImpactView, which runs only when asked).

    Nothing loads until the page is first shown (``show_page``), so signing in does not
    run every report; F5 (``refresh``) reloads the page on show.
    """

    def __init__(
        self,
        desk: Desk,
        actor: Actor,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        clock: Clock = now_utc,
    ) -> None:
        super().__init__(parent)
        own = desk  # its actor is the one signed in (actor is kept for the callers)
        self.lists = OversightListsView(own, worker, clock=clock)
        self.charts = ChartsView(own, worker, clock=clock)
        self.policy_impact = PolicyImpactView(own, worker, clock=clock)
        self.pages = QTabWidget()
        self.pages.addTab(self.lists, self.tr("Lists"))
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.addTab(self.policy_impact, self.tr("Policy impact"))
        self.qa = QAComplianceView(own, worker, clock=clock)  # issue 17
        self.pages.addTab(self.qa, self.tr("QA compliance"))
        self.qa_review = QAReviewView(own, worker, clock=clock)  # issue 17: reviewers only
        if own.actor.role in ("inspector", "admin"):
            self.pages.addTab(self.qa_review, self.tr("QA review"))
        self.pages.setTabToolTip(LISTS, self.tr("Safeguarding and performance lists (Ctrl+3)"))
        self.pages.setTabToolTip(CHARTS, self.tr("Weekly charts (Ctrl+4)"))
        self.pages.setTabToolTip(
            POLICY_IMPACT, self.tr("Replay recorded calls through a new grading policy")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self._page_changed)
        self.setFocusProxy(self.lists)

    def show_page(self, page: int) -> None:
        """Bring ``LISTS``, ``CHARTS`` or ``POLICY_IMPACT`` forward, loading it the first
        time (the policy impact page loads nothing until run), and focus it."""
        self.pages.setCurrentIndex(page)
        self._page_changed(page)
        self.pages.currentWidget().setFocus()

    def _page(
        self, page: int
    ) -> OversightListsView | ChartsView | PolicyImpactView | QAComplianceView | QAReviewView:
        return (self.lists, self.charts, self.policy_impact, self.qa, self.qa_review)[page]

    def _page_changed(self, page: int) -> None:
        if 0 <= page < self.pages.count():
            self._page(page).start()

    def refresh(self) -> None:
        self._page(self.pages.currentIndex()).refresh()

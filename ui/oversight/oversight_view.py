"""The inspector's Oversight tab: the lists, and the charts where a picture reads faster."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from ui.oversight.charts_view import ChartsView
from ui.oversight.lists_view import Clock, OversightListsView
from ui.worker import Worker

LISTS, CHARTS = 0, 1


class OversightView(QWidget):
    """Two pages: ``lists`` (OversightListsView) and ``charts`` (ChartsView).

    Nothing loads until the page is first shown (``show_page``), so signing in does not
    run every report; F5 (``refresh``) reloads the page on show.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        clock: Clock = now_utc,
    ) -> None:
        super().__init__(parent)
        self.lists = OversightListsView(db, actor, worker, clock=clock)
        self.charts = ChartsView(db, actor, worker, clock=clock)
        self.pages = QTabWidget()
        self.pages.addTab(self.lists, self.tr("Lists"))
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.setTabToolTip(LISTS, self.tr("Safeguarding and performance lists (Ctrl+3)"))
        self.pages.setTabToolTip(CHARTS, self.tr("Weekly charts (Ctrl+4)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.pages.currentChanged.connect(self._page_changed)
        self.setFocusProxy(self.lists)

    def show_page(self, page: int) -> None:
        """Bring ``LISTS`` or ``CHARTS`` forward, loading it the first time, and focus it."""
        self.pages.setCurrentIndex(page)
        self._page_changed(page)
        self.pages.currentWidget().setFocus()

    def _page_changed(self, page: int) -> None:
        if page == LISTS:
            self.lists.start()
        else:
            self.charts.start()

    def refresh(self) -> None:
        if self.pages.currentIndex() == LISTS:
            self.lists.refresh()
        else:
            self.charts.refresh()

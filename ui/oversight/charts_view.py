"""Weekly charts for inspectors: DA calls, grade mix, sign-off turnaround, attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from callhandler.services.context import Actor
from callhandler.services.incident_changes import now_utc
from callhandler.storage.engine import Database
from ui.worker import Worker


class ChartsView(QWidget):
    """Placeholder until the chart series exist in the core."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        worker: Worker,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], dt.datetime] = now_utc,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Charts are loading…")))

    def start(self) -> None:
        pass

    def refresh(self) -> None:
        pass

"""The TRAINING band no one can miss, and the title every training window and dialog carries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

BAND_STYLE = "letter-spacing:3px;"  # its size: QLabel#trainingBand in control-room.qss


def training_title(text: str) -> str:
    """``TRAINING — text``: every window and dialog of training mode says so in its title."""
    prefix = QCoreApplication.translate("training", "TRAINING")
    return f"{prefix} — {text}"


class TrainingBand(QLabel):
    """A red band across the top: training mode, nothing reaches live records."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBand")
        self.setText(
            self.tr("TRAINING — a made-up call; nothing here reaches live records or the server")
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setProperty("tone", "danger")  # red in every theme (resources/styles)
        self.setStyleSheet(BAND_STYLE)

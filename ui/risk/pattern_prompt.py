"""The homicide-pattern prompt beside the risk level: consider high risk by judgement."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callhandler.domain.risk_patterns import RAISED_TO_HIGH, PatternCheck


class PatternPrompt(QFrame):
    """Shown while the answers show enough homicide patterns and the level is below high.

    It names the questions that fired and offers "Raise to high" (Alt+H), which emits
    ``raise_requested()``: the dialog then chooses high in the judgement box and puts the
    cursor in the reason. Keeping the level needs a written reason too (the judgement box
    asks for it). ``show_check(check)`` while answering; ``show_decision(check, decision,
    rationale)`` once saved, without the button.
    """

    raise_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patternPrompt")  # coloured by the theme (resources/styles)
        self.heading = QLabel(self.tr("Consider HIGH risk (professional judgement)"))
        self.heading.setObjectName("patternPromptHeading")
        self.heading.setWordWrap(True)  # never widen the dialog past a 1366-pixel screen
        self.heading.setStyleSheet("font-weight:700;")
        self.text = QLabel()
        self.text.setObjectName("patternPromptText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.raise_button = QPushButton(self.tr("Raise to &high…"))
        self.raise_button.setObjectName("patternRaise")
        self.raise_button.setToolTip(
            self.tr("High by professional judgement, a MARAC referral; then write why (Alt+H)")
        )
        self.raise_button.setStyleSheet("font-weight:700; padding:4px 10px;")
        self.raise_button.clicked.connect(self.raise_requested)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.heading)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addLayout(words, 1)
        layout.addWidget(self.raise_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_check(self, check: PatternCheck | None, judgement: str = "") -> None:
        """Visible only while ``check`` prompts; the button while high is not yet chosen."""
        prompted = check is not None and check.prompted
        self.setVisible(prompted)
        if not prompted or check is None:
            return
        self.text.setText(
            escape(
                self.tr(
                    "%1 homicide patterns (%2 or more prompt a judgement): %3. High refers"
                    " to MARAC; keeping the level needs a reason too."
                )
                .replace("%1", str(len(check.fired)))
                .replace("%2", str(check.at_least))
                .replace("%3", check.describe())
            )
        )
        self.raise_button.setVisible(judgement != "high")

    def show_decision(self, check: PatternCheck | None, decision: str, rationale: str) -> None:
        """Saved: that the prompt was shown, what was decided and why; no button any more.

        The questions that fired are in the MARAC criteria below it, so they are not
        repeated here (a 768-pixel screen has little height to spare).
        """
        self.raise_button.setVisible(False)
        self.setVisible(bool(decision) and check is not None)
        if not decision or check is None:
            return
        self.heading.setText(
            self.tr("Homicide-pattern prompt shown: raised to high by professional judgement")
            if decision == RAISED_TO_HIGH
            else self.tr("Homicide-pattern prompt shown: not raised to high")
        )
        self.text.setText(escape(self.tr("Reason: “%1”").replace("%1", rationale)))

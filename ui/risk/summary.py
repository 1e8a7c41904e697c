"""The risk level as the answers come in, and the MARAC criteria once it is saved."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from callhandler.domain.risk import Instrument, RiskResult, Score
from ui.common.theme import set_tone
from ui.risk.pattern_prompt import PatternPrompt


class RiskSummary(QFrame):
    """A level badge, the counts, the homicide-pattern prompt, the reasons and the MARAC line.

    ``show_score(score, judgement)`` while answering (visible high risk, the homicide
    patterns and a judgement of high are known live; escalation needs the history, checked
    when saved); ``show_recorded(result)`` lists every MARAC criterion, met or not, with its
    reason, and what was decided on the prompt. ``prompt.raise_requested`` asks the dialog
    to raise to high.
    """

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.setObjectName("riskSummary")
        self.level_badge = QLabel()
        self.level_badge.setObjectName("riskLevel")
        self.level_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.level_badge.setMinimumWidth(150)
        self.counts = QLabel()
        self.counts.setObjectName("riskCounts")
        self.counts.setStyleSheet("font-weight:700;")
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setProperty("ink", "muted")
        self.marac = QLabel()
        self.marac.setObjectName("maracLive")
        self.marac.setWordWrap(True)
        self.marac.setTextFormat(Qt.TextFormat.RichText)
        self.prompt = PatternPrompt()
        grid = QGridLayout(self)
        grid.addWidget(self.level_badge, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.counts, 0, 1)
        grid.addWidget(self.prompt, 1, 1)  # beside the level: a decision to make, not a reason
        grid.addWidget(self.reasons, 2, 1)
        grid.addWidget(self.marac, 3, 1)
        grid.setColumnStretch(1, 1)

    def show_score(self, score: Score, judgement: str = "") -> None:
        final = judgement or score.level
        self.level_badge.setText(
            final.upper() + ("\n" + self.tr("by judgement") if judgement else "")
        )
        set_tone(self.level_badge, "risk", final)  # the theme's colour; the level is written
        self.level_badge.setAccessibleName(
            self.tr("DASH risk level: %1%2")
            .replace("%1", final)
            .replace("%2", self.tr(", by judgement") if judgement else "")
        )
        total = len(self.instrument.questions)
        self.counts.setText(
            self.tr("%1 yes · %2 no · %3 not known · %4 of %5 answered")
            .replace("%1", str(score.yes_count))
            .replace("%2", str(score.no_count))
            .replace("%3", str(score.not_known_count))
            .replace("%4", str(total - len(score.unanswered)))
            .replace("%5", str(total))
        )
        self.reasons.setText(" ".join(score.reasons))
        self.prompt.show_check(score.patterns, judgement)
        self.marac.setText(escape(self._marac_live(score, judgement)))

    def _marac_live(self, score: Score, judgement: str) -> str:
        met = []
        threshold = self.instrument.marac.visible_high_risk_at_yes
        if score.yes_count >= threshold:
            met.append(self.tr("visible high risk (%1 or more yes)").replace("%1", str(threshold)))
        if judgement == "high":
            met.append(self.tr("professional judgement of high risk"))
        if met:
            return self.tr("MARAC referral: %1.").replace("%1", "; ".join(met))
        if score.prompted:
            return self.tr(
                "MARAC: the homicide patterns offer a referral by professional judgement (raise"
                " to high); escalation is checked against the history when saved."
            )
        return self.tr(
            "MARAC: no criterion met by the answers so far (escalation is checked against the"
            " history when saved)."
        )

    def show_recorded(self, result: RiskResult) -> None:
        """Saved: the final level and every MARAC criterion with its reason."""
        self.show_score(result.score, result.judgement_level or "")
        self.prompt.show_decision(result.patterns, result.pattern_decision, result.rationale)
        heading = (
            self.tr("Saved. MARAC referral criteria met:")
            if result.marac_referral
            else self.tr("Saved. No MARAC referral criterion met:")
        )
        lines = [f"<b>{escape(heading)}</b>"]
        for criterion in result.marac:
            mark = "&#10004;" if criterion.met else "&#10006;"
            weight = "700" if criterion.met else "400"
            lines.append(  # the tick or cross and the weight say it, in any theme
                f'<span style="font-weight:{weight};">{mark} '
                f"{escape(criterion.title)}:</span> {escape(criterion.reason)}"
            )
        self.marac.setText("<br>".join(lines))

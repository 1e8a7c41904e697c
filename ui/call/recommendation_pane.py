"""The recommended response grade, large and coloured, with its reasons and flags as badges."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.conditions import Cause
from callhandler.domain.grading import Recommendation
from callhandler.domain.history import REPEAT_WINDOW, marker_label
from callhandler.services.history import HistoryResult
from ui.call.flow_layout import FlowLabel, FlowStrip
from ui.common.fit import ScrollsWhenShort, keep_whole
from ui.common.theme import set_tone

DANGER_FLAGS = frozenset(
    {
        "weapons",
        "strangulation",
        "threat_to_kill",
        "order_breached",
        "children_at_immediate_risk",
        "marac_consideration",
        "serial_perpetrator",
        "high_risk_history",
        "officer_safety",
        "caller_cannot_speak",
        "call_back",
    }
)
MAX_REFS = 6


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecommendationPane", text)


def recent_domestic_abuse_refs(history: HistoryResult | None, now: dt.datetime) -> list[str]:
    """The listed domestic-abuse incidents of the last 12 months, newest first."""
    if history is None:
        return []
    since = now - REPEAT_WINDOW
    return [c.incident_ref for c in history.exact if c.domestic_abuse and c.opened_at >= since]


def describe_cause(cause: Cause, history: HistoryResult | None, now: dt.datetime) -> str:
    """What caused a reason, in the handler's words: "weapon = yes", "history: 3 …"."""
    if cause.kind == "fact":
        return cause.describe().replace("_", " ")  # "weapon = yes", "relationship = ex partner"
    if cause.kind == "policy":
        return _tr("nothing urgent recorded yet")
    if cause.kind == "marker":
        return (
            _tr("marker: %1 on %2 %3")
            .replace("%1", marker_label(cause.item))
            .replace("%2", cause.on)
            .replace("%3", cause.target)
        )
    summary = history.summary if history is not None else None
    if cause.item in ("domestic_abuse_12m", "repeat_victim"):
        count = summary.domestic_abuse_12m if summary else cause.value
        text = _tr("history: %1 domestic-abuse incident(s) in 12 months").replace("%1", str(count))
        refs = recent_domestic_abuse_refs(history, now)
        if refs:
            shown = ", ".join(refs[:MAX_REFS]) + (", …" if len(refs) > MAX_REFS else "")
            text += " " + _tr("(refs %1)").replace("%1", shown)
        return text
    if cause.item == "children_previously_present":
        return _tr("history: children recorded at this number or address before")
    if cause.item == "serial_perpetrators" and summary is not None:
        names = ", ".join(summary.serial_perpetrators)
        return _tr("history: linked to two or more victims: %1").replace("%1", names)
    if cause.item == "last_risk_level":
        return _tr("history: last risk assessment %1").replace("%1", str(cause.value).upper())
    return cause.describe()


class RecommendationPane(QWidget):
    """Shows a Recommendation; the Decide and Dispatch buttons only ask (signals).

    ``show_recommendation`` is cheap and is called after every answer and every history
    result. ``badge_texts()`` and ``reason_texts()`` let tests read what is shown.
    """

    decide_requested = Signal()
    dispatch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recommendation: Recommendation | None = None
        self._badge_texts: list[str] = []
        self._spare_badges: list[FlowLabel] = []
        self._reason_texts: list[str] = []

        self.caption = QLabel(self.tr("RECOMMENDED RESPONSE"))
        self.caption.setObjectName("gradeCaption")
        self.grade_box = QFrame()
        self.grade_box.setObjectName("gradeBox")
        self.grade_number = QLabel()
        self.grade_number.setObjectName("gradeNumber")
        self.grade_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_number.setMinimumWidth(84)
        self.grade_name = QLabel()
        self.grade_name.setObjectName("gradeName")
        self.grade_name.setWordWrap(True)
        self.grade_target = QLabel()
        self.grade_target.setWordWrap(True)
        self.da_line = QLabel()
        self.da_line.setObjectName("domesticAbuse")
        self.da_line.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(1)
        words.addWidget(self.caption)
        words.addWidget(self.grade_name)
        words.addWidget(self.grade_target)
        words.addWidget(self.da_line)
        box = QHBoxLayout(self.grade_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.grade_number)
        box.addLayout(words, 1)

        self.badges_widget = FlowStrip(spacing=5)
        self.badges = self.badges_widget.flow
        # as tall as the badges need; on a short screen they scroll, never cut (issue 16)
        lines = 2 * (self.fontMetrics().height() + 8)  # two lines of badges at the least
        self.badges_area = ScrollsWhenShort(self.badges_widget, lines)
        self.badges_area.setObjectName("badges")
        self.badges_area.setAccessibleName(self.tr("Flags"))

        self.reasons = QLabel()
        self.reasons.setObjectName("reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons_area = QScrollArea()
        self.reasons_area.setWidgetResizable(True)
        self.reasons_area.setWidget(self.reasons)
        self.reasons_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # two lines at the least on a short screen (the flags above say the same briefly)
        self.reasons_area.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 14)

        self.decision = QLabel()
        self.decision.setObjectName("formMessage")
        self.decision.setWordWrap(True)
        keep_whole(self.decision)  # below the floor, flagged: three lines, never squeezed
        self.decision.setVisible(False)
        self.decide_button = QPushButton(self.tr("Decide grade… (Ctrl+G)"))
        self.decide_button.setObjectName("primary")
        self.decide_button.clicked.connect(self.decide_requested)
        self.dispatch_button = QPushButton(self.tr("Dispatch… (Ctrl+D)"))
        self.dispatch_button.clicked.connect(self.dispatch_requested)
        self.dispatch_button.setVisible(False)
        # side by side when there is room, one under the other in a narrow column (issue 16)
        self.buttons = FlowStrip(spacing=6)
        self.buttons.flow.addWidget(self.decide_button)
        self.buttons.flow.addWidget(self.dispatch_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.grade_box)
        layout.addWidget(self.badges_area)
        layout.addWidget(self.reasons_area, 1)
        layout.addWidget(self.decision)
        layout.addWidget(self.buttons)

    # -- showing ------------------------------------------------------------------------

    def show_no_call(self) -> None:
        """Before a call exists: no grade, no reasons (a grade here would be a guess)."""
        self.recommendation = None
        set_tone(self.grade_box, "grade", "none")  # before any call: grey, no grade
        self.grade_number.setText("–")
        self.grade_name.setText(self.tr("NO CALL YET"))
        self.grade_box.setAccessibleName(self.tr("No recommended grade: no call yet"))
        self.grade_number.setAccessibleName(self.grade_box.accessibleName())
        self.grade_target.setText(
            self.tr("The recommendation appears as soon as the call is typed or answered.")
        )
        self.grade_target.setVisible(True)
        self.da_line.setText("")
        self._clear_badges()
        self._badge_texts = []
        self.badges_area.setVisible(False)
        self._reason_texts = []
        self.reasons.setText("")
        self.show_decision("")

    def clear_error(self) -> None:
        """The input the last error was about has changed: the error no longer applies."""
        if self.decision.property("error"):
            self.show_decision("")

    def show_recommendation(
        self,
        recommendation: Recommendation,
        history: HistoryResult | None,
        grade_target: str = "",
        now: dt.datetime | None = None,
    ) -> None:
        now = now or dt.datetime.now(dt.UTC)
        self.recommendation = recommendation
        grade = recommendation.grade
        # 1 red, 2 amber, 3 blue, 4 grey in the theme; the number and name always written
        set_tone(self.grade_box, "grade", str(grade) if grade in (1, 2, 3, 4) else "4")
        self.grade_number.setText(str(grade))
        self.grade_name.setText(
            self.tr("GRADE %1 · %2")
            .replace("%1", str(grade))
            .replace("%2", recommendation.grade_name.upper())
        )
        self.grade_target.setText(grade_target)
        # a screen reader cannot see the colour: the grade and its name in words
        self.grade_box.setAccessibleName(
            self.tr("Recommended grade %1, %2")
            .replace("%1", str(grade))
            .replace("%2", recommendation.grade_name)
        )
        self.grade_number.setAccessibleName(self.grade_box.accessibleName())
        self.grade_target.setVisible(bool(grade_target))
        if recommendation.domestic_abuse:
            types = ", ".join(t.replace("_", " ") for t in recommendation.abuse_types)
            text = self.tr("Domestic abuse identified")
            self.da_line.setText(f"{text}: {types}" if types else text)
        else:
            self.da_line.setText(self.tr("Domestic abuse not identified (yet)"))
        self._show_badges(recommendation)
        self._show_reasons(recommendation, history, now)

    def _show_badges(self, recommendation: Recommendation) -> None:
        badges = [
            (flag.label, "danger" if flag.id in DANGER_FLAGS else "warning")
            for flag in recommendation.flags
        ]
        if recommendation.dash_required:
            badges.append((self.tr("DASH risk assessment required"), "info"))
        if recommendation.officers_recommended:
            badges.append(
                (
                    self.tr("Officers recommended: %1").replace(
                        "%1", str(recommendation.officers_recommended)
                    ),
                    "info",
                )
            )
        self._set_badges(badges)

    def _set_badges(self, badges: list[tuple[str, str]]) -> None:
        """The badges shown, the labels already there reused (a new label costs a style
        sheet polish, and the strip's layout, every time an answer is typed): nothing is
        done when the badges are the same as shown, which is most keystrokes."""
        shown = [(label.text(), str(label.property("tone"))) for label in self._badge_labels()]
        if shown == badges and self.badges_area.isHidden() != bool(badges):
            return
        said = {"danger": self.tr("Danger"), "warning": self.tr("Warning"), "info": self.tr("Note")}
        labels = self._badge_labels()
        self.badges_widget.setUpdatesEnabled(False)
        try:
            while len(labels) > len(badges):
                self._remove_badge(labels.pop())
            for number, (text, level) in enumerate(badges):
                if number == len(labels):
                    labels.append(self._new_badge())
                badge = labels[number]
                badge.setText(text)  # a narrow column wraps a long badge, never widens
                if badge.property("tone") != level:
                    badge.setObjectName(f"badge_{level}")
                    badge.setProperty("tone", level)  # coloured by the theme; the words say it
                    badge.style().unpolish(badge)
                    badge.style().polish(badge)  # measured in its own font by the layout
                    badge.setAccessibleDescription(said[level])  # the colour's meaning, in words
            self._badge_texts = [text for text, _ in badges]
            self.badges_area.setVisible(bool(badges))
            self.badges.invalidate()
            self.badges_widget.updateGeometry()
            self.badges_widget.fit_height()
            self.badges_area.updateGeometry()
        finally:
            self.badges_widget.setUpdatesEnabled(True)

    def _badge_labels(self) -> list[FlowLabel]:
        items = [self.badges.itemAt(n) for n in range(self.badges.count())]
        widgets = [item.widget() for item in items if item is not None]
        return [w for w in widgets if isinstance(w, FlowLabel)]

    def _new_badge(self) -> FlowLabel:
        if self._spare_badges:  # made for an earlier call: polished already
            badge = self._spare_badges.pop()
        else:
            badge = FlowLabel("", self.badges_widget)
            badge.setProperty("badge", True)
        self.badges.addWidget(badge)
        badge.show()
        return badge

    def _remove_badge(self, badge: FlowLabel) -> None:
        """Out of the strip at once, kept for the next badge (never more than a call's)."""
        self.badges.removeWidget(badge)
        badge.hide()
        self._spare_badges.append(badge)

    def _clear_badges(self) -> None:
        for badge in self._badge_labels():
            self._remove_badge(badge)

    def _show_reasons(
        self, recommendation: Recommendation, history: HistoryResult | None, now: dt.datetime
    ) -> None:
        parts = []
        self._reason_texts = []
        shown: set[str] = set()  # each cause once, under the first (most urgent) reason
        for reason in recommendation.reasons:
            own = [
                text
                for text in dict.fromkeys(describe_cause(c, history, now) for c in reason.causes)
                if text not in shown
            ]
            shown.update(own)
            causes = "; ".join(own) if own else self.tr("the facts above")
            grade = self.tr("Grade %1").replace("%1", str(reason.grade)) if reason.grade else ""
            self._reason_texts.append(f"{reason.title} {grade} — {causes}".strip())
            tag = (  # in the text's own colour: the theme's, whichever it is
                f" <span style='font-weight:800;'>→ {html.escape(grade)}</span>" if grade else ""
            )
            parts.append(
                f"<p style='margin:0 0 4px 0;'><b>{html.escape(reason.title)}</b>{tag} "
                f"<span>— {html.escape(causes)}</span></p>"
            )
        self.reasons.setText("".join(parts))

    def show_decision(self, text: str, *, error: bool = False) -> None:
        """A line under the reasons: the grade decided, a dispatch, or what went wrong."""
        self.decision.setText(text)
        self.decision.setVisible(bool(text))
        if self.decision.property("error") != error:  # a polish only when the look changes
            self.decision.setProperty("error", error)
            self.decision.style().unpolish(self.decision)
            self.decision.style().polish(self.decision)

    def set_dispatch_available(self, available: bool) -> None:
        self.dispatch_button.setVisible(available)
        self.buttons.fit_height()  # a second line if the two do not fit side by side

    def badge_texts(self) -> list[str]:
        return list(self._badge_texts)

    def reason_texts(self) -> list[str]:
        return list(self._reason_texts)

"""The inspector's reading page: the incident, grade decision, earlier sign-offs, checklist,
narrative, and the history of the number and address, built from one Review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callhandler.services.history import HistoryResult
from callhandler.services.signoff import DecisionView, Review
from ui.call.history_panel import Banner, HistoryPanel
from ui.common.fitted_table import FittedTable
from ui.common.words import grade_label, local_time, when_text
from ui.inspector.review_answers import answers_section
from ui.models.checklist_answers import (
    ANSWER,
    QUESTION,
    SECTION,
    ChecklistAnswersModel,
    answer_lines,
)
from ui.models.history_table import HistoryTableModel
from ui.models.queue_table import risk_label

RED_BOX = "border-radius:3px; padding:8px;"  # coloured by tone="danger-soft"


def _table(model: QAbstractItemModel, max_rows: int) -> FittedTable:
    """Wrapped rows, as tall as their text at the width shown, up to ``max_rows`` of them
    (the page, not the table, scrolls)."""
    return FittedTable(model, max_rows)


class ReviewPage(QScrollArea):
    """Scrolls with the arrow keys and Page Up / Page Down. ``show_review`` replaces the page;
    ``answers_model`` and ``history_model`` are the tables of the review on show;
    ``built`` when the whole review is on the page."""

    built = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Incident for sign-off"))
        self.answers_model = ChecklistAnswersModel(self)
        self.history_model = HistoryTableModel(self)
        self._generation = 0  # the review being built (show_review)
        self._holder = QWidget()
        self._holder_layout = QVBoxLayout(self._holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.setWidget(self._holder)
        self.content: QWidget | None = None

    def show_placeholder(self, text: str) -> None:
        self._generation += 1  # a review still being built stops
        self._set_content([self._muted(text)])

    def show_review(self, review: Review) -> None:
        """The incident and its grade decision at once; the rest one section per turn of
        the event loop (the whole page at once held the GUI thread about 100 ms: issue
        18), then ``built``. Another review or a placeholder meanwhile stops the build."""
        self._generation += 1
        self._set_content(self._incident(review) + self._decision(review))
        sections: list[Callable[[], list[QWidget]]] = [
            lambda: answers_section(review.answers, self._heading),  # issue 16
            lambda: self._sign_offs(review),  # a return's reason matters before the details
            lambda: self._checklist(review),
            lambda: self._narrative(review),
            lambda: self._history(review),
        ]
        self._build_next(self._generation, sections)

    def _build_next(self, generation: int, sections: list[Callable[[], list[QWidget]]]) -> None:
        if generation != self._generation:
            return
        if not sections:
            self.built.emit()
            return
        for widget in sections[0]():
            self.content_layout.insertWidget(self.content_layout.count() - 1, widget)
        QTimer.singleShot(0, self, lambda: self._build_next(generation, sections[1:]))

    def _set_content(self, widgets: list[QWidget]) -> None:
        """A fresh page: the old one leaves the panel at once, its deletion comes later.
        Pages come and go inside one holder the scroll area keeps: taking a page out of
        the scroll area itself re-parented its whole tree (fonts, palette and style sheet
        worked out again for every widget), about 100 ms after each sign-off (issue 18)."""
        old = self.content
        if old is not None:
            old.hide()
            self._holder_layout.removeWidget(old)
            old.deleteLater()
        self.content = QWidget(self._holder)
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(4, 0, 12, 12)
        for widget in widgets:
            self.content_layout.addWidget(widget)
        self.content_layout.addStretch(1)  # sections built later go before it
        self._holder_layout.addWidget(self.content)
        self.verticalScrollBar().setValue(0)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionHeading")  # styled by the theme (resources/styles)
        return label

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        return label

    def _text(self, text: str, style: str = "", *, tone: str = "", ink: str = "") -> QLabel:
        """``tone``/``ink``: what the theme colours it as (resources/styles)."""
        label = QLabel(text)
        for name, value in (("tone", tone), ("ink", ink)):
            if value:
                label.setProperty(name, value)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if style:
            label.setStyleSheet(style)
        return label

    def _incident(self, review: Review) -> list[QWidget]:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 4, 0, 4)
        opened = local_time(review.opened_at).strftime("%d %b %Y %H:%M")
        risk = risk_label(review.risk_level)
        rows = [
            (self.tr("Opened"), opened),
            (self.tr("Handler"), review.handler or "–"),
            (self.tr("Number"), review.phone or "–"),
            (self.tr("Address"), review.address or "–"),
            (self.tr("Grade"), grade_label(review.grade)),
            (self.tr("Officers sent"), review.officers_sent or "–"),
            (self.tr("Attended by"), review.attending_officer or "–"),
            (self.tr("Risk level"), risk),
        ]
        if review.caller_location:
            rows.insert(4, (self.tr("Caller was at"), review.caller_location))
        for label, value in rows:
            form.addRow(label, self._text(value))
        words = self._text(
            f"“{review.summary}”" if review.summary else self.tr("(nothing recorded)"),
            "padding:6px 8px; font-style:italic;",
            tone="paper",
        )
        return [
            self._heading(self.tr("Incident")),
            box,
            QLabel(self.tr("What the caller said")),
            words,
        ]

    def _decision(self, review: Review) -> list[QWidget]:
        widgets: list[QWidget] = [self._heading(self.tr("Grade decision"))]
        decision = review.decision
        if decision is None:
            widgets.append(self._muted(self.tr("No grade decision was recorded in the call.")))
            return widgets
        widgets.append(self._grade_tiles(decision))
        if decision.below_floor or decision.overridden:
            if decision.below_floor:
                headline = self.tr(
                    "DOWNGRADED BELOW THE POLICY FLOOR: Grade {chosen} chosen where policy "
                    "allows no lower than Grade {floor} (recommended Grade {rec})."
                )
            else:
                headline = self.tr(
                    "GRADE OVERRIDDEN: Grade {chosen} chosen, Grade {rec} recommended."
                )
            text = headline.format(
                chosen=decision.chosen_grade,
                floor=decision.policy_floor,
                rec=decision.recommended_grade,
            )
            text += "\n" + self.tr("{who}'s rationale: “{why}”").format(
                who=decision.decided_by, why=decision.rationale or self.tr("(none given)")
            )
            flag = self._text(text, RED_BOX + "font-weight:600;", tone="danger-soft")
            flag.setObjectName("overrideFlag")
            widgets.append(flag)
        if decision.reasons:
            widgets.append(
                self._text(
                    self.tr("Why the policy recommended it:")
                    + "\n"
                    + "\n".join(f"• {r}" for r in decision.reasons)
                )
            )
        return widgets

    def _grade_tiles(self, decision: DecisionView) -> QWidget:
        """Recommended, chosen and floor side by side; the chosen grade red when it departs."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 4)
        departed = decision.overridden or decision.below_floor
        for caption, grade, alarm in (
            (self.tr("Recommended"), decision.recommended_grade, False),
            (self.tr("Chosen by the handler"), decision.chosen_grade, departed),
            (self.tr("Policy floor (lowest allowed)"), decision.policy_floor, False),
        ):
            tile = self._text(
                f"{caption}\n{grade_label(grade)}",
                "border-radius:3px; padding:6px 8px; font-weight:600;",
            )
            tile.setObjectName("gradeTile")  # red edge and text when the handler departed
            tile.setProperty("alarm", alarm)
            layout.addWidget(tile, 1)
        return row

    def _checklist(self, review: Review) -> list[QWidget]:
        closure = review.closure
        missing = len(closure.checklist_status.missing) + len(
            closure.checklist_status.narrative_missing
        )
        widgets: list[QWidget] = [self._heading(self.tr("Closure checklist"))]
        if missing:
            widgets.append(
                self._text(
                    self.tr("{n} required answer(s) or narrative section(s) missing.").format(
                        n=missing
                    ),
                    "font-weight:700;",
                    ink="danger",
                )
            )
        self.answers_model.set_rows(answer_lines(closure))
        self.answers_view = _table(self.answers_model, 40)
        self.answers_view.setAccessibleName(self.tr("Closure checklist answers"))
        self.answers_view.setAccessibleDescription(
            self.tr("Each closure question with the handler's answer.")
        )
        self.answers_view.setWordWrap(True)
        self.answers_view.setColumnHidden(SECTION, True)  # the question says enough
        header = self.answers_view.horizontalHeader()
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ANSWER, QHeaderView.ResizeMode.Stretch)
        widgets.append(self.answers_view)
        return widgets

    def _narrative(self, review: Review) -> list[QWidget]:
        closure = review.closure
        widgets: list[QWidget] = [self._heading(self.tr("Narrative"))]
        for section in closure.checklist.narrative_sections:
            text = closure.narrative.get(section.id, "").strip()
            widgets.append(self._text(section.title, "font-weight:600; padding-top:4px;"))
            if text:
                widgets.append(self._text(text))
            else:
                widgets.append(self._text(self.tr("— not written —"), ink="danger"))
        return widgets

    def _history(self, review: Review) -> list[QWidget]:
        widgets: list[QWidget] = [self._heading(self.tr("History of the number and address"))]
        result = review.history
        if result is None:
            widgets.append(self._muted(self.tr("No number or address to look up.")))
            return widgets
        # The review's look-up leaves out the incident under review (exclude_incident_id).
        earlier = list(result.exact)
        possible = list(result.possible)
        for text, level in self._history_banners(result):
            widgets.append(Banner(text, level))
        if earlier:
            widgets.append(
                self._text(
                    self.tr("{n} earlier incident(s) at this number or address:").format(
                        n=len(earlier)
                    ),
                    "font-weight:600;",
                )
            )
            self.history_model.set_rows(earlier)
            view = _table(self.history_model, 8)
            view.setAccessibleName(self.tr("Earlier incidents"))
            view.setAccessibleDescription(
                self.tr("Earlier incidents at the same number or address.")
            )
            widgets.append(view)
        else:
            widgets.append(Banner(self.tr("No earlier calls for this number or address"), "ok"))
        if possible:
            widgets.append(
                self._muted(
                    self.tr("{n} possible match(es) on a similar address or name.").format(
                        n=len(possible)
                    )
                )
            )
        return widgets

    def _history_banners(self, result: HistoryResult) -> list[tuple[str, str]]:
        """The call window's banners (markers, serial perpetrator, repeat victim, children,
        last risk) for the incident's earlier history; the green and grey ones are left out."""
        return [
            (text, level)
            # arg-type: this page stands in for the panel; banner_lines uses only self.tr
            for text, level in HistoryPanel.banner_lines(self, result.summary, result)  # type: ignore[arg-type]
            if level in ("danger", "warning")
        ]

    def _sign_offs(self, review: Review) -> list[QWidget]:
        widgets: list[QWidget] = [self._heading(self.tr("Earlier sign-offs and notes"))]
        if review.resubmitted_unchanged:
            unchanged = self._text(
                self.tr(
                    "RESUBMITTED UNCHANGED: nothing was changed since it was returned. "
                    "The handler's reason: “{reason}”"
                ).format(reason=review.submission_reason),
                RED_BOX + "font-weight:600;",
                tone="danger-soft",
            )
            unchanged.setObjectName("resubmittedUnchanged")
            widgets.append(unchanged)
        elif review.submission_reason:
            widgets.append(
                self._text(
                    self.tr("The handler's note with the submission: “{reason}”").format(
                        reason=review.submission_reason
                    )
                )
            )
        lines = []
        for inspector, decision, reason, at in review.sign_offs:
            if decision == "returned":
                lines.append(
                    self.tr("Returned by {who} at {when}: “{reason}”").format(
                        who=inspector, when=when_text(at), reason=reason
                    )
                )
            else:
                lines.append(
                    self.tr("Finalised by {who} at {when}").format(
                        who=inspector, when=when_text(at)
                    )
                )
        for text, who, at in review.notes:
            lines.append(
                self.tr("Note by {who} at {when}: {text}").format(
                    who=who, when=when_text(at), text=text
                )
            )
        if not lines:
            widgets.append(self._muted(self.tr("None: this is its first sign-off.")))
        for line in lines:
            widgets.append(self._text(line))
        if review.contributors:  # none of them may sign it (four eyes)
            widgets.append(
                self._muted(
                    self.tr("Recorded on it by: {people}").format(
                        people=", ".join(review.contributors)
                    )
                )
            )
        return widgets

"""One sampled call's review: each checklist item with what the record says about it (the
suggestion read from the call's answers, look-ups, grade, DASH, closure and briefing), a
score pre-filled from that suggestion, chosen from the keyboard, and a note."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.qa import MAX_NOTE, SCORE_LABELS, SCORES
from callhandler.services.qa import FormItem, ReviewForm

SCORE_KEYS = {"compliant": "C", "partial": "P", "not_compliant": "N"}


class ItemRow:
    """The widgets of one checklist item."""

    def __init__(self, item: FormItem, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.item_id = item.item.id
        text = QLabel(f"<b>{item.item.text}</b>")
        text.setWordWrap(True)
        if item.item.help:
            text.setToolTip(item.item.help)
        evidence = item.suggestion.evidence if item.suggestion else ""
        suggested = (
            parent.tr("Record: %1 (suggests %2)")
            .replace("%1", evidence)
            .replace("%2", SCORE_LABELS[item.suggestion.score])
            if item.suggestion
            else parent.tr("Record: nothing to read for this item; judge it from the call.")
        )
        self.evidence = QLabel(suggested)
        self.evidence.setWordWrap(True)
        self.evidence.setProperty("ink", "muted")
        self.score = QComboBox()
        for score in SCORES:  # typing C, P or N picks the score
            self.score.addItem(SCORE_LABELS[score], score)
        chosen = item.score or (item.suggestion.score if item.suggestion else "compliant")
        self.score.setCurrentIndex(SCORES.index(chosen))
        self.score.setAccessibleName(item.item.text)
        self.score.setAccessibleDescription(
            parent.tr("Compliant, partial or not compliant: type C, P or N.")
        )
        self.note = QLineEdit(item.note)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(parent.tr("Note (required unless compliant)"))
        self.note.setAccessibleName(parent.tr("Note on %1").replace("%1", item.item.id))
        self.note.setMinimumWidth(220)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(text)
        words.addWidget(self.evidence)
        grid.addLayout(words, row, 0)
        grid.addWidget(self.score, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, row, 2, Qt.AlignmentFlag.AlignTop)

    def value(self) -> tuple[str, str]:
        return str(self.score.currentData()), self.note.text()


class ReviewFormPanel(QScrollArea):
    """The checklist of ``form``; ``scores()`` is what the reviewer chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Review form"))
        self.rows: list[ItemRow] = []
        self.form: ReviewForm | None = None
        self.show_message(self.tr("Choose a sampled call and press Enter to review it."))

    def show_message(self, text: str) -> None:
        """Nothing to review: ``text`` says why (e.g. the core's refusal)."""
        self.form, self.rows = None, []
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(label)

    def show_form(self, form: ReviewForm) -> None:
        self.form = form
        page = QWidget()
        grid = QGridLayout(page)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setVerticalSpacing(10)
        self.rows = [ItemRow(item, grid, n, self) for n, item in enumerate(form.items)]
        grid.setRowStretch(len(self.rows), 1)
        for before, after in zip(self.rows, self.rows[1:], strict=False):
            QWidget.setTabOrder(before.score, before.note)
            QWidget.setTabOrder(before.note, after.score)
        self.setWidget(page)
        if self.rows:
            self.rows[0].score.setFocus()

    def scores(self) -> Mapping[str, tuple[str, str]]:
        return {row.item_id: row.value() for row in self.rows}

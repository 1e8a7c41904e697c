"""The scrolling page of closure questions and narrative boxes inside the checklist dialog."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from callhandler.domain.checklist import Checklist, ChecklistStatus
from callhandler.services.closure import AnswerRecord, ClosureView
from ui.closure.item_editors import ChoiceEditor, ItemRow, TextAnswerEditor
from ui.common.theme import set_tone
from ui.common.words import when_text

SECTION = "sectionHeading"  # styled by the theme (resources/styles)


class NarrativeRow(QWidget):
    """One narrative section: its title, a box, and a word count against the minimum."""

    def __init__(self, section: str, title: str, minimum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.minimum = minimum
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight:600;")
        self.editor = TextAnswerEditor(0)
        self.editor.setAccessibleName(title)
        self.editor.setAccessibleDescription(
            self.tr("In your own words, at least %1 words.").replace("%1", str(minimum))
        )
        self.counter = QLabel()
        self.counter.setProperty("small", True)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        self.editor.textChanged.connect(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.editor)
        layout.addWidget(self.counter)
        layout.addWidget(self.error)
        self.setFocusProxy(self.editor)
        self._count()

    def _count(self) -> None:
        words = len(self.editor.toPlainText().split())
        self.counter.setText(self.tr("{n} words (at least {m})").format(n=words, m=self.minimum))
        set_tone(self.counter, "ink", "ok" if words >= self.minimum else "caution")

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class ChecklistPage(QScrollArea):
    """Questions grouped by section, then the narrative. Shows state; owns no saving.

    ``answered(item_id, value)`` and ``narrated(section, text)`` report what the handler
    gave; ``show_status`` hides the questions not required now (unless optional or
    answered) and marks each one required, newly required or answered.
    """

    answered = Signal(str, object)
    narrated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, ItemRow] = {}
        self.narrative_rows: dict[str, NarrativeRow] = {}
        self._headings: dict[str, QLabel] = {}
        self.questions = QWidget()
        self._layout = QVBoxLayout(self.questions)
        self._layout.setContentsMargins(8, 4, 16, 8)
        self.setWidgetResizable(True)
        self.setWidget(self.questions)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    @property
    def built(self) -> bool:
        return bool(self.rows)

    def build(self, checklist: Checklist) -> None:
        for item in checklist.items:
            if item.section not in self._headings:
                heading = QLabel(item.section)
                heading.setObjectName(SECTION)
                self._headings[item.section] = heading
                self._layout.addWidget(heading)
            row = ItemRow(item)
            row.answered.connect(self.answered)
            self.rows[item.id] = row
            self._layout.addWidget(row)
        narrative_heading = QLabel(self.tr("Narrative (for the inspector and the next handler)"))
        narrative_heading.setObjectName(SECTION)
        self._layout.addWidget(narrative_heading)
        for section in checklist.narrative_sections:
            narrative = NarrativeRow(section.id, section.title, checklist.narrative_minimum_words)
            narrative.editor.answered.connect(
                lambda text, s=section.id: self.narrated.emit(s, str(text))
            )
            self.narrative_rows[section.id] = narrative
            self._layout.addWidget(narrative)
        self._layout.addStretch(1)

    def editors(self) -> list[QWidget]:
        """Every input in order, for the dialog's Tab order."""
        editors: list[QWidget] = [r.editor for r in self.rows.values()]
        editors += [r.editor for r in self.narrative_rows.values()]
        return editors

    def set_values(self, view: ClosureView) -> None:
        """Show what is stored (without sending anything back)."""
        for item_id, row in self.rows.items():
            record = view.answers.get(item_id)
            row.set_value(record.value if record else None)
        for section, narrative in self.narrative_rows.items():
            narrative.editor.set_value(view.narrative.get(section, ""))

    def show_status(
        self,
        current: ChecklistStatus,
        records: Mapping[str, AnswerRecord],
        *,
        saving: set[str],
        errors: Mapping[str, str],
        required_at_load: set[str],
    ) -> None:
        visible_sections: set[str] = set()
        for state in current.items:
            item = state.item
            row = self.rows[item.id]
            optional = not item.mandatory and item.mandatory_if is None
            shown = state.required or state.answered or optional
            row.setVisible(shown)
            if shown:
                visible_sections.add(item.section)
            row.set_state(
                required=state.required,
                answered=state.answered,
                newly_required=state.required and item.id not in required_at_load,
            )
            key = f"item:{item.id}"
            record = records.get(item.id)
            if key in saving:
                row.set_meta(self.tr("saving…"))
            elif record is not None:
                row.set_meta(
                    self.tr("Officer {collar} · taken by {who} at {when}").format(
                        collar=record.officer_collar,
                        who=record.taken_by,
                        when=when_text(record.taken_at),
                    )
                )
            else:
                row.set_meta("")
            row.set_error(errors.get(key, ""))
        for section, heading in self._headings.items():
            heading.setVisible(section in visible_sections)
        for section, narrative in self.narrative_rows.items():
            narrative.set_error(errors.get(f"narrative:{section}", ""))

    def target(self, key: str) -> QWidget:
        """The row for ``item:<id>`` or ``narrative:<id>``."""
        if key.startswith("item:"):
            return self.rows[key[5:]]
        return self.narrative_rows[key[10:]]

    def go_to(self, key: str) -> None:
        target = self.target(key)
        self.ensureWidgetVisible(target, 0, 40)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def key_of(self, focus: QWidget | None) -> str | None:
        for item_id, row in self.rows.items():
            if focus is row.editor:
                return f"item:{item_id}"
        for section, narrative in self.narrative_rows.items():
            if focus is narrative.editor:
                return f"narrative:{section}"
        return None

    def next_after(self, item_id: str) -> str | None:
        """The next question shown after ``item_id``, else the first narrative section."""
        ids = list(self.rows)
        for following in ids[ids.index(item_id) + 1 :]:
            if not self.rows[following].isHidden():
                return f"item:{following}"
        first_section = next(iter(self.narrative_rows), None)
        return f"narrative:{first_section}" if first_section is not None else None

    def moves_on_after(self, item_id: str) -> bool:
        """A single-choice answer given from the keyboard moves the cursor to the next one."""
        editor = self.rows[item_id].editor
        return isinstance(editor, ChoiceEditor) and not editor.multi and editor.hasFocus()

    def flush(self) -> None:
        """Send any text typed but not yet sent (the pause timer may not have fired)."""
        for row in self.rows.values():
            if isinstance(row.editor, TextAnswerEditor):
                row.editor.flush()
        for narrative in self.narrative_rows.values():
            narrative.editor.flush()

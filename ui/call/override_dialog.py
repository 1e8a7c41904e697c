"""Decide the response grade: the recommendation preselected; another grade needs a reason."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.grading import MIN_RATIONALE_CHARS, Recommendation
from ui.common.fit import keep_whole


class OverrideDialog(QDialog):
    """The handler's grade decision; the recommended grade is preselected.

    Choosing another grade makes the written rationale mandatory: Confirm stays disabled
    and a line says why until at least a sentence is written. A grade less urgent than the
    policy floor shows a warning that the inspector will see it flagged. Keys: 1 to 4 (or
    Alt+1 to Alt+4, or the arrow keys) choose a grade, Alt+W goes to the rationale,
    Ctrl+Enter (or Enter on a grade) confirms. ``chosen_grade()`` and ``rationale()`` hold the answer.
    """

    def __init__(
        self,
        recommendation: Recommendation,
        grade_names: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.recommendation = recommendation
        self.setWindowTitle(self.tr("Decide the response grade"))
        self.setMinimumWidth(520)
        self._names = dict(grade_names)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight:700;")

        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self._radio_layout = layout
        self.group.idToggled.connect(lambda _id, _on: self._update())

        self.rationale_label = QLabel(self.tr("&Why? (required when you choose another grade)"))
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setObjectName("rationale")
        self.rationale_edit.setAccessibleDescription(
            self.tr("Your professional judgement for choosing a grade other than recommended.")
        )
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setPlaceholderText(
            self.tr("Your professional judgement, in a sentence or more")
        )
        self.rationale_edit.setMaximumHeight(110)
        self.rationale_label.setBuddy(self.rationale_edit)
        self.rationale_edit.textChanged.connect(self._update)

        self.floor_warning = QLabel()
        self.floor_warning.setObjectName("floorWarning")
        self.floor_warning.setWordWrap(True)
        keep_whole(self.floor_warning)  # a long message makes the window taller, never sliced
        self.floor_warning.setProperty("tone", "danger-soft")
        self.floor_warning.setStyleSheet("font-weight:700; padding:6px 8px;")
        self.needs = QLabel()
        self.needs.setObjectName("fieldError")
        self.needs.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Confirm grade"))
        self.ok_button.setMinimumWidth(self.ok_button.sizeHint().width() + 24)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout.addWidget(self.rationale_label)
        layout.addWidget(self.rationale_edit)
        layout.addWidget(self.floor_warning)
        layout.addWidget(self.needs)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)
        self.load(recommendation)

    def load(self, recommendation: Recommendation) -> None:
        """Ask again for ``recommendation``: the dialog is built once a call and reused
        (building it cost the GUI thread about 10 ms at each Ctrl+G: issue 18); nothing
        of the last answer is kept."""
        self.recommendation = recommendation
        self.summary.setText(
            self.tr("Recommended: Grade %1, %2. Policy floor: Grade %3, %4.")
            .replace("%1", str(recommendation.grade))
            .replace("%2", recommendation.grade_name)
            .replace("%3", str(recommendation.policy_floor))
            .replace("%4", recommendation.policy_floor_name)
        )
        for grade in range(1, recommendation.least_urgent_grade + 1):
            if grade not in self.radios:
                radio = QRadioButton()
                radio.setObjectName(f"grade_{grade}")
                self.group.addButton(radio, grade)
                self.radios[grade] = radio
                self._radio_layout.insertWidget(grade, radio)  # after the summary, in order
        for grade, radio in self.radios.items():
            text = f"&{grade}  {self._names.get(grade, '')}"
            if grade == recommendation.grade:
                text += "  " + self.tr("(recommended)")
            radio.setText(text)
            radio.setVisible(grade <= recommendation.least_urgent_grade)
        self.radios[recommendation.grade].setChecked(True)
        self.rationale_edit.clear()
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.radios[self.chosen_grade()].setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_grade(self) -> int:
        return self.group.checkedId()

    def rationale(self) -> str:
        return self.rationale_edit.toPlainText().strip()

    def problem(self) -> str:
        """Why Confirm is disabled ("" when it is not)."""
        chosen = self.chosen_grade()
        if chosen == self.recommendation.grade:
            return ""
        written = sum(1 for ch in self.rationale() if not ch.isspace())
        if written >= MIN_RATIONALE_CHARS:
            return ""
        return (
            self.tr(
                "You chose Grade %1 instead of the recommended Grade %2: write why (at least "
                "a sentence) before confirming."
            )
            .replace("%1", str(chosen))
            .replace("%2", str(self.recommendation.grade))
        )

    def below_floor(self) -> bool:
        return self.chosen_grade() > self.recommendation.policy_floor

    def _update(self) -> None:
        problem = self.problem()
        self.needs.setText(problem)
        self.needs.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)
        self.ok_button.setDefault(True)
        if self.below_floor():
            self.floor_warning.setText(
                self.tr(
                    "Grade %1 is less urgent than the policy floor (Grade %2, %3). You may "
                    "choose it, but it will be FLAGGED FOR THE INSPECTOR at sign-off."
                )
                .replace("%1", str(self.chosen_grade()))
                .replace("%2", str(self.recommendation.policy_floor))
                .replace("%3", self.recommendation.policy_floor_name)
            )
        self.floor_warning.setVisible(self.below_floor())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A bare digit chooses that grade (keys typed in the rationale never get here)."""
        text = event.text()
        if text.isdigit() and int(text) in self.radios and not event.modifiers():
            self.radios[int(text)].setChecked(True)
            self.radios[int(text)].setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.problem():
            self.rationale_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

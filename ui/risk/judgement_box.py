"""Professional judgement on a risk level: raise only, with a written reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from callhandler.domain.risk import LEVEL_RANK, LEVELS, has_rationale


class JudgementBox(QFrame):
    """ "None" or a level above the answers' level, and the reason for it.

    ``set_computed(level)`` disables every level at or below the answers' level (a
    judgement may raise, never lower) and drops a choice the answers have overtaken.
    The reason box is enabled while a level is chosen, and also while the homicide
    patterns prompt a judgement (``set_prompted``): keeping the level then needs a reason
    too. ``changed()`` on any change.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._computed = LEVELS[0]
        self._locked = False
        self._prompted = False
        label = QLabel(self.tr("Professional &judgement (may raise the level, never lower it):"))
        label.setStyleSheet("font-weight:700;")
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {
            "": QRadioButton(self.tr("None: use the level from the answers"))
        }
        for level in LEVELS[1:]:  # the lowest level can never be a raise
            self.radios[level] = QRadioButton(self.tr("Raise to %1").replace("%1", level))
        row = QHBoxLayout()
        for index, (level, radio) in enumerate(self.radios.items()):
            radio.setObjectName(f"judgement_{level or 'none'}")
            self.group.addButton(radio, index)
            row.addWidget(radio)
        row.addStretch(1)
        self.radios[""].setChecked(True)
        label.setBuddy(self.radios[""])
        self.group.idToggled.connect(self._toggled)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setObjectName("rationale")
        self.rationale_edit.setAccessibleName(self.tr("Reason for raising the level"))
        self.rationale_edit.setAccessibleDescription(
            self.tr("Required when you raise the level by judgement: what makes the risk higher.")
        )
        self.rationale_edit.setTabChangesFocus(True)
        self.rationale_edit.setMaximumHeight(64)
        self.rationale_edit.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.rationale_edit)
        self._apply()

    def level(self) -> str:
        """The raised level chosen, or "" for none."""
        checked = self.group.checkedButton()
        return next((level for level, r in self.radios.items() if r is checked), "")

    def set_level(self, level: str) -> None:
        self.radios[level].setChecked(True)

    def rationale(self) -> str:
        """The reason written, or "" while no reason is asked for (nothing chosen, no prompt)."""
        if not self._needs_reason():
            return ""
        return self.rationale_edit.toPlainText().strip()

    def problem(self) -> str:
        """Why the judgement cannot be saved yet ("" when it can)."""
        if not self._needs_reason() or has_rationale(self.rationale()):
            return ""
        if not self.level():
            return self.tr(
                "The homicide patterns ask for a decision: raise to high (Alt+H), or write why"
                " you keep the level (at least a sentence)."
            )
        return self.tr("Write why you judge the risk to be %1 (at least a sentence).").replace(
            "%1", self.level()
        )

    def set_prompted(self, prompted: bool) -> None:
        """The homicide patterns prompt a judgement of high: a reason is needed either way."""
        if prompted != self._prompted:
            self._prompted = prompted
            self._apply()

    def set_computed(self, level: str) -> None:
        """The answers' level: only levels above it can be chosen."""
        self._computed = level
        self._apply()

    def lock(self) -> None:
        """Saved: nothing can change any more."""
        self._locked = True
        self._apply()

    def focus_here(self) -> None:
        if self.level() or self._prompted:
            self.rationale_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.radios[""].setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self._apply()
            self.changed.emit()

    def _apply(self) -> None:
        floor = LEVEL_RANK[self._computed]
        for level, radio in self.radios.items():
            radio.setEnabled(not self._locked and (not level or LEVEL_RANK[level] > floor))
        chosen = self.level()
        if chosen and LEVEL_RANK[chosen] <= floor:
            self.radios[""].setChecked(True)  # the answers overtook it (emits via _toggled)
            return
        self.rationale_edit.setEnabled(self._needs_reason() and not self._locked)
        self.rationale_edit.setPlaceholderText(
            self.tr("Why you keep the level despite the homicide patterns (required)")
            if self._prompted and not chosen
            else self.tr("Why you judge the risk higher than the answers give (required)")
        )

    def _needs_reason(self) -> bool:
        return bool(self.level()) or self._prompted

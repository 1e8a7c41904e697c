"""The threshold filters an oversight list uses, as spin boxes feeding OversightSettings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from callhandler.domain.oversight import DEFAULT_SETTINGS, OversightSettings
from callhandler.services.oversight import REPORTS

WINDOW, MINIMUM, QUIET, REASSESS, PERFORMANCE = (
    "window",
    "minimum",
    "quiet",
    "reassess",
    "performance",
)


@dataclass(frozen=True)
class Applies:
    """Which thresholds a list uses; ``minimum`` names the OversightSettings count field."""

    filters: tuple[str, ...] = ()
    minimum: str = ""


# The settings each list reads come from the core (``Report.settings``); here they are
# mapped to boxes. A setting with no box here (the high-risk marker types) is not shown.
_BOX_FOR_SETTING = {
    "window": WINDOW,
    "gone_quiet_days": QUIET,
    "reassessment_days": REASSESS,
    "performance_days": PERFORMANCE,
}
_MINIMUMS = (
    "repeat_victim_min",
    "repeat_non_crime_min",
    "gone_quiet_min_calls",
    "serial_min_victims",
)


def applies_to(report_name: str) -> Applies:
    """The boxes ``report_name`` uses, from the settings its core report reads."""
    found = REPORTS.get(report_name)
    if found is None:
        return Applies()
    filters: list[str] = []
    minimum = ""
    for setting in found.settings:
        if setting in _MINIMUMS:
            minimum = setting
            filters.append(MINIMUM)
        elif setting in _BOX_FOR_SETTING:
            filters.append(_BOX_FOR_SETTING[setting])
    order = (WINDOW, MINIMUM, QUIET, REASSESS, PERFORMANCE)
    return Applies(tuple(key for key in order if key in filters), minimum)


class ThresholdFilters(QWidget):
    """Spin boxes for the thresholds; only those the chosen list uses are shown.

    ``changed`` is emitted when a value is edited (a reload is the view's decision).
    ``settings()`` is the OversightSettings the boxes describe; ``describe()`` says the
    ones in use in words, for exports.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = ""
        self._minimums: dict[str, int] = {}
        self.window_days = self._spin(1, 3650, DEFAULT_SETTINGS.window.days, self.tr(" days"))
        self.window_days.setToolTip(self.tr("How far back the list looks"))
        self.minimum = self._spin(1, 99, 3, "")
        self.minimum.setToolTip(self.tr("The fewest incidents, calls or victims that count"))
        self.quiet = self._spin(1, 3650, DEFAULT_SETTINGS.gone_quiet_days, self.tr(" days"))
        self.quiet.setToolTip(self.tr("No calls for at least this long"))
        self.reassess = self._spin(1, 365, DEFAULT_SETTINGS.reassessment_days, self.tr(" days"))
        self.reassess.setToolTip(self.tr("Trigger events falling due within this many days"))
        self.performance = self._spin(1, 3650, DEFAULT_SETTINGS.performance_days, self.tr(" days"))
        self.performance.setToolTip(self.tr("How far back the performance figures look"))
        self.labels = {
            WINDOW: QLabel(self.tr("&Window")),
            MINIMUM: QLabel(self.tr("&Minimum")),
            QUIET: QLabel(self.tr("&Quiet for")),
            REASSESS: QLabel(self.tr("&Due within")),
            PERFORMANCE: QLabel(self.tr("Look &back")),
        }
        self.boxes = {
            WINDOW: self.window_days,
            MINIMUM: self.minimum,
            QUIET: self.quiet,
            REASSESS: self.reassess,
            PERFORMANCE: self.performance,
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        # Each label with its box in one holder, hidden together (no gap where one was).
        self.holders: dict[str, QWidget] = {}
        for key, label in self.labels.items():
            label.setBuddy(self.boxes[key])
            holder = QWidget()
            pair = QHBoxLayout(holder)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.addWidget(label)
            pair.addWidget(self.boxes[key])
            self.holders[key] = holder
            layout.addWidget(holder)
        self.none_label = QLabel(self.tr("This list has no thresholds to set."))
        self.none_label.setObjectName("muted")
        layout.addWidget(self.none_label)
        layout.addStretch(1)
        self.minimum.valueChanged.connect(self._minimum_edited)
        for box in self.boxes.values():
            box.valueChanged.connect(self.changed)
        self.set_report("")

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        box.setKeyboardTracking(False)  # typing "120" reloads once, not three times
        box.setAccelerated(True)
        return box

    def set_report(self, name: str) -> None:
        """Show the thresholds ``name`` uses; its minimum keeps what was set for it before."""
        self._report = name
        applies = applies_to(name)
        for key in self.boxes:
            self.holders[key].setVisible(key in applies.filters)
        self.none_label.setVisible(not applies.filters)
        if applies.minimum:
            default = getattr(DEFAULT_SETTINGS, applies.minimum)
            self.minimum.blockSignals(True)
            self.minimum.setValue(self._minimums.get(applies.minimum, default))
            self.minimum.blockSignals(False)

    def _minimum_edited(self, value: int) -> None:
        field = applies_to(self._report).minimum
        if field:
            self._minimums[field] = value

    def settings(self) -> OversightSettings:
        least = self._minimums  # the _MINIMUMS set for a list; the default for the others
        default = DEFAULT_SETTINGS
        return dataclasses.replace(
            default,
            window=dt.timedelta(days=self.window_days.value()),
            gone_quiet_days=self.quiet.value(),
            reassessment_days=self.reassess.value(),
            performance_days=self.performance.value(),
            repeat_victim_min=least.get("repeat_victim_min", default.repeat_victim_min),
            repeat_non_crime_min=least.get("repeat_non_crime_min", default.repeat_non_crime_min),
            gone_quiet_min_calls=least.get("gone_quiet_min_calls", default.gone_quiet_min_calls),
            serial_min_victims=least.get("serial_min_victims", default.serial_min_victims),
        )

    def describe(self) -> tuple[str, ...]:
        """The thresholds the chosen list uses, in words: ("Window: 365 days", …)."""
        applies = applies_to(self._report)
        words = {
            WINDOW: self.tr("Window: {n} days").format(n=self.window_days.value()),
            MINIMUM: self.tr("Minimum: {n}").format(n=self.minimum.value()),
            QUIET: self.tr("Quiet for: {n} days").format(n=self.quiet.value()),
            REASSESS: self.tr("Due within: {n} days").format(n=self.reassess.value()),
            PERFORMANCE: self.tr("Look back: {n} days").format(n=self.performance.value()),
        }
        return tuple(words[key] for key in applies.filters)

"""From the recommendation to officers on their way: grade decision, dispatch or Grade 4."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from callhandler.desk import Desk, Done, RecommendationChanged
from callhandler.domain.grading import Recommendation
from callhandler.domain.policy import Policy
from callhandler.services.triage import StoredDecision
from ui.call.dispatch_dialog import DispatchDialog
from ui.call.override_dialog import OverrideDialog
from ui.call.recommendation_pane import RecommendationPane
from ui.worker import Failure, Worker


@dataclass(frozen=True)
class OpenedIncident:
    id: int
    ref: str


class GradeFlow(QObject):
    """The opened incident of the call in progress and what is decided for it.

    ``decide()`` opens the OverrideDialog over ``parent`` with ``recommendation()`` (the
    current one) preselected (again, if the answers changed after a decision: every
    decision is stored); the choice is stored through the worker, then dispatch is
    offered at that grade (Grade 4: resolved without deployment). A refusal (another
    workstation changed the incident first, say) is shown in the recommendation pane and
    nothing is lost. ``decided`` is emitted when the grade is stored, ``finished(message)``
    when officers are dispatched or the incident resolved: the call is over.
    """

    decided = Signal()
    finished = Signal(str)
    recommendation_changed = Signal()

    def __init__(
        self,
        desk: Desk,
        worker: Worker,
        policy: Policy,
        pane: RecommendationPane,
        recommendation: Callable[[], Recommendation],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._worker = worker
        self._policy = policy
        self._pane = pane
        self._recommendation = recommendation
        self._parent = parent
        self._finish_message = ""
        self.incident: OpenedIncident | None = None
        self.version: int | None = None
        self.decided_grade: int | None = None
        self.recommended_at_decision: int | None = None
        self.override_dialog: OverrideDialog | None = None  # this call's, once opened
        self.dispatch_dialog: DispatchDialog | None = None
        # Built once, then asked again call after call (issue 18: no dialog built while
        # the handler waits; nothing of a call's answer is kept: load/prepare clear it).
        self._override: OverrideDialog | None = None
        self._dispatch: DispatchDialog | None = None

    def start(
        self,
        incident: OpenedIncident,
        version: int | None,
        decided: tuple[int, int] | None = None,
    ) -> None:
        """The call's incident (just opened, or restored from a draft with its decision:
        the grade chosen and the grade recommended then)."""
        self.incident, self.version = incident, version
        self.decided_grade, self.recommended_at_decision = decided or (None, None)
        deploys = decided is not None and self._policy.grade(decided[0]).deploy
        self._pane.set_dispatch_available(deploys)

    def reached_server(self, provisional: str, real: str) -> str | None:
        """The incident opened offline as ``provisional`` now has its real ref; returns
        the old ref when it was this call's incident (the id stays: the workstation maps it)."""
        if self.incident is None or self.incident.ref != provisional:
            return None
        self.incident = OpenedIncident(self.incident.id, real)
        return provisional

    def reset(self) -> None:
        self.incident = self.version = self.decided_grade = self.recommended_at_decision = None
        for dialog in (self.override_dialog, self.dispatch_dialog):
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # kept for the next call, not deleted
        self.override_dialog = self.dispatch_dialog = None
        self._pane.show_decision("")
        self._pane.set_dispatch_available(False)

    # -- the grade ----------------------------------------------------------------------

    @property
    def decision(self) -> tuple[int, int] | None:
        """(grade chosen, grade recommended when it was chosen), once decided."""
        if self.decided_grade is None or self.recommended_at_decision is None:
            return None
        return self.decided_grade, self.recommended_at_decision

    def outdated_by(self, recommendation: Recommendation) -> bool:
        """True when the answers since the decision make the call more urgent than the
        recommendation the handler decided against (or with)."""
        decision = self.decision
        return decision is not None and recommendation.grade < min(decision)

    def decide(self) -> None:
        if self.incident is None:
            return
        if self.override_dialog is not None and self.override_dialog.isVisible():
            return
        dialog = self._override
        if dialog is None:
            names = {g.grade: g.name for g in self._policy.grades}
            dialog = OverrideDialog(self._recommendation(), names, self._parent)
            dialog.accepted.connect(self._grade_chosen)
            self._override = dialog
        else:
            dialog.load(self._recommendation())  # the last answer was read when it closed
        self.override_dialog = dialog
        dialog.open()

    def _grade_chosen(self) -> None:
        dialog, incident = self.override_dialog, self.incident
        if dialog is None or incident is None:
            return
        self._pane.show_decision(self.tr("Saving the grade…"))
        # The core recomputes the recommendation and refuses one it would not make.
        self._worker.submit(
            self._desk.decide_grade,
            incident.id,
            dialog.recommendation,
            dialog.chosen_grade(),
            dialog.rationale(),
            expected_version=self.version,
            on_done=self._grade_stored,
            on_error=self._grade_failed,
        )

    def _grade_stored(self, done: Done[StoredDecision]) -> None:
        # The incident's new version, which the dispatch that follows must name.
        stored, version = done.value, done.value.version
        self.decided_grade = stored.chosen_grade
        self.recommended_at_decision = stored.recommended_grade
        self.version = version
        text = (
            self.tr("Graded %1 (%2), recommended %3.")
            .replace("%1", str(stored.chosen_grade))
            .replace("%2", self._policy.grade(stored.chosen_grade).name)
            .replace("%3", str(stored.recommended_grade))
        )
        if stored.overridden:
            text += " " + self.tr("Override recorded with your reason.")
        if stored.below_floor:
            text += " " + self.tr("Below the policy floor: flagged for the inspector.")
        self._pane.show_decision(text)
        self.decided.emit()
        if self._policy.grade(stored.chosen_grade).deploy:
            self._pane.set_dispatch_available(True)
            self.open_dispatch()
        else:
            self._resolve_without_deployment()

    def _grade_failed(self, failure: Failure) -> None:
        self._pane.show_decision(
            self.tr("The grade was not saved: %1").replace("%1", failure.message), error=True
        )
        if isinstance(failure.error, RecommendationChanged):
            self.recommendation_changed.emit()  # the workspace looks the call up again

    # -- officers -----------------------------------------------------------------------

    def open_dispatch(self) -> None:
        """Ctrl+D: send officers at the decided grade."""
        if self.incident is None or self.decided_grade is None:
            return
        if not self._policy.grade(self.decided_grade).deploy:
            return
        if self.dispatch_dialog is not None and self.dispatch_dialog.isVisible():
            return
        officers = self._recommendation().officers_recommended or 1
        dialog = self._dispatch
        if dialog is None:
            dialog = DispatchDialog(
                self.incident.ref,
                grade=self.decided_grade,
                officers_recommended=officers,
                parent=self._parent,
            )
            dialog.grade_box.setEnabled(False)  # the grade was decided (and justified) just now
            dialog.accepted.connect(self._dispatch_chosen)
            self._dispatch = dialog
        else:
            dialog.prepare(
                self.incident.ref, grade=self.decided_grade, officers_recommended=officers
            )
        self.dispatch_dialog = dialog
        dialog.open()

    def _dispatch_chosen(self) -> None:
        dialog, incident = self.dispatch_dialog, self.incident
        if dialog is None or incident is None or self.version is None:
            return
        grade, officers = dialog.grade(), dialog.officers()
        self._pane.show_decision(self.tr("Dispatching…"))
        self._finish_message = (
            self.tr("%1 dispatched at Grade %2: %3.")
            .replace("%1", incident.ref)
            .replace("%2", str(grade))
            .replace("%3", ", ".join(officers))
        )
        self._worker.submit(
            self._desk.dispatch,
            incident.id,
            self.version,
            grade=grade,
            officers=officers,
            on_done=self._done,
            on_error=self._not_dispatched,
        )

    def _resolve_without_deployment(self) -> None:
        incident = self.incident
        if incident is None or self.version is None:
            return
        self._finish_message = self.tr(
            "%1 graded 4: resolved without deployment; no officers sent. The closure "
            "checklist is next (My incidents, Ctrl+2)."
        ).replace("%1", incident.ref)
        self._worker.submit(
            self._desk.resolve_without_deployment,
            incident.id,
            self.version,
            on_done=self._done,
            on_error=self._not_dispatched,
        )

    def _not_dispatched(self, failure: Failure) -> None:
        self._pane.show_decision(
            self.tr("Not dispatched: %1").replace("%1", failure.message), error=True
        )

    def _done(self, done: Done[int]) -> None:
        self.version = done.value
        self.finished.emit(self._finish_message)

"""The debrief of a training call: asked against missed, recorded against expected, a score.

Pure: it takes the scenario, the attempt and two recommendations made by the real policy
with the scenario's history (one for the reference facts, one for the facts the trainee
recorded). The window and ``training run`` only show what this computes.

Score out of 100: mandatory questions asked 30 (a share of those the call opens); the
scenario's key facts recorded as the caller gave them 30; the grade 30 (the expected one
30, more urgent 15, less urgent or none 0); history checked before grading 10 (given when
the number and address carry nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callhandler.domain.facts import FactValue
from callhandler.domain.grading import Recommendation
from callhandler.training.attempt import Attempt
from callhandler.training.scenarios import Scenario

WEIGHTS = {"mandatory_questions": 30, "key_facts": 30, "grade": 30, "history": 10}
PASS_MARK = 80


@dataclass(frozen=True)
class QuestionRow:
    question_id: str
    text: str
    mandatory: bool
    asked: bool
    caller_says: str


@dataclass(frozen=True)
class FactRow:
    fact: str
    label: str
    expected: FactValue
    recorded: FactValue | None
    correct: bool


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief shows, side by side; frozen so a worker can hand it over."""

    scenario_id: str
    scenario_title: str
    questions: tuple[QuestionRow, ...]  # mandatory first, then in asking order
    facts: tuple[FactRow, ...]
    expected_grade: int
    chosen_grade: int | None
    recommended_for_answers: int
    reasons: tuple[str, ...]  # the policy's reasons for the expected grade
    expected_flags: tuple[str, ...]
    flags_for_answers: tuple[str, ...]
    expected_dash: bool
    expected_officers: int
    seconds_to_grade: float | None
    history_items: int
    history_viewed_before_grading: bool
    points: dict[str, int]
    teaching_point: str
    read: tuple[str, ...]

    @property
    def score(self) -> int:
        return sum(self.points.values())

    @property
    def passed(self) -> bool:
        return self.score >= PASS_MARK

    @property
    def missed_mandatory(self) -> tuple[QuestionRow, ...]:
        return tuple(q for q in self.questions if q.mandatory and not q.asked)

    def to_json(self) -> dict[str, Any]:
        def value(v: FactValue | None) -> Any:
            return list(v) if isinstance(v, tuple) else v

        return {
            "scenario": self.scenario_id,
            "title": self.scenario_title,
            "score": self.score,
            "passed": self.passed,
            "points": dict(self.points),
            "out_of": dict(WEIGHTS),
            "questions": [
                {
                    "id": q.question_id,
                    "text": q.text,
                    "mandatory": q.mandatory,
                    "asked": q.asked,
                    "caller_says": q.caller_says,
                }
                for q in self.questions
            ],
            "facts": [
                {
                    "fact": f.fact,
                    "label": f.label,
                    "expected": value(f.expected),
                    "recorded": value(f.recorded),
                    "correct": f.correct,
                }
                for f in self.facts
            ],
            "grade": {
                "expected": self.expected_grade,
                "chosen": self.chosen_grade,
                "recommended_for_your_answers": self.recommended_for_answers,
                "reasons": list(self.reasons),
            },
            "flags": {"expected": list(self.expected_flags), "yours": list(self.flags_for_answers)},
            "dash_required": self.expected_dash,
            "officers": self.expected_officers,
            "seconds_to_grade": self.seconds_to_grade,
            "history": {
                "items": self.history_items,
                "viewed_before_grading": self.history_viewed_before_grading,
            },
            "teaching_point": self.teaching_point,
            "read": list(self.read),
        }

    def to_text(self) -> str:
        """The debrief as plain text (the command line, and the trainer's copy)."""
        asked = [q for q in self.questions if q.asked]
        lines = [
            f"Debrief: {self.scenario_title} ({self.scenario_id})",
            f"Score {self.score}/100 ({'pass' if self.passed else 'not yet'}): "
            + ", ".join(f"{k.replace('_', ' ')} {v}/{WEIGHTS[k]}" for k, v in self.points.items()),
            f"Questions: {len(asked)} of {len(self.questions)} asked; "
            f"mandatory missed: {len(self.missed_mandatory)}",
        ]
        lines += [f"  MISSED {q.question_id}: {q.text}" for q in self.missed_mandatory]
        wrong = [f for f in self.facts if not f.correct]
        lines.append(f"Key facts: {len(self.facts) - len(wrong)} of {len(self.facts)} recorded")
        lines += [
            f"  {f.label}: expected {_show(f.expected)}, recorded {_show(f.recorded)}"
            for f in wrong
        ]
        chosen = f"Grade {self.chosen_grade}" if self.chosen_grade else "no grade"
        lines.append(
            f"Grade: you chose {chosen}; expected Grade {self.expected_grade} "
            f"(your answers would recommend Grade {self.recommended_for_answers})"
        )
        lines += [f"  because: {r}" for r in self.reasons[:4]]
        timing = f"{self.seconds_to_grade:.0f} s" if self.seconds_to_grade is not None else "-"
        history = (
            "no earlier calls"
            if not self.history_items
            else ("opened before grading" if self.history_viewed_before_grading else "NOT opened")
        )
        lines.append(f"Time to grade: {timing}; history: {history}")
        lines.append(f"Teaching point: {self.teaching_point}")
        lines += [f"Read: {r}" for r in self.read]
        return "\n".join(lines)


def _show(value: FactValue | None) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, tuple):
        return ", ".join(value) or "none"
    return value


def _recorded_matches(expected: FactValue, recorded: FactValue | None, kind: str) -> bool:
    if recorded is None:
        return False
    if kind == "text":
        return bool(str(recorded).strip())
    return recorded == expected


def _grade_points(expected: int, chosen: int | None) -> int:
    if chosen is None or chosen > expected:
        return 0
    return WEIGHTS["grade"] if chosen == expected else WEIGHTS["grade"] // 2


def _share(part: int, whole: int, weight: int) -> int:
    return weight if whole == 0 else round(weight * part / whole)


def debrief(
    scenario: Scenario,
    attempt: Attempt,
    expected: Recommendation,
    yours: Recommendation,
) -> Debrief:
    """Score the attempt; ``expected`` from the reference facts, ``yours`` from the trainee's."""
    script = scenario.script
    asked = attempt.asked_facts()
    reference = scenario.reference_conversation()
    visible = reference.visible_questions
    mandatory_ids = {q.id for q in visible if reference.is_mandatory(q)}
    ordered = [q for q in visible if q.id in mandatory_ids] + [
        q for q in visible if q.id not in mandatory_ids and q.fact in scenario.lines
    ]
    questions = tuple(
        QuestionRow(q.id, q.text, q.id in mandatory_ids, q.fact in asked, scenario.reply(q))
        for q in ordered
    )
    recorded = attempt.conversation(scenario.script_id)
    values = {a.fact: a.value for a in recorded.visible_answers}
    facts = tuple(
        FactRow(
            line.fact,
            script.catalogue[line.fact].label or line.fact,
            line.answer,
            values.get(line.fact),
            _recorded_matches(line.answer, values.get(line.fact), script.catalogue[line.fact].kind),
        )
        for line in scenario.lines.values()
        if line.listed
    )
    mandatory = [q for q in questions if q.mandatory]
    points = {
        "mandatory_questions": _share(
            sum(q.asked for q in mandatory), len(mandatory), WEIGHTS["mandatory_questions"]
        ),
        "key_facts": _share(sum(f.correct for f in facts), len(facts), WEIGHTS["key_facts"]),
        "grade": _grade_points(expected.grade, attempt.grade),
        "history": WEIGHTS["history"]
        if not scenario.history or attempt.history_viewed_before_grading
        else 0,
    }
    return Debrief(
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        questions=questions,
        facts=facts,
        expected_grade=expected.grade,
        chosen_grade=attempt.grade,
        recommended_for_answers=yours.grade,
        reasons=tuple(r.text for r in expected.reasons),
        expected_flags=tuple(sorted(expected.flag_ids)),
        flags_for_answers=tuple(sorted(yours.flag_ids)),
        expected_dash=expected.dash_required,
        expected_officers=expected.officers_recommended,
        seconds_to_grade=attempt.seconds_to_grade,
        history_items=len(scenario.history),
        history_viewed_before_grading=attempt.history_viewed_before_grading,
        points=points,
        teaching_point=scenario.teaching_point,
        read=scenario.read,
    )

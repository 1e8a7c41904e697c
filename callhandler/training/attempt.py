"""A trainee's attempt at a scenario: the answers given, the grade chosen, and when.

``Attempt.from_json`` reads ``training run --answers FILE``; the training window builds one
from the call it watched. Answers are by question id of any shipped script (first contact
or domestic abuse); they become the scenario script's facts the same way a live call's do.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from callhandler.domain.conversation import Conversation
from callhandler.domain.facts import FactValue
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import Question, shipped_script, shipped_script_ids
from callhandler.errors import BadInput

MAX_RATIONALE = 4000
_KNOWN_KEYS = {
    "answers",
    "grade",
    "rationale",
    "history_viewed_before_grading",
    "seconds_to_grade",
    "scenario",
}


@cache
def _questions() -> Mapping[str, Question]:
    found: dict[str, Question] = {}
    for script_id in shipped_script_ids():
        for question in shipped_script(script_id).questions:
            found.setdefault(question.id, question)
    return MappingProxyType(found)


def question(question_id: str) -> Question:
    found = _questions().get(question_id)
    if found is None:
        raise BadInput(
            f"{question_id!r} is not a question of any script: use the ids in "
            "resources/scripts/*.yaml (e.g. da_strangulation)."
        )
    return found


@dataclass(frozen=True)
class Attempt:
    """What the trainee did: answers by question id (asked order), grade, time, history seen."""

    answers: Mapping[str, FactValue] = field(default_factory=lambda: MappingProxyType({}))
    grade: int | None = None
    rationale: str = ""
    history_viewed_before_grading: bool = False
    seconds_to_grade: float | None = None

    @classmethod
    def from_json(cls, document: object) -> Attempt:
        """An attempt from a JSON object; BadInput names the field and what to write."""
        if not isinstance(document, dict):
            raise BadInput(
                'The answers file must be a JSON object: {"answers": {"da_strangulation": '
                '"yes", ...}, "grade": 1, "history_viewed_before_grading": true}.'
            )
        unknown = sorted(set(document) - _KNOWN_KEYS)
        if unknown:
            raise BadInput(
                f"Unknown field {unknown[0]!r} in the answers file: the fields are "
                f"{', '.join(sorted(_KNOWN_KEYS))}."
            )
        raw = document.get("answers", {})
        if not isinstance(raw, dict):
            raise BadInput('"answers" must be an object of question id -> answer.')
        answers: dict[str, FactValue] = {}
        for question_id, value in raw.items():
            asked = question(str(question_id))
            try:
                answers[asked.id] = _check(asked, value)
            except BadInput as exc:
                raise BadInput(f"Answer to {asked.id!r}: {exc}") from None
        grade = document.get("grade")
        if grade is not None and (isinstance(grade, bool) or not isinstance(grade, int)):
            raise BadInput(f'"grade" must be a whole number (1 is the most urgent), not {grade!r}.')
        grades = [g.grade for g in shipped_policy().grades]
        if grade is not None and grade not in grades:
            raise BadInput(
                f'"grade" must be one of the policy\'s grades {", ".join(map(str, grades))} '
                f"(1 is the most urgent), not {grade!r}."
            )
        seconds = document.get("seconds_to_grade")
        if seconds is not None and (
            isinstance(seconds, bool)
            or not isinstance(seconds, int | float)
            or not math.isfinite(seconds)  # NaN and Infinity are valid in Python's JSON
            or seconds < 0
        ):
            raise BadInput(f'"seconds_to_grade" must be a number of seconds, not {seconds!r}.')
        viewed = document.get("history_viewed_before_grading", False)
        if not isinstance(viewed, bool):
            raise BadInput('"history_viewed_before_grading" must be true or false.')
        rationale = document.get("rationale", "")
        if not isinstance(rationale, str) or len(rationale) > MAX_RATIONALE:
            raise BadInput(f'"rationale" must be text of at most {MAX_RATIONALE} characters.')
        return cls(
            MappingProxyType(answers),
            grade,
            rationale.strip(),
            viewed,
            float(seconds) if seconds is not None else None,
        )

    def conversation(self, script_id: str) -> Conversation:
        """The answers as the scenario's script would hold them (facts, visibility)."""
        script = shipped_script(script_id)
        conversation = Conversation.start(script)
        for question_id, value in self.answers.items():
            target = script.question_for_fact(question(question_id).fact)
            if target is not None:
                conversation = conversation.answer(target.id, value)
        return conversation

    def asked_facts(self) -> frozenset[str]:
        return frozenset(question(q).fact for q in self.answers)

    def to_json(self) -> dict[str, Any]:
        return {
            "answers": {k: list(v) if isinstance(v, tuple) else v for k, v in self.answers.items()},
            "grade": self.grade,
            "rationale": self.rationale,
            "history_viewed_before_grading": self.history_viewed_before_grading,
            "seconds_to_grade": self.seconds_to_grade,
        }


def _check(asked: Question, value: object) -> FactValue:
    script = next(
        shipped_script(s) for s in shipped_script_ids() if asked in shipped_script(s).questions
    )
    conversation = Conversation.start(script).answer(asked.id, value)
    return conversation.answers[asked.id].value

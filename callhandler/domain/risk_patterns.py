"""Homicide-pattern answers: several together prompt a judgement of high risk below the count.

The research behind the DASH red flags links a few answers with domestic homicide
(separation, strangulation, a believed threat to kill, pregnancy or a new baby, escalation,
stalking, weapons, the abuser threatening suicide). Which questions form each factor, and
how many factors together prompt "consider high risk (professional judgement)", are data
in the instrument file (``homicide_patterns``), so a force can change them. A factor fires
when any of its questions is answered yes; a factor of two questions (more often, worse)
counts once. The prompt asks for a decision, never makes it: raising the level stays
professional judgement, with its written reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# What the assessor decided when prompted (stored with the assessment for the inspector).
RAISED_TO_HIGH = "raised_to_high"
NOT_RAISED = "not_raised"


@dataclass(frozen=True)
class PatternFactor:
    """One pattern (e.g. escalation) and the question numbers that show it."""

    id: str
    title: str
    questions: tuple[int, ...]


@dataclass(frozen=True)
class PatternRule:
    """From the instrument file: the factors and how many of them prompt a judgement."""

    title: str
    at_least: int
    factors: tuple[PatternFactor, ...]
    explanation: str

    @property
    def questions(self) -> tuple[int, ...]:
        return tuple(n for factor in self.factors for n in factor.questions)


@dataclass(frozen=True)
class FiredFactor:
    """A factor the answers show, with its questions answered yes."""

    id: str
    title: str
    questions: tuple[int, ...]


@dataclass(frozen=True)
class PatternCheck:
    """Which pattern factors the answers show, and whether they prompt a judgement.

    ``prompted`` is true when at least ``at_least`` factors fired and the answers alone do
    not already give high risk (then there is nothing left to raise).
    """

    title: str
    at_least: int
    fired: tuple[FiredFactor, ...]
    prompted: bool

    @property
    def questions(self) -> tuple[int, ...]:
        """The pattern questions answered yes, by number, in the instrument's factor order."""
        return tuple(n for factor in self.fired for n in factor.questions)

    @property
    def met(self) -> bool:
        return len(self.fired) >= self.at_least

    def describe(self) -> str:
        """``18 strangulation; 13 and 14 escalation`` for the fired factors."""
        return "; ".join(
            f"{' and '.join(str(n) for n in factor.questions)} {factor.title}"
            for factor in self.fired
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "at_least": self.at_least,
            "fired": [
                {"id": f.id, "title": f.title, "questions": list(f.questions)} for f in self.fired
            ],
            "prompted": self.prompted,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PatternCheck:
        return cls(
            str(data["title"]),
            int(data["at_least"]),
            tuple(
                FiredFactor(str(f["id"]), str(f["title"]), tuple(int(n) for n in f["questions"]))
                for f in data["fired"]
            ),
            bool(data["prompted"]),
        )


def check_patterns(rule: PatternRule, answers: Mapping[str, str], level: str) -> PatternCheck:
    """The factors with a yes among ``answers`` (keyed by question number as text)."""
    fired = []
    for factor in rule.factors:
        yes = tuple(n for n in factor.questions if answers.get(str(n)) == "yes")
        if yes:
            fired.append(FiredFactor(factor.id, factor.title, yes))
    met = len(fired) >= rule.at_least
    return PatternCheck(rule.title, rule.at_least, tuple(fired), met and level != "high")


def prompt_reason(check: PatternCheck) -> str:
    """The line the score's reasons carry when the answers prompt a judgement."""
    return (
        f"{len(check.fired)} {check.title.lower()} ({check.at_least} or more prompt a "
        f"judgement): {check.describe()}. Consider high risk (professional judgement) "
        "and a MARAC referral, even though the count of yes answers does not make it high."
    )


def decision(check: PatternCheck | None, judgement_level: str | None) -> str:
    """What was decided on the prompt: raised to high, not raised, or "" when not prompted."""
    if check is None or not check.prompted:
        return ""
    return RAISED_TO_HIGH if judgement_level == "high" else NOT_RAISED


def decision_words(check: PatternCheck, decided: str) -> str:
    """The prompt and the decision in one sentence, for the inspector and the MARAC."""
    shown = (
        f"Prompted to consider high risk by {len(check.fired)} {check.title.lower()}: "
        f"{check.describe()}."
    )
    if decided == RAISED_TO_HIGH:
        return shown + " Raised to high by professional judgement (MARAC referral)."
    return shown + " Not raised to high; the reason is recorded."

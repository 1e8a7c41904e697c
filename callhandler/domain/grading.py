"""The response-grade recommendation, always with its reasons, and the handler's decision.

``recommend(facts, history, policy)`` is pure and fast (well under a millisecond): the
window calls it after every answer. The recommendation is the most urgent grade any rule
yields, made one grade more urgent by an escalation rule (repeat victim); the policy
floor is the least urgent grade the policy accepts, and a handler's choice below it is
flagged for the inspector. ``choose_grade`` records professional judgement: any change
needs a written rationale.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from callhandler import messages
from callhandler.domain.conditions import Cause, Context
from callhandler.domain.facts import Facts
from callhandler.domain.history import HistoryCounts, HistorySummary, summarise
from callhandler.domain.policy import Policy, Rule
from callhandler.errors import BadInput

MIN_RATIONALE_CHARS = 10
MAX_RATIONALE_CHARS = 4000
DEFAULT_RULE = "default_grade"
EMPTY_HISTORY = summarise(HistoryCounts(0, 0, 0, False, None, None), (), ())
# A rule's text may say when a fact happened: "{when:strangulation_when}".
WHEN_PLACEHOLDER = re.compile(r"\{when:([a-z0-9_]+)\}")
WHEN_WORDS = {
    "now": "happening now",
    "today": "earlier today",
    "before": "on an earlier day, not today",
}
WHEN_NOT_KNOWN = "when is not yet known (counted as now)"


def say_when(text: str, facts: Facts) -> str:
    """The rule's text with each ``{when:FACT}`` replaced by when the call says it happened."""

    def phrase(match: re.Match[str]) -> str:
        value = facts.get(match.group(1))
        return WHEN_WORDS.get(value, WHEN_NOT_KNOWN) if isinstance(value, str) else WHEN_NOT_KNOWN

    return WHEN_PLACEHOLDER.sub(phrase, text)


@dataclass(frozen=True)
class Reason:
    """Why: the rule that fired, its words, and the facts or history items behind it."""

    rule: str
    title: str
    text: str
    grade: int | None
    causes: tuple[Cause, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "title": self.title,
            "text": self.text,
            "grade": self.grade,
            "causes": [c.to_json() for c in self.causes],
        }


@dataclass(frozen=True)
class Flag:
    id: str
    label: str


@dataclass(frozen=True)
class Recommendation:
    domestic_abuse: bool
    abuse_types: tuple[str, ...]
    grade: int
    grade_name: str
    policy_floor: int
    policy_floor_name: str
    reasons: tuple[Reason, ...]
    dash_required: bool
    marac_consideration: bool
    officers_recommended: int
    flags: tuple[Flag, ...]
    policy_id: str
    policy_version: int
    least_urgent_grade: int
    facts: Facts

    @property
    def flag_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.flags)

    def reason(self, rule_id: str) -> Reason | None:
        return next((r for r in self.reasons if r.rule == rule_id), None)


def _abuse_types(facts: Facts) -> tuple[str, ...]:
    """The abuse types recorded; any coercive behaviour is coercive control (the seed's
    finding: it was written off as 'emotional')."""
    types = facts.get("abuse_types")
    listed = tuple(types) if isinstance(types, tuple) else ()
    if facts.get("coercive_behaviours") and "coercive_control" not in listed:
        return Facts({"abuse_types": [*listed, "coercive_control"]})["abuse_types"]  # type: ignore[return-value]
    return listed


def _fired(policy: Policy, context: Context) -> list[tuple[Rule, tuple[Cause, ...]]]:
    fired = []
    for rule in policy.rules:
        if not policy.applies(rule):
            continue
        causes = rule.when.evaluate(context)
        if causes is None:
            continue
        if not causes:  # a rule on absences only: say so rather than point at nothing
            causes = (Cause("policy", rule.id, "condition met"),)
        fired.append((rule, causes))
    return fired


def recommend(facts: Facts, history: HistorySummary | None, policy: Policy) -> Recommendation:
    """The grade, reasons, flags and requirements for these facts and this history."""
    history = history or EMPTY_HISTORY
    values = dict(facts.items())
    definitions: dict[str, tuple[Cause, ...] | None] = {}
    for definition in policy.definitions:
        definitions[definition.id] = definition.when.evaluate(Context(values, history, definitions))
    context = Context(values, history, definitions)
    fired = _fired(policy, context)

    graded = [(r, c) for r, c in fired if r.effect.grade is not None]
    reasons: list[Reason] = []
    if graded:
        base = min(r.effect.grade for r, _ in graded if r.effect.grade is not None)
        floor = min(r.effect.floor for r, _ in graded if r.effect.floor is not None)
    else:
        base, floor = policy.default_grade, policy.default_floor
        reasons.append(
            Reason(
                DEFAULT_RULE,
                policy.default_title,
                policy.default_text,
                base,
                (Cause("policy", DEFAULT_RULE, base),),
            )
        )
    escalate = max((r.effect.escalate for r, _ in fired), default=0)
    grade = max(1, base - escalate)
    floor = max(grade, max(1, floor - escalate))

    ordered = sorted(
        fired, key=lambda rc: rc[0].effect.grade or (99 if not rc[0].effect.escalate else 50)
    )
    reasons = [
        Reason(r.id, r.title, say_when(r.text.strip(), facts), r.effect.grade, c)
        for r, c in ordered
    ] + reasons
    flags: dict[str, Flag] = {}
    for rule, _ in ordered:
        for flag in rule.effect.flags:
            flags.setdefault(flag, Flag(flag, policy.flag_labels[flag]))
    officers = max(
        [policy.default_officers, *(r.effect.officers or 0 for r, _ in fired)],
    )
    if not policy.grade(grade).deploy:
        officers = 0
    return Recommendation(
        domestic_abuse=definitions.get("domestic_abuse") is not None,
        abuse_types=_abuse_types(facts),
        grade=grade,
        grade_name=policy.grade(grade).name,
        policy_floor=floor,
        policy_floor_name=policy.grade(floor).name,
        reasons=tuple(reasons),
        dash_required=any(r.effect.dash_required for r, _ in fired),
        marac_consideration=any(r.effect.marac_consideration for r, _ in fired),
        officers_recommended=officers,
        flags=tuple(flags.values()),
        policy_id=policy.id,
        policy_version=policy.version,
        least_urgent_grade=policy.least_urgent,
        facts=facts,
    )


@dataclass(frozen=True)
class GradeDecision:
    """The grade the handler chose, against the recommendation, and why."""

    recommended_grade: int
    chosen_grade: int
    policy_floor: int
    rationale: str
    overridden: bool
    below_floor: bool
    decided_at: dt.datetime

    @property
    def direction(self) -> str:
        if self.chosen_grade == self.recommended_grade:
            return "as recommended"
        return "upgrade" if self.chosen_grade < self.recommended_grade else "downgrade"


def choose_grade(
    recommendation: Recommendation,
    chosen_grade: int,
    rationale: str = "",
    *,
    at: dt.datetime | None = None,
) -> GradeDecision:
    """Accept the recommendation, or override it with a written rationale (mandatory).

    A choice less urgent than the policy floor is allowed (professional judgement) but
    marked ``below_floor`` for the inspector.
    """
    if isinstance(chosen_grade, bool) or not isinstance(chosen_grade, int):
        raise BadInput(messages.GRADE_NOT_A_NUMBER(least=recommendation.least_urgent_grade))
    if not 1 <= chosen_grade <= recommendation.least_urgent_grade:
        raise BadInput(
            messages.GRADE_MISSING(grade=chosen_grade, least=recommendation.least_urgent_grade)
        )
    text = "".join(ch for ch in (rationale or "") if ch >= " " or ch in "\n\t").strip()
    if len(text) > MAX_RATIONALE_CHARS:
        raise BadInput(messages.RATIONALE_TOO_LONG(length=len(text), limit=MAX_RATIONALE_CHARS))
    overridden = chosen_grade != recommendation.grade
    if overridden and sum(1 for ch in text if not ch.isspace()) < MIN_RATIONALE_CHARS:
        raise BadInput(
            messages.OVERRIDE_NEEDS_WHY(grade=chosen_grade, recommended=recommendation.grade)
        )
    return GradeDecision(
        recommended_grade=recommendation.grade,
        chosen_grade=chosen_grade,
        policy_floor=recommendation.policy_floor,
        rationale=text,
        overridden=overridden,
        below_floor=chosen_grade > recommendation.policy_floor,
        decided_at=at or dt.datetime.now(dt.UTC),
    )

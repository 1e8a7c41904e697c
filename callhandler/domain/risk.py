"""Scoring a risk instrument's answers: the level, the reasons and the MARAC criteria.

``assess`` is pure: answers in, level, reasons and MARAC criteria out. The yes count for
high risk, the medium rule, the homicide patterns that prompt a judgement and the MARAC
thresholds are the instrument file's (``callhandler.domain.risk_instrument``, whose names
are re-exported here), not code. Professional judgement may raise the level, never lower
it, and always needs a written rationale; so does declining when the homicide patterns
prompt a judgement of high risk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from callhandler import messages
from callhandler.domain.normalise import clean_text
from callhandler.domain.risk_instrument import DEFAULT_INSTRUMENT as DEFAULT_INSTRUMENT
from callhandler.domain.risk_instrument import FollowUp as FollowUp
from callhandler.domain.risk_instrument import Instrument as Instrument
from callhandler.domain.risk_instrument import MaracRules as MaracRules
from callhandler.domain.risk_instrument import Question as Question
from callhandler.domain.risk_instrument import Scoring as Scoring
from callhandler.domain.risk_instrument import available_instruments as available_instruments
from callhandler.domain.risk_instrument import build_instrument as build_instrument
from callhandler.domain.risk_instrument import instrument_by_id as instrument_by_id
from callhandler.domain.risk_instrument import load_instrument as load_instrument
from callhandler.domain.risk_instrument import shipped_instrument as shipped_instrument
from callhandler.domain.risk_patterns import (
    NOT_RAISED,
    PatternCheck,
    check_patterns,
    decision,
    decision_words,
)
from callhandler.errors import BadInput

ANSWERS = ("yes", "no", "not_known")
ANSWER_WORDS = {"yes": "yes", "no": "no", "not_known": "not known"}
LEVELS = ("standard", "medium", "high")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
MIN_RATIONALE_CHARS = 10
MAX_RATIONALE_CHARS = 4000
MAX_NOTE_CHARS = 2000

_ANSWER_ALIASES = {
    "yes": "yes",
    "y": "yes",
    "no": "no",
    "n": "no",
    "not_known": "not_known",
    "not known": "not_known",
    "unknown": "not_known",
}


@dataclass(frozen=True)
class Score:
    """What the answers alone give: counts, the computed level and why."""

    yes_count: int
    no_count: int
    not_known_count: int
    unanswered: tuple[int, ...]
    level: str
    reasons: tuple[str, ...]
    patterns: PatternCheck | None = None  # None when the instrument has no pattern rule

    @property
    def prompted(self) -> bool:
        """The homicide patterns ask for a judgement of high risk (the level is below high)."""
        return self.patterns is not None and self.patterns.prompted


@dataclass(frozen=True)
class MaracCriterion:
    id: str  # visible_high_risk, potential_escalation, professional_judgement, repeat_referral
    title: str
    met: bool
    reason: str


@dataclass(frozen=True)
class RiskResult:
    """A complete assessment: answers, the computed and final levels, the MARAC criteria."""

    instrument_id: str
    instrument_version: int
    answers: Mapping[str, str]
    notes: Mapping[str, str]
    score: Score
    judgement_level: str | None
    rationale: str
    final_level: str
    marac: tuple[MaracCriterion, ...]

    @property
    def patterns(self) -> PatternCheck | None:
        return self.score.patterns

    @property
    def pattern_decision(self) -> str:
        """``raised_to_high``, ``not_raised``, or "" when the patterns did not prompt."""
        return decision(self.score.patterns, self.judgement_level)

    @property
    def computed_level(self) -> str:
        return self.score.level

    @property
    def yes_count(self) -> int:
        return self.score.yes_count

    @property
    def raised_by_judgement(self) -> bool:
        return self.final_level != self.score.level

    @property
    def marac_referral(self) -> bool:
        return any(c.met for c in self.marac)


# -- scoring --------------------------------------------------------------------------


def answer_value(value: object) -> str:
    """``yes``, ``no`` or ``not_known`` from what a form or file gave; BadInput otherwise."""
    text = str(value).strip().lower().replace("-", " ") if isinstance(value, str) else ""
    canonical = _ANSWER_ALIASES.get(text) or _ANSWER_ALIASES.get(text.replace("_", " "))
    if canonical is None:
        raise BadInput(messages.RISK_NOT_AN_ANSWER(value=value))
    return canonical


def check_answers(
    instrument: Instrument, answers: Mapping[Any, object], *, complete: bool = True
) -> dict[str, str]:
    """The answers keyed by question number (text) or follow-up id, canonical values.

    A follow-up answered while its question is not yes is dropped (it was not asked).
    With ``complete`` every question must be answered: "not known" is an answer, a blank
    is not.
    """
    known = set(instrument.keys)
    given: dict[str, str] = {}
    for raw_key, value in answers.items():
        key = str(raw_key).strip().lower()
        if key not in known:
            raise BadInput(
                f"{instrument.title} has no question {raw_key!r} "
                f"(questions 1 to {len(instrument.questions)} and their follow-ups)."
            )
        if value is None or value == "":
            continue
        try:
            given[key] = answer_value(value)
        except BadInput as exc:
            raise BadInput(f"Question {key}: {exc}") from None
    for follow_up in instrument.follow_ups:
        if follow_up.id in given and given.get(str(follow_up.after)) != "yes":
            del given[follow_up.id]
    if complete:
        missing = [q.number for q in instrument.questions if q.key not in given]
        if missing:
            raise BadInput(messages.RISK_ANSWER_EVERY(missing=_numbers(missing)))
    ordered = {k: given[k] for k in instrument.keys if k in given}
    return ordered


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def score(instrument: Instrument, answers: Mapping[Any, object]) -> Score:
    """The level the answers give so far (also for a partly answered form, live)."""
    given = check_answers(instrument, answers, complete=False)
    values = [given.get(q.key) for q in instrument.questions]
    yes = values.count("yes")
    rules = instrument.scoring
    reasons: list[str] = []
    level = "standard"
    if yes >= rules.high_at_yes:
        level = "high"
        reasons.append(f"{yes} yes answers: {rules.high_at_yes} or more is visible high risk.")
    elif rules.medium_at_yes is not None and yes >= rules.medium_at_yes:
        level = "medium"
        reasons.append(f"{yes} yes answers: {rules.medium_at_yes} or more is medium risk.")
    serious = [n for n in rules.medium_if_yes_to if given.get(str(n)) == "yes"]
    if serious:
        if level == "standard":
            level = "medium"
        topics = "; ".join(
            f"{n} ({instrument.question(n).topic.replace('_', ' ')})" for n in serious
        )
        reasons.append(f"Yes to a serious-harm question, medium at least: {topics}.")
    if not reasons:
        reasons.append(f"{yes} yes answers and no serious-harm question answered yes.")
    # The homicide-pattern prompt is carried apart from the reasons (``prompt_reason``
    # words it): a screen shows it as a decision to make, not as one more reason.
    patterns = None
    if instrument.patterns is not None:
        patterns = check_patterns(instrument.patterns, given, level)
    not_known = values.count("not_known")
    if not_known:
        reasons.append(
            f"{not_known} answer(s) not known: the count may understate the risk; "
            "use professional judgement."
        )
    unanswered = tuple(q.number for q, v in zip(instrument.questions, values, strict=True) if not v)
    return Score(yes, values.count("no"), not_known, unanswered, level, tuple(reasons), patterns)


def has_rationale(text: str) -> bool:
    """A written reason long enough to mean something (spaces do not count)."""
    return sum(1 for ch in text if not ch.isspace()) >= MIN_RATIONALE_CHARS


def judgement(computed_level: str, judgement_level: str | None, rationale: str) -> str:
    """The final level: professional judgement raises, never lowers, and needs a rationale."""
    if judgement_level is None or judgement_level == "":
        return computed_level
    level = str(judgement_level).strip().lower()
    if level not in LEVEL_RANK:
        raise BadInput(messages.RISK_NOT_A_LEVEL(level=judgement_level))
    if LEVEL_RANK[level] < LEVEL_RANK[computed_level]:
        raise BadInput(messages.RISK_NEVER_LOWER(computed=computed_level, level=level))
    if not has_rationale(rationale):
        raise BadInput(messages.RISK_JUDGEMENT_WHY(minimum=MIN_RATIONALE_CHARS))
    return level


def check_pattern_decision(score: Score, judgement_level: str | None, rationale: str) -> None:
    """When the homicide patterns prompt a judgement, not raising to high needs a reason too.

    The prompt is a decision the inspector will read: raise to high (a MARAC referral by
    professional judgement) with the reason, or write why the risk is not high.
    """
    if decision(score.patterns, judgement_level) != NOT_RAISED or has_rationale(rationale):
        return
    assert score.patterns is not None
    raise BadInput(
        f"The answers show {len(score.patterns.fired)} {score.patterns.title.lower()} "
        f"({score.patterns.describe()}): consider high risk. Raise the level to high by "
        "professional judgement (a MARAC referral) and say why, or write why you judge the "
        f"risk not to be high (at least {MIN_RATIONALE_CHARS} characters): the inspector "
        "reads it."
    )


def marac_criteria(
    instrument: Instrument,
    yes_count: int,
    judgement_level: str | None,
    previous_da_incidents_12m: int,
    marac_case: bool = False,
    patterns: PatternCheck | None = None,
) -> tuple[MaracCriterion, ...]:
    """Each MARAC referral criterion, met or not, with the reason either way.

    ``previous_da_incidents_12m`` counts earlier domestic-abuse call-outs only; whether the
    call-out being assessed is added is the instrument's rule (SafeLives: it is).
    """
    rules = instrument.marac
    high = yes_count >= rules.visible_high_risk_at_yes
    threshold = rules.escalation_incidents_12m
    call_outs = rules.call_outs_12m(previous_da_incidents_12m)
    escalation = call_outs >= threshold
    plural = "" if call_outs == 1 else "s"
    if rules.escalation_counts_current_incident:
        counted = (
            f"{call_outs} domestic-abuse call-out{plural} in the last 12 months counting this "
            f"one ({previous_da_incidents_12m} earlier)"
        )
    else:
        counted = (
            f"{call_outs} earlier domestic-abuse call-out{plural} in the last 12 months "
            "(this one not counted)"
        )
    judged_high = judgement_level == "high"
    decided = decision(patterns, judgement_level)
    if decided:
        assert patterns is not None
        judged = decision_words(patterns, decided)
    elif judged_high:
        judged = "Assessed as high risk by professional judgement."
    else:
        judged = "Professional judgement has not assessed the risk as high."
    return (
        MaracCriterion(
            "visible_high_risk",
            "Visible high risk",
            high,
            f"{yes_count} yes answers ({'' if high else 'fewer than '}"
            f"{rules.visible_high_risk_at_yes}{' or more' if high else ''}).",
        ),
        MaracCriterion(
            "potential_escalation",
            "Potential escalation",
            escalation,
            f"{counted}: {threshold} or more is potential escalation.",
        ),
        MaracCriterion("professional_judgement", "Professional judgement", judged_high, judged),
        MaracCriterion(
            "repeat_referral",
            "Repeat referral",
            marac_case,
            "An active MARAC or high-risk victim marker: this would be a repeat referral."
            if marac_case
            else "No active MARAC or high-risk victim marker.",
        ),
    )


def assess(
    instrument: Instrument,
    answers: Mapping[Any, object],
    *,
    judgement_level: str | None = None,
    rationale: str = "",
    previous_da_incidents_12m: int = 0,
    marac_case: bool = False,
    notes: Mapping[Any, str] | None = None,
) -> RiskResult:
    """A complete assessment; BadInput for a missing answer, a lowering, or no rationale.

    ``previous_da_incidents_12m`` is the earlier domestic-abuse call-outs (this one left
    out); the instrument decides whether this one counts towards escalation.
    """
    given = check_answers(instrument, answers, complete=True)
    result = score(instrument, given)
    text = clean_text(rationale, MAX_RATIONALE_CHARS + 1)
    if len(text) > MAX_RATIONALE_CHARS:
        raise BadInput(messages.RISK_RATIONALE_TOO_LONG(limit=MAX_RATIONALE_CHARS))
    level = (judgement_level or "").strip().lower() or None
    final = judgement(result.level, level, text)
    check_pattern_decision(result, level, text)
    return RiskResult(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=MappingProxyType(given),
        notes=MappingProxyType(_notes(instrument, notes or {})),
        score=result,
        judgement_level=level,
        rationale=text,
        final_level=final,
        marac=marac_criteria(
            instrument,
            result.yes_count,
            level,
            previous_da_incidents_12m,
            marac_case,
            result.patterns,
        ),
    )


def _notes(instrument: Instrument, notes: Mapping[Any, str]) -> dict[str, str]:
    numbers = {q.key for q in instrument.questions}
    kept: dict[str, str] = {}
    for raw_key, value in notes.items():
        key = str(raw_key).strip()
        if key not in numbers:
            raise BadInput(f"{instrument.title} has no question {raw_key!r} to note against.")
        text = clean_text(value, MAX_NOTE_CHARS)
        if text:
            kept[key] = text
    return kept

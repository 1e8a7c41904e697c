"""Risk instruments as data (DASH 2009 by default) and the level they give, with MARAC criteria.

An instrument file (``resources/instruments/*.yaml``, or one a force drops in) lists its
questions by number, the follow-ups asked when a question is answered yes, and its scoring
rules: the yes count for high risk and the medium rule are data, not code. A file with any
problem is refused whole, naming the file and the line. ``assess`` is pure: answers in,
level, reasons and MARAC criteria out. Professional judgement may raise the level, never
lower it, and always needs a written rationale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from callhandler.domain.datafiles import Document, Problems, load_document, resource, shipped
from callhandler.domain.normalise import clean_text
from callhandler.errors import BadInput

ANSWERS = ("yes", "no", "not_known")
ANSWER_WORDS = {"yes": "yes", "no": "no", "not_known": "not known"}
LEVELS = ("standard", "medium", "high")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
MIN_RATIONALE_CHARS = 10
MAX_RATIONALE_CHARS = 4000
MAX_NOTE_CHARS = 2000
DEFAULT_INSTRUMENT = "dash2009"

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
class Question:
    number: int
    topic: str
    text: str
    help: str
    detail: str  # a prompt for a written detail ("what was used"), or ""

    @property
    def key(self) -> str:
        return str(self.number)


@dataclass(frozen=True)
class FollowUp:
    """Asked only when question ``after`` is answered yes; not counted in the score."""

    id: str
    after: int
    text: str
    help: str


@dataclass(frozen=True)
class Scoring:
    high_at_yes: int
    medium_at_yes: int | None
    medium_if_yes_to: tuple[int, ...]
    explanation: str


@dataclass(frozen=True)
class MaracRules:
    visible_high_risk_at_yes: int
    escalation_incidents_12m: int


@dataclass(frozen=True)
class Instrument:
    """A validated risk instrument. Thread rules: immutable, safe to share."""

    id: str
    version: int
    title: str
    description: str
    questions: tuple[Question, ...]
    follow_ups: tuple[FollowUp, ...]
    scoring: Scoring
    marac: MaracRules
    source: str

    def question(self, number: int) -> Question:
        for question in self.questions:
            if question.number == number:
                return question
        raise KeyError(number)

    def follow_ups_for(self, number: int) -> tuple[FollowUp, ...]:
        return tuple(f for f in self.follow_ups if f.after == number)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every answer key: question numbers (as text) then follow-up ids."""
        return tuple(q.key for q in self.questions) + tuple(f.id for f in self.follow_ups)


@dataclass(frozen=True)
class Score:
    """What the answers alone give: counts, the computed level and why."""

    yes_count: int
    no_count: int
    not_known_count: int
    unanswered: tuple[int, ...]
    level: str
    reasons: tuple[str, ...]


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
        raise BadInput(f"{value!r} is not an answer: answer yes, no or not known.")
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
            raise BadInput(
                'Answer every question before saving the risk assessment ("not known" is an '
                f"answer, a blank is not): still to answer {_numbers(missing)}."
            )
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
    not_known = values.count("not_known")
    if not_known:
        reasons.append(
            f"{not_known} answer(s) not known: the count may understate the risk; "
            "use professional judgement."
        )
    unanswered = tuple(q.number for q, v in zip(instrument.questions, values, strict=True) if not v)
    return Score(yes, values.count("no"), not_known, unanswered, level, tuple(reasons))


def judgement(computed_level: str, judgement_level: str | None, rationale: str) -> str:
    """The final level: professional judgement raises, never lowers, and needs a rationale."""
    if judgement_level is None or judgement_level == "":
        return computed_level
    level = str(judgement_level).strip().lower()
    if level not in LEVEL_RANK:
        raise BadInput(f"{judgement_level!r} is not a risk level: choose standard, medium or high.")
    if LEVEL_RANK[level] < LEVEL_RANK[computed_level]:
        raise BadInput(
            f"Professional judgement may raise the risk level but never lower it: the answers "
            f"give {computed_level}, so it cannot be recorded as {level}. Record {computed_level}"
            " or higher, and write down anything that makes you think the risk is lower."
        )
    if sum(1 for ch in rationale if not ch.isspace()) < MIN_RATIONALE_CHARS:
        raise BadInput(
            "Write the reason for your professional judgement (at least "
            f"{MIN_RATIONALE_CHARS} characters): the inspector and the MARAC read it."
        )
    return level


def marac_criteria(
    instrument: Instrument,
    yes_count: int,
    judgement_level: str | None,
    previous_da_incidents_12m: int,
    marac_case: bool = False,
) -> tuple[MaracCriterion, ...]:
    """Each MARAC referral criterion, met or not, with the reason either way."""
    rules = instrument.marac
    high = yes_count >= rules.visible_high_risk_at_yes
    threshold = rules.escalation_incidents_12m
    escalation = previous_da_incidents_12m >= threshold
    judged_high = judgement_level == "high"
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
            f"{previous_da_incidents_12m} earlier domestic-abuse incident(s) in the last 12 months "
            f"({threshold} or more is potential escalation).",
        ),
        MaracCriterion(
            "professional_judgement",
            "Professional judgement",
            judged_high,
            "Assessed as high risk by professional judgement."
            if judged_high
            else "Professional judgement has not assessed the risk as high.",
        ),
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
    """A complete assessment; BadInput for a missing answer, a lowering, or no rationale."""
    given = check_answers(instrument, answers, complete=True)
    result = score(instrument, given)
    text = clean_text(rationale, MAX_RATIONALE_CHARS + 1)
    if len(text) > MAX_RATIONALE_CHARS:
        raise BadInput(f"The rationale is too long: {MAX_RATIONALE_CHARS} characters at most.")
    level = (judgement_level or "").strip().lower() or None
    final = judgement(result.level, level, text)
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
            instrument, result.yes_count, level, previous_da_incidents_12m, marac_case
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


# -- loading --------------------------------------------------------------------------


def build_instrument(document: Document) -> Instrument:
    """Semantic checks over a schema-valid instrument; DataFileError on any problem."""
    data = document.data
    problems = Problems()
    numbers: dict[int, int] = {}
    for index, raw in enumerate(data["questions"]):
        number = raw["number"]
        if number in numbers:
            problems.add(
                ("questions", index, "number"),
                f"question number {number} is used twice (first at item {numbers[number] + 1})",
            )
        numbers.setdefault(number, index)
    if len(numbers) == len(data["questions"]) and sorted(numbers) != list(
        range(1, len(numbers) + 1)
    ):
        problems.add(("questions",), f"questions must be numbered 1 to {len(numbers)} once each")
    seen_follow_ups: set[str] = set()
    for index, raw in enumerate(data.get("follow_ups", [])):
        if raw["id"] in seen_follow_ups:
            problems.add(("follow_ups", index, "id"), f"follow-up id {raw['id']!r} is used twice")
        seen_follow_ups.add(raw["id"])
        if raw["after"] not in numbers:
            problems.add(
                ("follow_ups", index, "after"),
                f"follow-up {raw['id']!r} is attached to question {raw['after']}, which does not exist",
            )
    count = len(data["questions"])
    scoring = data["scoring"]
    if scoring["high_at_yes"] > count:
        problems.add(
            ("scoring", "high_at_yes"),
            f"high_at_yes is {scoring['high_at_yes']} but there are only {count} questions",
        )
    medium = scoring["medium_at_yes"]
    if medium is not None and medium >= scoring["high_at_yes"]:
        problems.add(("scoring", "medium_at_yes"), "medium_at_yes must be below high_at_yes")
    serious = scoring["medium_if_yes_to"]
    for index, number in enumerate(serious):
        if number not in numbers:
            problems.add(("scoring", "medium_if_yes_to", index), f"there is no question {number}")
    if len(set(serious)) != len(serious):
        problems.add(("scoring", "medium_if_yes_to"), "a question is listed twice")
    if data["marac"]["visible_high_risk_at_yes"] > count:
        problems.add(
            ("marac", "visible_high_risk_at_yes"),
            f"visible_high_risk_at_yes is above the number of questions ({count})",
        )
    document.check(problems)
    return Instrument(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        description=" ".join(str(data.get("description", "")).split()),
        questions=tuple(
            sorted(
                (
                    Question(
                        raw["number"],
                        raw["topic"],
                        raw["text"],
                        " ".join(raw.get("help", "").split()),
                        raw.get("detail", ""),
                    )
                    for raw in data["questions"]
                ),
                key=lambda q: q.number,
            )
        ),
        follow_ups=tuple(
            FollowUp(raw["id"], raw["after"], raw["text"], raw.get("help", ""))
            for raw in data.get("follow_ups", [])
        ),
        scoring=Scoring(
            scoring["high_at_yes"],
            medium,
            tuple(serious),
            " ".join(scoring["explanation"].split()),
        ),
        marac=MaracRules(
            data["marac"]["visible_high_risk_at_yes"], data["marac"]["escalation_incidents_12m"]
        ),
        source=document.source,
    )


def load_instrument(path: Path | Traversable, source: str | None = None) -> Instrument:
    """Load and check one instrument file; DataFileError (BadInput) names file and line."""
    return build_instrument(load_document(path, "instrument", source))


@cache
def shipped_instrument(instrument_id: str = DEFAULT_INSTRUMENT) -> Instrument:
    """An instrument shipped in ``resources/instruments/`` (the file is ``ID.yaml``)."""
    if not instrument_id.replace("_", "").isalnum():
        raise BadInput(f"{instrument_id!r} is not an instrument id.")
    item = resource("instruments", f"{instrument_id}.yaml")
    if not item.is_file():
        raise BadInput(f"No risk instrument {instrument_id!r} is installed.")
    instrument = load_instrument(item, f"resources/instruments/{instrument_id}.yaml")
    if instrument.id != instrument_id:
        raise BadInput(
            f"resources/instruments/{instrument_id}.yaml declares id {instrument.id!r}; rename one."
        )
    return instrument


def available_instruments(folder: Path | None = None) -> tuple[Instrument, ...]:
    """The shipped instruments, then every ``*.yaml`` a force dropped into ``folder``.

    A dropped file with an error is refused with its file and line (nothing is loaded
    from it); one with the id of a shipped instrument replaces it.
    """
    instruments: dict[str, Instrument] = {}
    for item in shipped("instruments"):
        instrument = shipped_instrument(item.name.removesuffix(".yaml"))
        instruments[instrument.id] = instrument
    if folder is not None and folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            instrument = load_instrument(path)
            instruments[instrument.id] = instrument
    return tuple(instruments.values())


def instrument_by_id(instrument_id: str, folder: Path | None = None) -> Instrument:
    for instrument in available_instruments(folder):
        if instrument.id == instrument_id:
            return instrument
    raise BadInput(f"No risk instrument {instrument_id!r} is installed.")

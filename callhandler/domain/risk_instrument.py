"""A risk instrument as data (DASH 2009 by default): its questions, rules and loading.

An instrument file (``resources/instruments/*.yaml``, or one a force drops into
``<config>/instruments/``) lists its questions by number, the follow-ups asked when a
question is answered yes, its scoring rules, its MARAC thresholds and the homicide
patterns that prompt a judgement. It is checked against ``instrument.schema.json`` and
then here; a file with any problem is refused whole, naming the file and the line.
Scoring an instrument's answers is ``callhandler.domain.risk``'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from callhandler.domain.datafiles import Document, Problems, load_document, resource, shipped
from callhandler.domain.risk_patterns import PatternFactor, PatternRule
from callhandler.errors import BadInput

DEFAULT_INSTRUMENT = "dash2009"


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
    # SafeLives: the call-out being assessed is one of the three. A force may count earlier
    # call-outs only (false), which needs one more incident before escalation is met.
    escalation_counts_current_incident: bool = True

    def call_outs_12m(self, previous_da_incidents_12m: int) -> int:
        """The domestic-abuse call-outs the escalation threshold is compared with."""
        return previous_da_incidents_12m + (1 if self.escalation_counts_current_incident else 0)


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
    patterns: PatternRule | None = None  # homicide patterns that prompt a judgement

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
    patterns = data.get("homicide_patterns")
    if patterns is not None:
        _check_patterns(patterns, set(numbers), problems)
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
            data["marac"]["visible_high_risk_at_yes"],
            data["marac"]["escalation_incidents_12m"],
            data["marac"].get("escalation_counts_current_incident", True),
        ),
        source=document.source,
        patterns=_pattern_rule(patterns) if patterns is not None else None,
    )


def _check_patterns(raw: Mapping[str, Any], numbers: set[int], problems: Problems) -> None:
    where = "homicide_patterns"
    ids: set[str] = set()
    owner: dict[int, str] = {}
    for index, factor in enumerate(raw["factors"]):
        if factor["id"] in ids:
            problems.add(
                (where, "factors", index, "id"), f"factor {factor['id']!r} is listed twice"
            )
        ids.add(factor["id"])
        for q_index, number in enumerate(factor["questions"]):
            path = (where, "factors", index, "questions", q_index)
            if number not in numbers:
                problems.add(
                    path, f"factor {factor['id']!r} names question {number}, which does not exist"
                )
            elif number in owner:
                problems.add(
                    path, f"question {number} is in factor {owner[number]!r} and {factor['id']!r}"
                )
            owner.setdefault(number, factor["id"])
    if raw["at_least"] > len(raw["factors"]):
        problems.add(
            (where, "at_least"),
            f"at_least is {raw['at_least']} but only {len(raw['factors'])} factors are listed",
        )


def _pattern_rule(raw: Mapping[str, Any]) -> PatternRule:
    return PatternRule(
        title=raw["title"],
        at_least=raw["at_least"],
        factors=tuple(
            PatternFactor(f["id"], f["title"], tuple(f["questions"])) for f in raw["factors"]
        ),
        explanation=" ".join(raw["explanation"].split()),
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

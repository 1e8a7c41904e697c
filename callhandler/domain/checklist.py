"""The closure checklist: items asked of the attending officer, conditions, completeness.

Loaded from ``resources/checklists/`` through the shared data-file loader, so a force can
change the questions; a file with any error is refused whole, naming file and line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from callhandler import messages
from callhandler.domain.datafiles import Document, Problems, load_document, resource
from callhandler.domain.facts import CANONICAL

YES_NO = ("yes", "no")
Value = str | tuple[str, ...]
Condition = Mapping[str, Any]


@dataclass(frozen=True)
class ContextFact:
    """A fact the closure service works out from the incident's record, not asked in the call.

    ``kind`` is "choice" (one of ``values``), "list" (any of ``values``; empty: open-ended,
    such as risk-instrument topics or grading flags, which are other files' data) or
    "count" (a whole number as text, for ``at_least``).
    """

    id: str
    kind: str
    values: tuple[str, ...]
    meaning: str


_CONTEXT = (
    ContextFact("domestic_abuse", "choice", YES_NO, "the grade decision identified domestic abuse"),
    ContextFact(
        "marac_consideration", "choice", YES_NO, "grading flagged a MARAC referral to consider"
    ),
    ContextFact("grading_flags", "list", (), "the flags of the latest grade decision"),
    ContextFact(
        "children_recorded_before",
        "choice",
        YES_NO,
        "children recorded at the address or number on an earlier incident or marker",
    ),
    ContextFact(
        "previous_incidents_12m",
        "count",
        (),
        "earlier incidents at the address or number in the 12 months before this one",
    ),
    ContextFact(
        "previous_non_da_incidents_12m",
        "count",
        (),
        "of those, the ones not coded as domestic abuse",
    ),
    ContextFact(
        "trigger_event_recorded",
        "choice",
        YES_NO,
        "a trigger event for risk reassessment is recorded for the incident or its people",
    ),
    ContextFact(
        "risk_assessment_yes",
        "list",
        (),
        "the topics answered yes in the incident's latest risk assessment",
    ),
)
CONTEXT_FACTS: Mapping[str, ContextFact] = MappingProxyType({fact.id: fact for fact in _CONTEXT})


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    section: str
    text: str
    help: str
    type: str  # yes_no, choice, multi, text
    options: tuple[str, ...]
    min_length: int
    mandatory: bool
    mandatory_if: Condition | None

    @property
    def choices(self) -> tuple[str, ...]:
        return YES_NO if self.type == "yes_no" else self.options


@dataclass(frozen=True)
class NarrativeSection:
    id: str
    title: str


@dataclass(frozen=True)
class Checklist:
    id: str
    version: int
    title: str
    items: tuple[ChecklistItem, ...]
    narrative_sections: tuple[NarrativeSection, ...]
    narrative_minimum_words: int

    def item(self, item_id: str) -> ChecklistItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(i.id for i in self.items)


@dataclass(frozen=True)
class ItemState:
    item: ChecklistItem
    required: bool
    answered: bool
    value: Value | None


@dataclass(frozen=True)
class ChecklistStatus:
    """Which items are required now, which are answered, and what is still missing."""

    items: tuple[ItemState, ...]
    missing: tuple[str, ...]  # item ids required and not answered
    narrative_missing: tuple[str, ...]  # narrative section ids too thin or empty

    @property
    def complete(self) -> bool:
        return not self.missing and not self.narrative_missing


def _given(value: Value | None) -> bool:
    return value is not None and value != () and value != ""


def condition_holds(
    condition: Condition, answers: Mapping[str, Value], facts: Mapping[str, Value]
) -> bool:
    """Evaluate a checklist condition; an unanswered item or unknown fact never matches
    (except ``answered: false``, which asks exactly that)."""
    if "all" in condition:
        return all(condition_holds(c, answers, facts) for c in condition["all"])
    if "any" in condition:
        return any(condition_holds(c, answers, facts) for c in condition["any"])
    if "not" in condition:
        return not condition_holds(condition["not"], answers, facts)
    source = answers if "answer" in condition else facts
    value = source.get(condition.get("answer") or condition["fact"])
    if "answered" in condition:
        return _given(value) == bool(condition["answered"])
    if value is None:
        return False
    if "at_least" in condition:
        try:
            return int(str(value)) >= int(condition["at_least"])
        except ValueError:
            return False
    wanted = [condition["equals"]] if "equals" in condition else list(condition["in"])
    wanted_text = {str(w).lower() if isinstance(w, bool) else str(w) for w in wanted}
    if isinstance(value, tuple):
        return any(v in wanted_text for v in value)
    return str(value) in wanted_text


def status(
    checklist: Checklist,
    answers: Mapping[str, Value],
    facts: Mapping[str, Value],
    narrative: Mapping[str, str],
) -> ChecklistStatus:
    states = []
    missing = []
    for item in checklist.items:
        required = item.mandatory or (
            item.mandatory_if is not None and condition_holds(item.mandatory_if, answers, facts)
        )
        value = answers.get(item.id)
        answered = _given(value)
        states.append(ItemState(item, required, answered, value))
        if required and not answered:
            missing.append(item.id)
    thin = tuple(
        s.id
        for s in checklist.narrative_sections
        if len(narrative.get(s.id, "").split()) < checklist.narrative_minimum_words
    )
    return ChecklistStatus(tuple(states), tuple(missing), thin)


def check_value(item: ChecklistItem, value: Any) -> Value:
    """The answer in canonical form, or ValueError saying what is allowed."""
    if item.type == "multi":
        values = [value] if isinstance(value, str) else list(value or [])
        bad = [v for v in values if v not in item.options]
        if bad or not values:
            options = ", ".join(item.options)
            if bad:
                raise ValueError(
                    messages.CHOOSE_OPTIONS_NOT(
                        item=item.id, options=options, bad=", ".join(map(str, bad))
                    )
                )
            raise ValueError(messages.CHOOSE_OPTIONS(item=item.id, options=options))
        if "none" in values and len(values) > 1:
            raise ValueError(messages.NONE_WITH_OTHERS(item=item.id))
        return tuple(dict.fromkeys(values))
    if item.type == "text":
        text = str(value or "").strip()
        if len(text) < item.min_length:
            raise ValueError(messages.WRITE_AT_LEAST(item=item.id, minimum=item.min_length))
        if len(text) > 20_000:
            raise ValueError(messages.AT_MOST_20000(item=item.id))
        return text
    text = str(value).strip().lower() if value is not None else ""
    if text not in item.choices:
        raise ValueError(messages.ANSWER_ONE_OF(item=item.id, choices=", ".join(item.choices)))
    return text


def _condition_problems(
    document: Document,
    path: tuple[str | int, ...],
    condition: Condition,
    items: Mapping[str, dict[str, Any]],
    own: str,
    problems: Problems,
) -> None:
    for key in ("all", "any"):
        if key in condition:
            for i, sub in enumerate(condition[key]):
                _condition_problems(document, (*path, key, i), sub, items, own, problems)
            return
    if "not" in condition:
        _condition_problems(document, (*path, "not"), condition["not"], items, own, problems)
        return
    # ``answered`` and ``at_least`` conditions name no values.
    wanted: list[Any] = (
        [condition["equals"]] if "equals" in condition else list(condition.get("in", ()))
    )
    if "answer" in condition:
        target = condition["answer"]
        if target == own:
            problems.add(path, f"item {own!r} cannot depend on its own answer")
        elif target not in items:
            problems.add(path, f"condition refers to unknown item {target!r}")
        else:
            spec = items[target]
            allowed = YES_NO if spec["type"] == "yes_no" else tuple(spec.get("options", ()))
            if spec["type"] != "text":
                for value in wanted:
                    if str(value) not in allowed:
                        problems.add(
                            path, f"{value!r} is not an answer of {target!r} ({', '.join(allowed)})"
                        )
        return
    _fact_problems(path, condition, wanted, problems)


def _fact_problems(
    path: tuple[str | int, ...], condition: Condition, wanted: list[Any], problems: Problems
) -> None:
    """A fact condition names a canonical triage fact or a context fact, with its values."""
    name = condition["fact"]
    canonical = CANONICAL.get(name)
    context = CONTEXT_FACTS.get(name)
    if canonical is None and context is None:
        known = ", ".join([*CANONICAL, *CONTEXT_FACTS])
        problems.add(path, f"condition refers to unknown fact {name!r} (known: {known})")
        return
    counted = context is not None and context.kind == "count"
    if "at_least" in condition and not counted:
        problems.add(path, f"at_least is for counted facts; {name!r} is not a count")
    if counted:
        for value in wanted:
            if not str(value).isdigit():
                problems.add(path, f"{value!r} is not a count for {name!r}")
        return
    if canonical is not None:
        allowed = canonical.values if canonical.kind in ("choice", "list") else ()
    else:
        allowed = context.values if context is not None else ()
    for value in wanted if allowed else ():
        if str(value) not in allowed:
            problems.add(path, f"{value!r} is not a value of fact {name!r} ({', '.join(allowed)})")


def parse(document: Document) -> Checklist:
    data = document.data
    problems = Problems()
    items: dict[str, dict[str, Any]] = {}
    for index, raw in enumerate(data["items"]):
        path = ("items", index)
        if raw["id"] in items:
            problems.add((*path, "id"), f"duplicate item id {raw['id']!r}")
        items[raw["id"]] = raw
        kind = raw["type"]
        if kind in ("choice", "multi") and not raw.get("options"):
            problems.add(path, f"a {kind} item needs options")
        if kind in ("yes_no", "text") and "options" in raw:
            problems.add((*path, "options"), f"a {kind} item takes no options")
        if "min_length" in raw and kind != "text":
            problems.add((*path, "min_length"), "min_length is only for text items")
        if len(set(raw.get("options", ()))) != len(raw.get("options", ())):
            problems.add((*path, "options"), "an option is listed twice")
        if raw.get("mandatory") and "mandatory_if" in raw:
            problems.add(path, "give either mandatory: true or mandatory_if, not both")
    for index, raw in enumerate(data["items"]):
        if "mandatory_if" in raw:
            _condition_problems(
                document,
                ("items", index, "mandatory_if"),
                raw["mandatory_if"],
                items,
                raw["id"],
                problems,
            )
    seen_sections: set[str] = set()
    for index, section in enumerate(data["narrative"]["sections"]):
        if section["id"] in seen_sections:
            problems.add(("narrative", "sections", index), f"duplicate section {section['id']!r}")
        seen_sections.add(section["id"])
    document.check(problems)
    return Checklist(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        items=tuple(
            ChecklistItem(
                id=raw["id"],
                section=raw["section"],
                text=raw["text"],
                help=raw.get("help", ""),
                type=raw["type"],
                options=tuple(raw.get("options", ())),
                min_length=int(raw.get("min_length", 1)),
                mandatory=bool(raw.get("mandatory")),
                mandatory_if=raw.get("mandatory_if"),
            )
            for raw in data["items"]
        ),
        narrative_sections=tuple(
            NarrativeSection(s["id"], s["title"]) for s in data["narrative"]["sections"]
        ),
        narrative_minimum_words=int(data["narrative"]["minimum_words"]),
    )


def load_checklist(path: Path | Traversable, source: str | None = None) -> Checklist:
    return parse(load_document(path, "checklist", source))


@cache
def default_checklist() -> Checklist:
    return load_checklist(resource("checklists", "default.yaml"), "checklists/default.yaml")

"""The small condition language of scripts and policies: data, never ``eval``.

A condition is a mapping with one subject and one test::

    {fact: weapon, equals: "yes"}             {fact: injury, in: [minor, serious]}
    {fact: victim_16_or_over, not_equals: "no"}   (true when unanswered: "possibly")
    {fact: abuse_types, contains: coercive_control}
    {fact: coercive_behaviours, contains_any: [threats, monitoring]}
    {fact: abuse_types, answered: true}       (any value; a non-empty list)
    {question: q_relationship, equals: ...}   (scripts: the fact that question answers)
    {history: domestic_abuse_12m, at_least: 3}    {history: repeat_victim, equals: true}
    {history: last_risk_level, in: [high]}    {history_marker: [marac, high_risk_da_victim]}
    {all: [...]}  {any: [...]}  {not: {...}}  {is: domestic_abuse}   (a named definition)
    {count_of: [...], at_least: 3}            (several risk factors together)

Evaluating returns None (false) or the causes that made it true: the facts with their
values and the history items, so every reason shown to a handler can point at them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from callhandler.domain.facts import FactValue
from callhandler.domain.history import HistorySummary

CauseValue = str | int | bool | tuple[str, ...]
Causes = tuple["Cause", ...]
HISTORY_COUNTS = (
    "total_incidents",
    "incidents_12m",
    "domestic_abuse_12m",
    "not_domestic_abuse_12m",
    "serial_perpetrators",
)
HISTORY_FLAGS = ("repeat_victim", "marac_case", "children_previously_present", "first_call")
HISTORY_LEVELS = {"last_risk_level": ("none", "standard", "medium", "high")}
MARKER_PLACES = ("address", "phone", "person")


@dataclass(frozen=True)
class Cause:
    """What made a condition true: a fact and its value, or an item of the history."""

    kind: Literal["fact", "history", "marker", "policy"]
    item: str
    value: CauseValue
    on: str = ""
    target: str = ""

    def describe(self) -> str:
        if self.kind == "fact":
            shown = ", ".join(self.value) if isinstance(self.value, tuple) else self.value
            return f"{self.item} = {shown}"
        if self.kind == "marker":
            return f"{self.item} marker on {self.on} {self.target}".strip()
        if self.kind == "history":
            shown = ", ".join(self.value) if isinstance(self.value, tuple) else self.value
            return f"history: {self.item} = {shown}"
        return f"policy {self.item}: {self.value}"

    def to_json(self) -> dict[str, Any]:
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        if self.kind == "fact":
            return {"fact": self.item, "value": value}
        if self.kind == "marker":
            return {
                "history": "marker",
                "marker_type": self.item,
                "on": self.on,
                "target": self.target,
            }
        if self.kind == "history":
            return {"history": self.item, "value": value}
        return {"policy": self.item, "value": value}


@dataclass(frozen=True)
class Context:
    """What conditions are evaluated against."""

    values: Mapping[str, FactValue]
    history: HistorySummary | None = None
    definitions: Mapping[str, Causes | None] = field(default_factory=dict)


def _merge(groups: Sequence[Causes]) -> Causes:
    return tuple(dict.fromkeys(c for group in groups for c in group))


class Condition:
    def evaluate(self, ctx: Context) -> Causes | None:
        raise NotImplementedError

    def facts(self) -> frozenset[str]:
        return frozenset()


@dataclass(frozen=True)
class FactIn(Condition):
    fact: str
    values: frozenset[str]

    def evaluate(self, ctx: Context) -> Causes | None:
        value = ctx.values.get(self.fact)
        if isinstance(value, str) and value in self.values:
            return (Cause("fact", self.fact, value),)
        return None

    def facts(self) -> frozenset[str]:
        return frozenset({self.fact})


@dataclass(frozen=True)
class FactNotIn(Condition):
    """True when the fact is unanswered or has another value: "not known to be ruled out"."""

    fact: str
    values: frozenset[str]

    def evaluate(self, ctx: Context) -> Causes | None:
        value = ctx.values.get(self.fact)
        if value is None:
            return ()
        if isinstance(value, str) and value in self.values:
            return None
        return (Cause("fact", self.fact, value),)

    def facts(self) -> frozenset[str]:
        return frozenset({self.fact})


@dataclass(frozen=True)
class FactContains(Condition):
    fact: str
    values: frozenset[str]

    def evaluate(self, ctx: Context) -> Causes | None:
        value = ctx.values.get(self.fact)
        if not isinstance(value, tuple):
            return None
        hits = tuple(Cause("fact", self.fact, v) for v in value if v in self.values)
        return hits or None

    def facts(self) -> frozenset[str]:
        return frozenset({self.fact})


@dataclass(frozen=True)
class FactAnswered(Condition):
    fact: str

    def evaluate(self, ctx: Context) -> Causes | None:
        value = ctx.values.get(self.fact)
        if isinstance(value, tuple):
            return tuple(Cause("fact", self.fact, v) for v in value) or None
        return (Cause("fact", self.fact, value),) if value else None

    def facts(self) -> frozenset[str]:
        return frozenset({self.fact})


def _count(history: HistorySummary, item: str) -> int:
    value = getattr(history, item)
    return len(value) if isinstance(value, tuple) else int(value)


@dataclass(frozen=True)
class HistoryAtLeast(Condition):
    item: str
    minimum: int

    def evaluate(self, ctx: Context) -> Causes | None:
        if ctx.history is None or _count(ctx.history, self.item) < self.minimum:
            return None
        value = getattr(ctx.history, self.item)
        return (Cause("history", self.item, value),)


@dataclass(frozen=True)
class HistoryIs(Condition):
    item: str
    expected: bool

    def evaluate(self, ctx: Context) -> Causes | None:
        if ctx.history is None or bool(getattr(ctx.history, self.item)) != self.expected:
            return None
        return (Cause("history", self.item, self.expected),)


@dataclass(frozen=True)
class HistoryIn(Condition):
    item: str
    values: frozenset[str]

    def evaluate(self, ctx: Context) -> Causes | None:
        value = getattr(ctx.history, self.item) if ctx.history is not None else None
        return (Cause("history", self.item, value),) if value in self.values else None


@dataclass(frozen=True)
class HistoryMarker(Condition):
    types: frozenset[str]
    places: frozenset[str]

    def evaluate(self, ctx: Context) -> Causes | None:
        if ctx.history is None:
            return None
        hits = tuple(
            Cause("marker", m.marker_type, True, m.on, m.target)
            for m in ctx.history.markers
            if m.marker_type in self.types and m.on in self.places
        )
        return hits or None


@dataclass(frozen=True)
class All(Condition):
    parts: tuple[Condition, ...]

    def evaluate(self, ctx: Context) -> Causes | None:
        found: list[Causes] = []
        for part in self.parts:
            causes = part.evaluate(ctx)
            if causes is None:
                return None
            found.append(causes)
        return _merge(found)

    def facts(self) -> frozenset[str]:
        return frozenset().union(*(p.facts() for p in self.parts))


@dataclass(frozen=True)
class AnyOf(Condition):
    parts: tuple[Condition, ...]

    def evaluate(self, ctx: Context) -> Causes | None:
        found = [c for c in (p.evaluate(ctx) for p in self.parts) if c is not None]
        return _merge(found) if found else None

    def facts(self) -> frozenset[str]:
        return frozenset().union(*(p.facts() for p in self.parts))


@dataclass(frozen=True)
class CountOf(Condition):
    """True when at least ``minimum`` of the parts hold; the causes are theirs."""

    parts: tuple[Condition, ...]
    minimum: int

    def evaluate(self, ctx: Context) -> Causes | None:
        found = [c for c in (p.evaluate(ctx) for p in self.parts) if c is not None]
        return _merge(found) if len(found) >= self.minimum else None

    def facts(self) -> frozenset[str]:
        return frozenset().union(*(p.facts() for p in self.parts))


@dataclass(frozen=True)
class Not(Condition):
    part: Condition

    def evaluate(self, ctx: Context) -> Causes | None:
        return () if self.part.evaluate(ctx) is None else None

    def facts(self) -> frozenset[str]:
        return self.part.facts()


@dataclass(frozen=True)
class Is(Condition):
    name: str

    def evaluate(self, ctx: Context) -> Causes | None:
        return ctx.definitions.get(self.name)

"""Reading conditions from data files: shape, known facts and values, known history items.

The language itself (what each condition means) is in ``conditions``; this module turns
the YAML mapping into those objects and records every problem with its place in the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from callhandler.domain.conditions import (
    HISTORY_COUNTS,
    HISTORY_FLAGS,
    HISTORY_LEVELS,
    MARKER_PLACES,
    All,
    AnyOf,
    Condition,
    CountOf,
    FactAnswered,
    FactContains,
    FactIn,
    FactNotIn,
    HistoryAtLeast,
    HistoryIn,
    HistoryIs,
    HistoryMarker,
    Is,
    Not,
)
from callhandler.domain.datafiles import Path_, Problems
from callhandler.domain.facts import FactCatalogue
from callhandler.domain.history import MARKER_LABELS


@dataclass
class Grammar:
    """What a condition may mention where it is parsed."""

    catalogue: FactCatalogue
    allow_history: bool = False
    definitions: frozenset[str] = frozenset()
    question_facts: Mapping[str, str] = field(default_factory=dict)


_SUBJECTS = (
    "fact",
    "question",
    "history",
    "history_marker",
    "all",
    "any",
    "count_of",
    "not",
    "is",
)
_FACT_TESTS = ("equals", "in", "not_equals", "not_in", "contains", "contains_any", "answered")


def parse(raw: object, path: Path_, grammar: Grammar, problems: Problems) -> Condition | None:
    """Parse and check one condition; problems are recorded against ``path``."""
    if not isinstance(raw, dict) or not raw:
        problems.add(
            path,
            f"a condition must be a mapping such as {{fact: weapon, equals: 'yes'}}, not {raw!r}",
        )
        return None
    subjects = [k for k in raw if k in _SUBJECTS]
    if len(subjects) != 1:
        problems.add(
            path,
            f"a condition needs exactly one of {', '.join(_SUBJECTS)} (got {', '.join(map(str, raw)) or 'none'})",
        )
        return None
    subject = subjects[0]
    if subject in ("all", "any"):
        return _parse_group(raw, subject, path, grammar, problems)
    if subject == "count_of":
        return _parse_count(raw, path, grammar, problems)
    if subject == "not":
        if len(raw) != 1:
            problems.add(path, "'not' takes a single condition and nothing beside it")
            return None
        inner = parse(raw["not"], (*path, "not"), grammar, problems)
        return Not(inner) if inner else None
    if subject == "is":
        name = raw["is"]
        if len(raw) != 1 or not isinstance(name, str) or name not in grammar.definitions:
            known = ", ".join(sorted(grammar.definitions)) or "none defined before this point"
            problems.add(
                (*path, "is"), f"'is' must name a definition given earlier ({known}), not {name!r}"
            )
            return None
        return Is(name)
    if subject in ("history", "history_marker"):
        if not grammar.allow_history:
            problems.add(path, "history conditions belong in a grading policy, not here")
            return None
        return _parse_history(raw, subject, path, problems)
    return _parse_fact(raw, subject, path, grammar, problems)


def _parse_group(
    raw: dict[str, Any], subject: str, path: Path_, grammar: Grammar, problems: Problems
) -> Condition | None:
    items = raw[subject]
    if len(raw) != 1 or not isinstance(items, list) or not items:
        problems.add(
            path, f"'{subject}' takes a non-empty list of conditions and nothing beside it"
        )
        return None
    parts = [parse(item, (*path, subject, i), grammar, problems) for i, item in enumerate(items)]
    if any(p is None for p in parts):
        return None
    checked = tuple(p for p in parts if p is not None)
    return All(checked) if subject == "all" else AnyOf(checked)


def _parse_count(
    raw: dict[str, Any], path: Path_, grammar: Grammar, problems: Problems
) -> Condition | None:
    items, minimum = raw["count_of"], raw.get("at_least")
    if (
        set(raw) != {"count_of", "at_least"}
        or not isinstance(items, list)
        or not items
        or isinstance(minimum, bool)
        or not isinstance(minimum, int)
        or not 1 <= minimum <= len(items)
    ):
        problems.add(
            path,
            "write {count_of: [conditions], at_least: N} with N from 1 to the number of conditions",
        )
        return None
    parts = [parse(item, (*path, "count_of", i), grammar, problems) for i, item in enumerate(items)]
    if any(p is None for p in parts):
        return None
    return CountOf(tuple(p for p in parts if p is not None), minimum)


def _strings(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _parse_fact(
    raw: dict[str, Any], subject: str, path: Path_, grammar: Grammar, problems: Problems
) -> Condition | None:
    name = raw[subject]
    if subject == "question":
        if not isinstance(name, str) or name not in grammar.question_facts:
            problems.add((*path, "question"), f"unknown question {name!r}")
            return None
        fact_id = grammar.question_facts[name]
    else:
        fact_id = name
    spec = grammar.catalogue.get(fact_id) if isinstance(fact_id, str) else None
    if spec is None:
        problems.add((*path, subject), f"unknown fact {fact_id!r}")
        return None
    tests = [k for k in raw if k != subject]
    if len(tests) != 1 or tests[0] not in _FACT_TESTS:
        problems.add(path, f"a fact condition needs one test of: {', '.join(_FACT_TESTS)}")
        return None
    test = tests[0]
    where = (*path, test)
    if test == "answered":
        if raw[test] is not True:
            problems.add(where, "write 'answered: true' (use 'not' for unanswered)")
            return None
        return FactAnswered(fact_id)
    values = _strings(raw[test])
    if values is None:
        problems.add(where, f"'{test}' needs a value or a list of values (quote yes/no: 'yes')")
        return None
    if test in ("equals", "not_equals", "contains") and len(values) != 1:
        problems.add(
            where, f"'{test}' takes a single value; use the list form (in, not_in, contains_any)"
        )
        return None
    if spec.kind in ("text", "date"):
        problems.add(where, f"fact {fact_id!r} is {spec.kind}; only 'answered' can test it")
        return None
    wrong = [v for v in values if v not in spec.values]
    if wrong:
        problems.add(
            where,
            f"{wrong[0]!r} is not a value of fact {fact_id!r} (allowed: {', '.join(spec.values)})",
        )
        return None
    is_list = spec.kind == "list"
    if is_list != (test in ("contains", "contains_any")):
        hint = "contains / contains_any" if is_list else "equals / in / not_equals / not_in"
        problems.add(where, f"fact {fact_id!r} is a {spec.kind}: test it with {hint}")
        return None
    chosen = frozenset(values)
    if test in ("equals", "in"):
        return FactIn(fact_id, chosen)
    if test in ("not_equals", "not_in"):
        return FactNotIn(fact_id, chosen)
    return FactContains(fact_id, chosen)


def _parse_history(
    raw: dict[str, Any], subject: str, path: Path_, problems: Problems
) -> Condition | None:
    if subject == "history_marker":
        types = _strings(raw["history_marker"])
        places = _strings(raw.get("on", list(MARKER_PLACES)))
        extra = set(raw) - {"history_marker", "on"}
        if types is None or extra:
            problems.add(
                path, "write {history_marker: [marker types], on: [address, phone, person]}"
            )
            return None
        unknown = [t for t in types if t not in MARKER_LABELS]
        if unknown:
            problems.add(
                (*path, "history_marker"),
                f"unknown marker type {unknown[0]!r} (known: {', '.join(MARKER_LABELS)})",
            )
            return None
        if places is None or any(p not in MARKER_PLACES for p in places):
            problems.add((*path, "on"), f"'on' lists places among {', '.join(MARKER_PLACES)}")
            return None
        return HistoryMarker(frozenset(types), frozenset(places))
    item = raw["history"]
    tests = [k for k in raw if k != "history"]
    test = tests[0] if len(tests) == 1 else None
    where = (*path, test) if test else path
    if item in HISTORY_COUNTS:
        if (
            test != "at_least"
            or isinstance(raw[test], bool)
            or not isinstance(raw[test], int)
            or raw[test] < 0
        ):
            problems.add(where, f"history {item!r} is a count: write 'at_least: N'")
            return None
        return HistoryAtLeast(item, raw[test])
    if item in HISTORY_FLAGS:
        if test != "equals" or not isinstance(raw[test], bool):
            problems.add(where, f"history {item!r} is true or false: write 'equals: true'")
            return None
        return HistoryIs(item, raw[test])
    if item in HISTORY_LEVELS:
        values = _strings(raw[test]) if test == "in" else None
        if values is None or any(v not in HISTORY_LEVELS[item] for v in values):
            problems.add(
                where, f"history {item!r}: write 'in: [{', '.join(HISTORY_LEVELS[item])}]'"
            )
            return None
        return HistoryIn(item, frozenset(values))
    known = ", ".join((*HISTORY_COUNTS, *HISTORY_FLAGS, *HISTORY_LEVELS))
    problems.add((*path, "history"), f"unknown history item {item!r} (known: {known})")
    return None

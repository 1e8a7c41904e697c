"""Grading policies as data (``resources/policy/*.yaml``): grades, definitions, rules; checked.

A policy names its grades, the definition of domestic abuse and the other named
conditions, and rules of the form *when this holds, do that*: set a grade (and the floor
below which a handler's downgrade is flagged), escalate by a grade, raise flags, ask for
more officers, require DASH, suggest a MARAC referral. A policy with any error is refused
whole, with its file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from callhandler.domain import condition_parsing, conditions
from callhandler.domain.datafiles import Document, Problems, load_document, resource
from callhandler.domain.facts import CANONICAL_CATALOGUE
from callhandler.errors import BadInput

REQUIRED_DEFINITION = "domestic_abuse"


@dataclass(frozen=True)
class Grade:
    grade: int
    name: str
    target: str
    deploy: bool


@dataclass(frozen=True)
class Effect:
    grade: int | None = None
    floor: int | None = None
    escalate: int = 0
    flags: tuple[str, ...] = ()
    officers: int | None = None
    dash_required: bool = False
    marac_consideration: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    text: str
    when: conditions.Condition
    effect: Effect
    only_with: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Definition:
    id: str
    when: conditions.Condition


@dataclass(frozen=True)
class Policy:
    """A validated grading policy. Rules keep their file order (the order reasons show)."""

    id: str
    version: int
    title: str
    grades: tuple[Grade, ...]
    dash_policy: str
    default_officers: int
    default_grade: int
    default_floor: int
    default_title: str
    default_text: str
    flag_labels: dict[str, str]
    definitions: tuple[Definition, ...]
    rules: tuple[Rule, ...]
    source: str

    @property
    def least_urgent(self) -> int:
        return max(g.grade for g in self.grades)

    def grade(self, number: int) -> Grade:
        for grade in self.grades:
            if grade.grade == number:
                return grade
        raise BadInput(
            f"Grade {number} is not a grade of policy {self.id!r}: choose 1 to {self.least_urgent}."
        )

    def applies(self, rule: Rule) -> bool:
        options = {"dash_policy": self.dash_policy}
        return all(options.get(name) == value for name, value in rule.only_with)


def _grades(document: Document, problems: Problems) -> tuple[Grade, ...]:
    grades = tuple(
        Grade(g["grade"], g["name"], g["target"], g.get("deploy", True))
        for g in document.data["grades"]
    )
    numbers = [g.grade for g in grades]
    if sorted(numbers) != list(range(1, len(numbers) + 1)):
        problems.add(
            ("grades",), f"grades must be numbered 1 to {len(numbers)} once each (got {numbers})"
        )
    return tuple(sorted(grades, key=lambda g: g.grade))


def _check_grade(
    value: int | None, path: tuple[str | int, ...], top: int, problems: Problems
) -> None:
    if value is not None and not 1 <= value <= top:
        problems.add(path, f"grade {value} does not exist (grades are 1 to {top})")


def build_policy(document: Document) -> Policy:
    """Semantic checks over a schema-valid policy; raises DataFileError on any problem."""
    data = document.data
    problems = Problems()
    grades = _grades(document, problems)
    top = len(grades)
    default = data["default"]
    _check_grade(default["grade"], ("default", "grade"), top, problems)
    _check_grade(default["floor"], ("default", "floor"), top, problems)
    if default["floor"] < default["grade"]:
        problems.add(("default", "floor"), "the floor cannot be more urgent than the grade")
    flags: dict[str, str] = dict(data["flags"])

    grammar = condition_parsing.Grammar(CANONICAL_CATALOGUE, allow_history=True)
    definitions: list[Definition] = []
    for i, raw in enumerate(data["definitions"]):
        path = ("definitions", i)
        if raw["id"] in grammar.definitions:
            problems.add((*path, "id"), f"definition {raw['id']!r} is given twice")
        condition = condition_parsing.parse(raw["when"], (*path, "when"), grammar, problems)
        if condition is not None:
            definitions.append(Definition(raw["id"], condition))
        grammar.definitions = grammar.definitions | {raw["id"]}
    if REQUIRED_DEFINITION not in grammar.definitions:
        problems.add(("definitions",), f"the policy must define {REQUIRED_DEFINITION!r}")

    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(data["rules"]):
        path = ("rules", i)
        if raw["id"] in seen:
            problems.add((*path, "id"), f"rule id {raw['id']!r} is used twice")
        seen.add(raw["id"])
        effect_raw = raw["effect"]
        where = (*path, "effect")
        _check_grade(effect_raw.get("grade"), (*where, "grade"), top, problems)
        _check_grade(effect_raw.get("floor"), (*where, "floor"), top, problems)
        if "floor" in effect_raw and "grade" not in effect_raw:
            problems.add((*where, "floor"), "a floor needs a grade beside it")
        elif effect_raw.get("floor", top) < effect_raw.get("grade", 1):
            problems.add((*where, "floor"), "the floor cannot be more urgent than the grade")
        for flag in effect_raw.get("flags", []):
            if flag not in flags:
                problems.add((*where, "flags"), f"flag {flag!r} has no label under 'flags'")
        for fact_id in re.findall(r"\{when:([^}]*)\}", raw["text"]):
            spec = CANONICAL_CATALOGUE.get(fact_id)
            if spec is None or "before" not in spec.values:
                problems.add(
                    (*path, "text"),
                    f"{{when:{fact_id}}} must name a fact saying when (now, today, before)",
                )
        condition = condition_parsing.parse(raw["when"], (*path, "when"), grammar, problems)
        grade = effect_raw.get("grade")
        effect = Effect(
            grade=grade,
            floor=effect_raw.get("floor", top if grade is not None else None),
            escalate=effect_raw.get("escalate", 0),
            flags=tuple(effect_raw.get("flags", ())),
            officers=effect_raw.get("officers"),
            dash_required=effect_raw.get("dash_required", False),
            marac_consideration=effect_raw.get("marac_consideration", False),
        )
        if condition is not None:
            only = tuple(sorted(raw.get("only_with", {}).items()))
            rules.append(Rule(raw["id"], raw["title"], raw["text"], condition, effect, only))
    document.check(problems)
    return Policy(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        grades=grades,
        dash_policy=data["options"]["dash_policy"],
        default_officers=data["options"]["default_officers"],
        default_grade=default["grade"],
        default_floor=default["floor"],
        default_title=default["title"],
        default_text=default["text"],
        flag_labels=flags,
        definitions=tuple(definitions),
        rules=tuple(rules),
        source=document.source,
    )


def load_policy_file(path: Path | Traversable, source: str | None = None) -> Policy:
    """Load and check one policy file; DataFileError (BadInput) names file and line."""
    return build_policy(load_document(path, "policy", source))


@cache
def shipped_policy(policy_id: str = "default") -> Policy:
    """A policy shipped in ``resources/policy/`` (``default`` is SPEC section 2)."""
    if not policy_id.replace("_", "").isalnum():
        raise BadInput(f"{policy_id!r} is not a policy id.")
    item = resource("policy", f"{policy_id}.yaml")
    if not item.is_file():
        raise BadInput(f"No grading policy {policy_id!r} is installed.")
    return load_policy_file(item, f"resources/policy/{policy_id}.yaml")

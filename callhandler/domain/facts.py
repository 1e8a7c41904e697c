"""The canonical triage facts of SPEC section 3 and the immutable ``Facts`` every rule reads.

Scripts, the grading policy, ``callhandler assess``, imports and tests all speak in these
fact ids and values. A script may declare facts of its own (a codeword, the caller's own
words); it may not reuse or rename a canonical id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from callhandler.errors import BadInput

FactKind = Literal["choice", "list", "text", "date"]
FactValue = str | tuple[str, ...]
YES_NO_UNKNOWN = ("yes", "no", "unknown")
# When a fact happened: "now" during the call, "today" earlier today, "before" any earlier
# day. How unknown timing counts is the policy's choice, not this list's.
WHEN = ("now", "today", "before", "unknown")
MAX_TEXT = 4000
HEARD_ON_LINE = (
    "voices",
    "shouting",
    "crying",
    "struggle",
    "tv_radio",
    "children",
    "named_person",
    "line_cut",
    "nothing",
)


@dataclass(frozen=True)
class FactSpec:
    """One fact: a single choice, a list of choices, free text or a date."""

    id: str
    kind: FactKind
    values: tuple[str, ...] = ()
    label: str = ""

    def check(self, value: object) -> FactValue:
        """The value in canonical form, or BadInput naming the fact and what is allowed."""
        if self.kind == "choice":
            if not isinstance(value, str) or value not in self.values:
                raise BadInput(
                    f"Fact {self.id!r} cannot be {value!r}: allowed values are "
                    f"{', '.join(self.values)}."
                )
            return value
        if self.kind == "list":
            if isinstance(value, str) or not isinstance(value, list | tuple | frozenset | set):
                raise BadInput(
                    f"Fact {self.id!r} takes a list of values (e.g. [{self.values[0]!r}]), "
                    f"not {value!r}: allowed values are {', '.join(self.values)}."
                )
            wrong = [v for v in value if not isinstance(v, str) or v not in self.values]
            if wrong:
                raise BadInput(
                    f"Fact {self.id!r} cannot contain {wrong[0]!r}: allowed values are "
                    f"{', '.join(self.values)}."
                )
            chosen = set(value)
            return tuple(v for v in self.values if v in chosen)
        if self.kind == "date":
            if not isinstance(value, str):
                raise BadInput(f"Fact {self.id!r} is a date (YYYY-MM-DD), not {value!r}.")
            try:
                return dt.date.fromisoformat(value.strip()).isoformat()
            except ValueError as exc:
                raise BadInput(
                    f"Fact {self.id!r}: {value!r} is not a date; use YYYY-MM-DD."
                ) from exc
        if not isinstance(value, str):
            raise BadInput(f"Fact {self.id!r} is free text, not {value!r}.")
        text = "".join(ch for ch in value if ch >= " " or ch in "\n\t").strip()
        if len(text) > MAX_TEXT:
            raise BadInput(
                f"Fact {self.id!r} is too long ({len(text)} characters; {MAX_TEXT} at most)."
            )
        return text


def _choice(fact_id: str, values: Iterable[str], label: str) -> FactSpec:
    return FactSpec(fact_id, "choice", tuple(values), label)


_SPECS = (
    _choice("call_type", ("normal", "silent", "abandoned", "cut_off"), "Kind of call"),
    _choice(
        "relationship",
        (
            "intimate_partner",
            "ex_partner",
            "parents_of_same_child",
            "family_member",
            "other",
            "unknown",
        ),
        "Relationship between victim and suspect",
    ),
    _choice("victim_16_or_over", YES_NO_UNKNOWN, "Victim aged 16 or over"),
    _choice("suspect_16_or_over", YES_NO_UNKNOWN, "Suspect aged 16 or over"),
    FactSpec(
        "abuse_types",
        "list",
        (
            "physical",
            "sexual",
            "psychological",
            "emotional",
            "financial",
            "coercive_control",
            "honour_based",
            "fgm",
            "forced_marriage",
            "stalking_harassment",
        ),
        "Types of abuse",
    ),
    FactSpec(
        "coercive_behaviours",
        "list",
        (
            "isolation",
            "monitoring",
            "financial_control",
            "threats",
            "humiliation",
            "restricting_movement",
            "controlling_daily_life",
        ),
        "Controlling or coercive behaviours",
    ),
    _choice("suspect_present", YES_NO_UNKNOWN, "Suspect present"),
    _choice("weapon", YES_NO_UNKNOWN, "Weapon used or threatened"),
    _choice("injury", ("none", "minor", "serious", "unknown"), "Injury"),
    _choice("strangulation", YES_NO_UNKNOWN, "Strangulation or choking"),
    _choice("threat_to_kill", YES_NO_UNKNOWN, "Threat to kill"),
    _choice("caller_can_speak_freely", YES_NO_UNKNOWN, "Caller can speak freely"),
    _choice("children_present", YES_NO_UNKNOWN, "Children present"),
    _choice("vulnerable_adult_present", YES_NO_UNKNOWN, "Vulnerable adult present"),
    _choice("offence_disclosed", YES_NO_UNKNOWN, "Offence disclosed"),
    _choice("order_or_bail_in_force", YES_NO_UNKNOWN, "Court order or bail conditions in force"),
    _choice("order_or_bail_breached", YES_NO_UNKNOWN, "Order or bail being breached now"),
    _choice("alcohol_or_drugs", YES_NO_UNKNOWN, "Alcohol or drugs involved"),
    # Additions of the judgement work (SPEC section 3): who is calling, when things
    # happened, where the suspect is, and the homicide risk factors an inspector asks.
    _choice(
        "caller_relationship",
        ("victim", "child", "family_or_friend", "neighbour", "professional", "other", "unknown"),
        "Who is calling, in relation to the victim",
    ),
    _choice("abuse_when", WHEN, "When the abuse or violence happened"),
    _choice("weapon_when", WHEN, "When the weapon was used or threatened"),
    _choice("strangulation_when", WHEN, "When the strangulation or choking happened"),
    _choice("threat_to_kill_when", WHEN, "When the threat to kill was made"),
    _choice("sexual_assault_when", WHEN, "When the sexual assault happened"),
    _choice(
        "suspect_location",
        ("present", "outside_or_nearby", "on_the_way", "left", "in_custody", "unknown"),
        "Where the suspect is now",
    ),
    _choice("suspect_returning", YES_NO_UNKNOWN, "Suspect likely to come back"),
    _choice("suspect_contacting_now", YES_NO_UNKNOWN, "Suspect contacting the victim now"),
    _choice("pregnant_or_new_baby", YES_NO_UNKNOWN, "Victim pregnant or with a new baby"),
    _choice("suspect_suicide_threat", YES_NO_UNKNOWN, "Suspect threatening suicide"),
    _choice(
        "firearms_access", YES_NO_UNKNOWN, "Suspect has access to firearms or a licensed weapon"
    ),
    _choice("separation", YES_NO_UNKNOWN, "Recent or planned separation"),
    _choice("children_live_there", YES_NO_UNKNOWN, "Children live at the address"),
    _choice("children_taken", YES_NO_UNKNOWN, "Children elsewhere or taken by the suspect"),
    _choice("victim_16_or_17", YES_NO_UNKNOWN, "Victim aged 16 or 17"),
    FactSpec(
        "barriers",
        "list",
        ("language", "disability", "immigration"),
        "Barriers to reporting or being heard",
    ),
    # Issue 16: what the handler hears on an open line where nobody speaks (the listening
    # checklist of a silent call); "nothing" is silence only.
    FactSpec("heard_on_line", "list", HEARD_ON_LINE, "Heard on the open line, nobody speaking"),
)


CANONICAL: Mapping[str, FactSpec] = MappingProxyType({spec.id: spec for spec in _SPECS})


class FactCatalogue:
    """The facts a script or policy may use: the canonical ones plus its own declared ones."""

    def __init__(self, extra: Iterable[FactSpec] = ()) -> None:
        specs = dict(CANONICAL)
        for spec in extra:
            if spec.id in specs:
                raise BadInput(f"Fact {spec.id!r} is already defined; choose another id.")
            specs[spec.id] = spec
        self._specs: Mapping[str, FactSpec] = MappingProxyType(specs)

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._specs

    def __getitem__(self, fact_id: str) -> FactSpec:
        return self._specs[fact_id]

    def get(self, fact_id: str) -> FactSpec | None:
        return self._specs.get(fact_id)

    def ids(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def spec(self, fact_id: object) -> FactSpec:
        if not isinstance(fact_id, str) or fact_id not in self._specs:
            known = ", ".join(self._specs)
            raise BadInput(f"Unknown fact {fact_id!r}: the known facts are {known}.")
        return self._specs[fact_id]


CANONICAL_CATALOGUE = FactCatalogue()


def is_canonical(fact_id: str) -> bool:
    return fact_id in CANONICAL


@dataclass(frozen=True, init=False)
class Facts:
    """Canonical answers by fact id, validated and immutable; what the grading policy reads.

    A list fact is a tuple in canonical order. An empty list is a real answer ("none of
    these"); an absent fact (or None) is unanswered. Script-local facts are not Facts:
    a Conversation keeps them beside.
    """

    _values: Mapping[str, FactValue]

    def __init__(self, values: Mapping[str, object] | None = None) -> None:
        checked: dict[str, FactValue] = {}
        for fact_id, value in (values or {}).items():
            if value is None:
                continue
            checked[fact_id] = CANONICAL_CATALOGUE.spec(fact_id).check(value)
        object.__setattr__(self, "_values", MappingProxyType(dict(sorted(checked.items()))))

    @classmethod
    def from_json(cls, document: object) -> Facts:
        """Canonical facts from a JSON object (``callhandler assess --answers``)."""
        if not isinstance(document, dict):
            raise BadInput(
                "The answers must be a JSON object of fact ids and values, e.g. "
                '{"relationship": "intimate_partner", "weapon": "yes"}.'
            )
        return cls(document)

    def get(self, fact_id: str) -> FactValue | None:
        return self._values.get(fact_id)

    def __getitem__(self, fact_id: str) -> FactValue:
        return self._values[fact_id]

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return hash(tuple(self._values.items()))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Facts) and dict(self._values) == dict(other._values)

    def __repr__(self) -> str:
        return f"Facts({dict(self._values)!r})"

    def items(self) -> Iterator[tuple[str, FactValue]]:
        return iter(self._values.items())

    def has(self, fact_id: str, value: str) -> bool:
        """The fact equals ``value``, or (for a list fact) contains it."""
        current = self._values.get(fact_id)
        if isinstance(current, tuple):
            return value in current
        return current == value

    def with_value(self, fact_id: str, value: object) -> Facts:
        return Facts({**self._values, fact_id: value})

    def without(self, fact_id: str) -> Facts:
        return Facts({k: v for k, v in self._values.items() if k != fact_id})

    def to_json(self) -> dict[str, str | list[str]]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self._values.items()}

"""Triage scripts as data: questions, answer keys, branching, hand-over; loaded and checked.

A script (``resources/scripts/*.yaml``) is refused whole when any part is wrong: the error
names the file, the line and the problem. What is checked beyond the JSON Schema: every
fact exists (canonical, or declared by the script without reusing a canonical id), the
question type fits the fact, option values are allowed for the fact, keys and values are
unique within a question, question ids are unique, one question per fact, ``show_if``
mentions only known questions and facts, and no question's visibility depends on itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from callhandler.domain import condition_parsing, conditions
from callhandler.domain.datafiles import Document, Problems, load_document, resource, shipped
from callhandler.domain.facts import CANONICAL, YES_NO_UNKNOWN, FactCatalogue, FactSpec
from callhandler.errors import BadInput

QuestionType = Literal["single", "multiple", "yes_no_unknown", "text", "date"]
DEFAULT_YES_NO = (("y", "Yes", "yes"), ("n", "No", "no"), ("u", "Not known", "unknown"))
_KIND_FOR_TYPE = {
    "single": "choice",
    "yes_no_unknown": "choice",
    "multiple": "list",
    "text": "text",
    "date": "date",
}


@dataclass(frozen=True)
class Option:
    key: str  # what the handler presses: a digit or a letter
    label: str
    value: str


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help: str
    type: QuestionType
    fact: str
    mandatory: bool
    section: str
    options: tuple[Option, ...]
    show_if: conditions.Condition | None
    line: int | None

    def option_for_key(self, key: str) -> Option | None:
        wanted = key.strip().lower()
        return next((o for o in self.options if o.key == wanted), None)


@dataclass(frozen=True)
class Handover:
    to: str
    when: conditions.Condition
    text: str


@dataclass(frozen=True)
class Script:
    """A validated script; questions in asking order (by section, then as written)."""

    id: str
    version: int
    title: str
    description: str
    sections: tuple[str, ...]
    questions: tuple[Question, ...]
    catalogue: FactCatalogue
    handover: Handover | None
    source: str

    def question(self, question_id: str) -> Question:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise BadInput(f"Script {self.id!r} has no question {question_id!r}.")

    def question_for_fact(self, fact_id: str) -> Question | None:
        return next((q for q in self.questions if q.fact == fact_id), None)

    @property
    def local_facts(self) -> tuple[FactSpec, ...]:
        return tuple(self.catalogue[f] for f in self.catalogue.ids() if f not in CANONICAL)


def _local_facts(document: Document, problems: Problems) -> list[FactSpec]:
    specs: list[FactSpec] = []
    seen: set[str] = set()
    for i, raw in enumerate(document.data.get("facts", [])):
        path = ("facts", i)
        fact_id, kind = raw["id"], raw["type"]
        values = tuple(raw.get("values", ()))
        if fact_id in CANONICAL:
            problems.add(
                (*path, "id"), f"{fact_id!r} is a canonical fact: a script may not redefine it"
            )
            continue
        if fact_id in seen:
            problems.add((*path, "id"), f"fact {fact_id!r} is declared twice")
            continue
        if (kind in ("choice", "list")) != bool(values):
            problems.add(
                path,
                f"a {kind} fact {'needs' if kind in ('choice', 'list') else 'takes no'} values",
            )
            continue
        if len(set(values)) != len(values):
            problems.add((*path, "values"), "a value is listed twice")
            continue
        seen.add(fact_id)
        specs.append(FactSpec(fact_id, kind, values, raw.get("label", "")))
    return specs


def _options(
    raw: dict[str, Any], path: tuple[Any, ...], spec: FactSpec, problems: Problems
) -> tuple[Option, ...]:
    qtype = raw["type"]
    given = raw.get("options")
    if qtype in ("text", "date"):
        if given:
            problems.add((*path, "options"), f"a {qtype} question has no options")
        return ()
    if given is None:
        if qtype == "yes_no_unknown":
            return tuple(Option(k, label, v) for k, label, v in DEFAULT_YES_NO)
        problems.add(path, f"a {qtype} question needs options")
        return ()
    options: list[Option] = []
    keys: dict[str, int] = {}
    values: dict[str, int] = {}
    for j, item in enumerate(given):
        where = (*path, "options", j)
        key = str(item["key"]).lower()
        if key in keys:
            problems.add(
                (*where, "key"),
                f"key {key!r} is used twice in question {raw['id']!r} (options {keys[key] + 1} and {j + 1})",
            )
        if item["value"] in values:
            problems.add(
                (*where, "value"),
                f"value {item['value']!r} is offered twice in question {raw['id']!r}",
            )
        if item["value"] not in spec.values:
            problems.add(
                (*where, "value"),
                f"{item['value']!r} is not a value of fact {spec.id!r} (allowed: {', '.join(spec.values)})",
            )
        keys.setdefault(key, j)
        values.setdefault(item["value"], j)
        options.append(Option(key, item["label"], item["value"]))
    if qtype == "yes_no_unknown" and not set(values) <= set(YES_NO_UNKNOWN):
        problems.add(
            (*path, "options"), "a yes_no_unknown question offers only yes, no and unknown"
        )
    return tuple(options)


def _check_fact_fits(
    raw: dict[str, Any], path: tuple[Any, ...], spec: FactSpec, problems: Problems
) -> bool:
    wanted = _KIND_FOR_TYPE[raw["type"]]
    if spec.kind != wanted:
        problems.add(
            (*path, "type"),
            f"fact {spec.id!r} is a {spec.kind}; a {raw['type']} question cannot answer it",
        )
        return False
    if raw["type"] == "yes_no_unknown" and set(spec.values) != set(YES_NO_UNKNOWN):
        problems.add(
            (*path, "type"), f"fact {spec.id!r} is not yes/no/unknown: use a single question"
        )
        return False
    return True


def _find_cycle(depends: Mapping[str, set[str]]) -> list[str] | None:
    """A cycle in the question -> questions-it-depends-on graph, if there is one."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(depends.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in depends:
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def build_script(document: Document) -> Script:
    """Semantic checks over a schema-valid document; raises DataFileError on any problem."""
    data = document.data
    problems = Problems()
    local = _local_facts(document, problems)
    catalogue = FactCatalogue(local)
    sections = tuple(data["sections"])
    if len(set(sections)) != len(sections):
        problems.add(("sections",), "a section is listed twice")
    question_facts: dict[str, str] = {}
    fact_question: dict[str, str] = {}
    prepared: list[tuple[int, dict[str, Any], FactSpec | None, tuple[Option, ...]]] = []
    for i, raw in enumerate(data["questions"]):
        path = ("questions", i)
        qid = raw["id"]
        if qid in question_facts:
            problems.add((*path, "id"), f"question id {qid!r} is used twice")
        spec = catalogue.get(raw["fact"])
        if spec is None:
            problems.add(
                (*path, "fact"),
                f"unknown fact {raw['fact']!r}: use a canonical fact or declare it under 'facts'",
            )
        elif raw["fact"] in fact_question:
            problems.add(
                (*path, "fact"),
                f"fact {raw['fact']!r} is already asked by question {fact_question[raw['fact']]!r}",
            )
        if raw["section"] not in sections:
            problems.add(
                (*path, "section"), f"section {raw['section']!r} is not listed under 'sections'"
            )
        options: tuple[Option, ...] = ()
        if spec is not None and _check_fact_fits(raw, path, spec, problems):
            options = _options(raw, path, spec, problems)
        question_facts.setdefault(qid, raw["fact"])
        fact_question.setdefault(raw["fact"], qid)
        prepared.append((i, raw, spec, options))

    grammar = condition_parsing.Grammar(catalogue, question_facts=question_facts)
    questions: list[Question] = []
    depends: dict[str, set[str]] = {}
    for i, raw, _spec, options in prepared:
        show_if = None
        if "show_if" in raw:
            show_if = condition_parsing.parse(
                raw["show_if"], ("questions", i, "show_if"), grammar, problems
            )
            if show_if is not None:
                depends[raw["id"]] = {
                    fact_question[f] for f in show_if.facts() if f in fact_question
                }
        questions.append(
            Question(
                id=raw["id"],
                text=raw["text"].strip(),
                help=raw["help"].strip(),
                type=raw["type"],
                fact=raw["fact"],
                mandatory=raw["mandatory"],
                section=raw["section"],
                options=options,
                show_if=show_if,
                line=document.line_of(("questions", i)),
            )
        )
    cycle = _find_cycle(depends)
    if cycle:
        index = next(i for i, raw in enumerate(data["questions"]) if raw["id"] == cycle[0])
        problems.add(
            ("questions", index, "show_if"), "show_if goes round in a circle: " + " -> ".join(cycle)
        )

    handover = None
    if "handover" in data:
        raw_handover = data["handover"]
        when = condition_parsing.parse(
            raw_handover["when"], ("handover", "when"), grammar, problems
        )
        if when is not None:
            handover = Handover(raw_handover["to"], when, raw_handover["text"])
        if raw_handover["to"] == data["id"]:
            problems.add(("handover", "to"), "a script cannot hand over to itself")
    document.check(problems)
    order = {name: n for n, name in enumerate(sections)}
    ordered = sorted(questions, key=lambda q: order[q.section])  # stable: file order within
    return Script(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        description=data.get("description", ""),
        sections=sections,
        questions=tuple(ordered),
        catalogue=catalogue,
        handover=handover,
        source=document.source,
    )


def load_script_file(path: Path | Traversable, source: str | None = None) -> Script:
    """Load and check one script file; DataFileError (BadInput) names file and line."""
    return build_script(load_document(path, "script", source))


@cache
def shipped_script(script_id: str) -> Script:
    """A script shipped in ``resources/scripts/`` by id (the file is ``ID.yaml``)."""
    if not script_id.replace("_", "").isalnum():
        raise BadInput(f"{script_id!r} is not a script id.")
    item = resource("scripts", f"{script_id}.yaml")
    if not item.is_file():
        raise BadInput(f"No script {script_id!r} is installed.")
    script = load_script_file(item, f"resources/scripts/{script_id}.yaml")
    if script.id != script_id:
        raise BadInput(f"resources/scripts/{script_id}.yaml declares id {script.id!r}; rename one.")
    return script


def shipped_script_ids() -> tuple[str, ...]:
    return tuple(item.name.removesuffix(".yaml") for item in shipped("scripts"))

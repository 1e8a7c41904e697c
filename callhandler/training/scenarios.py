"""Training scenarios as data: what the caller says when asked, the history, what is expected.

A scenario (``resources/training/*.yaml``) is refused whole when any part is wrong; the
error names the file, the line and the problem. Beyond the JSON Schema it checks that every
answer is a value its fact allows, that the scenario's script asks each fact, and that every
mandatory question the call opens has an answer. A yes/no question the scenario does not
list is answered "no" and a free-text one "not known" (the caller's defaults), so a scenario
lists only what matters to its teaching point. Whether the expected grade is what the
policy recommends is checked by running the real recommender (``training run --reference``
and the test suite), never here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from callhandler.domain.conversation import Conversation
from callhandler.domain.datafiles import Document, Problems, load_document, resource, shipped
from callhandler.domain.facts import FactValue
from callhandler.domain.scripts import Question, Script, shipped_script
from callhandler.errors import BadInput

DEFAULT_SCRIPT = "domestic_abuse"
# What the caller says to a question the scenario does not list, by question type.
DEFAULT_REPLY: Mapping[str, tuple[FactValue, str]] = MappingProxyType(
    {"yes_no_unknown": ("no", "No."), "text": ("Not known", "I don't know.")}
)
DEFAULT_BY_FACT: Mapping[str, tuple[FactValue, str]] = MappingProxyType(
    {"injury": ("none", "Nobody's hurt."), "coercive_behaviours": ((), "No, nothing like that.")}
)
KEYPRESS = {"yes": "One press on the keypad (yes).", "no": "Two presses on the keypad (no)."}


@dataclass(frozen=True)
class CallerLine:
    """What the caller says when asked about one fact, and the answer it gives."""

    fact: str
    answer: FactValue
    says: str
    listed: bool  # written in the scenario (False: the caller's default)


@dataclass(frozen=True)
class HistoryItem:
    """An earlier incident the number or address carries, loaded into the training database."""

    ref: str
    days_ago: int
    on: str
    category: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    children_present: bool
    victim_name: str
    victim_dob: str
    suspect_name: str
    suspect_dob: str
    markers: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class Expected:
    grade: int
    domestic_abuse: bool
    dash_required: bool
    marac_consideration: bool
    officers: int
    flags: tuple[str, ...]


@dataclass(frozen=True)
class Scenario:
    """A validated training call. ``lines`` cover every question the reference call asks."""

    id: str
    version: int
    title: str
    source: str
    script_id: str
    phone: str
    address: str
    postcode: str
    caller_name: str
    opening: str
    keypress_only: bool
    lines: Mapping[str, CallerLine]
    history: tuple[HistoryItem, ...]
    expected: Expected
    teaching_point: str
    read: tuple[str, ...]
    file: str

    @property
    def script(self) -> Script:
        return shipped_script(self.script_id)

    def reply(self, question: Question) -> str:
        """What the caller says to this question (the trainee reads it on the caller panel)."""
        line = self.lines.get(question.fact)
        if line is not None:
            return line.says
        if question.fact == "call_type":
            return "(The line is quiet.)" if self.keypress_only else f"(Talking) “{self.opening}”"
        if question.fact == "incident_account":
            return self.opening
        if self.keypress_only and question.type == "yes_no_unknown":
            return KEYPRESS["no"]
        if self.keypress_only:
            return "Silence. The caller can only press keys for yes or no."
        return "I don't know."

    def reference_conversation(self) -> Conversation:
        """The call as a model handler takes it: every question the answers open, answered."""
        conversation = Conversation.start(self.script)
        for question in self.script.questions:
            line = self.lines.get(question.fact)
            if line is not None:
                conversation = conversation.answer(question.id, line.answer)
        return conversation

    def reference_answers(self) -> dict[str, Any]:
        """Question id -> answer, as ``training run --answers`` takes them."""
        return {
            a.question_id: list(a.value) if isinstance(a.value, tuple) else a.value
            for a in self.reference_conversation().visible_answers
        }


def _lines(document: Document, script: Script, problems: Problems) -> dict[str, CallerLine]:
    lines: dict[str, CallerLine] = {}
    for fact, raw in document.data["caller"].items():
        path = ("caller", fact)
        question = script.question_for_fact(fact)
        if question is None:
            problems.add(
                path, f"script {script.id!r} never asks {fact!r}: the caller cannot say it"
            )
            continue
        value = raw["answer"]
        try:
            checked = script.catalogue[fact].check(value)
            Conversation.start(script).answer(question.id, checked)
        except BadInput as exc:
            problems.add((*path, "answer"), str(exc))
            continue
        lines[fact] = CallerLine(fact, checked, raw["says"].strip(), True)
    return lines


def _fill_defaults(
    script: Script, lines: dict[str, CallerLine], keypress_only: bool, problems: Problems
) -> None:
    """Give the caller's default to each mandatory question the call opens and nobody listed."""
    for _ in range(len(script.questions)):
        conversation = Conversation.start(script)
        for question in script.questions:
            if question.fact in lines:
                conversation = conversation.answer(question.id, lines[question.fact].answer)
        missing = conversation.open_mandatory
        if not missing:
            return
        for question in missing:
            default = DEFAULT_BY_FACT.get(question.fact) or DEFAULT_REPLY.get(question.type)
            if default is None:
                problems.add(
                    ("caller",),
                    f"the call asks {question.id!r} ({question.fact}) and the caller has no "
                    f"answer: add {question.fact!r} under 'caller'",
                )
                return
            value, says = default
            if keypress_only and question.type == "yes_no_unknown":
                says = KEYPRESS["no"]
            lines[question.fact] = CallerLine(question.fact, value, says, False)


def _check_asked(script: Script, lines: dict[str, CallerLine], problems: Problems) -> None:
    """Every listed answer must be one the call asks (not hidden by another answer)."""
    conversation = Conversation.start(script)
    for question in script.questions:
        if question.fact in lines:
            conversation = conversation.answer(question.id, lines[question.fact].answer)
    for fact, line in lines.items():
        asked = script.question_for_fact(fact)
        if line.listed and asked is not None and not conversation.is_visible(asked.id):
            problems.add(
                ("caller", fact),
                f"{asked.id!r} is never asked in this call (the other answers hide it): "
                f"remove {fact!r} or change the answer that hides it",
            )


def _history(document: Document) -> tuple[HistoryItem, ...]:
    return tuple(
        HistoryItem(
            ref=raw["ref"],
            days_ago=raw["days_ago"],
            on=raw.get("on", "phone_and_address"),
            category=raw["category"],
            domestic_abuse=raw["domestic_abuse"],
            grade=raw.get("grade"),
            risk_level=raw.get("risk_level", "none"),
            children_present=raw.get("children_present", False),
            victim_name=raw.get("victim_name", ""),
            victim_dob=raw.get("victim_dob", ""),
            suspect_name=raw.get("suspect_name", ""),
            suspect_dob=raw.get("suspect_dob", ""),
            markers=tuple(raw.get("markers", ())),
            summary=raw["summary"].strip(),
        )
        for raw in document.data.get("history", ())
    )


def build_scenario(document: Document) -> Scenario:
    """Semantic checks over a schema-valid document; DataFileError names file and line."""
    data = document.data
    problems = Problems()
    script_id = data.get("script", DEFAULT_SCRIPT)
    try:
        script = shipped_script(script_id)
    except BadInput as exc:
        problems.add(("script",), str(exc))
        document.check(problems)
        raise
    lines = _lines(document, script, problems)
    keypress_only = bool(data["call"].get("keypress_only", False))
    if not problems:
        _fill_defaults(script, lines, keypress_only, problems)
    if not problems:
        _check_asked(script, lines, problems)
    refs = [raw["ref"] for raw in data.get("history", ())]
    if len(set(refs)) != len(refs):
        problems.add(("history",), "an incident ref is listed twice")
    document.check(problems)
    expect = data["expect"]
    call = data["call"]
    return Scenario(
        id=data["id"],
        version=data["version"],
        title=data["title"].strip(),
        source=data["source"].strip(),
        script_id=script_id,
        phone=call["phone"],
        address=call["address"],
        postcode=call["postcode"],
        caller_name=call.get("caller_name", ""),
        opening=call["opening"].strip(),
        keypress_only=keypress_only,
        lines=MappingProxyType(lines),
        history=_history(document),
        expected=Expected(
            grade=expect["grade"],
            domestic_abuse=expect["domestic_abuse"],
            dash_required=expect["dash_required"],
            marac_consideration=expect.get("marac_consideration", False),
            officers=expect["officers"],
            flags=tuple(sorted(expect["flags"])),
        ),
        teaching_point=" ".join(data["teaching_point"].split()),
        read=tuple(data["read"]),
        file=document.source,
    )


def load_scenario_file(path: Path | Traversable, source: str | None = None) -> Scenario:
    """Load and check one scenario file; DataFileError (BadInput) names file and line."""
    return build_scenario(load_document(path, "training", source))


@cache
def shipped_scenarios() -> tuple[Scenario, ...]:
    """Every scenario in ``resources/training/``, by file name; ids must be unique."""
    found: dict[str, Scenario] = {}
    for item in shipped("training"):
        scenario = load_scenario_file(item, f"resources/training/{item.name}")
        if scenario.id in found:
            raise BadInput(
                f"resources/training/{item.name}: id {scenario.id!r} is already used by "
                f"{found[scenario.id].file}; give each scenario its own id."
            )
        found[scenario.id] = scenario
    return tuple(found.values())


def find_scenario(name: str) -> Scenario:
    """A shipped scenario by id, or a scenario file by path; BadInput says what exists."""
    path = Path(name)
    if name.endswith((".yaml", ".yml")) and path.is_file():
        return load_scenario_file(path)
    for scenario in shipped_scenarios():
        if scenario.id == name:
            return scenario
    known = ", ".join(s.id for s in shipped_scenarios())
    raise BadInput(
        f"No training scenario {name!r}: give a scenario id ({known}) or a scenario file."
    )


def scenario_resource(filename: str) -> Traversable:
    return resource("training", filename)

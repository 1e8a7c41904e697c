"""A call's way through a triage script: answers in any order, branching, open questions.

``Conversation`` is immutable: ``answer``, ``press``, ``clear`` and ``hand_over`` return a
new one, so the window can keep the previous state for undo and a worker can read it
safely. An answer to a question that a closed branch now hides is kept (the handler may
reopen the branch) but does not count as a fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any, Literal

from callhandler.domain import conditions
from callhandler.domain.facts import CANONICAL, Facts, FactValue
from callhandler.domain.scripts import Question, Script
from callhandler.errors import BadInput


@dataclass(frozen=True)
class Answer:
    """One answer, with the script and version that asked it (stored with the incident)."""

    question_id: str
    fact: str
    value: FactValue
    script_id: str
    script_version: int
    answered_at: dt.datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "question_id": self.question_id,
            "fact": self.fact,
            "value": list(self.value) if isinstance(self.value, tuple) else self.value,
            "script_id": self.script_id,
            "script_version": self.script_version,
            "answered_at": self.answered_at.isoformat(),
        }


Mode = Literal["normal", "cannot_speak", "listening"]
# What a caller who cannot speak presses on their phone for "yes" (the card says so).
CALLER_YES_KEY = "5"
# Free-text facts that hold the caller's account: each starts from the account typed once
# (the new-call form's "What the caller says", or another of these already answered).
ACCOUNT_FACTS = ("incident_account", "callers_words")


@dataclass(frozen=True)
class Prompt:
    """One yes/no question put to a caller who cannot speak: a yes records ``value``."""

    text: str
    value: str


def yes_no_prompts(question: Question) -> tuple[Prompt, ...]:
    """A choice question as yes/no prompts, asked one at a time (cannot-speak mode).

    A yes/no question is one prompt (a no records "no"); a single or multiple choice asks
    each option in turn, leaving out "not known" (what a no to every option records, when
    the question offers it). Text and date questions have none.
    """
    if question.type == "yes_no_unknown":
        return (Prompt(question.text, "yes"),)
    return tuple(
        Prompt(f"{question.text} — {option.label}?", option.value)
        for option in question.options
        if option.value != "unknown"
    )


def _now(at: dt.datetime | None) -> dt.datetime:
    return at or dt.datetime.now(dt.UTC)


def _empty() -> Mapping[str, Answer]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Conversation:
    """The answers given so far in one script, plus those carried from an earlier script.

    ``answers`` are by question id; ``carried`` are by fact id (facts the earlier script
    asked and this one does not). Thread rules: immutable, safe to share.
    """

    script: Script
    answers: Mapping[str, Answer] = field(default_factory=_empty)
    carried: Mapping[str, Answer] = field(default_factory=_empty)

    @classmethod
    def start(cls, script: Script, previous: Conversation | None = None) -> Conversation:
        """A new conversation; answers from ``previous`` that this script asks are filled in."""
        if previous is None:
            return cls(script)
        answers: dict[str, Answer] = {}
        carried: dict[str, Answer] = {}
        earlier = [*previous.carried.values(), *previous.visible_answers]
        for answer in earlier:
            question = script.question_for_fact(answer.fact)
            if question is not None and _fits(question, answer.value):
                answers[question.id] = answer
            else:
                carried[answer.fact] = answer
        return cls(script, MappingProxyType(answers), MappingProxyType(carried))

    # -- changing answers -------------------------------------------------------------

    def answer(
        self, question_id: str, value: object, *, at: dt.datetime | None = None
    ) -> Conversation:
        """Give or change the answer to a question (in any order); BadInput if not allowed."""
        question = self.script.question(question_id)
        checked = _check(question, self.script, value)
        answer = Answer(
            question.id, question.fact, checked, self.script.id, self.script.version, _now(at)
        )
        return self._with({**self.answers, question.id: answer})

    def press(self, question_id: str, key: str, *, at: dt.datetime | None = None) -> Conversation:
        """The handler pressed an option's key: choose it, or toggle it in a multiple choice."""
        question = self.script.question(question_id)
        option = question.option_for_key(key)
        if option is None:
            keys = (
                ", ".join(f"{o.key} {o.label}" for o in question.options)
                or "none (type the answer)"
            )
            raise BadInput(f"Key {key!r} is not an answer to {question.id!r}: keys are {keys}.")
        if question.type != "multiple":
            return self.answer(question_id, option.value, at=at)
        current = self.answers.get(question_id)
        chosen = (
            list(current.value) if current is not None and isinstance(current.value, tuple) else []
        )
        if option.value in chosen:
            chosen.remove(option.value)
        else:
            chosen.append(option.value)
        return self.answer(question_id, chosen, at=at)

    def answer_yes_no(
        self, question_id: str, step: int, yes: bool, *, at: dt.datetime | None = None
    ) -> tuple[Conversation, int | None]:
        """Cannot-speak mode: the caller pressed for yes (or did not) to prompt ``step``.

        Returns the conversation and the next prompt of this question to ask, or None when
        the question is done: a yes/no question at once; a single choice at its first yes
        (a no to every option records "not known" where offered, else leaves it open); a
        multiple choice after its last option (each yes added; a no to all records none).
        """
        question = self.script.question(question_id)
        prompts = yes_no_prompts(question)
        if not 0 <= step < len(prompts):
            raise BadInput(f"{question.id!r} has no yes/no prompt {step + 1}.")
        value = prompts[step].value
        if question.type == "yes_no_unknown":
            return self.answer(question_id, "yes" if yes else "no", at=at), None
        if question.type == "single":
            if yes:
                return self.answer(question_id, value, at=at), None
            if step + 1 < len(prompts):
                return self, step + 1
            offered = {o.value for o in question.options}
            return (
                self.answer(question_id, "unknown", at=at) if "unknown" in offered else self
            ), None
        current = self.answers.get(question_id)
        earlier = current.value if current is not None and step > 0 else ()
        chosen = list(earlier) if isinstance(earlier, tuple) else []
        if yes and value not in chosen:
            chosen.append(value)
        last = step + 1 >= len(prompts)
        if chosen or last:
            changed = self.answer(question_id, chosen, at=at)
        elif current is not None:  # a fresh walk through the options: the old answer goes
            changed = self.clear(question_id)
        else:
            changed = self
        return changed, None if last else step + 1

    def clear(self, question_id: str) -> Conversation:
        """Take back an answer: the question is open again."""
        self.script.question(question_id)
        return self._with({k: v for k, v in self.answers.items() if k != question_id})

    def hand_over(self, script: Script) -> Conversation:
        """Continue in ``script`` (e.g. first contact -> domestic abuse), keeping the answers."""
        return Conversation.start(script, previous=self)

    def _with(self, answers: dict[str, Answer]) -> Conversation:
        return Conversation(self.script, MappingProxyType(answers), self.carried)

    # -- what the panes show ----------------------------------------------------------

    @cached_property
    def _state(self) -> tuple[frozenset[str], dict[str, FactValue]]:
        """Visible question ids and the fact values that count, evaluated in branch order."""
        values: dict[str, FactValue] = {
            a.fact: a.value for a in self.carried.values() if a.fact in self.script.catalogue
        }
        visible: set[str] = set()
        pending = list(self.script.questions)
        # A question's show_if only names facts of questions it depends on (checked at load,
        # no cycles), so deciding those first settles every question in a few passes.
        asked_facts = {q.fact for q in self.script.questions}
        decided: set[str] = set()
        while pending:
            progress = False
            for question in list(pending):
                needed = question.show_if.facts() & asked_facts if question.show_if else frozenset()
                if not needed <= decided:
                    continue
                pending.remove(question)
                decided.add(question.fact)
                progress = True
                shown = question.show_if is None or (
                    question.show_if.evaluate(conditions.Context(values)) is not None
                )
                if shown:
                    visible.add(question.id)
                    given = self.answers.get(question.id)
                    if given is not None:
                        values[question.fact] = given.value
            assert progress, "script dependency cycle slipped past the loader"
        return frozenset(visible), values

    @property
    def visible_questions(self) -> tuple[Question, ...]:
        shown = self._state[0]
        return tuple(q for q in self.script.questions if q.id in shown)

    def is_visible(self, question_id: str) -> bool:
        return question_id in self._state[0]

    @property
    def visible_answers(self) -> tuple[Answer, ...]:
        shown = self._state[0]
        return tuple(
            self.answers[q.id]
            for q in self.script.questions
            if q.id in shown and q.id in self.answers
        )

    @property
    def hidden_answers(self) -> tuple[Answer, ...]:
        """Answers kept but not counted, because a branch that asked them has closed."""
        shown = self._state[0]
        return tuple(
            self.answers[q.id]
            for q in self.script.questions
            if q.id not in shown and q.id in self.answers
        )

    @property
    def mode(self) -> Mode:
        """How the questions are put: "listening" on a line open with nobody speaking,
        "cannot_speak" (yes/no key presses) when the caller cannot speak freely."""
        values = self._state[1]
        if values.get("call_type") == "silent":
            return "listening"
        if values.get("caller_can_speak_freely") == "no":
            return "cannot_speak"
        return "normal"

    def is_mandatory(self, question: Question) -> bool:
        """Mandatory now: a caller who cannot speak is never made to give a free-text account."""
        if question.type in ("text", "date") and self.mode == "cannot_speak":
            return False
        return question.mandatory

    def suggested_text(self, question: Question, typed_account: str = "") -> str:
        """What a free-text question starts from: for an account question, the account
        already typed (another account answer first, else the form's); otherwise nothing."""
        if question.fact not in ACCOUNT_FACTS:
            return ""
        values = {a.fact: a.value for a in (*self.carried.values(), *self.visible_answers)}
        for fact in ACCOUNT_FACTS:
            given = values.get(fact)
            if fact != question.fact and isinstance(given, str) and given:
                return given
        return typed_account.strip()

    @property
    def open_mandatory(self) -> tuple[Question, ...]:
        return tuple(
            q for q in self.visible_questions if self.is_mandatory(q) and q.id not in self.answers
        )

    @property
    def next_question(self) -> Question | None:
        """First unanswered visible question in asking order (immediate safety comes first)."""
        return next((q for q in self.visible_questions if q.id not in self.answers), None)

    @property
    def complete(self) -> bool:
        return not self.open_mandatory

    @cached_property
    def facts(self) -> Facts:
        """The canonical facts the grading policy reads."""
        return Facts({k: v for k, v in self._state[1].items() if k in CANONICAL})

    @property
    def local_values(self) -> Mapping[str, FactValue]:
        """The script's own facts (codeword, caller's words, ...) that currently count."""
        return MappingProxyType({k: v for k, v in self._state[1].items() if k not in CANONICAL})

    @property
    def handover(self) -> str | None:
        """The id of the script to continue in, when the answers call for it."""
        rule = self.script.handover
        if rule is None or rule.when.evaluate(conditions.Context(self._state[1])) is None:
            return None
        return rule.to

    @property
    def all_answers(self) -> tuple[Answer, ...]:
        """Everything given, carried and hidden included, for storage."""
        ordered = [self.answers[q.id] for q in self.script.questions if q.id in self.answers]
        return (*self.carried.values(), *ordered)


def _fits(question: Question, value: FactValue) -> bool:
    try:
        _option_values(question, value)
    except BadInput:
        return False
    return True


def _option_values(question: Question, value: object) -> None:
    allowed = [o.value for o in question.options]
    wrong = (
        [value]
        if isinstance(value, str)
        else list(value)
        if isinstance(value, list | tuple)
        else [value]
    )
    bad = [v for v in wrong if v not in allowed]
    if bad:
        choices = ", ".join(f"{o.key}={o.value}" for o in question.options)
        raise BadInput(f"{bad[0]!r} is not an answer to {question.id!r}: choose from {choices}.")


def _check(question: Question, script: Script, value: object) -> FactValue:
    spec = script.catalogue[question.fact]
    if question.type == "multiple" and isinstance(value, str):
        raise BadInput(f"{question.id!r} takes a list of answers, not {value!r}.")
    checked = spec.check(value)
    if question.options:
        _option_values(question, checked)
    if question.type == "text" and not checked:
        raise BadInput(f"{question.id!r}: type the answer, or clear it instead.")
    return checked

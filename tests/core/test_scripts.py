"""Triage scripts: the shipped ones load; broken ones are refused with file and line; the
conversation answers in any order, branches, tracks open questions and hands over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from callhandler.domain.conversation import Conversation
from callhandler.domain.datafiles import DataFileError, resource
from callhandler.domain.facts import CANONICAL
from callhandler.domain.scripts import load_script_file, shipped_script, shipped_script_ids
from callhandler.errors import BadInput

AT = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
SAFETY_FACTS = [
    "caller_can_speak_freely",
    "suspect_present",
    "weapon",
    "injury",
    "strangulation",
    "threat_to_kill",
    "children_present",
    "vulnerable_adult_present",
]


def first_contact() -> Conversation:
    return Conversation.start(shipped_script("first_contact"))


def domestic_abuse() -> Conversation:
    return Conversation.start(shipped_script("domestic_abuse"))


# -- shipped scripts --------------------------------------------------------------------


def test_both_shipped_scripts_load_and_hand_over_to_a_shipped_script() -> None:
    assert set(shipped_script_ids()) >= {"first_contact", "domestic_abuse"}
    for script_id in shipped_script_ids():
        script = shipped_script(script_id)
        assert script.id == script_id and script.version >= 1
        for question in script.questions:
            assert question.text and question.help, question.id
            assert question.fact in script.catalogue
        if script.handover:
            assert script.handover.to in shipped_script_ids()
    assert shipped_script("first_contact").handover is not None


def test_domestic_abuse_script_asks_immediate_safety_first() -> None:
    script = shipped_script("domestic_abuse")
    first = script.questions[: len(SAFETY_FACTS)]
    assert [q.fact for q in first] == SAFETY_FACTS
    assert {q.section for q in first} == {"Immediate safety"}
    assert all(q.mandatory for q in first)
    codeword = script.question("da_codeword")
    assert codeword.type == "text" and codeword.fact not in CANONICAL and codeword.mandatory


def test_coercive_control_help_text_says_what_it_sounds_like() -> None:
    script = shipped_script("domestic_abuse")
    help_text = (
        script.question("da_coercive_behaviours").help + script.question("da_abuse_types").help
    )
    for phrase in (
        "checks my phone",
        "not allowed to see my sister",
        "takes my wages",
        "what to wear",
    ):
        assert phrase in help_text
    coercive = script.question("da_abuse_types").option_for_key("3")
    assert coercive is not None and coercive.value == "coercive_control"


def test_every_canonical_fact_is_asked_by_some_shipped_script() -> None:
    asked = {q.fact for s in shipped_script_ids() for q in shipped_script(s).questions}
    assert set(CANONICAL) <= asked


# -- broken scripts are refused with file and line ------------------------------------

GOOD = """\
id: tiny
version: 1
title: Tiny
sections: [Immediate safety, Other]
facts:
  - {id: codeword, type: text}
questions:
  - id: q_weapon
    section: Immediate safety
    text: Any weapon?
    help: Knives and the like.
    type: yes_no_unknown
    fact: weapon
    mandatory: true
  - id: q_injury
    section: Immediate safety
    text: Anyone hurt?
    help: Serious means an ambulance.
    type: single
    fact: injury
    mandatory: true
    options:
      - {key: 1, label: Nobody, value: none}
      - {key: 2, label: Minor, value: minor}
      - {key: 3, label: Serious, value: serious}
  - id: q_types
    section: Other
    text: What has happened?
    help: Control counts.
    type: multiple
    fact: abuse_types
    mandatory: true
    options:
      - {key: 1, label: Violence, value: physical}
      - {key: 2, label: Control, value: coercive_control}
  - id: q_behaviours
    section: Other
    text: Which behaviours?
    help: He checks my phone.
    type: multiple
    fact: coercive_behaviours
    mandatory: true
    show_if: {question: q_types, contains: coercive_control}
    options:
      - {key: 1, label: Monitoring, value: monitoring}
  - id: q_codeword
    section: Other
    text: Codeword?
    help: An everyday word.
    type: text
    fact: codeword
    mandatory: false
"""


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def refused(tmp_path: Path, text: str) -> DataFileError:
    path = tmp_path / "broken_script.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_script_file(path)
    assert str(path) in str(err.value)
    assert "refused" in str(err.value)
    return err.value


def test_the_tiny_script_used_below_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(GOOD, encoding="utf-8")
    script = load_script_file(path)
    assert [q.id for q in script.questions][:2] == ["q_weapon", "q_injury"]


@pytest.mark.parametrize(
    ("old", "new", "needle", "words"),
    [
        ("fact: injury\n", "fact: injuries\n", "fact: injuries", "unknown fact 'injuries'"),
        (
            "value: serious}",
            "value: critical}",
            "value: critical",
            "'critical' is not a value of fact 'injury'",
        ),
        (
            "{key: 3, label: Serious",
            "{key: 2, label: Serious",
            "{key: 2, label: Serious",
            "key '2' is used twice",
        ),
        (
            "show_if: {question: q_types,",
            "show_if: {question: q_nothing,",
            "q_nothing",
            "unknown question 'q_nothing'",
        ),
        (
            "contains: coercive_control}",
            "contains: bullying}",
            "bullying",
            "'bullying' is not a value",
        ),
        (
            "  - id: q_injury\n",
            "  - id: q_weapon\n",
            "- id: q_weapon",
            "question id 'q_weapon' is used twice",
        ),
        (
            "type: single\n",
            "type: multiple\n",
            "type: multiple",
            "a multiple question cannot answer it",
        ),
        (
            "mandatory: false",
            "mandatory: sometimes",
            "mandatory: sometimes",
            "'sometimes' is not of type 'boolean'",
        ),
        ("{id: codeword, type: text}", "{id: weapon, type: text}", "{id: weapon", "canonical fact"),
        (
            "section: Other\n",
            "section: Elsewhere\n",
            "Elsewhere",
            "section 'Elsewhere' is not listed",
        ),
        ("    help: Knives and the like.\n", "", "- id: q_weapon", "'help' is a required property"),
    ],
)
def test_a_broken_script_names_the_file_the_line_and_the_problem(
    tmp_path: Path, old: str, new: str, needle: str, words: str
) -> None:
    assert old in GOOD
    text = GOOD.replace(old, new, 1)
    error = refused(tmp_path, text)
    occurrence = 2 if needle == "- id: q_weapon" and "used twice" in words else 1
    assert words in str(error)
    assert error.first_line == line_of(text, needle, occurrence), str(error)
    assert f"line {error.first_line}:" in str(error)


def test_bad_yaml_and_duplicate_yaml_keys_name_their_line(tmp_path: Path) -> None:
    text = GOOD.replace("text: Anyone hurt?", "text: [Anyone hurt?")
    error = refused(tmp_path, text)
    assert "not valid YAML" in str(error)
    assert error.first_line == line_of(text, "text: [Anyone hurt?")

    text = GOOD.replace("    mandatory: false\n", "    mandatory: false\n    mandatory: true\n")
    error = refused(tmp_path, text)
    assert "duplicate key 'mandatory'" in str(error)
    assert error.first_line == len(text.splitlines())  # the repeated key, the last line


def test_a_show_if_cycle_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace(
        "    fact: abuse_types\n    mandatory: true\n",
        "    fact: abuse_types\n    mandatory: true\n"
        "    show_if: {question: q_behaviours, contains: monitoring}\n",
    )
    error = refused(tmp_path, text)
    assert "circle" in str(error) and "q_types -> q_behaviours -> q_types" in str(error)


def test_a_binary_or_empty_file_is_refused(tmp_path: Path) -> None:
    error = refused(tmp_path, "")
    assert "empty" in str(error)
    path = tmp_path / "binary.yaml"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(DataFileError, match="UTF-8"):
        load_script_file(path)


def test_shipped_script_files_are_read_through_package_resources() -> None:
    assert resource("scripts", "domestic_abuse.yaml").is_file()
    with pytest.raises(BadInput, match="No script"):
        shipped_script("no_such_script")


# -- the conversation ---------------------------------------------------------------


def test_answer_in_any_order_change_and_clear() -> None:
    c = domestic_abuse()
    assert c.next_question is not None and c.next_question.id == "da_can_speak"
    c = c.answer("da_abuse_types", ["physical"], at=AT)  # jump ahead
    c = c.answer("da_weapon", "yes", at=AT)
    assert c.facts["weapon"] == "yes" and c.facts["abuse_types"] == ("physical",)
    assert c.next_question is not None and c.next_question.id == "da_can_speak"
    c = c.answer("da_weapon", "no", at=AT)  # change
    assert c.facts["weapon"] == "no"
    c = c.clear("da_weapon")
    assert "weapon" not in c.facts
    assert "da_weapon" in [q.id for q in c.open_mandatory]
    answer = c.answers["da_abuse_types"]
    assert (answer.script_id, answer.script_version, answer.answered_at) == (
        "domestic_abuse",
        1,
        AT,
    )


def test_open_mandatory_questions_shrink_as_answers_come_in() -> None:
    c = domestic_abuse()
    before = len(c.open_mandatory)
    for fact in SAFETY_FACTS:
        question = c.script.question_for_fact(fact)
        assert question is not None
        c = c.answer(question.id, "none" if fact == "injury" else "no")
        assert len(c.open_mandatory) < before
        before = len(c.open_mandatory)
    # suspect not there, caller can't speak: description and codeword no longer asked
    open_ids = {q.id for q in c.open_mandatory}
    assert "da_suspect_description" not in open_ids and "da_codeword" not in open_ids
    assert c.next_question is not None and c.next_question.section != "Immediate safety"


def test_branching_hides_and_shows_and_hidden_answers_do_not_count() -> None:
    c = domestic_abuse()
    assert not c.is_visible("da_coercive_behaviours")
    c = c.press("da_abuse_types", "3")  # coercive control
    assert c.is_visible("da_coercive_behaviours")
    c = c.press("da_coercive_behaviours", "2").press("da_coercive_behaviours", "3")
    assert c.facts["coercive_behaviours"] == ("monitoring", "financial_control")
    c = c.press("da_coercive_behaviours", "2")  # toggles off
    assert c.facts["coercive_behaviours"] == ("financial_control",)
    c = c.press("da_abuse_types", "3").press("da_abuse_types", "1")  # control off, violence on
    assert not c.is_visible("da_coercive_behaviours")
    assert "coercive_behaviours" not in c.facts
    assert [a.question_id for a in c.hidden_answers] == ["da_coercive_behaviours"]
    c = c.press("da_abuse_types", "6")  # financial abuse reopens the branch, answer comes back
    assert c.facts["coercive_behaviours"] == ("financial_control",)
    assert c.hidden_answers == ()


def test_order_breach_is_asked_only_when_an_order_is_in_force() -> None:
    c = domestic_abuse()
    assert not c.is_visible("da_order_breached")
    c = c.press("da_order_in_force", "y")
    assert "da_order_breached" in {q.id for q in c.open_mandatory}
    c = c.press("da_order_breached", "y")
    assert c.facts["order_or_bail_breached"] == "yes"
    c = c.press("da_order_in_force", "n")
    assert "order_or_bail_breached" not in c.facts


def test_wrong_keys_and_values_are_refused_with_the_choices() -> None:
    c = domestic_abuse()
    with pytest.raises(BadInput, match="Key 'x' is not an answer"):
        c.press("da_weapon", "x")
    with pytest.raises(BadInput, match="allowed values are yes, no, unknown"):
        c.answer("da_weapon", "maybe")
    with pytest.raises(BadInput, match="takes a list"):
        c.answer("da_abuse_types", "physical")
    with pytest.raises(BadInput, match="no question"):
        c.answer("nope", "yes")
    c = c.answer("da_codeword", "  pizza  ")
    assert c.local_values["codeword"] == "pizza"
    assert "codeword" not in c.facts


def test_first_contact_hands_over_to_the_domestic_abuse_script_keeping_answers() -> None:
    c = first_contact().press("fc_call_type", "1").press("fc_weapon", "n")
    assert c.handover is None
    c = c.press("fc_relationship", "1")
    assert c.handover is None  # no behaviour yet
    c = c.press("fc_behaviour", "3")  # coercive control alone
    assert c.handover == "domestic_abuse"
    assert c.script.handover is not None and "domestic" in c.script.handover.text
    da = c.hand_over(shipped_script(c.handover))
    assert da.script.id == "domestic_abuse"
    assert da.facts["relationship"] == "intimate_partner"
    assert da.facts["abuse_types"] == ("coercive_control",)
    assert da.facts["call_type"] == "normal"  # carried: the DA script does not ask it
    assert da.answers["da_weapon"].script_id == "first_contact"  # keeps who asked it
    assert "da_weapon" not in {q.id for q in da.open_mandatory}
    assert da.is_visible("da_coercive_behaviours")
    assert {a.fact for a in da.all_answers} >= {"call_type", "relationship", "weapon"}


@pytest.mark.parametrize(
    ("relationship", "victim_16", "expected"),
    [
        ("3", "y", "domestic_abuse"),
        ("3", "n", None),
        ("4", "y", None),
        ("2", "u", "domestic_abuse"),
    ],
)
def test_handover_follows_the_definition(
    relationship: str, victim_16: str, expected: str | None
) -> None:
    c = first_contact().press("fc_call_type", "1").press("fc_relationship", relationship)
    if c.is_visible("fc_victim_age"):
        c = c.press("fc_victim_age", victim_16).press("fc_behaviour", "5")
    assert c.handover == expected


def test_silent_call_hides_questions_that_need_a_voice() -> None:
    c = first_contact().press("fc_call_type", "2")
    assert [q.id for q in c.open_mandatory] == []
    assert not c.is_visible("fc_can_speak")

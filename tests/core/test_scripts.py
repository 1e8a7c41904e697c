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
    "suspect_location",
    "weapon",
    "weapon_when",
    "injury",
    "strangulation",
    "strangulation_when",
    "threat_to_kill",
    "threat_to_kill_when",
    "suspect_suicide_threat",
    "children_present",
    "vulnerable_adult_present",
]
# The safety questions always asked, with a harmless answer each; the "when" questions
# among SAFETY_FACTS are asked only after a yes.
SAFE_ANSWERS = {
    "caller_can_speak_freely": "no",
    "suspect_present": "no",
    "suspect_location": "in_custody",
    "weapon": "no",
    "injury": "none",
    "strangulation": "no",
    "threat_to_kill": "no",
    "suspect_suicide_threat": "no",
    "children_present": "no",
    "vulnerable_adult_present": "no",
}
RED_FLAG_TIMING = [
    ("da_weapon", "da_weapon_when"),
    ("da_strangulation", "da_strangulation_when"),
    ("da_threat_to_kill", "da_threat_to_kill_when"),
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
        2,
        AT,
    )


def test_open_mandatory_questions_shrink_as_answers_come_in() -> None:
    c = domestic_abuse()
    before = len(c.open_mandatory)
    for fact, value in SAFE_ANSWERS.items():
        question = c.script.question_for_fact(fact)
        assert question is not None
        c = c.answer(question.id, value)
        assert len(c.open_mandatory) < before
        before = len(c.open_mandatory)
    # suspect in custody, caller can't speak: description and codeword no longer asked;
    # no red flag was a yes, so no "when" is asked either
    open_ids = {q.id for q in c.open_mandatory}
    assert "da_suspect_description" not in open_ids and "da_codeword" not in open_ids
    assert not any(q.fact.endswith("_when") for q in c.open_mandatory)
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
        ("4", "y", "domestic_abuse"),  # family members
        ("4", "n", None),  # a victim under 16: child protection, not this script
        ("5", "y", None),  # no such link (neighbours, strangers)
        ("2", "u", "domestic_abuse"),  # ex-partners, age not known
        ("3", "y", "domestic_abuse"),  # parents of the same child (DA Act 2021 s.2)
        ("6", "y", "domestic_abuse"),  # link not known: the abuse questions stay open
    ],
)
def test_handover_follows_the_definition(
    relationship: str, victim_16: str, expected: str | None
) -> None:
    c = first_contact().press("fc_call_type", "1").press("fc_relationship", relationship)
    if c.is_visible("fc_victim_age"):
        c = c.press("fc_victim_age", victim_16).press("fc_behaviour", "5")
    assert c.handover == expected


def test_silent_call_hides_questions_that_need_a_voice_and_asks_the_listening_checklist() -> None:
    c = first_contact().press("fc_call_type", "2")
    # never "every question answered" while the handler is still listening (issue 16)
    assert [q.id for q in c.open_mandatory] == ["fc_heard", "fc_listening_done"]
    assert c.mode == "listening"
    assert not c.is_visible("fc_can_speak") and not c.is_visible("fc_what_happened")
    assert c.next_question is not None and c.next_question.id == "fc_heard"


# -- asking what an inspector would (issue 12) ----------------------------------------


def test_each_red_flag_asks_when_it_happened_right_after_a_yes() -> None:
    for flag, when in RED_FLAG_TIMING:
        c = domestic_abuse()
        assert not c.is_visible(when)
        c = c.press(flag, "y")
        ids = [q.id for q in c.visible_questions]
        assert ids.index(when) == ids.index(flag) + 1, when
        assert when in {q.id for q in c.open_mandatory}
        keys = [(o.key, o.value) for o in c.script.question(when).options]
        assert keys == [("1", "now"), ("2", "today"), ("3", "before"), ("4", "unknown")]
        c = c.press(when, "3")
        assert c.facts[c.script.question(when).fact] == "before"
        c = c.press(flag, "n")  # no longer a yes: the timing no longer counts
        assert not c.is_visible(when) and c.script.question(when).fact not in c.facts


def test_first_contact_asks_when_the_weapon_was_used_before_anything_else() -> None:
    c = first_contact().press("fc_call_type", "1").press("fc_can_speak", "y")
    c = c.press("fc_suspect_present", "n").press("fc_weapon", "y")
    assert c.next_question is not None and c.next_question.id == "fc_weapon_when"
    c = c.press("fc_weapon_when", "2")
    assert c.facts["weapon_when"] == "today"
    assert c.next_question is not None and c.next_question.id == "fc_injury"


def test_strangulation_keeps_its_fact_and_asks_the_timing_apart() -> None:
    script = shipped_script("domestic_abuse")
    strangulation = script.question("da_strangulation")
    assert strangulation.fact == "strangulation" and strangulation.type == "yes_no_unknown"
    assert "today or before" not in strangulation.text
    assert script.question("da_strangulation_when").fact == "strangulation_when"


def test_abuse_and_sexual_assault_timing_follow_the_abuse_question() -> None:
    for c, types, abuse_when, sexual_when in (
        (domestic_abuse(), "da_abuse_types", "da_abuse_when", "da_sexual_assault_when"),
        (
            first_contact().press("fc_call_type", "1"),
            "fc_behaviour",
            "fc_abuse_when",
            "fc_sexual_assault_when",
        ),
    ):
        assert not c.is_visible(abuse_when) and not c.is_visible(sexual_when)
        c = c.press(types, "1")  # violence
        ids = [q.id for q in c.visible_questions]
        assert ids.index(abuse_when) == ids.index(types) + 1
        assert not c.is_visible(sexual_when)
        c = c.press(types, "2")  # and sexual abuse
        ids = [q.id for q in c.visible_questions]
        assert ids.index(sexual_when) == ids.index(abuse_when) + 1
        c = c.press(abuse_when, "1").press(sexual_when, "2")
        assert (c.facts["abuse_when"], c.facts["sexual_assault_when"]) == ("now", "today")


def test_the_abuse_question_stays_open_until_the_two_are_known_to_be_unconnected() -> None:
    c = first_contact().press("fc_call_type", "1")
    assert c.is_visible("fc_behaviour")  # relationship not yet asked
    for key, value in (("6", "unknown"), ("3", "parents_of_same_child"), ("1", "intimate_partner")):
        c = c.press("fc_relationship", key)
        assert c.facts["relationship"] == value
        assert c.is_visible("fc_behaviour") and c.is_visible("fc_victim_age"), value
    c = c.press("fc_relationship", "5")  # no such link
    assert not c.is_visible("fc_behaviour") and not c.is_visible("fc_victim_age")
    assert shipped_script("domestic_abuse").question("da_abuse_types").show_if is None


def test_the_relationship_asked_is_the_victims_with_the_suspect_not_the_callers() -> None:
    for script_id, caller, relationship in (
        ("first_contact", "fc_caller", "fc_relationship"),
        ("domestic_abuse", "da_caller", "da_relationship"),
    ):
        script = shipped_script(script_id)
        question = script.question(relationship)
        assert "person being hurt" in question.text and "person responsible" in question.text
        assert "not about the caller" in question.help
        assert "parents_of_same_child" in [o.value for o in question.options]
        who = script.question(caller)
        assert who.fact == "caller_relationship" and who.mandatory
        assert [o.value for o in who.options] == list(CANONICAL["caller_relationship"].values)
        for q in script.questions:  # no question assumes the caller is the one hurt
            assert "you're calling about" not in q.text and "How do you know" not in q.text


def test_a_neighbour_reporting_partners_is_handed_over_with_both_answers() -> None:
    c = first_contact().press("fc_call_type", "1").press("fc_can_speak", "y")
    c = c.press("fc_suspect_present", "y").press("fc_caller", "4")  # a neighbour
    c = c.press("fc_relationship", "1").press("fc_victim_age", "y").press("fc_suspect_age", "y")
    c = c.press("fc_behaviour", "1").press("fc_abuse_when", "1")
    assert c.handover == "domestic_abuse"
    da = c.hand_over(shipped_script("domestic_abuse"))
    assert da.facts["caller_relationship"] == "neighbour"
    assert da.facts["relationship"] == "intimate_partner"
    assert da.facts["abuse_when"] == "now"
    assert da.answers["da_caller"].script_id == "first_contact"
    assert not da.is_visible("da_codeword")  # a neighbour elsewhere: no codeword to agree
    assert da.next_question is not None and da.next_question.id == "da_suspect_location"


@pytest.mark.parametrize(
    ("key", "location", "asked", "not_asked"),
    [
        (
            "4",
            "left",
            [
                "da_suspect_description",
                "da_suspect_vehicle",
                "da_suspect_direction",
                "da_suspect_returning",
            ],
            [],
        ),
        (
            "3",
            "on_the_way",
            ["da_suspect_description", "da_suspect_vehicle", "da_suspect_direction"],
            ["da_suspect_returning"],
        ),
        (
            "1",
            "present",
            ["da_suspect_description"],
            ["da_suspect_vehicle", "da_suspect_returning"],
        ),
        (
            "5",
            "in_custody",
            [],
            [
                "da_suspect_description",
                "da_suspect_vehicle",
                "da_suspect_direction",
                "da_suspect_returning",
            ],
        ),
    ],
)
def test_where_the_suspect_is_decides_what_is_asked_about_them(
    key: str, location: str, asked: list[str], not_asked: list[str]
) -> None:
    c = domestic_abuse().press("da_suspect_present", "n").press("da_suspect_location", key)
    assert c.facts["suspect_location"] == location
    open_ids = {q.id for q in c.open_mandatory}
    assert set(asked) <= open_ids, location
    assert not set(not_asked) & {q.id for q in c.visible_questions}, location
    if "da_suspect_vehicle" in asked:
        c = c.answer("da_suspect_vehicle", "Silver Astra, part plate KX19")
        c = c.answer("da_suspect_direction", "Towards the ring road, five minutes ago")
        assert c.local_values["suspect_vehicle"].startswith("Silver Astra")
        assert "suspect_vehicle" not in c.facts  # script-local text, not canonical


def test_contact_now_is_asked_only_while_an_order_or_bail_is_in_force() -> None:
    c = domestic_abuse()
    assert not c.is_visible("da_suspect_contacting")
    c = c.press("da_order_in_force", "y")
    assert "da_suspect_contacting" in {q.id for q in c.open_mandatory}
    c = c.press("da_suspect_contacting", "y")
    assert c.facts["suspect_contacting_now"] == "yes"
    c = c.press("da_order_in_force", "u")
    assert "suspect_contacting_now" not in c.facts


@pytest.mark.parametrize(("key", "asked"), [("y", True), ("u", True), ("n", False)])
def test_a_victim_of_16_or_17_is_asked_about_when_the_age_is_in_question(
    key: str, asked: bool
) -> None:
    c = domestic_abuse()
    assert not c.is_visible("da_victim_16_or_17")
    c = c.press("da_victim_age", key)
    assert c.is_visible("da_victim_16_or_17") is asked
    if asked:
        ids = [q.id for q in c.visible_questions]
        assert ids.index("da_victim_16_or_17") == ids.index("da_victim_age") + 1
        assert c.press("da_victim_16_or_17", "y").facts["victim_16_or_17"] == "yes"


def test_the_homicide_risk_factors_and_barriers_are_asked_apart() -> None:
    script = shipped_script("domestic_abuse")
    threat = script.question("da_threat_to_kill")
    assert "themselves" not in threat.text
    for fact in (
        "suspect_suicide_threat",
        "pregnant_or_new_baby",
        "firearms_access",
        "separation",
        "children_live_there",
        "children_taken",
        "suspect_returning",
        "suspect_contacting_now",
    ):
        question = script.question_for_fact(fact)
        assert question is not None and question.type == "yes_no_unknown", fact
    suicide = script.question_for_fact("suspect_suicide_threat")
    assert suicide is not None and suicide.section == "Immediate safety" and suicide.mandatory
    barriers = script.question("da_barriers")
    assert barriers.type == "multiple"
    assert [(o.key, o.value) for o in barriers.options] == [
        ("1", "language"),
        ("2", "disability"),
        ("3", "immigration"),
    ]
    assert "independent interpreter" in barriers.help
    assert "never a family member" in barriers.help and "person responsible" in barriers.help


def test_children_elsewhere_or_taken_is_asked_unless_there_are_no_children() -> None:
    c = domestic_abuse()
    assert c.is_visible("da_children_taken")
    c = c.press("da_children", "n").press("da_children_live_there", "n")
    assert not c.is_visible("da_children_taken")
    c = c.press("da_children_live_there", "y")
    c = c.press("da_children_taken", "y")
    assert (c.facts["children_live_there"], c.facts["children_taken"]) == ("yes", "yes")


def test_answer_keys_are_the_same_everywhere() -> None:
    """y/n/u for yes, no or not known; digits in the order shown for every other choice;
    "Not known", where offered, last."""
    digits = "1234567890"
    for script_id in shipped_script_ids():
        for q in shipped_script(script_id).questions:
            keys = [o.key for o in q.options]
            if q.type == "yes_no_unknown":
                assert keys == ["y", "n", "u"], q.id
            elif q.type in ("single", "multiple"):
                assert keys == list(digits[: len(keys)]), q.id
                labels = [o.label for o in q.options]
                if "Not known" in labels:
                    assert labels[-1] == "Not known", q.id
            else:
                assert keys == [], q.id

"""Silent calls in the script (issue 16): a line open with nobody speaking asks the listening
checklist, graded as heard; a caller who cannot speak answers every choice by yes/no key
presses and is never made to give a free-text account; the account is typed once."""

from __future__ import annotations

from callhandler.domain.conversation import Conversation, yes_no_prompts
from callhandler.domain.grading import recommend
from callhandler.domain.policy import shipped_policy
from callhandler.domain.scripts import shipped_script


def first_contact() -> Conversation:
    return Conversation.start(shipped_script("first_contact"))


def grade_of(conversation: Conversation) -> tuple[int, list[str], list[str]]:
    rec = recommend(conversation.facts, None, shipped_policy())
    return rec.grade, [r.rule for r in rec.reasons], [f.id for f in rec.flags]


# -- line open, nobody speaking -------------------------------------------------------


def test_a_silent_line_stays_open_until_the_handler_has_finished_listening() -> None:
    c = first_contact().press("fc_call_type", "2")
    assert c.mode == "listening" and not c.complete
    c = c.press("fc_heard", "4").press("fc_heard", "3")  # a struggle, then crying
    assert c.facts["heard_on_line"] == ("crying", "struggle")
    assert [q.id for q in c.open_mandatory] == ["fc_listening_done"]  # still listening
    assert not c.complete
    c = c.press("fc_listening_done", "1")
    assert c.complete


def test_what_is_heard_is_graded_and_the_reason_says_what() -> None:
    c = first_contact().press("fc_call_type", "2")
    assert grade_of(c)[0] == 2  # nothing heard yet, nothing on record: the call-back path
    struggle = c.press("fc_heard", "4")
    grade, rules, flags = grade_of(struggle)
    assert grade == 1 and "heard_struggle" in rules and "call_back" in flags
    rec = recommend(struggle.facts, None, shipped_policy())
    reason = next(r for r in rec.reasons if r.rule == "heard_struggle")
    assert "struggle" in reason.title
    assert [c.describe() for c in reason.causes] == ["heard_on_line = struggle"]

    tv_only = c.press("fc_heard", "5")
    grade, rules, flags = grade_of(tv_only)
    assert (grade, "call_back" in flags) == (2, True)
    assert "silent_or_abandoned_call" in rules and not any(r.startswith("heard_") for r in rules)


def test_a_name_heard_is_asked_for_and_flagged() -> None:
    c = first_contact().press("fc_call_type", "2").press("fc_heard", "7")
    assert c.is_visible("fc_name_heard")
    assert not c.is_mandatory(c.script.question("fc_name_heard"))
    c = c.answer("fc_name_heard", "Gary")
    assert c.local_values["name_heard"] == "Gary"
    assert "name_heard" in grade_of(c)[2]


# -- caller cannot speak --------------------------------------------------------------


def cannot_speak() -> Conversation:
    return first_contact().press("fc_call_type", "1").press("fc_can_speak", "n")


def test_a_caller_who_cannot_speak_is_never_made_to_type_an_account() -> None:
    c = cannot_speak()
    assert c.mode == "cannot_speak"
    account = c.script.question("fc_what_happened")
    assert account.mandatory and c.is_visible("fc_what_happened")
    assert not c.is_mandatory(account)
    assert "fc_what_happened" not in [q.id for q in c.open_mandatory]
    # the same question is mandatory for a caller who can talk
    talking = first_contact().press("fc_call_type", "1").press("fc_can_speak", "y")
    assert talking.mode == "normal" and talking.is_mandatory(account)
    da = c.hand_over(shipped_script("domestic_abuse"))
    assert da.mode == "cannot_speak"
    assert "da_callers_words" not in [q.id for q in da.open_mandatory]


def test_every_choice_becomes_yes_no_prompts_without_not_known() -> None:
    script = shipped_script("first_contact")
    assert [p.value for p in yes_no_prompts(script.question("fc_suspect_present"))] == ["yes"]
    injury = yes_no_prompts(script.question("fc_injury"))
    assert [p.value for p in injury] == ["none", "minor", "serious"]
    assert injury[2].text.endswith("Serious injury?")
    assert yes_no_prompts(script.question("fc_what_happened")) == ()


def test_yes_no_key_presses_answer_single_and_yes_no_questions() -> None:
    c = cannot_speak()
    c, step = c.answer_yes_no("fc_suspect_present", 0, True)
    assert (c.facts["suspect_present"], step) == ("yes", None)
    c, step = c.answer_yes_no("fc_weapon", 0, False)
    assert (c.facts["weapon"], step) == ("no", None)
    # injury: no to "nobody hurt", yes to "minor"
    c, step = c.answer_yes_no("fc_injury", 0, False)
    assert step == 1 and "injury" not in c.facts
    c, step = c.answer_yes_no("fc_injury", 1, True)
    assert (c.facts["injury"], step) == ("minor", None)
    # no to every place: "not known" is what it records
    d = cannot_speak()
    for n in range(3):
        d, step = d.answer_yes_no("fc_injury", n, False)
    assert (d.facts["injury"], step) == ("unknown", None)


def test_yes_no_key_presses_walk_a_multiple_choice_and_grade_as_normal() -> None:
    c = cannot_speak().press("fc_caller", "1").press("fc_relationship", "1")
    c = c.press("fc_victim_age", "y").press("fc_suspect_age", "y")
    c, _ = c.answer_yes_no("fc_suspect_present", 0, True)
    prompts = yes_no_prompts(c.script.question("fc_behaviour"))
    step: int | None = 0
    while step is not None:
        yes = prompts[step].value in ("physical", "coercive_control")
        c, step = c.answer_yes_no("fc_behaviour", step, yes)
    assert c.facts["abuse_types"] == ("physical", "coercive_control")
    c, _ = c.answer_yes_no("fc_abuse_when", 0, True)  # happening now
    assert c.facts["abuse_when"] == "now"
    grade, rules, flags = grade_of(c)
    assert grade == 1
    assert {"caller_cannot_speak", "immediate_threat", "domestic_abuse"} <= set(rules)
    assert "caller_cannot_speak" in flags
    # no to every abuse type: answered (nothing more to ask), and no abuse counted
    d = cannot_speak()
    for n in range(len(prompts)):
        d, step = d.answer_yes_no("fc_behaviour", n, False)
    assert step is None and d.answers["fc_behaviour"].value == ()
    assert "abuse_types" not in [q.fact for q in d.open_mandatory]


# -- the account, typed once ----------------------------------------------------------


def test_the_account_questions_start_from_the_account_typed_once() -> None:
    c = first_contact()
    account = c.script.question("fc_what_happened")
    assert c.suggested_text(account, "  He hit me and took my phone ") == (
        "He hit me and took my phone"
    )
    assert c.suggested_text(c.script.question("fc_evidence"), "He hit me") == ""
    c = c.answer("fc_what_happened", "He hit me, he has gone to the pub")
    da = c.hand_over(shipped_script("domestic_abuse"))
    words = da.script.question("da_callers_words")
    # the account already given in the script wins over the form's first words
    assert da.suggested_text(words, "He hit me") == "He hit me, he has gone to the pub"

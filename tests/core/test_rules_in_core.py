"""Rules the window asks the core instead of holding its own copy (issue 15): grade names
and deployment from the policy, the handler's next steps from the lifecycle table."""

from __future__ import annotations

import dataclasses

import pytest

from callhandler.domain import grades, lookup_rules
from callhandler.domain import lifecycle as states
from callhandler.domain.policy import shipped_policy


def test_grade_names_come_from_the_policy() -> None:
    assert [grades.grade_name(n) for n in grades.grade_numbers()] == [
        "Emergency",
        "Priority",
        "Scheduled",
        "Resolution without deployment",
    ]
    assert grades.grade_name(None) == ""
    assert grades.grade_name(9) == ""


def test_a_force_renaming_a_grade_changes_only_its_policy() -> None:
    policy = shipped_policy()
    renamed = dataclasses.replace(
        policy,
        grades=tuple(
            dataclasses.replace(g, name="Immediate") if g.grade == 1 else g for g in policy.grades
        ),
    )
    assert grades.grade_name(1, renamed) == "Immediate"
    assert grades.grade_name(1) == "Emergency"


def test_only_the_grade_the_policy_marks_deploy_false_is_resolved_without_officers() -> None:
    assert [grades.deploys(n) for n in (1, 2, 3, 4)] == [True, True, True, False]
    assert grades.dispatch_grades() == (1, 2, 3)
    # Not graded yet: dispatching asks the grade, so it counts as deploying.
    assert grades.deploys(None)
    policy = shipped_policy()
    all_deploy = dataclasses.replace(
        policy, grades=tuple(dataclasses.replace(g, deploy=True) for g in policy.grades)
    )
    assert grades.deploys(4, all_deploy)
    assert grades.dispatch_grades(all_deploy) == (1, 2, 3, 4)


@pytest.mark.parametrize(
    ("state", "deploys", "expected"),
    [
        (states.OPEN, True, (states.STEP_DISPATCH,)),
        (states.OPEN, False, (states.STEP_CLOSURE,)),
        (states.DISPATCHED, True, (states.STEP_ATTENDANCE,)),
        (states.ATTENDED, True, (states.STEP_CLOSURE,)),
        (states.RETURNED, True, (states.STEP_CLOSURE,)),
        (states.CLOSURE, True, (states.STEP_CLOSURE, states.STEP_SUBMIT)),
        (states.AWAITING, True, ()),
        (states.FINALISED, True, (states.STEP_NOTE,)),
    ],
)
def test_the_handlers_next_steps(state: str, deploys: bool, expected: tuple[str, ...]) -> None:
    assert states.next_steps(state, deploys=deploys) == expected


def test_every_next_step_is_a_move_the_lifecycle_table_allows() -> None:
    moves = {
        states.STEP_DISPATCH: ("dispatch",),
        states.STEP_ATTENDANCE: ("record_attendance",),
        states.STEP_SUBMIT: ("submit_for_sign_off",),
        states.STEP_CLOSURE: ("start_closure", "resolve_without_deployment"),
    }
    for state in states.STATES:
        for deploys in (True, False):
            for step in states.next_steps(state, deploys=deploys):
                if step == states.STEP_NOTE:
                    assert state == states.FINALISED
                elif step == states.STEP_CLOSURE and states.editable_closure(state):
                    continue  # answering goes on while closure is editable
                else:
                    allowed = [
                        a
                        for a in moves[step]
                        if not states.transition_problems(state, a, "handler")
                    ]
                    assert allowed, (state, step)


def test_an_inspector_is_offered_no_handler_step_on_an_incident_awaiting_sign_off() -> None:
    assert states.next_steps(states.AWAITING, deploys=True, role="inspector") == ()


def test_a_query_is_worth_searching_with_a_number_three_address_characters_or_a_name() -> None:
    assert not lookup_rules.worth_searching(phone="  ", address="", people=0)
    assert not lookup_rules.worth_searching(phone="", address=" 4a ", people=0)
    assert lookup_rules.worth_searching(phone="", address="4 a", people=0)
    assert lookup_rules.worth_searching(phone="07700", address="", people=0)
    assert lookup_rules.worth_searching(phone="", address="", people=1)
    assert not lookup_rules.long_enough("ab") and lookup_rules.long_enough("abc")


def test_the_benchmark_times_the_same_pause_the_window_waits() -> None:
    from callhandler.bench import lookup

    assert lookup.DEBOUNCE_MS == lookup_rules.DEBOUNCE_MS
    # The look-up must show within 200 ms of the last key: the pause leaves it room.
    assert lookup_rules.DEBOUNCE_MS < 200

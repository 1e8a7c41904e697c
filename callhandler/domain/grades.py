"""Response grades as the policy names them: the one place widgets and services ask.

The grading policy (``resources/policy/default.yaml``) lists each grade with its name and
whether officers are sent (``deploy``). Nothing outside the policy spells "Grade 4" or
"Emergency": a force that renames a grade or adds one changes only its policy file.
"""

from __future__ import annotations

from callhandler.domain.policy import Grade, Policy, shipped_policy


def _policy(policy: Policy | None) -> Policy:
    return policy if policy is not None else shipped_policy()


def grades(policy: Policy | None = None) -> tuple[Grade, ...]:
    """Every grade of the policy, most urgent first."""
    return tuple(sorted(_policy(policy).grades, key=lambda g: g.grade))


def grade_numbers(policy: Policy | None = None) -> tuple[int, ...]:
    return tuple(g.grade for g in grades(policy))


def grade_name(number: int | None, policy: Policy | None = None) -> str:
    """The policy's name for a grade ("Emergency"); "" for no grade or one it does not have."""
    for grade in grades(policy):
        if grade.grade == number:
            return grade.name
    return ""


def deploys(number: int | None, policy: Policy | None = None) -> bool:
    """Whether the grade sends officers. An incident not graded yet is treated as one that
    does (the handler is asked the grade when dispatching); a grade the policy does not
    have also counts as deploying, so nothing is resolved without officers by mistake."""
    for grade in grades(policy):
        if grade.grade == number:
            return grade.deploy
    return True


def dispatch_grades(policy: Policy | None = None) -> tuple[int, ...]:
    """The grades an incident can be dispatched at (those that send officers)."""
    return tuple(g.grade for g in grades(policy) if g.deploy)

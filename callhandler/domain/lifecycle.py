"""The incident lifecycle: which action moves an incident from which state, and who may do it.

open -> dispatched -> attended -> closure -> awaiting_sign_off -> finalised
                                     ^               |
                                     +-- returned <--+
An incident graded 4 (resolution without deployment) goes from open straight to closure.
Pure rules: the services check them inside the transaction that makes the change.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN = "open"
DISPATCHED = "dispatched"
ATTENDED = "attended"
CLOSURE = "closure_in_progress"
AWAITING = "awaiting_sign_off"
RETURNED = "returned"
FINALISED = "finalised"
STATES = (OPEN, DISPATCHED, ATTENDED, CLOSURE, AWAITING, RETURNED, FINALISED)

HANDLING_ROLES = frozenset({"handler", "inspector"})


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str]
    target: str
    roles: frozenset[str]
    describe: str


TRANSITIONS = {
    t.action: t
    for t in (
        Transition("dispatch", frozenset({OPEN}), DISPATCHED, HANDLING_ROLES, "send officers"),
        Transition(
            "record_attendance",
            frozenset({DISPATCHED}),
            ATTENDED,
            HANDLING_ROLES,
            "record that an officer attended",
        ),
        Transition(
            "start_closure",
            frozenset({ATTENDED, RETURNED}),
            CLOSURE,
            HANDLING_ROLES,
            "start the closure questions",
        ),
        Transition(
            "resolve_without_deployment",
            frozenset({OPEN}),
            CLOSURE,
            HANDLING_ROLES,
            "resolve without deployment (Grade 4)",
        ),
        Transition(
            "submit_for_sign_off",
            frozenset({CLOSURE}),
            AWAITING,
            HANDLING_ROLES,
            "submit for the inspector's sign-off",
        ),
        Transition(
            "finalise", frozenset({AWAITING}), FINALISED, frozenset({"inspector"}), "finalise"
        ),
        Transition(
            "return_to_handler",
            frozenset({AWAITING}),
            RETURNED,
            frozenset({"inspector"}),
            "return to the handler",
        ),
    )
}

STATE_WORDS = {
    OPEN: "open",
    DISPATCHED: "dispatched",
    ATTENDED: "attended",
    CLOSURE: "closure in progress",
    AWAITING: "awaiting sign-off",
    RETURNED: "returned to the handler",
    FINALISED: "finalised",
}


def transition_problems(state: str, action: str, role: str) -> list[str]:
    """Why ``action`` cannot be taken now by ``role``; empty when it can."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        return [f"Unknown action {action!r}."]
    problems = []
    if role not in transition.roles:
        who = " or ".join(sorted(transition.roles))
        article = "an" if who[0] in "aeiou" else "a"
        problems.append(f"Only {article} {who} can {transition.describe}.")
    if state == FINALISED:
        problems.append(
            "The incident is finalised and cannot change; add a note for later information."
        )
    elif state not in transition.sources:
        allowed = ", ".join(STATE_WORDS[s] for s in sorted(transition.sources))
        problems.append(
            f"Cannot {transition.describe} while the incident is {STATE_WORDS.get(state, state)}"
            f" (only when {allowed})."
        )
    return problems


def editable_closure(state: str) -> bool:
    """Checklist answers and the narrative may change only while closure is in progress."""
    return state in (ATTENDED, CLOSURE, RETURNED)


def details_problems(state: str) -> list[str]:
    """Why the call details taken at opening (number, address, names, the caller's words)
    cannot be corrected now; empty while the handler still works the incident."""
    if state == FINALISED:
        return ["It is finalised and cannot change; add a note for later information."]
    if state == AWAITING:
        return [
            "It is awaiting sign-off, so its call details can no longer be corrected; add a "
            "note saying what was wrong (or ask the inspector to return it to you)."
        ]
    return []

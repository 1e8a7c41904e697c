"""The incident lifecycle: which action moves an incident from which state, and who may do it.

open -> dispatched -> attended -> closure -> awaiting_sign_off -> finalised
                                     ^               |
                                     +-- returned <--+
An incident graded 4 (resolution without deployment) goes from open straight to closure.
Pure rules: the services check them inside the transaction that makes the change.
"""

from __future__ import annotations

from dataclasses import dataclass

from callhandler import messages

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
        return [messages.UNKNOWN_ACTION(action=action)]
    problems: list[str] = []
    if role not in transition.roles:
        who = " or ".join(sorted(transition.roles))
        article = "an" if who[0] in "aeiou" else "a"
        problems.append(messages.ONLY_ROLE_CAN(article=article, who=who, doing=transition.describe))
    if state == FINALISED:
        problems.append(messages.INCIDENT_FINALISED())
    elif state not in transition.sources:
        allowed = ", ".join(STATE_WORDS[s] for s in sorted(transition.sources))
        problems.append(
            messages.CANNOT_WHILE(
                doing=transition.describe, state=STATE_WORDS.get(state, state), allowed=allowed
            )
        )
    return problems


# -- the freeze ---------------------------------------------------------------------------

# From submission until an inspector returns it, and for ever once finalised, the record the
# inspector signs (facts, grade, risk, checklist, narrative, call details) cannot change:
# the inspector must sign what they read. Notes are appended, never part of the record.
FROZEN = frozenset({AWAITING, FINALISED})

# The edits of an incident's record, by the action that audits them, in the user's words.
EDITS = {
    "triage_answers": "answers",
    "grade": "grade",
    "regrade": "grade",
    "risk_assessment": "risk assessment",
    "answer_checklist": "closure answers",
    "narrative": "narrative",
    "correct_details": "call details",
    "attendance_decision": "attendance decision",
}


def edit_problems(state: str, action: str) -> list[str]:
    """Why the edit ``action`` (a key of EDITS) cannot be made now; empty when it can.

    The one freeze rule: every service that writes the record asks it.
    """
    what = EDITS.get(action, "record")
    if state == FINALISED:
        return [messages.FROZEN_FINALISED()]
    if state == AWAITING:
        return [messages.FROZEN_AWAITING(what=what)]
    return []


def editable_closure(state: str) -> bool:
    """Checklist answers and the narrative may change only while closure is in progress."""
    return state in (ATTENDED, CLOSURE, RETURNED)


def may_submit(state: str) -> bool:
    """Whether the incident's state lets closure be submitted for sign-off."""
    return state in TRANSITIONS["submit_for_sign_off"].sources


# -- the handler's next steps ---------------------------------------------------------------

# What a handler's list offers for one incident, derived from TRANSITIONS: the moves a
# handler may make from its state, plus closure answering while closure is editable and a
# note once it is finalised. The closure step stands for starting closure, resolving without
# deployment and answering the checklist: one dialog does all three.
STEP_DISPATCH = "dispatch"
STEP_ATTENDANCE = "record_attendance"
STEP_CLOSURE = "closure"
STEP_SUBMIT = "submit_for_sign_off"
STEP_NOTE = "note"
_STEP_OF_ACTION = {
    "dispatch": STEP_DISPATCH,
    "record_attendance": STEP_ATTENDANCE,
    "start_closure": STEP_CLOSURE,
    "resolve_without_deployment": STEP_CLOSURE,
    "submit_for_sign_off": STEP_SUBMIT,
}


def next_steps(state: str, *, deploys: bool, role: str = "handler") -> tuple[str, ...]:
    """The steps ``role`` may take on an incident in ``state``, the usual next one first.

    ``deploys``: whether its grade sends officers (``grades.deploys``); an open incident is
    then dispatched, otherwise resolved without deployment through the closure questions.
    """
    steps: list[str] = []
    if editable_closure(state) and state not in TRANSITIONS["start_closure"].sources:
        steps.append(STEP_CLOSURE)  # answering continues
    for transition in TRANSITIONS.values():
        if state not in transition.sources or role not in transition.roles:
            continue
        if transition.action == "dispatch" and not deploys:
            continue
        if transition.action == "resolve_without_deployment" and deploys:
            continue
        step = _STEP_OF_ACTION.get(transition.action)
        if step is not None and step not in steps:
            steps.append(step)
    if state == FINALISED:
        steps.append(STEP_NOTE)
    return tuple(steps)


def details_problems(state: str) -> list[str]:
    """Why the call details taken at opening (number, address, names, the caller's words)
    cannot be corrected now; empty while the handler still works the incident."""
    return edit_problems(state, "correct_details")


# -- four eyes ----------------------------------------------------------------------------

# The audited actions by which a person puts something into an incident's record. Anyone
# who did one of them contributed to it and may not sign it off (SPEC section 2). Reading
# it (briefing, review, history), notes and the sign-off decisions themselves are not
# contributions; an offline operation is audited again as the action it carried.
CONTRIBUTIONS = frozenset(
    {
        "create",
        "correct_details",
        "triage_answers",
        "grade",
        "regrade",
        "dispatch",
        "record_attendance",
        "attendance_decision",
        "risk_assessment",
        "start_closure",
        "resolve_without_deployment",
        "answer_checklist",
        "markers_from_closure",
        "narrative",
        "submit_for_sign_off",
        "offline_operation",
    }
)
SIGNING = ("finalise", "return_to_handler")


def sign_off_problems(
    *, state: str, role: str | None, active: bool, contributed: bool, ref: str
) -> list[str]:
    """Why this person may not finalise or return incident ``ref``; empty when they may.

    ``role`` and ``active`` are read from the account now (a demoted or disabled
    inspector's session must not sign). A contributor may not return it either: returning
    unfreezes the record, so a contributor could otherwise reopen and change what an
    independent inspector is about to sign.
    """
    problems: list[str] = []
    if role is None or not active:
        problems.append(messages.SIGNER_DISABLED())
    elif role != "inspector":
        problems.append(messages.ONLY_INSPECTOR_SIGNS())
    if contributed:
        problems.append(messages.CONTRIBUTED(ref=ref))
    if state == FINALISED:
        problems.append(messages.ALREADY_FINALISED(ref=ref))
    elif state != AWAITING:
        problems.append(messages.NOT_AWAITING(ref=ref, state=STATE_WORDS.get(state, state)))
    return problems


def resubmission_problems(*, returned: bool, changed: bool, reason: str, minimum: int) -> list[str]:
    """Why a resubmission is refused: a returned incident goes back changed, or with a
    reason why it goes back unchanged (stored and shown to the inspector)."""
    if not returned or changed or len(reason) >= minimum:
        return []
    return [
        "Nothing has changed since the inspector returned it: change what was asked, or "
        f"give the reason it goes back unchanged (at least {minimum} characters; adding a "
        "note saying why counts as a change)."
    ]

"""The core's user-facing messages, each with an id, so the window can translate them.

The core has no Qt and speaks English: ``str(err)`` is what the command line prints and
the log may record. A message defined here also travels as its id and parameters
(``CallHandlerError.said``), and the window looks the English text up in the translation
catalogue's ``core`` context (``ui.worker.core_text``), with the id as the disambiguation,
then fills in the parameters. ``scripts/core_messages_ts.py`` writes that context into
``resources/translations/*.ts`` from this catalogue (``pyside6-lupdate`` reads only ``ui/``).

Every message is defined once, below, and raised with its values::

    from callhandler import messages as m
    raise BadInput(m.NO_INCIDENT(incident_id=incident_id))

An error may carry several (``BadInput(m.A(), m.B(x=1))``: shown joined by spaces).

Placeholders use ``str.format`` names (``{ref}``, ``{value!r}``); a translation must keep
every one of them. Ids are ``area.what`` in lower case, unique across the core (defining
one twice is an error at import).
"""

from __future__ import annotations

from callhandler.message_ids import Message as Message
from callhandler.message_ids import Said as Said
from callhandler.message_ids import catalogue as catalogue
from callhandler.message_ids import message

# -- any incident ---------------------------------------------------------------------------
NO_INCIDENT = message("incident.missing", "There is no incident {incident_id}.")
INCIDENT_REMOVED = message(
    "incident.removed_elsewhere", "The incident was removed by another workstation."
)
ROLE_CANNOT = message("role.cannot", "Your role ({role}) cannot {doing}.")
ONLY_TAKERS_CAN = message("role.only_takers_can", "Only call handlers and inspectors can {doing}.")

# -- the new call form ----------------------------------------------------------------------
ONLY_TAKERS_TAKE_CALLS = message(
    "call.only_takers", "Only call handlers and inspectors take calls."
)
FIELD_TOO_LONG = message("call.field_too_long", "Too long or not text: at most {limit} characters.")
SERVICE_NUMBER = message(
    "call.service_number",
    "That is a service number, not the caller's: type the number they called from.",
)
NOT_A_PHONE = message(
    "call.not_a_phone",
    "Not a telephone number: type it as dialled, e.g. 07700 900123 or +44 20 7946 0123.",
)
NUMBER_OR_ADDRESS = message(
    "call.number_or_address",
    "Give the caller's number or the address (or both) to open an incident.",
)
NOT_A_POSTCODE = message(
    "call.not_a_postcode",
    "{postcode!r} is not a UK postcode, e.g. CB1 2AD; leave it blank if unknown.",
)
LOCATION_TOO_LONG = message(
    "call.location_too_long",
    "Caller's location: at most {limit} characters; put the rest in the account.",
)
LOCATION_ONE_GRID = message(
    "call.location_one_grid",
    "Caller's location: give one grid reference, e.g. {example}; put any other place in words.",
)
LOCATION_NOT_IN_UK = message(
    "call.location_not_in_uk",
    "Caller's location: {latitude}, {longitude} is not in the United Kingdom. "
    "Give latitude first, then longitude, e.g. {example}.",
)
LOCATION_NOT_A_SQUARE = message(
    "call.location_not_a_square",
    "Caller's location: {letters} is not an Ordnance Survey 100 km square (Great Britain's "
    "run from SV to TW, NA to OW and HL to JW), e.g. {example}.",
)
LOCATION_NOT_A_GRID = message(
    "call.location_not_a_grid",
    "Caller's location: {typed} is not a grid reference: after the two letters give two "
    "halves with the same number of digits (up to 5 each), e.g. {example}.",
)
DOB_NOT_A_DATE = message(
    "call.dob_not_a_date",
    "{value!r} is not a date of birth: type it as day/month/year, e.g. 04/03/1991.",
)
DOB_IN_FUTURE = message(
    "call.dob_in_future", "{value!r} is in the future: check the date of birth."
)
DOB_TOO_OLD = message(
    "call.dob_too_old", "{value!r} would make them over {oldest}: check the year."
)
ONLY_OWN_HANDLER_CORRECTS = message(
    "call.only_own_handler_corrects",
    "Only the handler who took incident {ref} (or an inspector) can correct its details: "
    "ask them, or add a note.",
)
ONLY_INSPECTORS_SEE_ALL = message(
    "call.only_inspectors_see_all", "Only inspectors see the whole control room's incidents."
)

# -- look-up: people and warning markers ----------------------------------------------------
ONLY_TAKERS_LOOK_UP = message(
    "lookup.only_takers", "Only call handlers and inspectors look people up."
)
ONLY_TAKERS_LINK = message(
    "lookup.only_takers_link", "Only call handlers and inspectors link people to a call."
)
NOT_A_PART = message("lookup.not_a_part", "{role!r} is not a part in a call ({parts}).")
NO_PERSON = message("lookup.no_person", "There is no person {person_id} on record.")
NOT_THE_NAMED = message(
    "lookup.not_the_named",
    "{name} is not the {role} named on this call; correct the name first.",
)
OTHER_DOB = message("lookup.other_dob", "{name} on record has another date of birth.")
ONLY_INSPECTORS_EXPIRE = message(
    "markers.only_inspectors_expire",
    "Only inspectors and administrators can expire a warning marker.",
)
MARKER_WHY = message("markers.why", "Say why the marker is no longer needed (at least a sentence).")
NO_MARKER = message("markers.missing", "There is no marker {marker_id}.")
MARKER_EXPIRED = message("markers.already_expired", "That marker has already expired.")
MARKERS_HIDDEN = message("markers.role_cannot_see", "Your role cannot see warning markers.")

# -- grading and dispatch -------------------------------------------------------------------
GRADE_NOT_A_NUMBER = message("grade.not_a_number", "The grade must be a number from 1 to {least}.")
GRADE_MISSING = message("grade.missing", "Grade {grade} does not exist: choose 1 to {least}.")
RATIONALE_TOO_LONG = message(
    "grade.rationale_too_long",
    "The rationale is too long ({length} characters; {limit} at most).",
)
OVERRIDE_NEEDS_WHY = message(
    "grade.override_needs_why",
    "Grade {grade} differs from the recommended grade {recommended}: write why (at least a "
    "sentence) before confirming.",
)
DISPATCH_GRADE = message(
    "dispatch.grade",
    "Dispatch needs Grade 1, 2 or 3; Grade 4 is resolved without deployment.",
)
DISPATCH_NO_OFFICER = message(
    "dispatch.no_officer", "Name at least one officer sent (collar number)."
)
NOT_A_COLLAR = message(
    "dispatch.not_a_collar",
    "{text!r} is not a collar number: up to four letters then up to six digits, e.g. PC4521.",
)
ATTENDED_BEFORE_DISPATCH = message(
    "dispatch.attended_before_sent",
    "The attendance time is before the dispatch time: check the time.",
)
NOT_GRADE_4 = message(
    "dispatch.not_grade_4",
    "Incident {ref} is not graded 4: only a Grade 4 incident is resolved without sending officers.",
)

# -- closure --------------------------------------------------------------------------------
CLOSURE_NOT_EDITABLE = message(
    "closure.not_editable",
    "Incident {ref} is {status}: closure answers can be changed only after an officer "
    "attended and before it goes for sign-off.",
)
NO_CLOSURE_QUESTION = message("closure.no_question", "There is no closure question {item!r}.")
NO_NARRATIVE_SECTION = message(
    "closure.no_narrative_section", "There is no narrative section {section!r}."
)

# -- sign-in and accounts -------------------------------------------------------------------
SIGN_IN_FAILED = message(
    "signin.failed",
    "Sign-in failed: the username or password is not right. Check Caps Lock and try again, "
    "or ask an administrator to reset your password.",
)
PASSWORD_TO_SIGN = message(
    "signin.password_to_sign",
    "The password is not right, so the {purpose} was not made. Type your own password again "
    "to sign.",
)
USERNAME_NOT_ALLOWED = message(
    "accounts.username_not_allowed",
    "Username {username!r} is not allowed: use 2-64 lower-case letters, digits, dots, "
    "hyphens or underscores, starting with a letter or digit.",
)
ROLE_UNKNOWN = message("accounts.role_unknown", "Role {role!r} is unknown: choose one of {roles}.")
DISPLAY_NAME_NEEDED = message(
    "accounts.display_name_needed",
    "A display name is required (the name colleagues know you by).",
)
USERNAME_TAKEN = message(
    "accounts.username_taken", "The username {username!r} is already in use: choose another."
)

# -- sign-off, notes ------------------------------------------------------------------------
ONLY_INSPECTORS_REVIEW = message(
    "signoff.only_inspectors_review",
    "Only an inspector or an administrator can read an incident's review.",
)
NOT_COMPLETE = message(
    "signoff.not_complete",
    "Incident {ref} is not complete ({missing} closure answers or narrative sections "
    "missing): return it to the handler.",
)
RETURN_REASON = message(
    "signoff.return_reason",
    "Say what the handler must do (at least {minimum} characters): the reason goes back to "
    "them with the incident.",
)
ONLY_TAKERS_ADD_NOTES = message(
    "notes.only_takers", "Only handlers and inspectors add notes to incidents."
)
NOTE_EMPTY = message("notes.empty", "A note needs some text.")
ONLY_TAKERS_READ_RETURNS = message(
    "signoff.only_takers_read_returns", "Only handlers and inspectors read return reasons."
)

# -- attendance and regrading ---------------------------------------------------------------
ONLY_TAKERS_WATCH_ATTENDANCE = message(
    "attendance.only_takers", "Only call handlers and inspectors watch attendance."
)
ONLY_INSPECTORS_OVERSIGHT = message(
    "oversight.only_inspectors", "Only inspectors and administrators see the oversight lists."
)
WRITE_THE = message("attendance.write_the", "Write the {what} (at least {minimum} characters).")
ONLY_INSPECTOR_DECIDES_LATE = message(
    "attendance.only_inspector_decides",
    "Only an inspector can record a decision on late attendance.",
)
DECISION_NOT_DISPATCHED = message(
    "attendance.decision_not_dispatched",
    "Incident {ref} is {status}: a decision on attendance is for an incident dispatched and "
    "not yet attended.",
)
REGRADE_TOO_LATE = message(
    "grade.regrade_too_late",
    "Incident {ref} is {status}: the grade can change only before an officer attends.",
)
ALREADY_GRADE = message("grade.already", "Incident {ref} is already Grade {grade} ({name}).")
REGRADE_SENDS_NOBODY = message(
    "grade.regrade_sends_nobody",
    "Grade {grade} ({name}) sends nobody, but officers are on the way: record their "
    "attendance or choose a deployed grade.",
)

# -- trigger events -------------------------------------------------------------------------
ONLY_STAFF_CAN = message(
    "trigger.only_staff_can", "Only handlers, inspectors and administrators can {doing}."
)
DUE_NOT_A_DATE = message(
    "trigger.due_not_a_date",
    "The due date {text!r} is not a date: write it as YYYY-MM-DD, for example 2026-12-03.",
)
DUE_AS_A_DATE = message("trigger.due_as_a_date", "Give the due date as a date (YYYY-MM-DD).")
DUE_TOO_FAR = message(
    "trigger.due_too_far",
    "The due date {due} is more than {years} years from today ({today}): check the year.",
)
TRIGGER_ABOUT_WHOM = message(
    "trigger.about_whom", "Say whom the trigger event is about: an incident, a person, or both."
)
TRIGGER_SAY_WHY = message(
    "trigger.say_why",
    "Say why (at least {minimum} characters): the rationale is what the next inspector reads.",
)
NO_TRIGGER_EVENT = message("trigger.missing", "There is no trigger event {event_id}.")
TRIGGER_ALREADY_CLOSED = message(
    "trigger.already_closed",
    "Trigger event {event_id} was already closed by {who} ({outcome}); record a new event if "
    "something else is due.",
)

# -- the DASH risk assessment ---------------------------------------------------------------
RISK_NOT_AN_ANSWER = message(
    "risk.not_an_answer", "{value!r} is not an answer: answer yes, no or not known."
)
RISK_ANSWER_EVERY = message(
    "risk.answer_every",
    'Answer every question before saving the risk assessment ("not known" is an answer, a '
    "blank is not): still to answer {missing}.",
)
RISK_NOT_A_LEVEL = message(
    "risk.not_a_level", "{level!r} is not a risk level: choose standard, medium or high."
)
RISK_NEVER_LOWER = message(
    "risk.never_lower",
    "Professional judgement may raise the risk level but never lower it: the answers give "
    "{computed}, so it cannot be recorded as {level}. Record {computed} or higher, and write "
    "down anything that makes you think the risk is lower.",
)
RISK_JUDGEMENT_WHY = message(
    "risk.judgement_why",
    "Write the reason for your professional judgement (at least {minimum} characters): the "
    "inspector and the MARAC read it.",
)
RISK_RATIONALE_TOO_LONG = message(
    "risk.rationale_too_long", "The rationale is too long: {limit} characters at most."
)

# -- a session that ended, a sign-in refused before the password ----------------------------
SESSION_DISABLED = message(
    "session.disabled",
    "The account {username} has been disabled by an administrator: this session has ended "
    "and nothing was saved. Sign in again (ask an administrator if the account should be "
    "enabled).",
)
SESSION_ROLE_CHANGED = message(
    "session.role_changed",
    "An administrator changed the role of {username} from {old} to {new}: this session has "
    "ended and nothing was saved. Sign in again.",
)
ACCOUNT_LOCKED = message(
    "signin.account_locked",
    "Sign-in refused: too many wrong passwords for this account, so it is locked until "
    "{until}. Try again then, or ask an administrator to unlock it now (callhandler users "
    "unlock NAME).",
)
WORKSTATION_LOCKED = message(
    "signin.workstation_locked",
    "Sign-in refused: too many failed sign-ins from this workstation ({workstation}), so it "
    "is locked until {until}. Try again then, or ask an administrator to unlock it "
    "(callhandler users unlock --workstation NAME).",
)

# -- the lifecycle and the freeze (a refusal reads "Incident REF: " and the reasons) ---------
INCIDENT_REFUSED = message("lifecycle.refused", "Incident {ref}:")
UNKNOWN_ACTION = message("lifecycle.unknown_action", "Unknown action {action!r}.")
ONLY_ROLE_CAN = message("lifecycle.only_role_can", "Only {article} {who} can {doing}.")
INCIDENT_FINALISED = message(
    "lifecycle.finalised",
    "The incident is finalised and cannot change; add a note for later information.",
)
CANNOT_WHILE = message(
    "lifecycle.cannot_while", "Cannot {doing} while the incident is {state} (only when {allowed})."
)
FROZEN_FINALISED = message(
    "freeze.finalised", "It is finalised and cannot change; add a note for later information."
)
FROZEN_AWAITING = message(
    "freeze.awaiting",
    "It is awaiting sign-off, so its {what} can no longer change until an inspector returns "
    "it; add a note saying what is wrong (or ask the inspector to return it to you).",
)

# -- four eyes: who may sign an incident off ------------------------------------------------
SIGNER_DISABLED = message(
    "signoff.signer_disabled", "Your account is disabled: sign in again or ask an administrator."
)
ONLY_INSPECTOR_SIGNS = message(
    "signoff.only_inspector", "Only an inspector can sign incidents off."
)
CONTRIBUTED = message(
    "signoff.contributed",
    "You recorded something on {ref} (answers, grade, risk, checklist, narrative, details or "
    "its handling), so another inspector must sign it off.",
)
ALREADY_FINALISED = message("signoff.already_finalised", "{ref} is already finalised.")
NOT_AWAITING = message("signoff.not_awaiting", "{ref} is {state}, not awaiting sign-off.")

# -- closure checklist answers ---------------------------------------------------------------
CHOOSE_OPTIONS = message("checklist.choose_options", "{item}: choose one or more of {options}")
CHOOSE_OPTIONS_NOT = message(
    "checklist.choose_options_not", "{item}: choose one or more of {options} (not {bad})"
)
NONE_WITH_OTHERS = message(
    "checklist.none_with_others", "{item}: 'none' cannot be chosen with other answers"
)
WRITE_AT_LEAST = message(
    "checklist.write_at_least",
    "{item}: write at least {minimum} characters (this is read by the inspector and the next "
    "handler)",
)
AT_MOST_20000 = message("checklist.at_most", "{item}: at most 20,000 characters")
ANSWER_ONE_OF = message("checklist.answer_one_of", "{item}: answer one of {choices}")

# -- quality assurance ----------------------------------------------------------------------
QA_SEED = message("qa.seed", "The seed must be a whole number from 0 to {largest}.")
QA_SAMPLE_SIZE = message("qa.sample_size", "The sample size must be 1 to 50 calls per handler.")
QA_ALREADY_DRAWN = message(
    "qa.already_drawn",
    "The week of {week} was already drawn by {who} (seed {seed}); review that sample, or add "
    "--dry-run to see another draw.",
)
QA_NO_SAMPLED_CALL = message(
    "qa.no_sampled_call", "No sampled call {call}: choose one from the week's sample."
)
QA_OWN_CALL = message("qa.own_call", "You took {ref}: another inspector must review it.")
QA_SCORE_EVERY = message(
    "qa.score_every", "Score every item of the checklist; not scored: {missing}."
)
QA_ONLY_OWN = message("qa.only_own", "A handler sees only their own {doing}, not {handler}'s.")
QA_ROLE_CANNOT_SEE = message("qa.role_cannot_see", "Your role ({role}) cannot see {doing}.")
QA_WEEKS = message("qa.weeks", "Give a number of weeks from 1 to {largest}.")
QA_NO_ACCOUNT = message("qa.no_account", "No account {handler!r}: give a handler's username.")

# -- a control-room workstation during an outage --------------------------------------------
NEEDS_SERVER = message(
    "outage.needs_server",
    "{what} needs the server, which cannot be reached now. What this workstation can keep is "
    "kept and sent when the server is back; follow the outage procedure (radio) and try again "
    "once the status bar says Online.",
)
NOT_YET_SENT = message(
    "outage.not_yet_sent",
    "{what}: incident {ref} has work kept on this workstation during the outage that has not "
    "reached the server yet (the server's copy is not up to date). Wait until the status bar "
    "says Online and nothing is waiting, then try again.",
)
ONLY_TAKERS_HAVE_RETURNS = message(
    "signoff.only_takers_have_returns",
    "Only handlers and inspectors have incidents returned to them.",
)
ONLY_INSPECTOR_CAN = message("signoff.only_inspector_can", "Only an inspector can {doing}.")
CHART_WEEKS = message(
    "oversight.chart_weeks", "A chart covers 1 to {largest} weeks (five years), not {weeks!r}."
)

"""What the call's answers tell the attending officers, in words: who called, where the
suspect is, when each red flag happened, the homicide risk factors and the barriers.

Plain functions of the counted answers (canonical facts and the script's own text facts,
by fact id); ``briefing`` puts the lines on the page. A fact not asked gives no line,
except where "not asked" is itself worth telling the officers.
"""

from __future__ import annotations

from collections.abc import Mapping

from callhandler.domain.facts import FactValue

Answers = Mapping[str, FactValue]
NOT_ASKED = "not asked"

WHEN_WORDS = {
    "now": "happening now",
    "today": "earlier today",
    "before": "before today",
    "unknown": "time not known",
}
LOCATION_WORDS = {
    "present": "there, with the victim",
    "outside_or_nearby": "outside or nearby",
    "on_the_way": "on the way",
    "left": "has left",
    "in_custody": "in custody",
    "unknown": "not known",
}
CALLER_WORDS = {
    "victim": "the victim",
    "child": "the victim's child",
    "family_or_friend": "a relative or friend",
    "neighbour": "a neighbour",
    "professional": "a professional",
    "other": "someone else",
    "unknown": "not known",
}
THIRD_PARTY = frozenset({"child", "family_or_friend", "neighbour", "professional", "other"})
NEARBY = frozenset({"present", "outside_or_nearby", "on_the_way"})
BARRIER_LINES = {
    "language": (
        "Language: use an independent interpreter, never a family member, a child or the suspect"
    ),
    "disability": "Disability: ask what the victim needs to be heard",
    "immigration": "Immigration status: the victim may fear removal",
}


def word(value: FactValue | None) -> str:
    """A fact's value as it is stored, or "not asked"."""
    if value is None or value == "":
        return NOT_ASKED
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def text(value: FactValue | None) -> str:
    """A free-text fact, or "" when it was not given."""
    if value is None:
        return ""
    return " ".join(value) if isinstance(value, tuple) else str(value)


def when(answers: Answers, fact_id: str) -> str:
    """When a red flag happened, in words ("time not asked" until the timing is asked)."""
    value = answers.get(fact_id)
    return "time not asked" if value is None else WHEN_WORDS.get(str(value), str(value))


def caller(answers: Answers) -> str:
    """Who called, marked as a third party when it was not the victim; "" if not asked."""
    value = answers.get("caller_relationship")
    if not isinstance(value, str):
        return ""
    words = CALLER_WORDS.get(value, value)
    return f"{words} (third party)" if value in THIRD_PARTY else words


def is_third_party(answers: Answers) -> bool:
    return answers.get("caller_relationship") in THIRD_PARTY


def suspect_location(answers: Answers) -> str:
    value = answers.get("suspect_location")
    return LOCATION_WORDS.get(str(value), str(value)) if value is not None else NOT_ASKED


def suspect_nearby(answers: Answers) -> bool:
    """There, outside, nearby or on the way, by either answer."""
    return answers.get("suspect_present") == "yes" or answers.get("suspect_location") in NEARBY


def weapon_line(answers: Answers) -> str:
    """The first line of the weapons box: what this call said, and when."""
    value = answers.get("weapon")
    if value == "yes":
        return f"WEAPON reported on this call: {when(answers, 'weapon_when')}"
    if value == "no":
        return "No weapon reported on this call"
    return f"Weapon on this call: {word(value)}"


def firearms_lines(answers: Answers) -> list[str]:
    value = answers.get("firearms_access")
    if value == "yes":
        return ["FIREARMS: the suspect has access to a gun or holds a licence"]
    if value == "unknown":
        return ["Access to firearms: not known"]
    return []


def red_flags(answers: Answers) -> tuple[str, ...]:
    """Strangulation, a threat to kill and sexual assault, each with when it happened."""
    lines = []
    if answers.get("strangulation") == "yes":
        lines.append(f"STRANGULATION or choking: {when(answers, 'strangulation_when')}")
    if answers.get("threat_to_kill") == "yes":
        lines.append(f"THREAT TO KILL: {when(answers, 'threat_to_kill_when')}")
    abuse = answers.get("abuse_types")
    if isinstance(abuse, tuple) and "sexual" in abuse:
        lines.append(f"SEXUAL ASSAULT: {when(answers, 'sexual_assault_when')}")
    return tuple(lines)


def risk_factors(answers: Answers) -> tuple[str, ...]:
    """The homicide risk factors answered yes (DASH red flags), most urgent first."""
    lines = []
    if answers.get("suspect_suicide_threat") == "yes":
        lines.append("Suspect has threatened suicide (a homicide warning too)")
    if answers.get("separation") == "yes":
        lines.append("Recent or planned separation")
    if answers.get("pregnant_or_new_baby") == "yes":
        lines.append("Victim pregnant or with a new baby")
    if answers.get("victim_16_or_17") == "yes":
        lines.append("Victim aged 16 or 17: a child too (children's services, young people's IDVA)")
    return tuple(lines)


def contact_line(answers: Answers) -> str | None:
    """An order or bail in force and the suspect in contact now: that is the breach."""
    if answers.get("order_or_bail_in_force") != "yes":
        return None
    value = answers.get("suspect_contacting_now")
    if value == "yes":
        return "Suspect CONTACTING THE VICTIM NOW: the breach"
    if value is None:
        return None
    return f"Suspect contacting the victim now: {word(value)}"


def barriers(answers: Answers) -> tuple[str, ...]:
    value = answers.get("barriers")
    if not isinstance(value, tuple):
        return ()
    return tuple(BARRIER_LINES.get(v, v) for v in value)

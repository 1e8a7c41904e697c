"""The fixed vocabularies synthetic history is drawn from: categories, grades, markers, wording.

Proportions follow DOMAIN.md (domestic abuse is about 6-7 % of calls for assistance) and
what a control room actually logs; every string here is invented.
"""

from __future__ import annotations

# Share of all incidents flagged domestic abuse; each seed draws a figure in this range.
DA_SHARE_RANGE = (0.06, 0.08)
HISTORY_DAYS = 3 * 365 + 1

# (category, relative frequency, weights for grades 1..4) for calls that are not domestic abuse.
GENERAL_CATEGORIES: tuple[tuple[str, float, tuple[int, int, int, int]], ...] = (
    ("concern for welfare", 14, (25, 45, 20, 10)),
    ("anti-social behaviour", 13, (3, 27, 40, 30)),
    ("suspicious circumstances", 10, (15, 45, 25, 15)),
    ("theft", 9, (4, 21, 45, 30)),
    ("road traffic collision", 8, (35, 40, 15, 10)),
    ("assault", 6, (40, 40, 15, 5)),
    ("criminal damage", 6, (5, 30, 45, 20)),
    ("mental health crisis", 5, (40, 40, 10, 10)),
    ("burglary", 5, (20, 40, 35, 5)),
    ("missing person", 4, (30, 50, 15, 5)),
    ("noise complaint", 4, (0, 10, 30, 60)),
    ("public order", 4, (30, 40, 20, 10)),
    ("abandoned call", 4, (10, 30, 20, 40)),
    ("harassment", 3, (5, 30, 45, 20)),
    ("fraud", 3, (0, 10, 45, 45)),
    ("neighbour dispute", 3, (2, 18, 45, 35)),
    ("highways disruption", 3, (20, 50, 15, 15)),
    ("sudden death", 0.5, (20, 70, 10, 0)),
)

# (category, relative frequency) for incidents flagged domestic abuse.
DA_CATEGORIES: tuple[tuple[str, float], ...] = (
    ("domestic abuse", 72),
    ("assault", 12),
    ("harassment", 7),
    ("breach of order", 4),
    ("concern for welfare", 3),
    ("abandoned call", 2),
)

CATEGORIES: tuple[str, ...] = tuple(
    dict.fromkeys([c for c, _, _ in GENERAL_CATEGORIES] + [c for c, _ in DA_CATEGORIES])
)

RISK_WEIGHTS = (("standard", 58), ("medium", 29), ("high", 13))

# grade weights for a domestic-abuse incident by its risk level: never grade 4; grade 3
# (an appointment) survives in old history, as the 2014 inspection found.
DA_GRADES = {
    "standard": (15, 70, 15, 0),
    "medium": (35, 60, 5, 0),
    "high": (80, 20, 0, 0),
}

DOMESTIC_ABUSE = "domestic_abuse"
HIGH_RISK_DA_VICTIM = "high_risk_da_victim"
MARAC = "marac"
TREAT_AS_EMERGENCY = "treat_as_emergency"
CHILDREN_AT_ADDRESS = "children_at_address"
WEAPONS = "weapons"
OFFICER_SAFETY = "officer_safety"
MARKER_TYPES = (
    DOMESTIC_ABUSE,
    HIGH_RISK_DA_VICTIM,
    MARAC,
    TREAT_AS_EMERGENCY,
    CHILDREN_AT_ADDRESS,
    WEAPONS,
    OFFICER_SAFETY,
)
MARKER_TEXT = {
    DOMESTIC_ABUSE: "Previous domestic abuse at this location; check history before deploying.",
    HIGH_RISK_DA_VICTIM: "High-risk domestic abuse victim (DASH high). Grade 1 to any call.",
    MARAC: "Victim discussed at MARAC; inform the IDVA of any new incident.",
    TREAT_AS_EMERGENCY: "Treat any call from this number as an emergency, including silent calls.",
    CHILDREN_AT_ADDRESS: "Children live at this address; account for them on attendance.",
    WEAPONS: "Known to keep or use weapons (knife mentioned in previous incidents).",
    OFFICER_SAFETY: "Officer safety: minimum two officers; hostile to police.",
}
SEED_SET_BY = "seed"

# Fraction of each day's calls by hour (UTC), busiest in the evening.
HOUR_WEIGHTS = (
    3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 5,
    5, 5, 5, 6, 6, 7, 7, 8, 8, 7, 6, 4,
)  # fmt: skip

STREET_SUFFIXES = (
    ("Road", 20), ("Street", 16), ("Lane", 10), ("Avenue", 8), ("Close", 8), ("Drive", 6),
    ("Court", 4), ("Crescent", 4), ("Place", 3), ("Gardens", 4), ("Terrace", 4),
    ("Grove", 3), ("Way", 4), ("Park", 2), ("Square", 1), ("Walk", 2), ("Mews", 1),
    ("Rise", 1), ("Row", 1), ("Hill", 2), ("View", 1), ("Green", 1),
)  # fmt: skip
STREET_WORDS = (
    "Mill", "Church", "Station", "High", "Park", "Victoria", "Albert", "Queens", "Kings",
    "Manor", "Chapel", "School", "Market", "Bridge", "Meadow", "Orchard", "Willow", "Oak",
    "Elm", "Beech", "Ash", "Cedar", "Holly", "Rowan", "Brook", "Spring", "Well", "Castle",
    "Abbey", "Priory", "Water", "North", "South", "West", "East", "New", "Old", "Green",
)  # fmt: skip
TOWN_SUFFIXES = (
    "ton", "ham", "bury", "field", "ford", "ley", "worth", "by", "wick", "stead", "combe",
    "minster", "bridge", "well", "thorpe",
)  # fmt: skip

SUMMARIES: dict[str, tuple[str, ...]] = {
    "concern for welfare": (
        "Caller worried about an elderly neighbour not seen for three days",
        "Relative unable to contact caller's mother, who lives alone",
        "Man seen sitting in the rain appearing confused",
        "Caller concerned for a friend who sent worrying messages",
    ),
    "anti-social behaviour": (
        "Group of youths throwing stones at windows",
        "Motorbikes being ridden on the footpath",
        "Youths gathering and shouting late at night",
    ),
    "suspicious circumstances": (
        "Two men seen trying car door handles",
        "Van parked for hours with engine running",
        "Person seen looking through windows of houses",
    ),
    "theft": (
        "Bicycle taken from front garden overnight",
        "Parcel stolen from doorstep",
        "Catalytic converter removed from parked car",
    ),
    "road traffic collision": (
        "Two-car collision, one driver complaining of neck pain",
        "Car has left the road and hit a lamp post",
        "Cyclist knocked off bike by a turning van",
    ),
    "assault": (
        "Man punched outside a takeaway",
        "Fight between two neighbours over parking",
        "Caller assaulted by a stranger on the way home",
    ),
    "criminal damage": (
        "Car tyres slashed overnight",
        "Front window smashed, nobody seen",
        "Graffiti sprayed on garage door",
    ),
    "mental health crisis": (
        "Man threatening to harm himself, talking calmly",
        "Woman in distress standing on a bridge parapet",
    ),
    "burglary": (
        "Back door forced while the family was out",
        "Caller woke to find the shed broken into",
    ),
    "missing person": (
        "Teenager has not returned home from school",
        "Care home resident walked out and has not returned",
    ),
    "noise complaint": (
        "Loud music from the flat above past midnight",
        "Party with shouting continuing into the early hours",
    ),
    "public order": (
        "Crowd shouting outside a pub closing time",
        "Man swearing at passers-by and kicking bins",
    ),
    "abandoned call": (
        "Silent 999 call, line open, background noise only",
        "Call cut off after caller said help",
        "Abandoned call, no answer on call-back",
    ),
    "harassment": (
        "Caller receiving repeated unwanted messages",
        "Ex-colleague keeps turning up outside caller's home",
    ),
    "fraud": (
        "Elderly caller tricked into handing over bank card",
        "Caller paid a deposit for a car that does not exist",
    ),
    "neighbour dispute": (
        "Ongoing row about a boundary fence",
        "Neighbours arguing about bins left on the path",
    ),
    "highways disruption": (
        "Fallen tree blocking the road",
        "Cattle loose on the carriageway",
    ),
    "sudden death": ("Caller found a relative unresponsive in bed",),
    "domestic abuse": (
        "Caller says partner shouted at her and smashed her phone",
        "Ex-partner turned up drunk and would not leave",
        "Partner checks her phone and controls all the money",
        "Caller says husband pushed her against the wall",
        "Argument overheard, woman screaming, children crying",
        "Partner threatened to kill her if she leaves",
        "Caller says partner has stopped her seeing her family",
        "Son has taken mother's bank card and threatened her",
    ),
    "breach of order": (
        "Ex-partner at the door despite a non-molestation order",
        "Suspect has breached bail by contacting the victim",
    ),
}

"""Build a synthetic history in memory: fictional people, places and drama-range numbers.

Pure and deterministic: the same seed and ``now`` give the same world. Faker (en_GB,
seeded) fills small pools of names and streets once; everything else is drawn from one
``random.Random`` so a million incidents take seconds, not minutes.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field

try:
    from faker import Faker
except ImportError as missing:  # the workstation does not install the synthetic extra
    from callhandler.errors import CallHandlerError

    raise CallHandlerError(
        "synthetic data (the demo database, seed, bench) needs the optional package faker: "
        "install it with pip install 'callhandler[synthetic]'"
    ) from missing

from callhandler.domain.normalise import (
    ABBREVIATIONS,
    PhoneNumber,
    address_key,
    name_key,
    normalise_phone,
    normalise_postcode,
)
from callhandler.synthetic.text import (
    DA_SHARE_RANGE,
    GENERAL_CATEGORIES,
    HISTORY_DAYS,
    HOUR_WEIGHTS,
    MARKER_TEXT,
    OFFICER_SAFETY,
    STREET_SUFFIXES,
    STREET_WORDS,
    SUMMARIES,
    TOWN_SUFFIXES,
    WEAPONS,
)

DAY = 86_400
YEAR = 365 * DAY

# Ofcom's numbers reserved for drama (TV and radio), every range: 1,000 numbers each.
DRAMA_RANGES = (
    "07700 900", "01632 960", "0113 496 0", "0114 496 0", "0115 496 0", "0116 496 0",
    "0117 496 0", "0118 496 0", "0121 496 0", "0131 496 0", "0141 496 0", "0151 496 0",
    "0161 496 0", "0191 498 0", "020 7946 0", "028 9649 6", "029 2018 0", "0808 157 0",
    "0909 879 0", "0306 999 0",
)  # fmt: skip
DRAMA_NUMBERS = tuple(f"{prefix}{n:03d}" for prefix in DRAMA_RANGES for n in range(1000))
# The declared worst case the bench times separately: one number with this many
# incidents (a repeat caller), in every world of at least WORST_CASE_FROM incidents.
WORST_CASE_NUMBER = "07700 900500"
WORST_CASE_CALLS = 500
WORST_CASE_FROM = 20_000
# How many incidents one number or one address carries: P(c) proportional to c^-2, so
# most carry 1-3 (about 83 %) with a long tail up to the cap.
ZIPF_EXPONENT = 2.0
PHONE_CAP = 300
ADDRESS_CAP = 200
NO_NUMBER = -1

_SHORT_FORMS = {long: short for short, long in ABBREVIATIONS.items() if len(short) > 1}
_PREFERRED_SHORT = {"road": "Rd", "street": "St", "avenue": "Ave", "close": "Cl", "lane": "Ln"}

# (marker type, text, target kind "address"/"phone"/"person", target index, seconds valid or None)
MarkerSpec = tuple[str, str, str, int, int | None]
# An incident as built: times are whole seconds since 1970 (UTC).
# (opened, closed, phone index or -1, address index or -1, category, domestic abuse, grade,
#  risk level, children present, summary, ((person index, role), ...), markers placed after it)
IncidentSpec = tuple[
    int, int, int, int, str, bool, int, str, bool, str, tuple[tuple[int, str], ...],
    tuple[MarkerSpec, ...],
]  # fmt: skip


def cumulative(weights: list[float] | tuple[float, ...]) -> list[float]:
    return list(itertools.accumulate(weights))


@dataclass
class Street:
    name: str
    town: str
    key: str  # address_key of "street, town": the middle of every address key on it
    postcodes: tuple[str, ...]


@dataclass
class World:
    """Everything one seed produces, with list indexes standing in for database ids."""

    now: int
    phones: list[PhoneNumber]
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # display, key, postcode
    people: list[tuple[str, str, int]] = field(default_factory=list)  # name, key, dob ordinal
    incidents: list[IncidentSpec] = field(default_factory=list)
    loose_markers: list[tuple[MarkerSpec, int]] = field(default_factory=list)  # spec, set at


class Pools:
    """Names and streets from Faker, drawn once per seed."""

    def __init__(self, rng: random.Random, faker: Faker, n_streets: int) -> None:
        self.female = sorted({faker.first_name_female() for _ in range(400)})
        self.male = sorted({faker.first_name_male() for _ in range(400)})
        self.last = sorted({faker.last_name() for _ in range(1500)})
        self.key_of = {n: name_key(n) for n in self.female + self.male + self.last}
        towns = sorted({rng.choice(self.last) + rng.choice(TOWN_SUFFIXES) for _ in range(60)})
        suffixes = [s for s, _ in STREET_SUFFIXES]
        suffix_cw = cumulative([w for _, w in STREET_SUFFIXES])
        seen: set[tuple[str, str]] = set()
        self.streets: list[Street] = []
        attempts = 0
        while len(self.streets) < n_streets and attempts < n_streets * 20:
            attempts += 1
            base = rng.choice(STREET_WORDS) if rng.random() < 0.3 else rng.choice(self.last)
            name = f"{base} {rng.choices(suffixes, cum_weights=suffix_cw)[0]}"
            town = rng.choice(towns)
            if (name, town) in seen:
                continue
            postcodes = []
            for _ in range(rng.randint(1, 3)):
                pc = normalise_postcode(faker.postcode())
                if pc is not None and pc.valid:
                    postcodes.append(pc.text)
            street = Street(name, town, address_key(f"{name}, {town}"), tuple(postcodes))
            if postcodes and _variants_agree(street):
                seen.add((name, town))
                self.streets.append(street)


def _short(street: str) -> str:
    words = street.split()
    last = words[-1].lower()
    short = _PREFERRED_SHORT.get(last) or _SHORT_FORMS.get(last)
    return " ".join(words[:-1] + [short.capitalize()]) if short else street


def address_variants(street: Street, number: int, flat: int) -> tuple[str, str, str]:
    """Three ways a handler types the same address; all share one ``address_key``."""
    if flat:
        return (
            f"Flat {flat}, {number} {street.name}, {street.town}",
            f"{number} {_short(street.name)} Flat {flat}, {street.town}",
            f"{flat}/{number} {street.name.lower()}, {street.town.lower()}",
        )
    return (
        f"{number} {street.name}, {street.town}",
        f"{number} {_short(street.name)}, {street.town}",
        f"{number} {street.name.lower()} {street.town.lower()}",
    )


def composed_key(street: Street, number: int, flat: int, postcode: str) -> str:
    prefix = f"FLAT {flat} " if flat else ""
    return f"{prefix}{number} {street.key} {postcode}"


def _variants_agree(street: Street) -> bool:
    """Keep only streets whose typed variants really normalise to the composed key."""
    pc = street.postcodes[0]
    return all(
        address_key(text, pc) == composed_key(street, number, flat, pc)
        for number, flat in ((14, 2), (7, 0))
        for text in address_variants(street, number, flat)
    )


class WorldBuilder:
    """Draws one world: addresses with residents, general calls, and domestic-abuse series."""

    def __init__(self, seed: int, now: int, incidents: int) -> None:
        self.rng = random.Random(seed)
        faker = Faker("en_GB")
        faker.seed_instance(seed)
        self.n = incidents
        self.now = now
        self.today = now // DAY * DAY
        self.span = HISTORY_DAYS * DAY
        n_addresses = max(30, round(incidents / zipf_mean(ADDRESS_CAP) * 0.92))
        self.pools = Pools(self.rng, faker, max(10, min(3000, n_addresses // 50)))
        self.world = World(now=now, phones=[_phone(t) for t in DRAMA_NUMBERS])
        self.worst = DRAMA_NUMBERS.index(WORST_CASE_NUMBER) if incidents >= WORST_CASE_FROM else -1
        others = [i for i in range(len(DRAMA_NUMBERS)) if i != self.worst]
        self._phone_deck = deck(self.rng, others, PHONE_CAP)
        self.da_target = round(incidents * self.rng.uniform(*DA_SHARE_RANGE))
        self.hour_seconds = [3600 * (h - 1) for h in _table(HOUR_WEIGHTS, slots=1000)]
        self._people_seen: set[tuple[str, int]] = set()
        self._streets: list[tuple[Street, int, int]] = []  # per address: street, number, flat
        self._build_addresses(n_addresses)

    # -- places and people ----------------------------------------------------------

    def _build_addresses(self, count: int) -> None:
        rng, streets = self.rng, self.pools.streets
        seen: set[tuple[int, int, int]] = set()
        styles = cumulative([70, 20, 10])
        while len(self._streets) < count:
            s = rng.randrange(len(streets))
            number = rng.randint(1, 160)
            flat = rng.randint(1, 6) if rng.random() < 0.2 else 0
            if (s, number, flat) in seen:
                continue
            seen.add((s, number, flat))
            street = streets[s]
            postcode = street.postcodes[number % len(street.postcodes)]
            variants = address_variants(street, number, flat)
            display = variants[bisect.bisect(styles, rng.random() * 100)]
            key = composed_key(street, number, flat, postcode)
            self.world.addresses.append((display, key, postcode))
            self._streets.append((street, number, flat))
        self._variants: list[tuple[str, str, str] | None] = [None] * count
        self._address_deck = deck(rng, list(range(count)), ADDRESS_CAP)
        self._home_phone = [-2] * count  # drawn at the first call from the address
        self.resident = [self.person(min_age=18, max_age=85) for _ in range(count)]

    def draw_phone(self) -> int:
        """The next number to call (NO_NUMBER once the drama ranges are used up: beyond
        about 80,000 incidents the rest carry no number, so no number carries more than
        its share of a real force's history)."""
        return self._phone_deck.pop() if self._phone_deck else NO_NUMBER

    def draw_address(self) -> int:
        if self._address_deck:
            return self._address_deck.pop()
        return int(self.rng.random() * len(self.world.addresses))

    def home(self, address: int) -> int:
        """The address's landline (drawn when first used)."""
        phone = self._home_phone[address]
        if phone == -2:
            phone = self._home_phone[address] = self.draw_phone()
        return phone

    def typed(self, address: int) -> str:
        """The address as one handler typed it: one of its variant spellings."""
        variants = self._variants[address]
        if variants is None:
            variants = self._variants[address] = address_variants(*self._streets[address])
        return variants[int(self.rng.random() * 2.4)]

    def person(self, *, min_age: int, max_age: int, female: float = 0.5) -> int:
        r, pools = self.rng.random, self.pools
        today_ordinal = 719_163 + self.today // DAY  # date(1970, 1, 1).toordinal() == 719163
        days = (max_age - min_age + 1) * 365
        while True:
            firsts = pools.female if r() < female else pools.male
            first = firsts[int(r() * len(firsts))]
            last = pools.last[int(r() * len(pools.last))]
            dob = today_ordinal - min_age * 365 - int(r() * days)
            key = f"{pools.key_of[first]} {pools.key_of[last]}"
            if (key, dob) not in self._people_seen:
                self._people_seen.add((key, dob))
                self.world.people.append((f"{first} {last}", key, dob))
                return len(self.world.people) - 1

    def time_of_day(self, day_start: int) -> int:
        """A moment on that day (never today or later), busier in the evening."""
        r = self.rng.random
        day = min(day_start - day_start % DAY, self.today - DAY)
        return day + self.hour_seconds[int(r() * 1000)] + int(r() * 3600)

    def summary(self, category: str, address: int) -> str:
        options = SUMMARIES[category]
        text = options[int(self.rng.random() * len(options))]
        return f"{text} at {self.typed(address)}." if address >= 0 else f"{text}."

    # -- general calls --------------------------------------------------------------

    def general_incidents(self, count: int) -> None:
        rng, r = self.rng, self.rng.random
        names = [c for c, _, _ in GENERAL_CATEGORIES]
        categories = rng.choices(names, cum_weights=cumulative([w for _, w, _ in GENERAL_CATEGORIES]), k=count)  # fmt: skip
        grade_table = {c: _table(g) for c, _, g in GENERAL_CATEGORIES}
        out = self.world.incidents
        for n, category in enumerate(categories):
            if n < WORST_CASE_CALLS and self.worst >= 0:
                self._worst_case_call(category)
                continue
            opened = self.time_of_day(self.today - int(r() * self.span))
            closed = min(opened + 1200 + int(r() * r() * 2 * DAY), self.now)
            roll = r()
            address = self.draw_address() if roll > 0.08 else -1
            phone = NO_NUMBER if address >= 0 and roll < 0.18 else self.draw_phone()
            people: tuple[tuple[int, str], ...] = ()
            if address >= 0 and r() < 0.6:
                people = ((self.resident[address], "caller"),)
            grade = grade_table[category][int(r() * 100)]
            out.append(
                (opened, closed, phone, address, category, False, grade, "none", False,
                 self.summary(category, address), people, ())
            )  # fmt: skip

    def _worst_case_call(self, category: str) -> None:
        """One of the declared worst case's calls: the same number from anywhere."""
        r = self.rng.random
        opened = self.time_of_day(self.today - int(r() * self.span))
        closed = min(opened + 1200, self.now)
        grade = 3
        self.world.incidents.append(
            (opened, closed, self.worst, -1, category, False, grade, "none", False,
             self.summary(category, -1), (), ())
        )  # fmt: skip

    def loose_markers(self) -> None:
        """Officer-safety and weapons markers on a few addresses and people, unrelated to DA."""
        rng = self.rng
        n_addresses = len(self.world.addresses)
        for _ in range(max(1, n_addresses // 400)):
            address = int(n_addresses * rng.random() * rng.random())
            kind = rng.choice((OFFICER_SAFETY, WEAPONS))
            set_at = self.today - rng.randrange(self.span)
            expires = 2 * YEAR if rng.random() < 0.5 else None
            self.world.loose_markers.append(
                ((kind, MARKER_TEXT[kind], "address", address, expires), set_at)
            )
            if rng.random() < 0.5:
                spec = (WEAPONS, MARKER_TEXT[WEAPONS], "person", self.resident[address], None)
                self.world.loose_markers.append((spec, set_at))

    def finish(self) -> World:
        self.world.incidents.sort(key=_opened)
        return self.world


def zipf_mean(cap: int, exponent: float = ZIPF_EXPONENT) -> float:
    weights: list[float] = [1.0 / c**exponent for c in range(1, cap + 1)]
    total: float = sum(c * w for c, w in enumerate(weights, start=1))
    return total / sum(weights)


def deck(rng: random.Random, items: list[int], cap: int) -> list[int]:
    """``items`` each repeated a long-tailed number of times (1 to ``cap``), shuffled:
    popping it hands out each item as often as its share says."""
    cw = cumulative([1.0 / c**ZIPF_EXPONENT for c in range(1, cap + 1)])
    r, total = rng.random, cw[-1]
    cards: list[int] = []
    for item in items:
        cards += [item] * (bisect.bisect(cw, r() * total) + 1)
    rng.shuffle(cards)
    return cards


def _opened(spec: IncidentSpec) -> int:
    return spec[0]


def _table(weights: tuple[int, ...], slots: int = 100) -> list[int]:
    """A lookup of ``slots`` entries (values 1, 2, …) so a weighted draw costs one random()."""
    total = sum(weights)
    table: list[int] = []
    for value, weight in enumerate(weights, start=1):
        table += [value] * round(weight * slots / total)
    return (table + [table[-1]] * slots)[:slots]


def _phone(text: str) -> PhoneNumber:
    number = normalise_phone(text)
    assert number is not None, text
    return number

"""Draw a synthetic history: fictional people, places and drama-range numbers.

Pure and deterministic: the same seed and ``now`` give the same blocks of incidents.
Faker (en_GB, seeded) fills small pools of names and streets once (``places``);
everything else is drawn from one ``random.Random`` so a million incidents take
seconds, not minutes.
"""

from __future__ import annotations

import bisect
import random
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from callhandler.domain.normalise import PhoneNumber, normalise_phone
from callhandler.synthetic.places import (
    Pools,
    address_variant,
    composed_key,
    cumulative,
    seeded_faker,
)
from callhandler.synthetic.text import (
    DA_SHARE_RANGE,
    GENERAL_CATEGORIES,
    HISTORY_DAYS,
    HOUR_WEIGHTS,
    MARKER_TEXT,
    OFFICER_SAFETY,
    SUMMARIES,
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
# Streets to put the addresses on (50 addresses a street): 20,000 give 10,000,000
# incidents' 2.6 million addresses room without drawing the same house again and again.
MAX_STREETS = 20_000
# Incidents drawn (and sorted by opening time) at a time: part of what a seed means, so
# it never changes with how the rows are written.
BLOCK_INCIDENTS = 20_000

# (marker type, text, target kind "address"/"phone"/"person", target index, seconds valid or None)
MarkerSpec = tuple[str, str, str, int, int | None]
# An incident as built: times are whole seconds since 1970 (UTC).
# (opened, closed, phone index or -1, address index or -1, category, domestic abuse, grade,
#  risk level, children present, summary, ((person index, role), ...), markers placed after it)
IncidentSpec = tuple[
    int, int, int, int, str, bool, int, str, bool, str, tuple[tuple[int, str], ...],
    tuple[MarkerSpec, ...],
]  # fmt: skip


@dataclass
class World:
    """Everything one seed produces, with list indexes standing in for database ids
    (``build_world``: small runs and tests; ``seed`` streams the same blocks instead)."""

    now: int
    phones: list[PhoneNumber]
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # display, key, postcode
    people: list[tuple[str, str, int]] = field(default_factory=list)  # name, key, dob ordinal
    incidents: list[IncidentSpec] = field(default_factory=list)
    loose_markers: list[tuple[MarkerSpec, int]] = field(default_factory=list)  # spec, set at


class WorldBuilder:
    """Draws one world: addresses with residents, general calls, and domestic-abuse series.

    Incidents come in blocks (``blocks``) of BLOCK_INCIDENTS, each sorted by when the call
    was opened, with its share of domestic abuse; addresses and people are kept as small
    integer arrays and turned into text only when a block first uses them, so memory
    grows with the number of places and people, not with the incidents' text.
    """

    def __init__(self, seed: int, now: int, incidents: int) -> None:
        self.rng = random.Random(seed)
        faker = seeded_faker(seed)
        self.n = incidents
        self.now = now
        self.today = now // DAY * DAY
        self.span = HISTORY_DAYS * DAY
        n_addresses = max(30, round(incidents / zipf_mean(ADDRESS_CAP) * 0.92))
        self.pools = Pools(self.rng, faker, max(10, min(MAX_STREETS, n_addresses // 50)))
        self.phones = [_phone(t) for t in DRAMA_NUMBERS]
        self.worst = DRAMA_NUMBERS.index(WORST_CASE_NUMBER) if incidents >= WORST_CASE_FROM else -1
        self.worst_left = WORST_CASE_CALLS if self.worst >= 0 else 0
        others = [i for i in range(len(DRAMA_NUMBERS)) if i != self.worst]
        self._phone_deck = deck(self.rng, others, PHONE_CAP)
        self.da_target = round(incidents * self.rng.uniform(*DA_SHARE_RANGE))
        self.hour_seconds = [3600 * (h - 1) for h in _table(HOUR_WEIGHTS, slots=1000)]
        self._people_seen: set[int] = set()
        # people: first-name index, last-name index, date of birth (ordinal)
        self.p_first, self.p_last, self.p_dob = array("i"), array("i"), array("i")
        # addresses: street index, house number, flat (0: none), how it was first typed
        self.a_street, self.a_number = array("i"), array("i")
        self.a_flat, self.a_style = array("b"), array("b")
        self.out: list[IncidentSpec] = []  # the block being drawn
        self._build_addresses(n_addresses)

    # -- places and people ----------------------------------------------------------

    def _build_addresses(self, count: int) -> None:
        rng, r, n_streets = self.rng, self.rng.random, len(self.pools.streets)
        seen = bytearray(n_streets * 161 * 7)  # one byte per street, house number and flat
        styles = cumulative([70, 20, 10])
        while len(self.a_street) < count:
            s = int(r() * n_streets)
            number = 1 + int(r() * 160)
            flat = 1 + int(r() * 6) if r() < 0.2 else 0
            place = (s * 161 + number) * 7 + flat
            if seen[place]:
                continue
            seen[place] = 1
            self.a_street.append(s)
            self.a_number.append(number)
            self.a_flat.append(flat)
            self.a_style.append(bisect.bisect(styles, r() * 100))
        del seen
        self.n_addresses = count
        self._address_deck = deck(rng, list(range(count)), ADDRESS_CAP)
        self._home_phone = array("i", [-2]) * count  # drawn at the first call from the address
        self._resident = array("i", [-1]) * count  # drawn when first needed

    def address_row(self, i: int) -> tuple[str, str, str]:
        """Address ``i`` as stored: display (as first typed), key, postcode."""
        street = self.pools.streets[self.a_street[i]]
        number, flat = self.a_number[i], self.a_flat[i]
        postcode = street.postcodes[number % len(street.postcodes)]
        display = address_variant(street, number, flat, self.a_style[i])
        return display, composed_key(street, number, flat, postcode), postcode

    def person_row(self, i: int) -> tuple[str, str, int]:
        """Person ``i`` as stored: name, name key, date of birth (ordinal)."""
        pools, first, last = self.pools, self.p_first[i], self.p_last[i]
        return (
            f"{pools.firsts[first]} {pools.last[last]}",
            f"{pools.first_keys[first]} {pools.last_keys[last]}",
            self.p_dob[i],
        )

    @property
    def n_people(self) -> int:
        return len(self.p_dob)

    def draw_phone(self) -> int:
        """The next number to call (NO_NUMBER once the drama ranges are used up: beyond
        about 80,000 incidents the rest carry no number, so no number carries more than
        its share of a real force's history)."""
        return _draw(self.rng, self._phone_deck) if self._phone_deck else NO_NUMBER

    def draw_address(self) -> int:
        if self._address_deck:
            return _draw(self.rng, self._address_deck)
        return int(self.rng.random() * self.n_addresses)

    def home(self, address: int) -> int:
        """The address's landline (drawn when first used)."""
        phone = self._home_phone[address]
        if phone == -2:
            phone = self._home_phone[address] = self.draw_phone()
        return phone

    def resident(self, address: int) -> int:
        """The person living at the address (drawn when first needed)."""
        person = self._resident[address]
        if person < 0:
            person = self._resident[address] = self.person(min_age=18, max_age=85)
        return person

    def typed(self, address: int) -> str:
        """The address as one handler typed it: one of its variant spellings."""
        street = self.pools.streets[self.a_street[address]]
        style = int(self.rng.random() * 2.4)
        return address_variant(street, self.a_number[address], self.a_flat[address], style)

    def person(self, *, min_age: int, max_age: int, female: float = 0.5) -> int:
        r, pools = self.rng.random, self.pools
        today_ordinal = 719_163 + self.today // DAY  # date(1970, 1, 1).toordinal() == 719163
        days = (max_age - min_age + 1) * 365
        n_female, n_male = pools.n_female, len(pools.firsts) - pools.n_female
        n_last, n_last_keys = len(pools.last), pools.last_kid[-1] + 1
        while True:
            if r() < female:
                first = int(r() * n_female)
            else:
                first = n_female + int(r() * n_male)
            last = int(r() * n_last)
            dob = today_ordinal - min_age * 365 - int(r() * days)
            code = (pools.first_kid[first] * n_last_keys + pools.last_kid[last]) * 4_000_000 + dob
            if code not in self._people_seen:
                self._people_seen.add(code)
                self.p_first.append(first)
                self.p_last.append(last)
                self.p_dob.append(dob)
                return len(self.p_dob) - 1

    def time_of_day(self, day_start: int) -> int:
        """A moment on that day (never today or later), busier in the evening."""
        r = self.rng.random
        day = min(day_start - day_start % DAY, self.today - DAY)
        return day + self.hour_seconds[int(r() * 1000)] + int(r() * 3600)

    def summary(self, category: str, address: int) -> str:
        options = SUMMARIES[category]
        text = options[int(self.rng.random() * len(options))]
        return f"{text} at {self.typed(address)}." if address >= 0 else f"{text}."

    # -- blocks of incidents --------------------------------------------------------

    def blocks(
        self, domestic_abuse: DrawsSeries, block: int = BLOCK_INCIDENTS
    ) -> Iterator[list[IncidentSpec]]:
        """The incidents, ``block`` at a time, each block sorted by opening time and
        holding its share of domestic abuse; the same seed gives the same blocks."""
        done = da_done = 0
        while done < self.n:
            size = min(block, self.n - done)
            quota = round(self.da_target * (done + size) / self.n) - da_done
            self.out = []
            made = domestic_abuse.run(min(quota, size))
            self.general_incidents(size - made)
            self.out.sort(key=_opened)
            done += size
            da_done += made
            yield self.out
        self.out = []

    def general_incidents(self, count: int) -> None:
        rng, r = self.rng, self.rng.random
        names = [c for c, _, _ in GENERAL_CATEGORIES]
        categories = rng.choices(names, cum_weights=_GENERAL_CW, k=count)
        grade_table, summaries = _GRADE_TABLES, SUMMARIES
        out, hour_seconds = self.out, self.hour_seconds
        draw_address, draw_phone, resident = self.draw_address, self.draw_phone, self.resident
        streets, a_street, a_number, a_flat = (
            self.pools.streets,
            self.a_street,
            self.a_number,
            self.a_flat,
        )
        last_day, now, variant = self.today - DAY, self.now, address_variant
        for category in categories:
            if self.worst_left:
                self.worst_left -= 1
                self._worst_case_call(category)
                continue
            # a day of the history (never today), busier in the evening
            opened = last_day - DAY * int(r() * HISTORY_DAYS) + hour_seconds[int(r() * 1000)]
            opened += int(r() * 3600)
            closed = opened + 1200 + int(r() * r() * 2 * DAY)
            if closed > now:
                closed = now
            roll = r()
            options = summaries[category]
            text = options[int(r() * len(options))]
            people: tuple[tuple[int, str], ...] = ()
            if roll > 0.08:
                address = draw_address()
                phone = NO_NUMBER if roll < 0.18 else draw_phone()
                typed = variant(
                    streets[a_street[address]], a_number[address], a_flat[address],
                    int(r() * 2.4),
                )  # fmt: skip
                summary = f"{text} at {typed}."
                if r() < 0.6:
                    people = ((resident(address), "caller"),)
            else:
                address, phone, summary = -1, draw_phone(), f"{text}."
            out.append(
                (opened, closed, phone, address, category, False,
                 grade_table[category][int(r() * 100)], "none", False, summary, people, ())
            )  # fmt: skip

    def _worst_case_call(self, category: str) -> None:
        """One of the declared worst case's calls: the same number from anywhere."""
        r = self.rng.random
        opened = self.time_of_day(self.today - int(r() * self.span))
        closed = min(opened + 1200, self.now)
        grade = 3
        self.out.append(
            (opened, closed, self.worst, -1, category, False, grade, "none", False,
             self.summary(category, -1), (), ())
        )  # fmt: skip

    def loose_markers(self) -> list[tuple[MarkerSpec, int]]:
        """Officer-safety and weapons markers on a few addresses and people, unrelated to DA."""
        rng = self.rng
        n_addresses = self.n_addresses
        out: list[tuple[MarkerSpec, int]] = []
        for _ in range(max(1, n_addresses // 400)):
            address = int(n_addresses * rng.random() * rng.random())
            kind = rng.choice((OFFICER_SAFETY, WEAPONS))
            set_at = self.today - rng.randrange(self.span)
            expires = 2 * YEAR if rng.random() < 0.5 else None
            out.append(((kind, MARKER_TEXT[kind], "address", address, expires), set_at))
            if rng.random() < 0.5:
                spec = (WEAPONS, MARKER_TEXT[WEAPONS], "person", self.resident(address), None)
                out.append((spec, set_at))
        return out


class DrawsSeries(Protocol):
    def run(self, target: int) -> int: ...


def zipf_mean(cap: int, exponent: float = ZIPF_EXPONENT) -> float:
    weights: list[float] = [1.0 / c**exponent for c in range(1, cap + 1)]
    total: float = sum(c * w for c, w in enumerate(weights, start=1))
    return total / sum(weights)


def deck(rng: random.Random, items: list[int], cap: int) -> array[int]:
    """``items`` each repeated a long-tailed number of times (1 to ``cap``): drawing from
    it (``_draw``, a card at random each time) hands out each item as often as its share
    says. Shuffled as it is drawn, so a big deck costs nothing up front."""
    cw = cumulative([1.0 / c**ZIPF_EXPONENT for c in range(1, cap + 1)])
    r, total, find = rng.random, cw[-1], bisect.bisect
    cards = array("i")
    for item in items:
        cards.extend([item] * (find(cw, r() * total) + 1))
    return cards


def _draw(rng: random.Random, cards: array[int]) -> int:
    """A card at random, taken out of the deck (its place filled by the last card)."""
    i = int(rng.random() * len(cards))
    card = cards[i]
    cards[i] = cards[-1]
    cards.pop()
    return card


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


_GENERAL_CW = cumulative([w for _, w, _ in GENERAL_CATEGORIES])
_GRADE_TABLES = {c: _table(g) for c, _, g in GENERAL_CATEGORIES}

"""Synthetic domestic-abuse histories: repeat victims, escalation, going quiet, serial perpetrators.

Each victim gets a series of calls whose gaps shrink (abuse becoming more frequent), a
risk level that tends to rise, children at some addresses, and the warning markers a
control room would have placed along the way. Some victims stop calling months before
``now``; some suspects abuse two or more unconnected victims (different addresses and
numbers).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from callhandler.synthetic.places import cumulative
from callhandler.synthetic.text import (
    CHILDREN_AT_ADDRESS,
    DA_CATEGORIES,
    DA_GRADES,
    DOMESTIC_ABUSE,
    HIGH_RISK_DA_VICTIM,
    MARAC,
    MARKER_TEXT,
    OFFICER_SAFETY,
    RISK_WEIGHTS,
    TREAT_AS_EMERGENCY,
    WEAPONS,
)
from callhandler.synthetic.world import (
    DAY,
    YEAR,
    IncidentSpec,
    MarkerSpec,
    WorldBuilder,
    _table,
)

# how many calls a victim makes over the history (most call once; a long tail call often)
CALLS_PER_VICTIM = ((1, 38), (2, 18), (3, 12), (4, 8), (5, 6), (6, 5), (7, 3), (8, 3),
                    (9, 2), (10, 2), (12, 1.5), (15, 1.5))  # fmt: skip
SERIAL_SHARE = 0.10  # chance a new victim's abuser already has another victim
QUIET_SHARE = 0.3  # chance a victim with 3+ calls stops calling months before now
RISKS = tuple(r for r, _ in RISK_WEIGHTS)


@dataclass
class Suspect:
    person: int
    addresses: set[int] = field(default_factory=set)
    phones: set[int] = field(default_factory=set)
    victims: int = 0
    armed: bool = False
    flagged: bool = False


class DomesticAbuse:
    """Adds domestic-abuse series to a builder until its share of incidents is reached."""

    def __init__(self, builder: WorldBuilder) -> None:
        self.b = builder
        self.rng = builder.rng
        self.suspects: list[Suspect] = []
        self.households: set[int] = set()
        self.count_cw = cumulative([w for _, w in CALLS_PER_VICTIM])
        self.risk_cw = cumulative([w for _, w in RISK_WEIGHTS])
        self.category_cw = cumulative([w for _, w in DA_CATEGORIES])
        self.grades = {risk: _table(w) for risk, w in DA_GRADES.items()}
        self.victim_no = 0

    def run(self, target: int) -> int:
        """Add victims' series until ``target`` incidents are made (exactly: the last
        series is cut short); return how many."""
        produced = 0
        while produced < target:
            produced += self.victim(self.victim_no, target - produced)
            self.victim_no += 1
        return produced

    def _pick(self, cw: list[float]) -> int:
        return bisect.bisect(cw, self.rng.random() * cw[-1])

    def victim(self, number: int, budget: int) -> int:
        b, rng, r = self.b, self.rng, self.rng.random
        n_addresses = b.n_addresses
        # victim 1 always shares victim 0's abuser: every world has a serial perpetrator
        suspect: Suspect | None = None
        if self.suspects and (number == 1 or r() < SERIAL_SHARE):
            candidate = self.suspects[0] if number == 1 else rng.choice(self.suspects)
            if candidate.victims < 4:
                suspect = candidate
        if suspect is None:
            suspect = Suspect(b.person(min_age=18, max_age=60, female=0.15))
            suspect.armed = r() < 0.1
            self.suspects.append(suspect)
        household = b.draw_address()
        mobile = b.draw_phone()
        for _ in range(50):  # an unconnected victim: not an address or number already his
            taken = (
                household in suspect.addresses
                or household in self.households
                or (mobile >= 0 and mobile in suspect.phones)
                or (b.home(household) >= 0 and b.home(household) in suspect.phones)
            )
            if not taken:
                break
            household = rng.randrange(n_addresses)
            mobile = b.draw_phone()
        self.households.add(household)
        suspect.addresses.add(household)
        suspect.phones.update(p for p in (mobile, b.home(household)) if p >= 0)
        suspect.victims += 1

        victim = (
            b.resident(household) if r() < 0.5 else b.person(min_age=17, max_age=70, female=0.85)
        )
        children: list[int] = []
        if number == 0 or r() < 0.35:
            children = [b.person(min_age=0, max_age=15) for _ in range(rng.randint(1, 3))]
        calls = CALLS_PER_VICTIM[self._pick(self.count_cw)][0]
        quiet = number == 1 or (calls >= 3 and r() < QUIET_SHARE)
        if number == 0:
            calls = 8
        elif number == 1:
            calls = max(calls, 4)
        calls = max(1, min(calls, budget))
        times = self.timeline(calls, quiet and calls >= 3)
        self.series(times, household, mobile, victim, suspect, children)
        return calls

    def timeline(self, calls: int, quiet: bool) -> list[int]:
        """Call times, oldest first, with gaps that shrink: the abuse is getting more frequent."""
        b, r = self.b, self.rng.random
        earliest = b.today - b.span
        if calls == 1:
            return [b.time_of_day(b.today - int(r() * b.span))]
        first_gap = (20 + r() * 140) * DAY
        ratio = 0.55 + r() * 0.35
        gaps = [max(first_gap * ratio**k, (0.5 + r()) * DAY) for k in range(calls - 1)]
        total = sum(gaps)
        latest = b.today - (int((120 + r() * 240) * DAY) if quiet else 0)
        room = latest - earliest
        if total > room * 0.95:
            gaps = [g * room * 0.95 / total for g in gaps]
            total = sum(gaps)
        start = latest - total - r() * (room - total)
        times = [start]
        for gap in gaps:
            times.append(times[-1] + gap)
        return [b.time_of_day(int(t)) for t in times]

    def series(
        self,
        times: list[int],
        household: int,
        mobile: int,
        victim: int,
        suspect: Suspect,
        children: list[int],
    ) -> None:
        b, r = self.b, self.rng.random
        base_risk = self._pick(self.risk_cw)
        home_phone = b.home(household)
        placed: set[str] = set()
        for i, opened in enumerate(times):
            escalation = i / max(1, len(times) - 1)
            risk = RISKS[min(2, base_risk + (1 if r() < escalation * 0.6 else 0))]
            address = household if r() < 0.93 else -1
            roll = r()
            phone = mobile if roll < 0.7 else home_phone if roll < 0.92 else -1
            if address < 0 and phone < 0:
                phone, address = mobile, household if mobile < 0 else -1
            category = DA_CATEGORIES[self._pick(self.category_cw)][0]
            grade = self.grades[risk][int(r() * 100)]
            kids_present = bool(children) and r() < 0.55
            people: list[tuple[int, str]] = [(victim, "victim")]
            if r() < 0.92:
                people.append((suspect.person, "suspect"))
            if kids_present:
                people += [(child, "child") for child in children]
            recent = sum(1 for t in times[: i + 1] if opened - t < YEAR)
            markers = self.markers_after(
                placed, i, risk, recent, kids_present, household, mobile, victim, suspect
            )
            closed = min(opened + 3600 + int(r() * 7 * 3600), b.now)
            summary = b.summary(category, address)
            spec: IncidentSpec = (
                opened, closed, phone, address, category, True, grade, risk, kids_present,
                summary, tuple(people), tuple(markers),
            )  # fmt: skip
            b.out.append(spec)

    def markers_after(
        self,
        placed: set[str],
        call: int,
        risk: str,
        recent: int,
        kids_present: bool,
        household: int,
        mobile: int,
        victim: int,
        suspect: Suspect,
    ) -> list[MarkerSpec]:
        """The markers a control room would place after this call (each kind once per victim)."""
        r = self.rng.random
        out: list[MarkerSpec] = []

        def place(kind: str, target: str, index: int, valid_for: int | None) -> None:
            if index < 0:  # no number recorded for this victim
                return
            out.append((kind, MARKER_TEXT[kind], target, index, valid_for))

        if call >= 1 and "da" not in placed and r() < 0.7:
            placed.add("da")
            place(DOMESTIC_ABUSE, "address", household, None)
            place(DOMESTIC_ABUSE, "phone", mobile, None)
        if kids_present and "kids" not in placed:
            placed.add("kids")
            place(CHILDREN_AT_ADDRESS, "address", household, 2 * YEAR)
        if risk == "high" and "high" not in placed:
            placed.add("high")
            place(HIGH_RISK_DA_VICTIM, "address", household, YEAR)
            place(HIGH_RISK_DA_VICTIM, "person", victim, YEAR)
            place(TREAT_AS_EMERGENCY, "phone", mobile, YEAR // 2)
        if (risk == "high" or recent >= 3) and "marac" not in placed:
            placed.add("marac")
            place(MARAC, "person", victim, YEAR)
        if suspect.armed and not suspect.flagged:
            suspect.flagged = True
            place(WEAPONS, "person", suspect.person, None)
            place(OFFICER_SAFETY, "address", household, 2 * YEAR)
        return out

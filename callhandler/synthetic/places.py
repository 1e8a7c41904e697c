"""Fictional places and names for synthetic history: streets from Faker, typed variants.

Every address has three spellings a handler might type (``Flat 2, 14 Mill Road``,
``14 Mill Rd Flat 2``, ``2/14 mill road``) that all normalise to one ``address_key``.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

try:
    from faker import Faker
except ImportError as missing:  # the workstation does not install the synthetic extra
    from callhandler.errors import CallHandlerError

    raise CallHandlerError(
        "synthetic data (the demo database, seed, bench) needs the optional package faker: "
        "install it with pip install 'callhandler[synthetic]'"
    ) from missing

from callhandler.domain.normalise import ABBREVIATIONS, address_key, name_key, normalise_postcode
from callhandler.synthetic.text import STREET_SUFFIXES, STREET_WORDS, TOWN_SUFFIXES

_SHORT_FORMS = {long: short for short, long in ABBREVIATIONS.items() if len(short) > 1}
_PREFERRED_SHORT = {"road": "Rd", "street": "St", "avenue": "Ave", "close": "Cl", "lane": "Ln"}


@dataclass
class Street:
    name: str
    town: str
    key: str  # address_key of "street, town": the middle of every address key on it
    postcodes: tuple[str, ...]
    short: str = ""  # the name with its suffix abbreviated ("Mill Rd")
    lower: str = ""  # "mill road"
    town_lower: str = ""


class Pools:
    """Names and streets from Faker, drawn once per seed."""

    def __init__(self, rng: random.Random, faker: Faker, n_streets: int) -> None:
        female = sorted({faker.first_name_female() for _ in range(400)})
        male = sorted({faker.first_name_male() for _ in range(400)})
        self.last = sorted({faker.last_name() for _ in range(1500)})
        self.n_female = len(female)
        self.firsts = female + male  # a person's first name: an index into this list
        self.first_keys = [name_key(n) for n in self.firsts]
        self.last_keys = [name_key(n) for n in self.last]
        # one number per distinct key: two people are one when name key and birth agree
        self.first_kid = _key_ids(self.first_keys)
        self.last_kid = _key_ids(self.last_keys)
        towns = sorted({rng.choice(self.last) + rng.choice(TOWN_SUFFIXES) for _ in range(60)})
        suffixes = [s for s, _ in STREET_SUFFIXES]
        suffix_cw = cumulative([w for _, w in STREET_SUFFIXES])
        seen: set[str] = set()
        self.streets: list[Street] = []
        attempts = 0
        while len(self.streets) < n_streets and attempts < n_streets * 20:
            attempts += 1
            base = rng.choice(STREET_WORDS) if rng.random() < 0.3 else rng.choice(self.last)
            name = f"{base} {rng.choices(suffixes, cum_weights=suffix_cw)[0]}"
            town = rng.choice(towns)
            key = address_key(f"{name}, {town}")
            if key in seen:
                continue
            postcodes = []
            for _ in range(rng.randint(1, 3)):
                pc = normalise_postcode(faker.postcode())
                if pc is not None and pc.valid:
                    postcodes.append(pc.text)
            street = Street(
                name, town, key, tuple(postcodes), _short(name), name.lower(), town.lower()
            )
            if postcodes and _variants_agree(street):
                seen.add(key)
                self.streets.append(street)


def _key_ids(keys: list[str]) -> list[int]:
    ids: dict[str, int] = {}
    return [ids.setdefault(k, len(ids)) for k in keys]


def _short(street: str) -> str:
    words = street.split()
    last = words[-1].lower()
    short = _PREFERRED_SHORT.get(last) or _SHORT_FORMS.get(last)
    return " ".join(words[:-1] + [short.capitalize()]) if short else street


def address_variant(street: Street, number: int, flat: int, style: int) -> str:
    """One of three ways a handler types the same address; all share one ``address_key``."""
    if flat:
        if style == 0:
            return f"Flat {flat}, {number} {street.name}, {street.town}"
        if style == 1:
            return f"{number} {street.short} Flat {flat}, {street.town}"
        return f"{flat}/{number} {street.lower}, {street.town_lower}"
    if style == 0:
        return f"{number} {street.name}, {street.town}"
    if style == 1:
        return f"{number} {street.short}, {street.town}"
    return f"{number} {street.lower} {street.town_lower}"


def address_variants(street: Street, number: int, flat: int) -> tuple[str, str, str]:
    v = address_variant
    return v(street, number, flat, 0), v(street, number, flat, 1), v(street, number, flat, 2)


def composed_key(street: Street, number: int, flat: int, postcode: str) -> str:
    prefix = f"FLAT {flat} " if flat else ""
    return f"{prefix}{number} {street.key} {postcode}"


def _variants_agree(street: Street) -> bool:
    """Keep only streets whose typed variants really normalise to the composed key."""
    pc = street.postcodes[0]
    return all(
        address_key(text, pc) == composed_key(street, number, flat, pc)
        for number, flat in ((14, 2),)  # the name is normalised alike with or without a flat
        for text in address_variants(street, number, flat)
    )


def cumulative(weights: list[float] | tuple[float, ...]) -> list[float]:
    return list(itertools.accumulate(weights))


def seeded_faker(seed: int) -> Faker:
    faker = Faker("en_GB")
    faker.seed_instance(seed)
    return faker

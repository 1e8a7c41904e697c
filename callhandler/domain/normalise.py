"""Turn numbers, postcodes, addresses and names as typed into the keys history is found by.

Pure functions: the key functions never raise on any text and are idempotent on their own
output; ``parse_dob`` says (ValueError) when what was typed is not a date of birth.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from callhandler import messages
from callhandler.errors import BadInput

DEFAULT_REGION = "GB"
SHORT_CODES = frozenset({"999", "112", "101", "111", "105", "100", "123", "155"})
MAX_FIELD = 500  # longer input is cut before parsing: nothing typed is that long


@dataclass(frozen=True)
class PhoneNumber:
    """A number in E.164. ``valid`` is False for Ofcom drama numbers, which are kept."""

    e164: str
    valid: bool


def normalise_phone(text: str | None, region: str = DEFAULT_REGION) -> PhoneNumber | None:
    """E.164 for a subscriber number, or None for empty text, short codes and non-numbers."""
    parsed = _parse_phone(text, region)
    if parsed is None:
        return None
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return PhoneNumber(e164=e164, valid=phonenumbers.is_valid_number(parsed))


def _parse_phone(text: str | None, region: str) -> phonenumbers.PhoneNumber | None:
    if not text:
        return None
    raw = text.strip()[:MAX_FIELD]
    digits = re.sub(r"\D", "", raw)
    if not digits or digits in SHORT_CODES or len(digits) < 6 or len(digits) > 17:
        return None
    # "+44 (0)7700 900123": the trunk 0 in brackets is not dialled from abroad.
    raw = re.sub(r"\(\s*0\s*\)", "", raw)
    try:
        parsed = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return parsed


# GB's libphonenumber metadata strips "180020" as a national prefix in some numbers: those,
# and anything but a plain ten-digit national number, go the long way.
_UK_AWKWARD = "180020"


def _uk_national(text: str) -> str | None:
    """The ten national digits of "07700 900123" or "+44 7700 900123" typed as digits and
    spaces (what libphonenumber makes of them too), else None."""
    raw = text.strip()
    if len(raw) > 40:
        return None
    if raw.startswith("+44"):
        rest = raw[3:]
    elif raw.startswith("0"):
        rest = raw[1:]
    else:
        return None
    digits = rest.replace(" ", "")
    if (
        len(digits) != 10
        or not (digits.isascii() and digits.isdigit())
        or digits[0] == "0"
        or digits.startswith(_UK_AWKWARD)
    ):
        return None
    return digits


@lru_cache(maxsize=4096)
def phone_e164(text: str) -> str | None:
    """``normalise_phone(text).e164`` (None where that is None) without the validity check,
    which a look-up does not use: a UK number typed as digits and spaces is read directly,
    anything else by libphonenumber. Remembered: the window asks again at each keystroke."""
    national = _uk_national(text)
    if national is not None:
        return "+44" + national
    parsed = _parse_phone(text, DEFAULT_REGION)
    if parsed is None:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """The national display form of an E.164 number (07700 900123)."""
    try:
        parsed = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    fmt = phonenumbers.PhoneNumberFormat
    style = fmt.NATIONAL if parsed.country_code == 44 else fmt.INTERNATIONAL
    return phonenumbers.format_number(parsed, style)


@lru_cache(maxsize=8192)
def display_phone(e164: str) -> str:
    """``format_phone``, remembered, and for a UK number without parsing its text again
    (a look-up shows the same few numbers on every row)."""
    national = _uk_national(e164) if e164.startswith("+44") else None
    if national is None:
        return format_phone(e164)
    number = phonenumbers.PhoneNumber(country_code=44, national_number=int(national))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


POSTCODE_RE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})$"
)
POSTCODE_IN_CLEAN_TEXT_RE = re.compile(
    r"\b([A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
    re.IGNORECASE | re.ASCII,
)


@dataclass(frozen=True)
class Postcode:
    """A postcode as formatted (``CB1 2AD``), or as typed with ``valid`` False."""

    text: str
    valid: bool


def normalise_postcode(text: str | None) -> Postcode | None:
    if not text:
        return None
    squashed = re.sub(r"\s+", "", text.strip()[:MAX_FIELD]).upper()
    if not squashed:
        return None
    if POSTCODE_RE.match(squashed):
        return Postcode(f"{squashed[:-3]} {squashed[-3:]}", True)
    kept = " ".join(text.split())[:16]
    return Postcode(kept, False)


ABBREVIATIONS = {
    "rd": "road",
    "st": "street",
    "str": "street",
    "ave": "avenue",
    "av": "avenue",
    "cl": "close",
    "ct": "court",
    "crt": "court",
    "ln": "lane",
    "dr": "drive",
    "cres": "crescent",
    "cresc": "crescent",
    "pl": "place",
    "sq": "square",
    "gdns": "gardens",
    "gdn": "garden",
    "tce": "terrace",
    "terr": "terrace",
    "gr": "grove",
    "pk": "park",
    "hse": "house",
    "ho": "house",
    "wy": "way",
    "mt": "mount",
    "hts": "heights",
    "cotts": "cottages",
    "bldgs": "buildings",
    "flt": "flat",
    "apt": "flat",
    "apartment": "flat",
    "appt": "flat",
    "no": "",
    "nr": "near",
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
}
_FLAT_WORDS = {"flat", "unit", "room"}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def address_key(address: str | None, postcode: str | None = None) -> str:
    """One key for the ways handlers type the same place.

    ``Flat 2, 14 Mill Road``, ``14 Mill Rd Flat 2`` and ``2/14 Mill Road`` all give
    ``FLAT 2 14 MILL ROAD`` (plus the postcode when it is valid).
    """
    text = _fold((address or "")[:MAX_FIELD])
    pc = normalise_postcode(postcode) if postcode else None
    text = text.replace("&", " and ")
    text = re.sub(r"['’`]", "", text)  # "John's" is one word, not "john s"
    # "2/14 mill road": flat 2 of number 14
    text = re.sub(r"\b(\d+[a-z]?)\s*/\s*(\d+[a-z]?)\b", r"flat \1 \2", text)
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    # The postcode is looked for only after punctuation is gone, so that the key, read
    # again, finds exactly the same postcode (the function is idempotent).
    found = POSTCODE_IN_CLEAN_TEXT_RE.search(text)
    if found:
        in_text = normalise_postcode(found.group(1))
        text = text[: found.start()] + " " + text[found.end() :]
        if pc is None or not pc.valid:
            pc = in_text
    tokens = [ABBREVIATIONS.get(t, t) for t in text.split()]
    tokens = [t for t in tokens if t]
    flat: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        # "Flat 2", "Flat 2b", "Flat A": a number or a single letter, never "Apt Road".
        if (
            token in _FLAT_WORDS
            and i + 1 < len(tokens)
            and re.fullmatch(r"\d{1,4}[a-z]?|[a-z]", tokens[i + 1])
        ):
            flat = tokens[i + 1]
            i += 2
            continue
        rest.append(token)
        i += 1
    parts = ([f"flat {flat}"] if flat else []) + rest
    if pc is not None and pc.valid:
        parts.append(pc.text.lower())
    return " ".join(parts).upper()


def name_key(name: str | None) -> str:
    """Case, accents, hyphens and spacing do not make two people."""
    text = _fold((name or "")[:MAX_FIELD])
    text = re.sub(r"['’]", "", text)
    text = re.sub(r"[-‐‑–—_.,]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def clean_text(text: str | None, limit: int) -> str:
    """Trim, drop control characters (not newlines) and cut to ``limit`` characters."""
    if not text:
        return ""
    kept = "".join(c for c in text if c in "\n\t" or unicodedata.category(c)[0] != "C")
    return kept.strip()[:limit]


_LINE_BREAKS = re.compile(r"\s+")


def clean_line(text: str | None, limit: int) -> str:
    """One line of text such as a name or an incident reference: control characters,
    bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), zero-width
    characters (U+200B–U+200D, U+FEFF) and the rest of Unicode's "other" categories are
    dropped; tabs and line breaks become one space; cut to ``limit`` characters.

    Such characters make a name print differently from how it compares, or a reference
    read backwards in a list (a spoofed ``CH…`` reference), so they are never stored.
    """
    if not text:
        return ""
    if text.isprintable() and "  " not in text:
        return text.strip()[:limit]
    spaced = _LINE_BREAKS.sub(" ", text)  # \t \n \r \v \f \x1c-\x1f \x85 U+2028 U+2029 …
    kept = "".join(c for c in spaced if unicodedata.category(c)[0] != "C")
    return _LINE_BREAKS.sub(" ", kept).strip()[:limit]


DOB_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %m %Y")
OLDEST_AGE = 120


def parse_dob(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """A date of birth as a handler types it (04/03/1991, 4-3-1991, 1991-03-04); None when
    blank. ValueError with what is wrong and how to type it; a two-digit year is refused
    (1/3/91 could be 1891 or 1991 to a reader of the record)."""
    value = " ".join((text or "").split())
    if not value:
        return None
    today = today or dt.date.today()
    found: dt.date | None = None
    try:
        found = dt.date.fromisoformat(value)
    except ValueError:
        for pattern in DOB_FORMATS:
            try:
                found = dt.datetime.strptime(value, pattern).date()
                break
            except ValueError:
                continue
    if found is None or found.year < 1000:
        raise ValueError(messages.DOB_NOT_A_DATE(value=value))
    if found > today:
        raise ValueError(messages.DOB_IN_FUTURE(value=value))
    if today.year - found.year > OLDEST_AGE:
        raise ValueError(messages.DOB_TOO_OLD(value=value, oldest=OLDEST_AGE))
    return found


COLLAR_RE = re.compile(r"^[A-Z]{0,4}\d{1,6}$")


def check_collar(text: str) -> str:
    """An officer's collar (shoulder) number, e.g. PC4521 or 4521."""
    collar = re.sub(r"[\s-]", "", (text or "").upper())
    if not COLLAR_RE.match(collar):
        raise BadInput(messages.NOT_A_COLLAR(text=text))
    return collar

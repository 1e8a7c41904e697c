"""Check one raw history row and normalise it, or say what is wrong and how to fix it.

No database here. Slow normalisations (numbers, address keys, names) are cached per
import: a force's export repeats the same numbers, places and people many times.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import NamedTuple

from callhandler.domain.normalise import (
    PhoneNumber,
    Postcode,
    address_key,
    clean_line,
    clean_text,
    name_key,
    normalise_phone,
    normalise_postcode,
)
from callhandler.importing.format import FIELDS, RawRow
from callhandler.storage.models import RISK_LEVELS

MAX_FIELD_CHARS = 20_000
LIMITS = {"incident_ref": 40, "category": 60, "address": 300, "victim_name": 200,
          "suspect_name": 200, "postcode": 16}  # fmt: skip
MARKER_RE = re.compile(r"^[a-z0-9_]{1,40}$")
UPRN_RE = re.compile(r"^\d{1,12}$")
BOOLS = {"true": True, "yes": True, "y": True, "1": True, "t": True,
         "false": False, "no": False, "n": False, "0": False, "f": False, "": False}  # fmt: skip
GRADES = {"": None, "1": 1, "2": 2, "3": 3, "4": 4}
# (position in the row, field name, longest allowed)
LIMITED = tuple((FIELDS.index(n), n, limit) for n, limit in LIMITS.items())
ALL_LIMITED = tuple((i, n, LIMITS.get(n, MAX_FIELD_CHARS)) for i, n in enumerate(FIELDS))
DIGEST_VERSION = "import-v1"
CACHE_MOST = 20_000  # cached normalisations of one kind kept between batches


@dataclass(frozen=True, slots=True)
class Party:
    """A victim or suspect as given: name, its key, date of birth."""

    name: str
    key: str
    dob: dt.date | None


class ImportRow(NamedTuple):
    """One good row, normalised; ``digest`` identifies its content for re-imports.

    A named tuple rather than a frozen dataclass: a million of them are built per import.
    """

    line: int
    ref: str
    opened: str  # UTC, as SQLite stores it: "2024-03-01 14:05:00.000000" (sorts as text)
    closed: str | None
    phone: PhoneNumber | None
    address: str
    postcode: Postcode | None
    uprn: str | None
    address_key: str
    category: str
    domestic_abuse: bool
    grade: int | None
    risk_level: str
    children_present: bool
    victim: Party | None
    suspect: Party | None
    markers: tuple[str, ...]
    summary: str
    digest: str
    raw_digest: str  # of the record's text exactly as given (incidents.import_raw_digest)


class RowProblem(Exception):
    """What is wrong with one row and how to fix it."""


class RowChecker:
    """Turns raw fields into an ImportRow or raises RowProblem; caches slow normalisations."""

    def __init__(self, now: dt.datetime) -> None:
        self.latest = _utc_text(now + dt.timedelta(days=1))
        self.today = now.date()
        self._phones: dict[str, PhoneNumber | None] = {}
        self._postcodes: dict[str, Postcode | None] = {}
        self._keys: dict[tuple[str, str], str] = {}
        self._parties: dict[tuple[str, str, str], Party | RowProblem] = {}

    def trim(self) -> None:
        """Forget cached normalisations once there are ``CACHE_MOST`` of one kind (a
        streamed file of millions of rows must not grow memory through its caches)."""
        for cache in (self._phones, self._postcodes, self._keys, self._parties):
            if len(cache) > CACHE_MOST:
                cache.clear()

    def check(self, line: int, raw: RawRow, raw_digest: str) -> ImportRow:
        """The row checked and normalised; ``raw_digest`` identifies its text (``stream``)."""
        joined = "".join(raw)
        if "\x00" in joined:
            bad = next(n for n, v in zip(FIELDS, raw, strict=True) if "\x00" in v)
            raise RowProblem(f"{bad} contains a NUL byte (binary data): remove it.")
        if not joined.isascii():
            try:
                joined.encode("utf-8")
            except UnicodeEncodeError:
                raise RowProblem("This line is not valid UTF-8 text: save the file as UTF-8.") from None  # fmt: skip
        for i, name, limit in LIMITED if len(joined) <= MAX_FIELD_CHARS else ALL_LIMITED:
            if len(raw[i]) > limit:
                raise RowProblem(
                    f"{name} is {len(raw[i]):,} characters long; the limit is {limit:,}: "
                    "shorten it."
                )
        (ref, opened_at, closed_at, phone_text, address_text, postcode_text, uprn_text,
         category_text, da_text, grade_text, risk_text, children_text, victim_name,
         victim_dob, suspect_name, suspect_dob, markers_text, summary_text) = raw  # fmt: skip
        ref = clean_line(ref, LIMITS["incident_ref"])  # no bidi or zero-width spoofing
        if not ref:
            raise RowProblem("incident_ref is empty: every row needs the incident's reference.")
        opened = _when(opened_at, "opened_at")
        if not opened:
            raise RowProblem("opened_at is empty: give the date and time, e.g. 2024-03-01T14:05:00Z.")  # fmt: skip
        closed = _when(closed_at, "closed_at") or None
        if opened > self.latest:
            raise RowProblem(f"opened_at {opened_at!r} is in the future: check the date.")
        if closed is not None and closed < opened:
            raise RowProblem("closed_at is before opened_at: check both times.")
        phone = self._phone(phone_text)
        address = _clean(address_text, 300)
        uprn = uprn_text.strip() or None
        if uprn is not None and not UPRN_RE.match(uprn):
            raise RowProblem(f"uprn {uprn!r} is not a UPRN: up to 12 digits, or leave it empty.")
        if phone is None and not address and uprn is None:
            raise RowProblem(
                "phone and address are both empty: give at least one so the incident can be "
                "found again."
            )
        postcode = self._postcode(postcode_text)
        category = _clean(category_text, 60)
        if not category:
            raise RowProblem("category is empty: say what kind of incident it was.")
        grade_text = grade_text.strip()
        grade = GRADES.get(grade_text)
        if grade is None and grade_text:
            raise RowProblem(
                f"grade {grade_text!r} is not a response grade: use 1, 2, 3 or 4, or leave it empty."
            )
        risk = risk_text.strip().lower() or "none"
        if risk not in RISK_LEVELS:
            raise RowProblem(
                f"risk_level {risk_text!r} is not standard, medium, high or none "
                "(empty means none)."
            )
        markers = _markers(markers_text) if markers_text else ()
        domestic_abuse = _bool(da_text, "domestic_abuse")
        children = _bool(children_text, "children_present")
        victim = self._party(victim_name, victim_dob, "victim")
        suspect = self._party(suspect_name, suspect_dob, "suspect")
        summary = _clean(summary_text, MAX_FIELD_CHARS)
        key = self._key(address, postcode.text if postcode else "") if address or uprn else ""
        # the digest is of the normalised values: the same incident written differently
        # (another phone format, upper-case booleans) is unchanged on re-import
        parts = (
            DIGEST_VERSION, ref, opened, closed or "", phone.e164 if phone else "", address,
            postcode.text if postcode else "", uprn or "", category,
            "1" if domestic_abuse else "0", grade_text, risk, "1" if children else "0",
            *_party_parts(victim), *_party_parts(suspect), ";".join(markers), summary,
        )  # fmt: skip
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        return ImportRow(
            line, ref, opened, closed, phone, address, postcode, uprn, key, category,
            domestic_abuse, grade, risk, children, victim, suspect, markers, summary, digest,
            raw_digest,
        )  # fmt: skip

    def _phone(self, text: str) -> PhoneNumber | None:
        text = text.strip()
        if not text:
            return None
        if text not in self._phones:
            self._phones[text] = normalise_phone(text)
        number = self._phones[text]
        if number is None:
            raise RowProblem(
                f"phone {text!r} is not a telephone number: write it as dialled, e.g. "
                "07700 900123, or leave it empty."
            )
        return number

    def _postcode(self, text: str) -> Postcode | None:
        if text not in self._postcodes:
            self._postcodes[text] = normalise_postcode(text)
        return self._postcodes[text]

    def _key(self, address: str, postcode: str) -> str:
        cached = self._keys.get((address, postcode))
        if cached is None:
            cached = self._keys[(address, postcode)] = address_key(address, postcode or None)
        return cached

    def _party(self, name_text: str, dob_text: str, role: str) -> Party | None:
        if not name_text and not dob_text:
            return None
        cached = self._parties.get((name_text, dob_text, role))
        if cached is None:
            try:
                cached = self._parties[(name_text, dob_text, role)] = self._new_party(
                    name_text, dob_text, role
                )
            except RowProblem as problem:
                cached = self._parties[(name_text, dob_text, role)] = problem
        if isinstance(cached, RowProblem):
            raise RowProblem(str(cached))
        return cached

    def _new_party(self, name_text: str, dob_text: str, role: str) -> Party:
        name = clean_line(name_text, 200)
        dob_text = dob_text.strip()
        if not name:
            raise RowProblem(f"{role}_dob is given but {role}_name is empty: add the name.")
        dob = None
        if dob_text:
            try:
                dob = dt.date.fromisoformat(dob_text)
            except ValueError:
                raise RowProblem(
                    f"{role}_dob {dob_text!r} is not a date: write it as YYYY-MM-DD, e.g. "
                    "1985-07-23, or leave it empty."
                ) from None
            if dob > self.today or dob.year < 1900:
                raise RowProblem(f"{role}_dob {dob_text!r} is not a possible date of birth.")
        key = name_key(name)
        if not key:
            raise RowProblem(f"{role}_name {name!r} has no letters or digits: correct it.")
        return Party(name, key, dob)


def _clean(text: str, limit: int) -> str:
    """``clean_text``, with a fast path for the usual text without control characters."""
    return text.strip()[:limit] if text.isprintable() else clean_text(text, limit)


def _when(text: str, name: str) -> str:
    """An ISO 8601 time as naive-UTC text ("" when empty); no offset means UTC."""
    value = text.strip()
    if not value:
        return ""
    try:
        parsed = dt.datetime.fromisoformat(value) if len(value) > 10 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise RowProblem(
            f"{name} {value!r} is not an ISO 8601 date and time: write it like "
            "2024-03-01T14:05:00Z (a time without an offset is taken as UTC)."
        )
    if parsed.year < 1900:
        raise RowProblem(f"{name} {value!r} is before 1900: check the year.")
    if len(value) == 20 and value[19] == "Z" and value[4] + value[13] + value[16] == "-::":
        return f"{value[:10]} {value[11:19]}.000000"  # the usual 2024-03-01T14:05:00Z
    return _utc_text(parsed)


def _utc_text(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def _bool(text: str, name: str) -> bool:
    value = BOOLS.get(text.strip().lower())
    if value is None:
        raise RowProblem(f"{name} {text!r} is not true or false: use true, false, yes, no, 1 or 0.")
    return value


def _markers(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for part in text.split(";"):
        kind = part.strip().lower().replace(" ", "_").replace("-", "_")
        if not kind:
            continue
        if not MARKER_RE.match(kind):
            raise RowProblem(
                f"marker {part.strip()!r} is not a marker type: use letters, digits and "
                "underscores (e.g. high_risk_da_victim), separated by semicolons."
            )
        if kind not in found:
            found.append(kind)
    return tuple(found)


def _party_parts(party: Party | None) -> tuple[str, str]:
    if party is None:
        return ("", "")
    return (party.name, party.dob.isoformat() if party.dob else "")

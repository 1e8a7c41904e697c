"""Read a history export (CSV or JSON Lines) into checked rows, each bad row with its reason.

No database here: the file's format is recognised from its content, every row is checked
field by field, and what is wrong is said in words an administrator can act on, with the
physical line number in the file (the CSV header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from callhandler.domain.normalise import (
    PhoneNumber,
    Postcode,
    address_key,
    clean_text,
    name_key,
    normalise_phone,
    normalise_postcode,
)
from callhandler.errors import BadInput
from callhandler.storage.models import RISK_LEVELS

FIELDS = (
    "incident_ref", "opened_at", "closed_at", "phone", "address", "postcode", "uprn",
    "category", "domestic_abuse", "grade", "risk_level", "children_present", "victim_name",
    "victim_dob", "suspect_name", "suspect_dob", "markers", "summary",
)  # fmt: skip
REQUIRED_COLUMNS = ("incident_ref", "opened_at", "category")
MAX_FIELD_CHARS = 20_000
LIMITS = {"incident_ref": 40, "category": 60, "address": 300, "victim_name": 200,
          "suspect_name": 200, "postcode": 16}  # fmt: skip
MARKER_RE = re.compile(r"^[a-z0-9_]{1,40}$")
UPRN_RE = re.compile(r"^\d{1,12}$")
BOOLS = {"true": True, "yes": True, "y": True, "1": True, "t": True,
         "false": False, "no": False, "n": False, "0": False, "f": False, "": False}  # fmt: skip
GRADES = {"": None, "1": 1, "2": 2, "3": 3, "4": 4}
ALL_LIMITS = tuple((name, LIMITS.get(name, MAX_FIELD_CHARS)) for name in FIELDS)
EMPTY_ROW = dict.fromkeys(FIELDS, "")
HEAD_BYTES = 65_536
DIGEST_VERSION = "import-v1"
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx spreadsheet is one)"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office document (.xls)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "a SQLite database"),
)
CSV = "csv"
JSONL = "jsonl"


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


class RowProblem(Exception):
    """What is wrong with one row and how to fix it."""


@dataclass(frozen=True)
class FileFormat:
    kind: str  # CSV or JSONL
    delimiter: str = ","
    columns: tuple[str, ...] = ()


def _column(name: str) -> str:
    return name.strip().lstrip("\ufeff").strip().lower().replace(" ", "_").replace("-", "_")


def sniff(path: Path) -> FileFormat:
    """Recognise CSV-with-header or JSON Lines from the content; BadInput for anything else."""
    where = path.name or str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file. Check the path and try again.") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a file: give the export file itself.") from None
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror}.") from None
    if not head.strip():
        raise BadInput(
            f"{where} is empty: nothing to import. Export the history as CSV with a header "
            "row, or as JSON Lines."
        )
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise BadInput(
                f"{where} is {what}, not a history export: save it as CSV (with a header "
                "row) or JSON Lines and import that."
            )
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput(f"{where} is UTF-16 text: save it as UTF-8 CSV or JSON Lines.")
    if _looks_binary(head):
        raise BadInput(
            f"{where} is not a text file (it holds binary data): export the history as CSV "
            "with a header row, or JSON Lines."
        )
    try:
        whole = len(head) < HEAD_BYTES
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
    except UnicodeDecodeError:
        raise BadInput(
            f"{where} is not UTF-8 text: save it as CSV (UTF-8) or JSON Lines and try again."
        ) from None
    text = text.lstrip("\ufeff")
    first = text.lstrip()[:1]
    if first == "{":
        return FileFormat(JSONL)
    if first == "[":
        raise BadInput(f"{where} is a JSON array, not JSON Lines: write one JSON object per line.")
    return _csv_format(where, text)


_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")


def _looks_binary(head: bytes) -> bool:
    """Binary data, not text with the odd stray control byte (that row is rejected alone).

    Control bytes in the first line (the header) or in more than 1 % of the sample mean the
    file is not a text export at all.
    """
    first_line = head.split(b"\n", 1)[0]
    if any(b in _CONTROL_BYTES for b in first_line):
        return True
    stray = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return stray > max(1, len(head) // 100)


def _csv_format(where: str, text: str) -> FileFormat:
    first_line = text.splitlines()[0] if text.splitlines() else ""
    best: tuple[int, str, list[str]] = (-1, ",", [])
    for delimiter in (",", ";", "\t", "|"):
        header = next(csv.reader([first_line], delimiter=delimiter), [])
        known = sum(1 for h in header if _column(h) in FIELDS)
        if known > best[0]:
            best = (known, delimiter, header)
    _known, delimiter, header = best
    columns = tuple(_column(h) for h in header)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if "phone" not in columns and "address" not in columns:
        missing.append("phone or address")
    if missing:
        raise BadInput(
            f"{where} is not a history export: missing columns: {', '.join(missing)}. "
            f"The first line must be the header row, e.g. {','.join(FIELDS[:8])},…"
        )
    duplicated = sorted({c for c in columns if c and columns.count(c) > 1})
    if duplicated:
        raise BadInput(f"{where}: the header names {', '.join(duplicated)} more than once.")
    return FileFormat(CSV, delimiter, columns)


def read_rows(path: Path, fmt: FileFormat) -> Iterator[tuple[int, dict[str, str] | str]]:
    """(line, raw fields) for each data row, or (line, reason) when it cannot be read."""
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        if fmt.kind == JSONL:
            yield from _json_rows(handle)
        else:
            yield from _csv_rows(handle, fmt)


def _json_rows(handle: Any) -> Iterator[tuple[int, dict[str, str] | str]]:
    for line, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        if len(text) > MAX_FIELD_CHARS * 4:
            yield line, f"This line is {len(text):,} characters long: no row may exceed {MAX_FIELD_CHARS * 4:,}."  # fmt: skip
            continue
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, UnicodeEncodeError) as exc:
            yield line, f"This line is not valid JSON ({exc}): fix it or remove it."
            continue
        if not isinstance(value, dict):
            yield (
                line,
                (
                    "This line is not a JSON object: each line must be one object such as "
                    '{"incident_ref": "…", "opened_at": "…", …}.'
                ),
            )
            continue
        try:
            yield line, {_column(str(k)): _text(_column(str(k)), v) for k, v in value.items()}
        except RowProblem as problem:
            yield line, str(problem)


def _csv_rows(handle: Any, fmt: FileFormat) -> Iterator[tuple[int, dict[str, str] | str]]:
    reader = csv.reader(handle, delimiter=fmt.delimiter)
    columns = fmt.columns
    width = len(columns)
    try:
        next(reader)
    except csv.Error:
        return
    previous = reader.line_num
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line, previous = previous + 1, reader.line_num
            yield line, f"This line cannot be read as CSV ({exc}): a field may be too long or badly quoted."  # fmt: skip
            continue
        line, previous = previous + 1, reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if len(fields) != width:
            yield (
                line,
                (
                    f"This line has {len(fields)} fields but the header has {width}: check for an unquoted "
                    "comma or line break inside a field."
                ),
            )
            continue
        yield line, dict(zip(columns, fields, strict=True))


class RowChecker:
    """Turns raw fields into an ImportRow or raises RowProblem; caches slow normalisations."""

    def __init__(self, now: dt.datetime) -> None:
        self.latest = _utc_text(now + dt.timedelta(days=1))
        self.today = now.date()
        self._phones: dict[str, PhoneNumber | None] = {}
        self._postcodes: dict[str, Postcode | None] = {}
        self._keys: dict[tuple[str, str], str] = {}
        self._parties: dict[tuple[str, str, str], Party | RowProblem] = {}

    def check(self, line: int, raw: dict[str, str]) -> ImportRow:
        f = {**EMPTY_ROW, **raw}
        joined = "".join(f.values())
        if "\x00" in joined:
            bad = next(n for n, v in f.items() if "\x00" in v)
            raise RowProblem(f"{bad} contains a NUL byte (binary data): remove it.")
        if not joined.isascii():
            try:
                joined.encode("utf-8")
            except UnicodeEncodeError:
                raise RowProblem(
                    "This line is not valid UTF-8 text: save the file as UTF-8."
                ) from None
        for name, limit in LIMITS.items() if len(joined) <= MAX_FIELD_CHARS else ALL_LIMITS:
            if len(f[name]) > limit:
                raise RowProblem(
                    f"{name} is {len(f[name]):,} characters long; the limit is {limit:,}: "
                    "shorten it."
                )
        ref = f["incident_ref"].strip()
        if not ref:
            raise RowProblem("incident_ref is empty: every row needs the incident's reference.")
        opened = _when(f["opened_at"], "opened_at")
        if not opened:
            raise RowProblem("opened_at is empty: give the date and time, e.g. 2024-03-01T14:05:00Z.")  # fmt: skip
        closed = _when(f["closed_at"], "closed_at") or None
        if opened > self.latest:
            raise RowProblem(f"opened_at {f['opened_at']!r} is in the future: check the date.")
        if closed is not None and closed < opened:
            raise RowProblem("closed_at is before opened_at: check both times.")
        phone = self._phone(f["phone"])
        address = _clean(f["address"], 300)
        uprn = f["uprn"].strip() or None
        if uprn is not None and not UPRN_RE.match(uprn):
            raise RowProblem(f"uprn {uprn!r} is not a UPRN: up to 12 digits, or leave it empty.")
        if phone is None and not address and uprn is None:
            raise RowProblem(
                "phone and address are both empty: give at least one so the incident can be "
                "found again."
            )
        postcode = self._postcode(f["postcode"])
        category = _clean(f["category"], 60)
        if not category:
            raise RowProblem("category is empty: say what kind of incident it was.")
        grade_text = f["grade"].strip()
        grade = GRADES.get(grade_text)
        if grade is None and grade_text:
            raise RowProblem(
                f"grade {f['grade']!r} is not a response grade: use 1, 2, 3 or 4, or leave it empty."
            )
        risk = f["risk_level"].strip().lower() or "none"
        if risk not in RISK_LEVELS:
            raise RowProblem(
                f"risk_level {f['risk_level']!r} is not standard, medium, high or none "
                "(empty means none)."
            )
        markers = _markers(f["markers"]) if f["markers"] else ()
        domestic_abuse = _bool(f["domestic_abuse"], "domestic_abuse")
        children = _bool(f["children_present"], "children_present")
        victim = self._party(f["victim_name"], f["victim_dob"], "victim")
        suspect = self._party(f["suspect_name"], f["suspect_dob"], "suspect")
        summary = _clean(f["summary"], MAX_FIELD_CHARS)
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
        name = _clean(name_text, 200)
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


def _text(name: str, value: Any) -> str:
    """A field as text; JSON numbers and booleans become their usual spelling."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if name == "markers" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ";".join(value)
    raise RowProblem(f"{name} must be text, a number or true/false, not {type(value).__name__}.")


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

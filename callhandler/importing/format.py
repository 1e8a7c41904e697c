"""Recognise a history export (CSV with a header, or JSON Lines) and read its raw rows.

The format is decided from the content, not the file name; anything else (binary data,
an image, a spreadsheet, an empty file, a CSV without the required columns) is refused
with a message naming the file and the problem. Rows come out as the FIELDS in order,
as text (``importing.stream`` reads the file; this module says what each line is).
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callhandler import safe_json
from callhandler.errors import BadInput

FIELDS = (
    "incident_ref", "opened_at", "closed_at", "phone", "address", "postcode", "uprn",
    "category", "domestic_abuse", "grade", "risk_level", "children_present", "victim_name",
    "victim_dob", "suspect_name", "suspect_dob", "markers", "summary",
)  # fmt: skip
REQUIRED_COLUMNS = ("incident_ref", "opened_at", "category")
HEAD_BYTES = 65_536
MAX_LINE_CHARS = 80_000
CSV = "csv"
JSONL = "jsonl"
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
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

RawRow = tuple[str, ...]  # the FIELDS, in order, as text ("" when absent)


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
    try:
        return _csv_format(where, text)
    except BadInput:
        if path.suffix.lower() in JSON_SUFFIXES:  # the name says JSON Lines: say what that needs
            raise BadInput(
                f"{where} is named as JSON Lines but its first line is not a JSON object: "
                'each line must be one object such as {"incident_ref": "…", "opened_at": "…"}.'
            ) from None
        raise


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


def json_row(text: str) -> RawRow | str | None:
    """One JSON line as the FIELDS in order, or why it cannot be read (None: a blank line)."""
    if not text.strip():
        return None
    if len(text) > MAX_LINE_CHARS:
        return f"This line is {len(text):,} characters long: no row may exceed {MAX_LINE_CHARS:,}."  # fmt: skip
    try:
        value = safe_json.loads(text)
    except safe_json.JSONProblem as problem:
        return f"This line was not imported: {problem}. Fix it or remove it."
    if not isinstance(value, dict):
        return (
            "This line is not a JSON object: each line must be one object such as "
            '{"incident_ref": "…", "opened_at": "…", …}.'
        )
    given = {_column(str(k)): v for k, v in value.items()}
    if len(given) != len(value):
        return _same_column(value)
    try:
        return tuple(_json_text(name, given.get(name)) for name in FIELDS)
    except ValueError as problem:
        return str(problem)


def _same_column(value: dict[str, Any]) -> str:
    """Why a row whose keys name one column twice ("Incident Ref" and "incident_ref") is refused."""
    first: dict[str, str] = {}
    for key in value:
        column = _column(str(key))
        if column in first:
            return (
                f"The keys {first[column][:40]!r} and {str(key)[:40]!r} both mean {column[:40]}, "
                "so it is not clear which value is meant: keep one."
            )
        first[column] = str(key)
    return "Two keys of this line name the same column: keep one."


def _json_text(name: str, value: Any) -> str:
    """A JSON value as the text a CSV would hold; numbers and booleans as usually written."""
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
    raise ValueError(f"{name} must be text, a number or true/false, not {type(value).__name__}.")


MAX_RECORD_LINES = 200  # a summary written over more lines than this is a quote left open


def runaway_quote(fields: list[str], taken: list[str], fmt: FileFormat, line: int) -> str:
    """Why a record read over several lines is a quote left open ("" when it looks meant).

    A quoted field may hold line breaks; it has swallowed the rows after it when a line
    inside it reads as a whole row of this file, when it runs to the end of the file, or
    when it spans more lines than any summary would.
    """
    last = line + len(taken) - 1
    column = next(
        (
            fmt.columns[i]
            for i, f in enumerate(fields[: len(fmt.columns)])
            if "\n" in f or "\r" in f
        ),
        "a field",
    )
    if len(taken) > MAX_RECORD_LINES:
        why = f"runs over {len(taken):,} lines (to line {last:,})"
    elif any(_is_whole_row(text, fmt) for text in taken[1:]):
        why = f"has taken in lines {line + 1:,}–{last:,}, which read as rows of their own"
    elif _ends_inside_quote("".join(taken), fmt.delimiter):
        why = (
            f"is never closed: lines {line + 1:,}–{last:,} (the end of the file) were read into it"
        )
    else:
        return ""
    return (
        f"A quote opened in {column} on this line {why}: this row and those lines were not "
        'imported. Close the quote (a quote inside text is written "") and import the file again.'
    )


def _is_whole_row(text: str, fmt: FileFormat) -> bool:
    if text.count(fmt.delimiter) < len(fmt.columns) - 1:
        return False
    try:
        return len(next(csv.reader([text], delimiter=fmt.delimiter), [])) == len(fmt.columns)
    except csv.Error:
        return False


def _ends_inside_quote(text: str, delimiter: str) -> bool:
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "end of data" in str(exc)
    return False


def swallowed(line: int, taken: list[str]) -> Iterator[tuple[int, str]]:
    """Each non-blank line after ``line`` that the record beginning there took in."""
    for offset, text in enumerate(taken[1:], start=1):
        if text.strip():
            yield (
                line + offset,
                f"Not imported: this line was read as part of a quoted field that begins on "
                f"line {line:,} (see the reason given there).",
            )

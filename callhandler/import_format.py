"""Recognise a history export (CSV with a header, or JSON Lines) and read its raw rows.

The format is decided from the content, not the file name; anything else (binary data,
an image, a spreadsheet, an empty file, a CSV without the required columns) is refused
with a message naming the file and the problem. Rows come out as the FIELDS in order,
as text, with their physical line number (the CSV header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import json
import operator
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def read_rows(path: Path, fmt: FileFormat) -> Iterator[tuple[int, RawRow | str]]:
    """(line, the FIELDS as text in order) for each data row, or (line, reason) when unreadable."""
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        if fmt.kind == JSONL:
            yield from _json_rows(handle)
        else:
            yield from _csv_rows(handle, fmt)


def _json_rows(handle: Any) -> Iterator[tuple[int, RawRow | str]]:
    for line, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        if len(text) > MAX_LINE_CHARS:
            yield line, f"This line is {len(text):,} characters long: no row may exceed {MAX_LINE_CHARS:,}."  # fmt: skip
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
        given = {_column(str(k)): v for k, v in value.items()}
        try:
            yield line, tuple(_json_text(name, given.get(name)) for name in FIELDS)
        except ValueError as problem:
            yield line, str(problem)


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


def _csv_rows(handle: Any, fmt: FileFormat) -> Iterator[tuple[int, RawRow | str]]:
    reader = csv.reader(handle, delimiter=fmt.delimiter)
    width = len(fmt.columns)
    # positions of FIELDS in the file; a column the file lacks reads the "" appended at `width`
    pick = operator.itemgetter(
        *(fmt.columns.index(f) if f in fmt.columns else width for f in FIELDS)
    )
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
        if len(fields) != width:
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue  # a blank line
            yield (
                line,
                (
                    f"This line has {len(fields)} fields but the header has {width}: check for an "
                    "unquoted comma or line break inside a field."
                ),
            )
            continue
        fields.append("")
        yield line, pick(fields)

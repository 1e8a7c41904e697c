"""Recognise a history export (CSV with a header, or JSON Lines) and read its raw rows.

The format is decided from the content, not the file name; anything else (binary data,
an image, a spreadsheet, an empty file, a CSV without the required columns) is refused
with a message naming the file and the problem. Rows come out as the FIELDS in order,
as text, with their physical line number (the CSV header is line 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import operator
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
            value = safe_json.loads(text)
        except safe_json.JSONProblem as problem:
            yield line, f"This line was not imported: {problem}. Fix it or remove it."
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
        if len(given) != len(value):
            yield line, _same_column(value)
            continue
        try:
            yield line, tuple(_json_text(name, given.get(name)) for name in FIELDS)
        except ValueError as problem:
            yield line, str(problem)


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


def _csv_rows(handle: Any, fmt: FileFormat) -> Iterator[tuple[int, RawRow | str]]:
    taken: list[str] = []  # the physical lines of the record being read

    def lines() -> Iterator[str]:
        for text in handle:
            taken.append(text)
            yield text

    reader = csv.reader(lines(), delimiter=fmt.delimiter)
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
        taken.clear()
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line, previous = previous + 1, reader.line_num
            if len(taken) > 1:
                yield (
                    line,
                    (
                        f"A quote opened on this line is not closed: lines {line + 1:,}–{previous:,} "
                        f"were read into one field until it broke ({exc}). This row and those lines "
                        'were not imported: close the quote (a quote inside text is written "") '
                        "and import the file again."
                    ),
                )
            else:
                yield line, f"This line cannot be read as CSV ({exc}): a field may be too long or badly quoted."  # fmt: skip
            yield from _swallowed(line, taken)
            continue
        line, previous = previous + 1, reader.line_num
        if previous > line:  # one record over several physical lines: a quote left open?
            problem = _runaway_quote(fields, taken, fmt, line)
            if problem:
                yield line, problem
                yield from _swallowed(line, taken)
                continue
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


MAX_RECORD_LINES = 200  # a summary written over more lines than this is a quote left open


def _runaway_quote(fields: list[str], taken: list[str], fmt: FileFormat, line: int) -> str:
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


def _swallowed(line: int, taken: list[str]) -> Iterator[tuple[int, str]]:
    """Each non-blank line after ``line`` that the record beginning there took in."""
    for offset, text in enumerate(taken[1:], start=1):
        if text.strip():
            yield (
                line + offset,
                f"Not imported: this line was read as part of a quoted field that begins on "
                f"line {line:,} (see the reason given there).",
            )

"""Read an export a batch at a time, recognising records unchanged since they were imported.

Each record (a CSV row, over one or more physical lines, or a JSON line) is identified
by a digest of its text exactly as the file gives it, together with the file's header
(the same text under another header means something else). A re-import first takes
each physical line's incident reference cheaply (the text before the reference's
delimiter; a regular expression for JSON), asks the database with one query per batch
which digest each reference was last imported with, and a line whose digest is that
digest is the whole record imported then, byte for byte: it is counted as unchanged
without being parsed, checked or normalised. Any other line goes to the full reader
(``csv``/JSON, every check as before), which may take in further lines for a field with
line breaks; the quick look resumes at the next record. The quick look is only a way to
find candidates: a record is taken as unchanged only when its digest is the stored one,
so a reference misread here costs a full check, never a wrong answer.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from callhandler.importing.format import (
    CSV,
    FIELDS,
    FileFormat,
    RawRow,
    json_row,
    runaway_quote,
    swallowed,
)

DIGEST_VERSION = b"import-raw-v2"
# refs -> the raw digest each was last imported with (None or absent: none to compare)
StoredDigests = Callable[[list[str]], Mapping[str, str | None]]
MAX_SAME_LINES = 50  # a record over more lines is checked in full, like a changed one
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_REF = re.compile(r'"incident_ref"\s*:\s*"([^"\\]{1,40})"')


@dataclass(slots=True)
class Batch:
    """One batch of records in file order, split in two.

    ``same``: (line, ref) of the records given byte for byte as when last imported.
    ``rows``: (line, the FIELDS as text or why the line cannot be read, the record's digest).
    """

    same: list[tuple[int, str]] = field(default_factory=list)
    rows: list[tuple[int, RawRow | str, str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.same) + len(self.rows)


def digester(fmt: FileFormat) -> Callable[[str], str]:
    """The digest of one record's text in files of this format (its line end left out)."""
    head = b"\x1f".join(
        (
            DIGEST_VERSION,
            fmt.kind.encode(),
            fmt.delimiter.encode(),
            *(c.encode() for c in fmt.columns),
        )
    )
    base = hashlib.blake2b(head, digest_size=16)

    def digest(text: str) -> str:
        h = base.copy()
        h.update(text.rstrip("\r\n").encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    return digest


def read_batches(path: Path, fmt: FileFormat, stored: StoredDigests, size: int) -> Iterator[Batch]:
    """The file's records, ``size`` physical lines read at a time (a record with line
    breaks may take a few more); each line is numbered as in the file (CSV header = 1)."""
    with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        if fmt.kind == CSV:
            yield from _CsvReader(handle, fmt, stored, size).batches()
        else:
            yield from _json_batches(handle, fmt, stored, size)


class _Lines:
    """The file's physical lines, counted: the current chunk first, then the file. The
    CSV reader pulls from here; ``taken`` is what it took for the record being read."""

    __slots__ = ("handle", "chunk", "at", "count", "taken")

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle
        self.chunk: list[str] = []
        self.at = 0
        self.count = 0
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.at < len(self.chunk):
            text = self.chunk[self.at]
            self.at += 1
        else:
            text = next(self.handle)
        self.count += 1
        self.taken.append(text)
        return text


class _CsvReader:
    def __init__(self, handle: IO[str], fmt: FileFormat, stored: StoredDigests, size: int):
        self.handle, self.fmt, self.stored, self.size = handle, fmt, stored, size
        self.lines = _Lines(handle)
        self.reader = csv.reader(self.lines, delimiter=fmt.delimiter)
        self.digest = digester(fmt)
        self.width = len(fmt.columns)
        self.at_ref = fmt.columns.index("incident_ref")
        # positions of FIELDS in the file; a column the file lacks reads the "" appended at `width`
        self.pick = operator.itemgetter(
            *(fmt.columns.index(f) if f in fmt.columns else self.width for f in FIELDS)
        )

    def batches(self) -> Iterator[Batch]:
        try:
            next(self.reader)  # the header
        except (csv.Error, StopIteration):
            return
        lines, digest = self.lines, self.digest
        while chunk := list(itertools.islice(self.handle, self.size)):
            lines.chunk, lines.at = chunk, 0
            refs = self._refs(chunk)
            known = self.stored(_askable(refs))
            # whether each line is a whole record as last imported (a line some record
            # before it takes in is passed over below, whatever it says here)
            same_text = [
                (was := known.get(ref)) is not None and was == digest(text)
                for ref, text in zip(refs, chunk, strict=True)
            ]
            batch = Batch()
            end = len(chunk)
            while (i := lines.at) < end:
                try:
                    j = same_text.index(False, i)
                except ValueError:
                    j = end
                if j > i:  # lines i to j-1: a run of records as last imported
                    batch.same.extend(
                        zip(range(lines.count + 1, lines.count + 1 + j - i), refs[i:j], strict=True)
                    )
                    lines.count += j - i
                    lines.at = j
                if j < end and not self._same_over_lines(known.get(refs[j]), refs[j], batch):
                    self._record(batch.rows)
            yield batch

    def _same_over_lines(self, was: str | None, ref: str, batch: Batch) -> bool:
        """Whether the record starting at the current line is, over several lines of this
        chunk (a quoted field with line breaks), the text last imported as ``ref``."""
        lines = self.lines
        chunk, at = lines.chunk, lines.at
        if was is None or chunk[at].count('"') % 2 == 0:
            return False
        for last in range(at + 1, min(at + MAX_SAME_LINES, len(chunk))):
            if self.digest("".join(chunk[at : last + 1])) == was:
                batch.same.append((lines.count + 1, ref))
                lines.count += last + 1 - at
                lines.at = last + 1
                return True
        return False

    def _refs(self, chunk: list[str]) -> list[str]:
        """Each line's reference as the line seems to give it ("" when that is not plain)."""
        delimiter, at = self.fmt.delimiter, self.at_ref
        if at == 0:
            firsts = [text.partition(delimiter) for text in chunk]
            return ["" if '"' in first or not rest else first for first, _d, rest in firsts]
        refs = []
        for text in chunk:
            parts = text.split(delimiter, at + 1)
            plain = len(parts) > at + 1 and '"' not in "".join(parts[: at + 1])
            refs.append(parts[at] if plain else "")
        return refs

    def _record(self, out: list[tuple[int, RawRow | str, str]]) -> None:
        """Read one record through the CSV reader, with every check of a full import."""
        lines = self.lines
        lines.taken.clear()
        line = lines.count + 1
        try:
            fields = next(self.reader)
        except StopIteration:
            return
        except csv.Error as exc:
            last = lines.count
            if len(lines.taken) > 1:
                why = (
                    f"A quote opened on this line is not closed: lines {line + 1:,}–{last:,} "
                    f"were read into one field until it broke ({exc}). This row and those lines "
                    'were not imported: close the quote (a quote inside text is written "") '
                    "and import the file again."
                )
            else:
                why = f"This line cannot be read as CSV ({exc}): a field may be too long or badly quoted."  # fmt: skip
            out.append((line, why, ""))
            out.extend((n, reason, "") for n, reason in swallowed(line, lines.taken))
            return
        if lines.count > line:  # one record over several physical lines: a quote left open?
            problem = runaway_quote(fields, lines.taken, self.fmt, line)
            if problem:
                out.append((line, problem, ""))
                out.extend((n, reason, "") for n, reason in swallowed(line, lines.taken))
                return
        if len(fields) != self.width:
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                return  # a blank line
            why = (
                f"This line has {len(fields)} fields but the header has {self.width}: check "
                "for an unquoted comma or line break inside a field."
            )
            out.append((line, why, ""))
            return
        fields.append("")
        out.append((line, self.pick(fields), self.digest("".join(lines.taken))))


def _askable(refs: list[str]) -> list[str]:
    """The references worth asking the database about: not empty, and text it can hold
    (a byte that is not UTF-8 is read as a lone surrogate; that row is refused later)."""
    return [r for r in refs if r and (r.isascii() or not _SURROGATE.search(r))]


def _json_batches(
    handle: IO[str], fmt: FileFormat, stored: StoredDigests, size: int
) -> Iterator[Batch]:
    digest = digester(fmt)
    count = 0
    while chunk := list(itertools.islice(handle, size)):
        found = list(map(_JSON_REF.search, chunk))
        known = stored(_askable([m.group(1) for m in found if m is not None]))
        batch = Batch()
        for text, match in zip(chunk, found, strict=True):
            count += 1
            ref = match.group(1) if match is not None else ""
            was = known.get(ref) if ref else None
            if was is not None and was == digest(text):
                batch.same.append((count, ref))
                continue
            value = json_row(text)
            if isinstance(value, str):
                batch.rows.append((count, value, ""))
            elif value is not None:
                batch.rows.append((count, value, digest(text)))
        yield batch

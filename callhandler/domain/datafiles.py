"""Load policy, script and checklist data files: YAML with line numbers, JSON Schema, clear errors.

Every data file a force can change (triage scripts, grading policies, closure checklists,
risk instruments) goes through ``load_document``: the YAML is parsed safely, duplicate keys
are refused, the result is checked against a JSON Schema, and any problem is reported as
``file, line N: what is wrong``. Semantic checks done by the caller report through the same
``Problems`` collector so their errors name lines too. A file with any problem is refused
whole; nothing from it is used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from callhandler.errors import BadInput

Path_ = tuple[str | int, ...]
MAX_FILE_BYTES = 2_000_000
MAX_SHOWN = 20


# YAML 1.2-style booleans: only true/false. ``yes``/``no``/``on``/``off`` stay strings, because
# ``yes``, ``no`` and ``unknown`` are answer values in our scripts and policies.
_Loader: Any = type("_Loader", (yaml.SafeLoader,), {})
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str


class DataFileError(BadInput):
    """A data file was refused: ``str()`` names the file, the line and the problem."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = tuple(problems)
        shown = [self._format(p) for p in self.problems[:MAX_SHOWN]]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(f"... and {more} more problem(s)")
        super().__init__("\n".join(shown))

    def _format(self, problem: Problem) -> str:
        where = f", line {problem.line}" if problem.line is not None else ""
        return f"{self.source}{where}: {problem.message} (the whole file was refused)"

    @property
    def first_line(self) -> int | None:
        return self.problems[0].line if self.problems else None


@dataclass
class Problems:
    """Collects problems by location in the document; ``Document.check`` raises them."""

    items: list[tuple[Path_, str]] = field(default_factory=list)

    def add(self, path: Path_, message: str) -> None:
        self.items.append((path, message))

    def __bool__(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True)
class Document:
    """A parsed data file: plain data plus the line of every mapping, list and value."""

    source: str
    data: Any
    lines: Mapping[Path_, int]

    def line_of(self, path: Path_) -> int | None:
        """The line of the deepest existing node on ``path`` (1-based)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None

    def check(self, problems: Problems) -> None:
        """Raise DataFileError for the collected problems, in line order."""
        if not problems:
            return
        found = [Problem(self.line_of(path), message) for path, message in problems.items]
        found.sort(key=lambda p: p.line or 0)
        raise DataFileError(self.source, found)


def _build(node: yaml.Node, path: Path_, lines: dict[Path_, int], problems: list[Problem]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        key_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(line, "a key must be a plain word, not a list or mapping"))
                continue
            key = str(key_node.value)
            if key == "<<":
                problems.append(Problem(line, "YAML merge keys (<<) are not allowed here"))
                continue
            if key in result:
                problems.append(
                    Problem(line, f"duplicate key {key!r} (first given on line {key_lines[key]})")
                )
                continue
            key_lines[key] = line
            # A value starting on the key's line is reported there, not on the next line.
            result[key] = _build(value_node, (*path, key), lines, problems)
            lines[(*path, key)] = line
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*path, i), lines, problems) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    if node.tag not in _SCALAR_TAGS:
        problems.append(Problem(node.start_mark.line + 1, f"unsupported YAML tag {node.tag}"))
        return None
    constructor = _Loader("")
    try:
        return constructor.construct_object(node)
    except yaml.YAMLError as exc:
        problems.append(Problem(node.start_mark.line + 1, f"cannot read the value: {exc}"))
        return None


_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null")
)


def parse_yaml(text: str, source: str) -> Document:
    """Parse one YAML document safely, keeping line numbers; refuse duplicates and anchors."""
    if "\x00" in text:
        raise DataFileError(source, [Problem(None, "the file is binary, not YAML text")])
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        raise DataFileError(source, [Problem(line, f"not valid YAML: {reason}")]) from exc
    except yaml.YAMLError as exc:
        raise DataFileError(source, [Problem(None, f"not valid YAML: {exc}")]) from exc
    if node is None:
        raise DataFileError(source, [Problem(1, "the file is empty")])
    if _uses_aliases(text):
        raise DataFileError(
            source, [Problem(None, "YAML anchors and aliases (& and *) are not allowed")]
        )
    lines: dict[Path_, int] = {}
    problems: list[Problem] = []
    data = _build(node, (), lines, problems)
    if problems:
        raise DataFileError(source, problems)
    return Document(source, data, lines)


def _uses_aliases(text: str) -> bool:
    return any(
        isinstance(token, yaml.AliasToken | yaml.AnchorToken)
        for token in yaml.scan(text, Loader=_Loader)
    )


@cache
def schema(name: str) -> Draft202012Validator:
    """The JSON Schema ``resources/schemas/NAME.schema.json`` as a ready validator."""
    text = (resources.files("callhandler.resources") / "schemas" / f"{name}.schema.json").read_text(
        encoding="utf-8"
    )
    document = json.loads(text)
    Draft202012Validator.check_schema(document)
    return Draft202012Validator(document)


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    message = str(error.message)
    if error.validator == "additionalProperties":
        message = message.replace("Additional properties are not allowed", "unknown field(s)")
    elif error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        message = f"{error.instance!r} is not one of: {allowed}"
    return f"{where}: {message}" if where else message


def validate(document: Document, schema_name: str) -> None:
    """Check the document against a schema; every violation is reported with its line."""
    validator = schema(schema_name)
    problems = Problems()
    errors = sorted(validator.iter_errors(document.data), key=lambda e: list(e.absolute_path))
    for error in _leaves(errors):
        problems.add(tuple(error.absolute_path), _describe(error))
    document.check(problems)


def _leaves(errors: list[Any]) -> Iterator[Any]:
    """For oneOf/anyOf failures report the most specific sub-error, not the whole blob."""
    for error in errors:
        if error.context:
            best = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.message)))
            yield best
        else:
            yield error


def read_text(path: Path | Traversable, source: str | None = None) -> tuple[str, str]:
    """The file's text and the name to report it by; unreadable files are BadInput."""
    name = source or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataFileError(name, [Problem(None, f"cannot read the file: {exc}")]) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise DataFileError(name, [Problem(None, "the file is too large for a data file")])
    try:
        return raw.decode("utf-8"), name
    except UnicodeDecodeError as exc:
        raise DataFileError(
            name, [Problem(None, f"not UTF-8 text (byte {exc.start}); save it as UTF-8")]
        ) from exc


def load_document(
    path: Path | Traversable, schema_name: str, source: str | None = None
) -> Document:
    """Read, parse and schema-check one data file."""
    text, name = read_text(path, source)
    document = parse_yaml(text, name)
    validate(document, schema_name)
    return document


def resource(folder: str, filename: str) -> Traversable:
    """A shipped data file, e.g. ``resource("scripts", "first_contact.yaml")``."""
    return resources.files("callhandler.resources") / folder / filename


def shipped(folder: str, suffix: str = ".yaml") -> list[Traversable]:
    """Every shipped data file in ``resources/FOLDER``, by name."""
    base = resources.files("callhandler.resources") / folder
    return sorted(
        (item for item in base.iterdir() if item.name.endswith(suffix)), key=lambda t: t.name
    )

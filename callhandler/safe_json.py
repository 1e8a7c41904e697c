"""Read JSON that came from a file or a person: bounded nesting and numbers, no duplicate keys.

``json.loads`` takes the last of two equal keys (``weapon: yes`` then ``no`` silently
becomes no), recurses until Python's stack runs out on deep nesting and converts a
5,000-digit integer before Python's own limit stops it with a ValueError: each of those
would lose an answer silently or abort a whole import. ``loads`` here refuses them with
a JSONProblem saying what is wrong, in words fit to show.
"""

from __future__ import annotations

import json
import math
from typing import Any

MAX_DEPTH = 20  # a history row or a set of answers is one flat object
MAX_NUMBER_CHARS = 40  # a phone number written as a number has 11 digits


class JSONProblem(ValueError):
    """Why the text was refused (a complete sentence)."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JSONProblem(
                    f"the key {key[:60]!r} appears more than once in one object, so it is "
                    "not clear which value is meant: keep one"
                )
            seen.add(key)
    return value


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise JSONProblem(
            f"a number {len(text):,} digits long is not a value this could hold "
            f"(at most {MAX_NUMBER_CHARS} characters): write it as text if it is a reference"
        )
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise JSONProblem(
            f"a number {len(text):,} characters long is not a value this could hold "
            f"(at most {MAX_NUMBER_CHARS} characters)"
        )
    value = float(text)
    if math.isinf(value):
        raise JSONProblem(f"the number {text!r} is too large")
    return value


def _constant(name: str) -> Any:
    raise JSONProblem(f"{name} is not a number JSON allows: give a number or text")


def _depth_over(text: str, limit: int) -> bool:
    """True when brackets outside strings nest deeper than ``limit`` (a linear scan)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def loads(text: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in ``text``; JSONProblem (a ValueError) when it is refused.

    Malformed JSON is a JSONProblem too, naming the line and column.
    """
    # counting brackets is C-fast; the exact scan runs only for text that could be too deep
    if text.count("[") + text.count("{") > max_depth and _depth_over(text, max_depth):
        raise JSONProblem(f"it is nested more than {max_depth} levels deep")
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_int=_integer,
            parse_float=_float,
            parse_constant=_constant,
        )
    except JSONProblem:
        raise
    except json.JSONDecodeError as exc:
        raise JSONProblem(f"it is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None  # fmt: skip
    except RecursionError:  # a backstop: the scan above should have caught it
        raise JSONProblem(f"it is nested more than {max_depth} levels deep") from None
    except (ValueError, UnicodeError) as exc:
        raise JSONProblem(f"it cannot be read as JSON ({type(exc).__name__})") from None

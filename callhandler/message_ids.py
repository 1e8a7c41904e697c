"""The machinery of the core's message catalogue (``callhandler/messages.py`` holds the
messages): a ``Message`` is an id and English text with ``{placeholders}``; calling it with
the values gives a ``Said``, the English ``str`` that also carries the id and values so the
window can translate it."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
_CATALOGUE: dict[str, Message] = {}


@dataclass(frozen=True)
class Message:
    """One entry of the catalogue: its id and English text with ``{placeholders}``."""

    id: str
    text: str

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(
            name for _, name, _, _ in string.Formatter().parse(self.text) if name is not None
        )

    def __call__(self, **params: Any) -> Said:
        missing = self.placeholders - set(params)
        if missing:  # a programming error: caught by the tests that raise it
            raise TypeError(f"message {self.id} needs {', '.join(sorted(missing))}")
        return Said(self, tuple(sorted(params.items())))


class Said(str):
    """A message with its values. It is the English text itself (a ``str``, so the core
    joins, compares and prints it as before) and also carries the catalogue entry and the
    values, so the window can show it translated."""

    message: Message
    values: tuple[tuple[str, Any], ...]  # a tuple, so errors carrying it pickle

    def __new__(cls, message: Message, values: tuple[tuple[str, Any], ...] = ()) -> Said:
        said = super().__new__(cls, message.text.format(**dict(values)))
        said.message = message
        said.values = values
        return said

    def __getnewargs__(self) -> tuple[Message, tuple[tuple[str, Any], ...]]:  # type: ignore[override]
        return (self.message, self.values)

    @property
    def id(self) -> str:
        return self.message.id

    @property
    def params(self) -> dict[str, Any]:
        return dict(self.values)

    def render(self, template: str | None = None) -> str:
        """The text (or a translation of it) with the values filled in."""
        return (template if template is not None else self.message.text).format(**self.params)


def message(message_id: str, text: str) -> Message:
    """Define a catalogue entry (at import time; an id defined twice is refused)."""
    if not _ID.match(message_id):
        raise ValueError(f"message id {message_id!r} must look like 'area.what'")
    if message_id in _CATALOGUE:
        raise ValueError(f"message id {message_id!r} is defined twice")
    entry = Message(message_id, text)
    _CATALOGUE[message_id] = entry
    return entry


def catalogue() -> dict[str, Message]:
    """Every message, by id."""
    return dict(_CATALOGUE)

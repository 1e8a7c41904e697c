"""The look-up's statements run on the driver's own cursor: no SQLAlchemy on the hot path.

Each statement is written once with ``:name`` parameters (``IN :name`` for a list) and
rendered once per backend and list length (cached): ``?``-free named SQL for SQLite,
whose connection keeps its own prepared-statement cache, and ``%(name)s`` with
``= ANY(...)`` (and ``STRING_AGG`` for ``GROUP_CONCAT``) for psycopg, which prepares a
statement on the server after a few runs.
A look-up then costs what the database costs, not what building the statement costs
(issue 18: about 0.25 ms per statement through SQLAlchemy, tens of microseconds here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

_PARAM = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_IN_LIST = re.compile(r"\bIN :([A-Za-z_]\w*)")
# SQLite's GROUP_CONCAT(t.column, 'separator') reads an index in row order; PostgreSQL's
# STRING_AGG is told to (by the table's id).
_GROUP_CONCAT = re.compile(r"\bGROUP_CONCAT\((\w+)\.(\w+), ('[^']*')\)")


@lru_cache(maxsize=512)
def render(template: str, dialect: str, lists: tuple[tuple[str, int], ...] = ()) -> str:
    """``template`` for ``dialect`` ("sqlite" or "postgresql"); ``lists``: (name, length)."""
    if dialect == "sqlite":
        lengths = dict(lists)

        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            return "IN (" + ", ".join(f":{name}_{i}" for i in range(lengths[name])) + ")"

        return _IN_LIST.sub(expand, template)
    sql = template.replace("%", "%%")
    sql = _IN_LIST.sub(lambda m: f"= ANY(:{m.group(1)})", sql)
    sql = _GROUP_CONCAT.sub(r"STRING_AGG(\1.\2, \3 ORDER BY \1.id)", sql)
    return _PARAM.sub(lambda m: f"%({m.group(1)})s", sql)


class Raw:
    """A driver cursor inside the caller's transaction, with the backend's conventions."""

    def __init__(self, dbapi_connection: Any, dialect: str) -> None:
        self.cursor = dbapi_connection.cursor()
        self.dialect = dialect
        self.sqlite = dialect == "sqlite"
        self.statements = 0  # how many this look-up issued (the bench and tests read it)

    def execute(self, template: str, params: dict[str, Any]) -> Any:
        lists = tuple(
            (name, len(value)) for name, value in params.items() if value.__class__ is list
        )
        sql = render(template, self.dialect, lists)
        if self.sqlite and lists:
            params = dict(params)
            for name, _n in lists:
                for i, value in enumerate(params.pop(name)):
                    params[f"{name}_{i}"] = value
        self.statements += 1
        self.cursor.execute(sql, params)
        return self.cursor

    def rows(self, template: str, **params: Any) -> list[tuple[Any, ...]]:
        return list(self.execute(template, params).fetchall())

    def first(self, template: str, **params: Any) -> tuple[Any, ...] | None:
        row = self.execute(template, params).fetchone()
        return tuple(row) if row is not None else None

    def scalar(self, template: str, **params: Any) -> Any:
        row = self.first(template, **params)
        return row[0] if row else None

    def column(self, template: str, **params: Any) -> list[Any]:
        return [r[0] for r in self.execute(template, params).fetchall()]

    def stamp(self, value: dt.datetime) -> Any:
        """An aware datetime as a UTCDateTime column stores it (naive UTC; text on SQLite,
        written the way SQLAlchemy writes it so comparisons agree)."""
        naive = value.astimezone(dt.UTC).replace(tzinfo=None)
        return naive.isoformat(" ", "microseconds") if self.sqlite else naive

    def close(self) -> None:
        self.cursor.close()


def aware(value: Any) -> dt.datetime | None:
    """A stored UTCDateTime (text on SQLite, naive on PostgreSQL) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        try:  # stored naive: read as UTC in one step (a row is listed in microseconds)
            return dt.datetime.fromisoformat(value + "+00:00")
        except ValueError:
            value = dt.datetime.fromisoformat(value)
    stamp: dt.datetime = value
    return stamp.replace(tzinfo=dt.UTC)


def when(value: Any) -> dt.datetime:
    """As ``aware`` for a column that is never empty."""
    found = aware(value)
    if found is None:
        raise ValueError("a required time column was empty")
    return found


def a_date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def chunks(values: Sequence[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(values), size):
        yield list(values[start : start + size])

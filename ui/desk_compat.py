"""Transitional (issue 15): a root widget handed a ``Database`` instead of a desk.

The windows now hand every widget the desk (ui/app.py builds it); only a few tests still
build a root widget (OversightView in tests/ui/test_qa_*.py) on a bare ``Database``, and
``as_desk`` puts a ``DatabaseDesk`` over it. Delete this module once they pass a
``DatabaseDesk`` too.
"""

from __future__ import annotations

from typing import Any

from callhandler.desk import DatabaseDesk, Desk
from callhandler.services.context import Actor


def as_desk(source: Any, actor: Actor) -> Desk:
    """``source`` when it is a desk already, otherwise a desk on ``source`` (a Database).

    ``source`` is typed ``Any``: it is a ``Desk`` or a ``Database``, and ui/ may not name
    ``Database`` (tests/core/test_layout.py), not even for mypy."""
    if hasattr(source, "closure_view") and hasattr(source, "actor"):
        desk: Desk = source
        return desk
    return DatabaseDesk(source, actor)

"""Transitional (issue 15): a root widget built by a window not yet on the desk.

The widgets that ``ui/main_window.py`` and ``ui/call/handler_view.py`` build take a
``Desk``; while those windows still hand them their ``Database`` and actor, ``as_desk``
puts a ``DatabaseDesk`` over it. Delete this module once ``ui/app.py`` builds the desk and
passes it down.
"""

from __future__ import annotations

from typing import Any

from callhandler.desk import DatabaseDesk, Desk
from callhandler.services.context import Actor


def as_desk(source: Desk | Any, actor: Actor) -> Desk:
    """``source`` when it is a desk already, otherwise a desk on ``source`` (a Database)."""
    if hasattr(source, "closure_view") and hasattr(source, "actor"):
        desk: Desk = source
        return desk
    return DatabaseDesk(source, actor)

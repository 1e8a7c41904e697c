"""Who is acting, from which workstation: passed to every service call."""

from __future__ import annotations

import getpass
import socket
from dataclasses import dataclass


def this_workstation() -> str:
    return socket.gethostname() or "unknown-workstation"


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or the system, for command-line work) behind an action."""

    user_id: int | None
    username: str
    display_name: str
    role: str
    workstation: str

    @property
    def is_inspector(self) -> bool:
        return self.role == "inspector"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def system_actor(purpose: str = "cli") -> Actor:
    """The actor for command-line administration: the operating-system user, role admin."""
    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = "unknown"
    return Actor(None, f"{purpose}:{who}", f"{purpose} ({who})", "admin", this_workstation())

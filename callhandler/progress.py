"""Progress and cancellation for long work (seed, import, bench), shown by the CLI or the window."""

from __future__ import annotations

from typing import Protocol

from callhandler.errors import CallHandlerError


class Cancelled(CallHandlerError):
    """The user cancelled; everything the work had written was rolled back."""

    exit_code = 1


class Progress(Protocol):
    """What long work reports to; the command line and the Qt window each implement it."""

    def start(self, total: int, label: str) -> None: ...

    def advance(self, amount: int) -> None: ...

    def cancelled(self) -> bool: ...


class NoProgress:
    """Reports nowhere and never cancels (tests, library use)."""

    def start(self, total: int, label: str) -> None:
        pass

    def advance(self, amount: int) -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check_cancel(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled("Cancelled: nothing from this run was saved.")

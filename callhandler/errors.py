"""Errors the services raise with a message fit to show a user."""

from __future__ import annotations

from callhandler.message_ids import Said


class CallHandlerError(Exception):
    """Base class: ``str(err)`` says what is wrong and how to fix it.

    Raised with catalogue messages (``BadInput(m.NO_INCIDENT(incident_id=7))``), the error
    also keeps them in ``said``, so the window can show them translated; ``str(err)`` is
    the English, joined by spaces. Raised with a plain string, ``said`` is empty.
    """

    exit_code = 1
    said: tuple[Said, ...] = ()

    def __init__(self, *args: object) -> None:
        if args and all(isinstance(arg, Said) for arg in args):
            self.said = tuple(arg for arg in args if isinstance(arg, Said))
            super().__init__(" ".join(str(arg) for arg in self.said))
        else:
            super().__init__(*args)


class BadInput(CallHandlerError):
    """The user or a file gave something invalid (command-line exit code 2)."""

    exit_code = 2


class DatabaseError(CallHandlerError):
    """The database could not be opened or written."""

    exit_code = 1


class DatabaseTooNew(DatabaseError):
    """The database was migrated by a newer version of the application."""


class DatabaseLocked(DatabaseError):
    """Another process holds the write lock for longer than the busy timeout."""


class PermissionDenied(CallHandlerError):
    """The signed-in user's role does not allow the action."""

    exit_code = 2


class AuthenticationFailed(CallHandlerError):
    """Unknown user or wrong password (deliberately not saying which)."""

    exit_code = 2

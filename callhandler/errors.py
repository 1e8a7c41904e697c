"""Errors the services raise with a message fit to show a user."""

from __future__ import annotations


class CallHandlerError(Exception):
    """Base class: ``str(err)`` says what is wrong and how to fix it."""

    exit_code = 1


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

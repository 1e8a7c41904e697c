"""The application's log: a rotating file under ``logs/``, mode 0600, with no personal data.

What may be written: times, levels, logger names, actions and ids, exception types and
their stack frames. What may not: names, numbers, addresses or any free text a user or a
file supplied. So the filter here withholds every message argument that is text (unless
it is marked ``LogSafe``), every exception's message (a BadInput or a database error
quotes what was typed) and the messages of other libraries' loggers; passwords in URLs are
hidden in what remains.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import logging.handlers
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from callhandler.redact import redact_credentials

LOG_FILE = "callhandler.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
OWN_LOGGERS = ("callhandler", "ui", "__main__")
WITHHELD = "[withheld]"
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


class LogSafe(str):
    """Text known to hold no personal data (a function's name, an action, a command)."""

    __slots__ = ()


def _safe_argument(value: object) -> object:
    if value is None or isinstance(value, bool | int | float | LogSafe):
        return value
    return WITHHELD


def frames_only(error: BaseException) -> str:
    """A traceback of ``error`` (and its causes): types and stack frames, never messages."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for link in reversed(chain):
        if parts:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        stack = traceback.StackSummary.extract(traceback.walk_tb(link.__traceback__))
        parts.extend(stack.format())
        kind = type(link)
        parts.append(f"{kind.__module__}.{kind.__qualname__}: (message withheld)")
    return "".join(parts)


def _own(record: logging.LogRecord) -> bool:
    return record.name.split(".")[0] in OWN_LOGGERS


def private_record(record: logging.LogRecord) -> logging.LogRecord:
    """A copy of ``record`` that carries no personal data (see the module docstring).

    A copy, so that other handlers (a test's, a console's) still see the record as made.
    """
    clean = copy.copy(record)
    if _own(record):
        clean.msg = redact_credentials(str(record.msg))
        if isinstance(record.args, dict):
            clean.args = {k: _safe_argument(v) for k, v in record.args.items()}
        elif record.args:
            clean.args = tuple(_safe_argument(a) for a in record.args)
    else:  # another library's message may quote a statement's parameters
        clean.msg, clean.args = "(message withheld)", None
    clean.exc_text = (
        frames_only(record.exc_info[1]) if record.exc_info and record.exc_info[1] else None
    )
    clean.exc_info = None
    return clean


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler that writes only ``private_record`` copies, to files created
    0600 (and made 0600 if they were older and looser)."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING or _own(record):  # not migrations' chatter
            super().emit(private_record(record))

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":  # an older file made under a looser umask
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


@contextlib.contextmanager
def logging_to(folder: Path, *, level: int = logging.INFO) -> Iterator[Path]:
    """Log to ``folder/callhandler.log`` (created 0700/0600) while the block runs.

    Uncaught exceptions (a Qt slot's, say) are logged too. On leaving, the handler is
    removed and closed and the previous root level and excepthook are restored, so calling
    this again (tests run many commands in one process) never doubles the lines.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a folder the user made with looser permissions
        folder.chmod(0o700)
    path = folder / LOG_FILE
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    previous_level = root.level
    previous_hook = sys.excepthook
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)

    def log_uncaught(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        logging.getLogger("callhandler").critical("Uncaught exception", exc_info=(kind, error, tb))
        previous_hook(kind, error, tb)

    sys.excepthook = log_uncaught
    try:
        yield path
    finally:
        sys.excepthook = previous_hook
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()

"""What every subcommand shares: who may run it, opening the database, signing in, progress
and printing. The subcommand modules (users_cli, policy_cli, ...) import from here, never
from callhandler.cli, so the command line has no import cycle."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from callhandler.paths import app_paths
from callhandler.progress import Progress
from callhandler.services.context import Actor
from callhandler.storage.engine import Database

# Who may run the commands that read personal data or change accounts (README, Security).
TAKING_CALLS = ("handler", "inspector")  # lookup, assess with a number or address
OVERSIGHT = ("inspector", "admin")  # report, policy impact
ADMIN = ("admin",)  # users, import, seed into a database with accounts, bench on one
ANY_ROLE = ("handler", "inspector", "admin")  # sync (a copy of the data into the cache)


class RichProgress:
    """A progress bar on stderr; Ctrl+C cancels (the work rolls back)."""

    def __init__(self, enabled: bool = True) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        self._bar = Bar(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            disable=not enabled,
            transient=False,
        )
        self._task: Any = None
        self._interrupted = False

    def __enter__(self) -> RichProgress:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def start(self, total: int, label: str) -> None:
        if self._task is not None:
            self._bar.update(self._task, visible=False)
        self._task = self._bar.add_task(label, total=total)

    def advance(self, amount: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, amount)

    def interrupt(self) -> None:
        self._interrupted = True

    def cancelled(self) -> bool:
        return self._interrupted


def _with_progress(args: argparse.Namespace, work: Callable[[Progress], Any]) -> Any:
    """Run work under a progress bar; Ctrl+C asks it to cancel cleanly."""
    import signal

    with RichProgress(enabled=not args.quiet) as progress:
        previous = signal.signal(signal.SIGINT, lambda *_: progress.interrupt())
        try:
            return work(progress)
        finally:
            signal.signal(signal.SIGINT, previous)


_opened: list[Database] = []


def _open(args: argparse.Namespace) -> Database:
    """Open (and migrate) the database; main() closes it when the command ends."""
    from callhandler.services.database import open_database

    db = open_database(args.db, data_dir=args.data_dir, demo=getattr(args, "demo", False))
    _opened.append(db)
    return db


def _signed_in(args: argparse.Namespace, db: Database, roles: tuple[str, ...]) -> Actor:
    """The person running this command, signed in with one of ``roles`` (callhandler.cli_signin)."""
    from callhandler.cli_signin import sign_in

    return sign_in(db, app_paths(args.data_dir), roles, _command_name(args))


def _no_accounts(db: Database) -> bool:
    """A database nobody can sign in to yet (new, or a benchmark's): its bootstrap."""
    from callhandler.services.accounts import count_users

    return count_users(db) == 0


def _emit(args: argparse.Namespace, document: dict[str, Any], text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(document, indent=2, default=str, ensure_ascii=False))
    else:
        print(text)


def _command_name(args: argparse.Namespace) -> str:
    """``users add``, ``audit verify``…: the command and its subcommands (argparse choices)."""
    names = [v for k, v in vars(args).items() if k == "command" or k.endswith("_command")]
    return " ".join(str(n) for n in names if isinstance(n, str)) or "window"

"""Signing in on the command line: environment variables, a ``callhandler login`` token, or
a prompt; then the command's roles.

Where the credentials come from, first found wins:

1. ``CALLHANDLER_USER`` and ``CALLHANDLER_PASSWORD`` (scripts and tests; the password is
   asked for at the terminal when only the user is set). A full sign-in each time, throttled
   and audited like the window's.
2. The token ``callhandler login`` left for this database: in the operating system's
   keyring where one is usable, else in a file readable only by you under the data folder
   (``signin/``). It expires after ``--hours`` (default 8, one shift) and is checked in the
   database every time, so logout, a disabled account or a reset password end it at once.
3. A prompt for username and password, when there is a terminal.

Otherwise the command is refused with what to do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys

import keyring.errors

from callhandler.errors import AuthenticationFailed, BadInput, PermissionDenied
from callhandler.paths import AppPaths
from callhandler.services import accounts, audit, cli_tokens
from callhandler.services.context import Actor, this_workstation
from callhandler.storage.engine import Database
from callhandler.sync.keys import SERVICE, usable_keyring

USER_ENV = "CALLHANDLER_USER"
PASSWORD_ENV = "CALLHANDLER_PASSWORD"
ROLE_WORDS = {"handler": "call handlers", "inspector": "inspectors", "admin": "administrators"}


def roles_in_words(roles: tuple[str, ...]) -> str:
    words = [ROLE_WORDS[r] for r in roles]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def ask(prompt: str) -> str:
    """A line typed at the terminal (the prompt on stderr: stdout may be --json)."""
    if not sys.stdin.isatty():
        raise BadInput(f"No terminal to ask on ({prompt.strip()}).")
    print(prompt, end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line:
        raise BadInput("Nothing was typed: nothing was done.")
    return line.strip()


def ask_password(prompt: str) -> str:
    """A password typed at the terminal, not echoed; BadInput when there is no terminal to
    ask at (a script, a pipe, a service) or the prompt is abandoned with Ctrl+D."""
    import getpass

    if not sys.stdin.isatty():
        raise BadInput(
            f"No terminal to ask for the password on: run the command in a terminal, or set "
            f"{PASSWORD_ENV} (see `callhandler login --help`)."
        )
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise BadInput("No password was typed: nothing was done.") from None


class TokenStore:
    """Where ``callhandler login`` keeps its token for one database: the keyring when a
    usable one exists, else ``<data>/signin/<hash of the database>.json`` (0600, in a 0700
    folder). The database is named by its URL without any password."""

    def __init__(self, paths: AppPaths, database: str) -> None:
        self.database = database
        self.entry = f"signin:{database}"
        digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:32]
        self.folder = paths.data_dir / "signin"
        self.file = self.folder / f"{digest}.json"

    def save(self, token: str, expires: dt.datetime) -> str:
        """Keep the token; returns where ("the keyring" or the file's path)."""
        value = json.dumps(
            {"database": self.database, "token": token, "expires_at": expires.isoformat()}
        )
        backend = usable_keyring()
        if backend is not None:
            try:
                backend.set_password(SERVICE, self.entry, value)
                self._remove_file()
                return "the keyring"
            except (keyring.errors.KeyringError, OSError, RuntimeError):
                pass  # locked or gone: the file below
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = self.file.with_suffix(".tmp")
        temporary.unlink(missing_ok=True)
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(value)
        temporary.replace(self.file)
        return str(self.file)

    def load(self, now: dt.datetime) -> str | None:
        """The token, unless none is kept or it has expired (an expired one is removed)."""
        raw: str | None = None
        backend = usable_keyring()
        if backend is not None:
            try:
                raw = backend.get_password(SERVICE, self.entry)
            except (keyring.errors.KeyringError, OSError, RuntimeError):
                raw = None
        if raw is None and self.file.exists():
            try:
                raw = self.file.read_text(encoding="utf-8")
            except OSError:
                raw = None
        if not raw:
            return None
        try:
            document = json.loads(raw)
            expires = dt.datetime.fromisoformat(document["expires_at"])
            token = str(document["token"])
        except (ValueError, KeyError, TypeError):
            self.forget()
            return None
        if expires <= now:
            self.forget()
            return None
        return token

    def forget(self) -> None:
        backend = usable_keyring()
        if backend is not None:
            try:
                backend.delete_password(SERVICE, self.entry)
            except (keyring.errors.KeyringError, OSError, RuntimeError):
                pass  # nothing kept there (PasswordDeleteError) or unusable
        self._remove_file()

    def _remove_file(self) -> None:
        try:
            self.file.unlink(missing_ok=True)
        except OSError:
            pass


def credentials_sign_in(db: Database, workstation: str) -> Actor | None:
    """Sign in with CALLHANDLER_USER / CALLHANDLER_PASSWORD (password prompted for when only
    the user is set); None when the user variable is not set."""
    username = os.environ.get(USER_ENV, "").strip()
    if not username:
        return None
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = ask_password(f"Password for {username}: ")
    return accounts.authenticate(db, username, password, workstation)


def prompt_sign_in(db: Database, workstation: str) -> Actor:
    username = ask("Username: ")
    password = ask_password("Password: ")
    return accounts.authenticate(db, username, password, workstation)


def sign_in(
    db: Database,
    paths: AppPaths,
    roles: tuple[str, ...],
    command: str,
    *,
    now: dt.datetime | None = None,
) -> Actor:
    """The person running ``command``, signed in and in one of ``roles``; refusals of the
    role are audited (who tried what)."""
    workstation = this_workstation()
    actor = credentials_sign_in(db, workstation)
    if actor is None:
        token = TokenStore(paths, db.describe()).load(now or dt.datetime.now(dt.UTC))
        if token is not None:
            actor = cli_tokens.actor_for(db, token, workstation, now=now)
    if actor is None:
        if not sys.stdin.isatty():
            raise AuthenticationFailed(
                f"`callhandler {command}` is for {roles_in_words(roles)} and needs you signed "
                f"in: run `callhandler login` first, or set {USER_ENV} and {PASSWORD_ENV}."
            )
        actor = prompt_sign_in(db, workstation)
    if actor.role not in roles:
        with db.write() as session:
            audit.record(session, actor, "refused", "command", command[:64], {"role": actor.role})
        raise PermissionDenied(
            f"`callhandler {command}` is for {roles_in_words(roles)}; you are signed in as "
            f"{actor.username} ({actor.role}), so nothing was done."
        )
    return actor


def login(
    db: Database, paths: AppPaths, *, hours: float, now: dt.datetime | None = None
) -> tuple[Actor, dt.datetime, str]:
    """Sign in (variables or prompt) and keep a token; (who, until when, where it is kept)."""
    if not 0 < hours <= cli_tokens.MAX_HOURS:
        raise BadInput(f"--hours must be more than 0 and at most {cli_tokens.MAX_HOURS}.")
    workstation = this_workstation()
    actor = credentials_sign_in(db, workstation)
    if actor is None:
        if not sys.stdin.isatty():
            raise AuthenticationFailed(
                f"No terminal to sign in on: run `callhandler login` in a terminal, or set "
                f"{USER_ENV} and {PASSWORD_ENV}."
            )
        actor = prompt_sign_in(db, workstation)
    token, expires = cli_tokens.issue(db, actor, hours=hours, now=now)
    where = TokenStore(paths, db.describe()).save(token, expires)
    return actor, expires, where


def logout(db: Database, paths: AppPaths) -> bool:
    """End this workstation's command-line sign-in to ``db``; True when there was one."""
    store = TokenStore(paths, db.describe())
    token = store.load(dt.datetime.now(dt.UTC))
    store.forget()
    return token is not None and cli_tokens.revoke(db, token)

"""``callhandler login``/``logout`` and ``users …``: signing in on the command line and
administering accounts (callhandler.cli_signin, services.accounts, services.account_admin)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from callhandler.errors import BadInput, PermissionDenied
from callhandler.paths import app_paths
from callhandler.services.context import system_actor


def _new_password(args: argparse.Namespace, username: str) -> str:
    """--password, else typed twice at the terminal."""
    from callhandler.cli_signin import ask_password

    if args.password is not None:
        password = str(args.password)
    else:
        password = ask_password(f"New password for {username}: ")
        if ask_password("The same again: ") != password:
            raise BadInput("The two passwords typed differ: nothing was changed.")
    if not password:
        raise BadInput("The password is empty: give one (it is not stored as typed).")
    return password


def cmd_users(args: argparse.Namespace) -> int:
    """Accounts: ``add`` (the first administrator of an empty database without sign-in),
    ``list`` and the administration commands, each signed in as an administrator."""
    from callhandler.cli_common import ADMIN, _emit, _no_accounts, _open, _signed_in
    from callhandler.services import account_admin, accounts

    db = _open(args)
    command = args.users_command
    if command == "add":
        first = _no_accounts(db)
        if first and args.role != "admin":  # said before a password is asked for
            raise PermissionDenied(
                "The first account of a database must be an administrator (--role admin); "
                "they then sign in and create the others."
            )
        actor = system_actor("bootstrap") if first else _signed_in(args, db, ADMIN)
        password = _new_password(args, args.username)
        row = accounts.create_user(
            db,
            actor,
            args.username,
            args.name or args.username,
            args.role,
            password,
            first_administrator=first,
        )
        made = "the first administrator account" if first else f"{row.role} account"
        _emit(args, asdict(row), f"Created {made} {row.username}.")
        return 0
    if command == "list":
        if _no_accounts(db):
            _emit(
                args,
                {"users": []},
                "No accounts yet: create the first administrator with "
                "`callhandler users add NAME --role admin`.",
            )
            return 0
        rows = accounts.list_users(db, _signed_in(args, db, ADMIN))
        _emit(
            args,
            {"users": [asdict(r) for r in rows]},
            "\n".join(
                f"{r.username:<20} {r.role:<10} {'active' if r.active else 'DISABLED':<9}"
                f"{' LOCKED until ' + r.locked_until.astimezone().strftime('%H:%M') if r.locked_until else ''}"
                f" {r.display_name}"
                for r in rows
            ),
        )
        return 0
    admin = _signed_in(args, db, ADMIN)
    if command == "unlock":
        done = account_admin.unlock(db, admin, username=args.username, workstation=args.workstation)
        what = f"account {args.username}" if args.username else f"workstation {args.workstation}"
        _emit(
            args,
            {"unlocked": done},
            f"Unlocked {what}." if done else f"The {what} was not locked; nothing to do.",
        )
        return 0
    if command == "disable":
        row = account_admin.disable(db, admin, args.username)
        text = f"Disabled {row.username}: it cannot sign in, and its open sessions end."
    elif command == "enable":
        row = account_admin.enable(db, admin, args.username)
        text = f"Enabled {row.username} (and lifted any lock-out)."
    elif command == "reset-password":
        row = account_admin.reset_password(
            db, admin, args.username, _new_password(args, args.username)
        )
        text = f"New password set for {row.username}; its command-line sign-ins were ended."
    else:
        row = account_admin.set_role(db, admin, args.username, args.role)
        text = f"{row.username} is now {row.role}; its open sessions sign in again."
    _emit(args, asdict(row), text)
    return 0


def cmd_login(args: argparse.Namespace) -> int:
    """Sign in once for the commands that need it (a token kept for --hours)."""
    from callhandler.cli_common import _emit, _open
    from callhandler.cli_signin import login

    db = _open(args)
    actor, expires, where = login(db, app_paths(args.data_dir), hours=args.hours)
    _emit(
        args,
        {"username": actor.username, "role": actor.role, "expires_at": expires, "kept_in": where},
        f"Signed in as {actor.username} ({actor.role}) until "
        f"{expires.astimezone().strftime('%Y-%m-%d %H:%M')}; kept in {where}. "
        "`callhandler logout` ends it sooner.",
    )
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    """End this workstation's command-line sign-in to the database."""
    from callhandler.cli_common import _emit, _open
    from callhandler.cli_signin import logout

    db = _open(args)
    ended = logout(db, app_paths(args.data_dir))
    _emit(
        args,
        {"signed_out": ended},
        "Signed out." if ended else "Not signed in here (or the sign-in had already ended).",
    )
    return 0


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``login``, ``logout`` and ``users`` on the main parser's subcommands."""
    p = sub.add_parser(
        "login",
        parents=[common],
        help="sign in once for the commands that need it (kept for --hours)",
        description="Sign in (CALLHANDLER_USER and CALLHANDLER_PASSWORD, else asked at the "
        "terminal) and keep a short-lived sign-in for this database: in the operating "
        "system's keyring, or where there is none in a file only you can read under the "
        "data folder. The database checks it at every command; `callhandler logout` ends it.",
    )
    p.add_argument(
        "--hours", type=float, default=8, help="how long the sign-in lasts (default 8, at most 12)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_login)
    p = sub.add_parser("logout", parents=[common], help="end the sign-in `login` kept")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_logout)

    p = sub.add_parser(
        "users",
        parents=[common],
        help="accounts (administrators; the first administrator of an empty database)",
    )
    users = p.add_subparsers(dest="users_command", required=True)
    add = users.add_parser(
        "add",
        parents=[common],
        help="create an account (on a database with none: the first administrator, no sign-in)",
    )
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=["handler", "inspector", "admin"])
    add.add_argument("--name")
    add.add_argument(
        "--password",
        help="asked for twice when omitted; at least 12 characters, not common, not the username",
    )
    add.add_argument("--json", action="store_true")
    lst = users.add_parser("list", parents=[common], help="every account, its role and state")
    lst.add_argument("--json", action="store_true")
    for name, text in (
        ("disable", "the account cannot sign in; its open sessions end at their next action"),
        ("enable", "the account may sign in again (any lock-out lifted)"),
        ("reset-password", "a new password; lock-out lifted, command-line sign-ins ended"),
        ("set-role", "a new role; the account's open sessions sign in again"),
    ):
        one = users.add_parser(name, parents=[common], help=text)
        one.add_argument("username", metavar="NAME")
        if name == "reset-password":
            one.add_argument("--password", help="asked for twice when omitted")
        if name == "set-role":
            one.add_argument("role", choices=["handler", "inspector", "admin"])
        one.add_argument("--json", action="store_true")
    unlock = users.add_parser(
        "unlock", parents=[common], help="lift a lock-out after repeated failed sign-ins"
    )
    unlock.add_argument("username", metavar="NAME", nargs="?")
    unlock.add_argument("--workstation", help="unlock a workstation instead of an account")
    unlock.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_users)

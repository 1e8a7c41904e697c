"""Passwords: at least 12 characters, not common, not the username, not one character
(issue 13: "Any 8 characters are a password")."""

from __future__ import annotations

import pytest

from callhandler.errors import BadInput
from callhandler.services import accounts
from callhandler.services.context import system_actor
from callhandler.services.password_policy import common_passwords, password_problem
from callhandler.storage.engine import Database
from signin_helpers import PASSWORD


@pytest.mark.parametrize(
    ("username", "password", "reason"),
    [
        ("h1", " " * 8, "at least 12 characters"),  # the eight spaces
        ("h1", "aaaaaaaa", "at least 12 characters"),  # the aaaaaaaa
        ("h1", "a" * 12, "too few different characters"),
        ("h1", " " * 12, "too few different characters"),
        ("mallory", "mallorymallory", "username"),  # the username repeated
        ("mallory", "Mallory-2024-x", "username"),
        ("jo.smith", "JoSmith-kestrel", "username"),
        ("longusername", "username", "at least 12"),
        ("h1", "password1234", "most common"),
        ("h1", "P@ssw0rd2024!", "most common"),  # look-alike digits, digits added
        ("h1", "iloveyou!!!!", "most common"),
        ("h1", "monkeymonkey", "most common"),  # a common word repeated
        ("h1", "qwertyuiop12", "most common"),
        ("h1", "123456789012", "run of characters"),
        ("h1", "abcdefghijkl", "run of characters"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(
    username: str, password: str, reason: str
) -> None:
    problem = password_problem(username, password)
    assert problem is not None and reason in problem


@pytest.mark.parametrize(
    "password",
    [PASSWORD, "kestrel-lantern-41", "correct staple orbit velvet", "Ωmega-fjord-Lantern"],
)
def test_long_uncommon_passwords_are_accepted(password: str) -> None:
    assert password_problem("h1", password) is None


def test_the_shipped_list_holds_thousands_of_common_passwords() -> None:
    common = common_passwords()
    assert len(common) >= 9_000
    assert {"password", "123456", "qwerty", "iloveyou", "letmein"} <= common


def test_creating_an_account_with_a_weak_password_is_refused_and_nothing_is_stored(
    db: Database,
) -> None:
    for weak in (" " * 8, "aaaaaaaa", "mallorymallory", "password1234"):
        with pytest.raises(BadInput):
            accounts.create_user(db, system_actor(), "mallory", "Mallory", "handler", weak)
    assert accounts.count_users(db) == 0

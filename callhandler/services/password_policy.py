"""The password rules: long enough, not common, not the username, not one repeated character.

The common passwords are the 10,000 of ``resources/passwords/common-passwords.txt`` (its
header names the source and licence). Almost all of them are shorter than the minimum, so
a password is also refused when what is left of it is common once digits and symbols
around it are taken off, look-alike digits are read as letters (``p4ssw0rd``) or a
repetition is undone (``passwordpassword``): that is how people lengthen a common password
to pass a length rule.
"""

from __future__ import annotations

import functools
import unicodedata

from callhandler.domain.datafiles import resource

MIN_LENGTH = 12
MAX_LENGTH = 256  # Argon2 takes any length; this only bounds the work a typed text causes
MIN_DISTINCT = 4
# Usernames shorter than this are not looked for inside a password ("jo" is in too much).
USERNAME_IN_PASSWORD_MIN = 3
_LOOK_ALIKE = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                             "8": "b", "@": "a", "$": "s", "!": "i", "|": "l", "+": "t"})  # fmt: skip


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list, lower-cased."""
    text = resource("passwords", "common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().casefold()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


def _letters_and_digits(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _cores(password: str) -> set[str]:
    """The password and what it is made of: lower-cased, without the digits and symbols
    around it, with look-alike digits read as letters, and a repeated unit undone."""
    lowered = password.casefold()
    found = {lowered, lowered.strip("0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")}
    found.add(lowered.translate(_LOOK_ALIKE))
    found |= {c.strip("0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") for c in list(found)}
    found.add(_letters_and_digits(lowered))
    for text in list(found):
        for size in range(1, len(text) // 2 + 1):
            if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
                found.add(text[:size])
                break
    return {c for c in found if c}


def _is_run(text: str) -> bool:
    """Each character the next (or the previous) of the one before: 123456789012, lmnopq…"""
    steps = {(ord(b) - ord(a)) for a, b in zip(text, text[1:], strict=False)}
    if text.isdigit():
        steps = {s % 10 for s in steps}
        return steps in ({1}, {9})
    return steps in ({1}, {-1})


def password_problem(username: str, password: str) -> str | None:
    """Why ``password`` may not be used by ``username``, in a sentence; None when it may."""
    text = unicodedata.normalize("NFC", password or "")
    if len(text) < MIN_LENGTH:
        return (
            f"The password must be at least {MIN_LENGTH} characters long (it has {len(text)}): "
            "a few unrelated words make a long password that is easy to remember."
        )
    if len(text) > MAX_LENGTH:
        return f"The password must be at most {MAX_LENGTH} characters long."
    if len(set(text.casefold())) < MIN_DISTINCT:
        return (
            "The password repeats too few different characters (like aaaaaaaaaaaa): use "
            "a few unrelated words instead."
        )
    name = _letters_and_digits(username or "")
    plain = _letters_and_digits(text)
    if name and (
        plain == name
        or (plain and plain in name)
        or (len(name) >= USERNAME_IN_PASSWORD_MIN and name in plain)
    ):
        return "The password must not be or contain the username: choose something unrelated."
    if _is_run(plain):
        return "The password is a run of characters (like 123456789012): choose unrelated words."
    common = common_passwords()
    if any(core in common for core in _cores(text)):
        return (
            "That password is one of the most common ones (or one with digits or symbols "
            "added, letters swapped for look-alike digits, or repeated), so it would be "
            "guessed first: choose a few unrelated words instead."
        )
    return None

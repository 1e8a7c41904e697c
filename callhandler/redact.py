"""Hide credentials in text that is shown or logged (passwords in URLs and connection strings)."""

from __future__ import annotations

import re

HIDDEN = "***"
# user:password@host in any token, with or without a scheme: the password runs from the
# first ":" after the user to the last "@" (a password may itself hold "@" or ":"); the
# ":" of "scheme://user@host" is not a password's
_USERINFO = re.compile(
    r"(?P<head>(?:[A-Za-z][\w+.-]*://)?[^\s:/@'\"]*):(?!//)(?P<secret>[^\s'\"]*)@"
)
# libpq and ODBC style: password=secret, pwd='secret'
_KEYWORD = re.compile(
    r"(?P<key>\b(?:password|passwd|pwd|pass)\s*=\s*)(?P<value>'[^']*'|\"[^\"]*\"|[^\s;&,]+)",
    re.IGNORECASE,
)


def redact_credentials(text: str) -> str:
    """``text`` with every password in a URL or ``password=…`` replaced by ``***``."""
    if "@" not in text and "=" not in text:
        return text
    hidden = _USERINFO.sub(lambda m: f"{m['head']}:{HIDDEN}@", text)
    return _KEYWORD.sub(lambda m: f"{m['key']}{HIDDEN}", hidden)


def check_database_url(url: str) -> None:
    """BadInput for a database URL that cannot be used, saying why without its password.

    SQLAlchemy's own refusal echoes the URL as given (a URL without a scheme shows its
    password) and a port that is not a number escapes as a bare ValueError.
    """
    from callhandler.errors import BadInput
    from callhandler.storage.engine import parse_url

    try:
        parsed = parse_url(url)
        if parsed.get_backend_name() == "sqlite" and (parsed.username or parsed.host):
            raise BadInput(
                f"The SQLite URL {url!r} names a server or a user; an SQLite database is a "
                "file: sqlite:///PATH (four slashes before an absolute path)."
            )
    except BadInput as exc:
        raise BadInput(redact_credentials(str(exc))) from None
    except ValueError:  # make_url converts the port with int() and lets that fail
        raise BadInput(
            f"The port in the database URL {redact_credentials(url)!r} is not a number: "
            "write it like postgresql+psycopg://USER@HOST:5432/DBNAME."
        ) from None

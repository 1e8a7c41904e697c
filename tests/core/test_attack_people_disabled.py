"""Attack with a disabled account's open window (red team): the previous-calls look-up
stops it (SessionEnded), but the people the victim's name may be (names, dates of birth,
how many incidents each), asked through the desk, were still listed: possible_people
checked only the role the window signed in with. It now reads the account again, as the
look-up does, SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_history_fast import _handler

from builders import add_incident
from callhandler.desk import DatabaseDesk
from callhandler.services import account_admin
from callhandler.services.context import SessionEnded, system_actor
from callhandler.storage.engine import Database


def test_a_disabled_account_is_shown_no_people(db: Database, private_folders: Path) -> None:
    handler = _handler(db)
    add_incident(
        db,
        "P-1",
        days_ago=40,
        phone="07700 900321",
        people=[("victim", "Mary Sample", dt.date(1980, 2, 3))],
    )
    desk = DatabaseDesk(db, handler)
    assert [c.name for c in desk.possible_people("Mary Sample")] == ["Mary Sample"]
    account_admin.disable(db, system_actor(), "h1")
    with pytest.raises(SessionEnded, match="disabled"):
        desk.possible_people("Mary Sample")

"""Live incident references, ``CH<yyyymmdd>-<n>``, numbered from a per-day counter.

The counter row is taken and bumped in the caller's transaction (an upsert: on
PostgreSQL concurrent workstations queue on that row until the first commits; SQLite's
BEGIN IMMEDIATE already serialises writers), so two calls never get one number and a
rolled-back call gives its number back. Any reference already stored (an imported
``CH<today>-9999``, say) is skipped, so nothing imported can stop calls being opened;
past 9999 the number simply grows a digit.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from callhandler.storage.models import Incident
from callhandler.storage.security_models import IncidentRefCounter

PREFIX = "CH"


def next_reference(session: Session, now: dt.datetime) -> str:
    """The next free live reference of ``now``'s day (UTC)."""
    day = now.astimezone(dt.UTC).strftime("%Y%m%d")
    while True:
        ref = f"{PREFIX}{day}-{_take_number(session, day):04d}"
        taken = session.execute(select(Incident.id).where(Incident.ref == ref)).first()
        if taken is None:
            return ref


def _take_number(session: Session, day: str) -> int:
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    bump = (
        insert(IncidentRefCounter)
        .values(day=day, last_number=1)
        .on_conflict_do_update(
            index_elements=[IncidentRefCounter.day],
            set_={"last_number": IncidentRefCounter.last_number + 1},
        )
        .returning(IncidentRefCounter.last_number)
    )
    return int(session.execute(bump).scalar_one())

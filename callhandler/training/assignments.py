"""Scenarios a trainer assigns to trainees, and whether each trainee has taken them.

Kept only in the training database (``training_assignments``, migration 0017); every
function refuses any other database. Assigning is for trainers (inspectors and
administrators) and is audited in the training chain. A trainee sees their assigned calls
first; an assignment is done once the trainee finishes that scenario after it was assigned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, insert, select
from sqlalchemy.orm import Session

from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, require_role
from callhandler.storage.engine import Database
from callhandler.storage.models import User
from callhandler.training.database import is_training
from callhandler.training.results import TRAINEES, TRAINERS, attempts_table

_metadata = MetaData()  # not the application's Base: never copied to a workstation cache
assignments_table = Table(
    "training_assignments",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(64), nullable=False),
    Column("scenario_id", String(64), nullable=False),
    Column("assigned_by", String(64), nullable=False),
    Column("assigned_at", DateTime, nullable=False),
)


@dataclass(frozen=True)
class Trainee:
    username: str
    display_name: str
    role: str


@dataclass(frozen=True)
class Assignment:
    """One scenario assigned to one trainee; ``best_score`` None until they take it."""

    username: str
    scenario_id: str
    assigned_by: str
    assigned_at: dt.datetime
    attempts: int
    best_score: int | None

    @property
    def done(self) -> bool:
        return self.attempts > 0


def _refuse_live(db: Database) -> None:
    if not is_training(db):
        raise PermissionDenied("Training assignments are kept only in the training database.")


def trainees(db: Database, actor: Actor) -> list[Trainee]:
    """The training accounts a trainer can assign to (active ones, by name)."""
    _refuse_live(db)
    with db.read() as session:
        require_role(session, actor, TRAINERS, "assign training calls")
        users = session.execute(
            select(User).where(User.active.is_(True)).order_by(User.username)
        ).scalars()
        return [Trainee(u.username, u.display_name, u.role) for u in users]


def assign(
    db: Database,
    actor: Actor,
    username: str,
    scenario_id: str,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Assign ``scenario_id`` to ``username``; False when it already was (nothing changes)."""
    _refuse_live(db)
    at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    with db.write() as session:
        fresh = require_role(session, actor, TRAINERS, "assign training calls")
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        if user is None or not user.active:
            raise BadInput(
                f"No training account {username!r}: add it first with "
                f"`callhandler training users add {username} --role handler`."
            )
        if _assigned_at(session, username, scenario_id) is not None:
            return False
        row = session.execute(
            insert(assignments_table)
            .values(
                username=username,
                scenario_id=scenario_id,
                assigned_by=fresh.username,
                assigned_at=at,
            )
            .returning(assignments_table.c.id)
        ).scalar_one()
        audit.record(
            session,
            fresh,
            "training_assign",
            "training_assignment",
            row,
            {"trainee": username, "scenario": scenario_id},
        )
        return True


def _assigned_at(session: Session, username: str, scenario_id: str) -> dt.datetime | None:
    table = assignments_table
    value = session.execute(
        select(table.c.assigned_at).where(
            table.c.username == username, table.c.scenario_id == scenario_id
        )
    ).scalar_one_or_none()
    return value if isinstance(value, dt.datetime) else None


def assignments(db: Database, actor: Actor, username: str | None = None) -> list[Assignment]:
    """Assignments with whether each is done, oldest first (trainers: everyone's, or
    ``username``'s; a trainee only their own)."""
    _refuse_live(db)
    a, t = assignments_table, attempts_table
    with db.read() as session:
        fresh = require_role(session, actor, TRAINEES, "see training assignments")
        if fresh.role not in TRAINERS:
            if username not in (None, fresh.username):
                raise PermissionDenied("Only trainers (inspectors) see other trainees' calls.")
            username = fresh.username
        query = select(a).order_by(a.c.assigned_at, a.c.id)
        if username:
            query = query.where(a.c.username == username)
        rows = session.execute(query).all()
        result = []
        for row in rows:
            scores = [
                int(score)
                for score in session.execute(
                    select(t.c.score).where(
                        t.c.username == row.username,
                        t.c.scenario_id == row.scenario_id,
                        t.c.finished_at >= row.assigned_at,
                    )
                ).scalars()
            ]
            result.append(
                Assignment(
                    row.username,
                    row.scenario_id,
                    row.assigned_by,
                    row.assigned_at.replace(tzinfo=dt.UTC),
                    len(scores),
                    max(scores) if scores else None,
                )
            )
    return result

"""Drafts: the call in progress saved as it is typed, offered back after a crash."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from callhandler.domain.call_draft import CallDraft, call_drafts
from callhandler.errors import BadInput
from callhandler.services.context import Actor
from callhandler.storage.closure_models import Draft
from callhandler.storage.engine import Database

MAX_DRAFT_BYTES = 1_000_000


@dataclass(frozen=True)
class DraftRow:
    key: str
    payload: dict[str, Any]
    updated_at: dt.datetime


def save_draft(db: Database, actor: Actor, key: str, payload: dict[str, Any]) -> None:
    """Keep the latest state of a form for this user on this workstation (not audited:
    a draft is the handler's own unsaved typing; what is submitted is audited then)."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise BadInput("The call in progress is too large to keep as a draft (over 1 MB of text).")
    key = key[:64]
    with db.write() as session:
        row = session.execute(
            select(Draft).where(
                Draft.owner == actor.username,
                Draft.workstation == actor.workstation,
                Draft.draft_key == key,
            )
        ).scalar_one_or_none()
        if row is None:
            row = Draft(owner=actor.username, workstation=actor.workstation, draft_key=key)
            session.add(row)
        row.payload = text
        row.updated_at = dt.datetime.now(dt.UTC)


def drafts_for(db: Database, actor: Actor) -> list[DraftRow]:
    """This user's drafts on this workstation, newest first."""
    with db.read() as session:
        rows = session.execute(
            select(Draft.draft_key, Draft.payload, Draft.updated_at)
            .where(Draft.owner == actor.username, Draft.workstation == actor.workstation)
            .order_by(Draft.updated_at.desc())
        ).all()
    found = []
    for key, payload, updated in rows:
        try:
            data = json.loads(payload)
        except ValueError:
            continue
        if isinstance(data, dict):
            found.append(DraftRow(key, data, updated))
    return found


def call_drafts_for(db: Database, actor: Actor) -> list[CallDraft]:
    """This user's calls in progress on this workstation, newest first; a draft that
    cannot be read back is left out (``domain.call_draft.parse_call_draft``)."""
    return call_drafts(drafts_for(db, actor))


def discard_draft(db: Database, actor: Actor, key: str) -> None:
    with db.write() as session:
        session.execute(
            delete(Draft).where(
                Draft.owner == actor.username,
                Draft.workstation == actor.workstation,
                Draft.draft_key == key[:64],
            )
        )

"""Typed models for closure and sign-off: transitions, checklist answers (and every one
as taken), narrative, sign-offs, notes appended after finalisation, and drafts of calls."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime


class IncidentTransition(Base):
    """One step of the lifecycle: who moved the incident from which state to which."""

    __tablename__ = "incident_transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    detail: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_incident_transitions_incident", "incident_id", "at"),)


class ChecklistAnswer(Base):
    """The attending officer's answer to one closure item, and who took it when."""

    __tablename__ = "checklist_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    checklist_id: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(64))
    value_json: Mapped[str] = mapped_column(Text)
    officer_collar: Mapped[str] = mapped_column(String(16))
    taken_by: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("incident_id", "item_id", name="uq_checklist_answer"),)


class ChecklistAnswerTaken(Base):
    """Every closure answer as it was taken, never changed or removed (migration 0010).

    ``checklist_answers`` holds the current answer to each item; this keeps each one given,
    so a re-answer never erases who took the earlier one (four eyes, SPEC section 2).
    """

    __tablename__ = "checklist_answer_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    checklist_id: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(64))
    value_json: Mapped[str] = mapped_column(Text)
    officer_collar: Mapped[str] = mapped_column(String(16))
    taken_by: Mapped[str] = mapped_column(String(64))
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_checklist_answer_history_incident", "incident_id", "taken_at"),)


class NarrativeSectionText(Base):
    __tablename__ = "incident_narratives"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    section: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("incident_id", "section", name="uq_narrative_section"),)


class SignOff(Base):
    """An inspector's decision: finalised, or returned with a reason."""

    __tablename__ = "sign_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    inspector: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_sign_offs_incident", "incident_id"),)


class IncidentNote(Base):
    """Later information on a finalised incident: appended, never edited."""

    __tablename__ = "incident_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_incident_notes_incident", "incident_id"),)


class Draft(Base):
    """What a handler has typed and not yet saved, kept so a crash loses nothing."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(120))
    draft_key: Mapped[str] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        UniqueConstraint("owner", "workstation", "draft_key", name="uq_draft_owner_key"),
    )

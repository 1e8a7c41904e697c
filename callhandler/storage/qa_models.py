"""Typed models for quality assurance of live calls: weekly samples, the calls drawn, and
the reviews scored against the QA checklist (migration 0012)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime

_SCORES = "('compliant','partial','not_compliant')"


class QASample(Base):
    """One week's draw: the seed and size it was drawn with, by whom and when."""

    __tablename__ = "qa_samples"

    id: Mapped[int] = mapped_column(primary_key=True)
    week_start: Mapped[dt.date] = mapped_column(Date, unique=True)
    seed: Mapped[int] = mapped_column(BigInteger)
    per_handler: Mapped[int] = mapped_column(Integer)
    checklist_id: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[int] = mapped_column(Integer)
    drawn_by: Mapped[str] = mapped_column(String(64))
    drawn_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class QASampledCall(Base):
    """A call drawn in a sample, with why it weighed what it did."""

    __tablename__ = "qa_sampled_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    sample_id: Mapped[int] = mapped_column(ForeignKey("qa_samples.id", ondelete="CASCADE"))
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    handler_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    risk_level: Mapped[str] = mapped_column(String(16))
    overridden: Mapped[bool] = mapped_column(Boolean)
    repeat_victim: Mapped[bool] = mapped_column(Boolean)
    weight: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        UniqueConstraint("sample_id", "incident_id", name="uq_qa_sampled_call"),
        Index("ix_qa_sampled_calls_handler", "handler_id"),
    )


class QAReview(Base):
    """An inspector's review of one sampled call (a later review of it replaces the items)."""

    __tablename__ = "qa_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    sampled_call_id: Mapped[int] = mapped_column(
        ForeignKey("qa_sampled_calls.id", ondelete="CASCADE"), unique=True
    )
    reviewer: Mapped[str] = mapped_column(String(64))
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    checklist_id: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[int] = mapped_column(Integer)


class QAReviewItem(Base):
    """One checklist item's score and note, and what the record suggested."""

    __tablename__ = "qa_review_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("qa_reviews.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(64))
    score: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    suggested: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        UniqueConstraint("review_id", "item_id", name="uq_qa_review_item"),
        CheckConstraint(f"score in {_SCORES}", name="score"),
        CheckConstraint(f"suggested is null or suggested in {_SCORES}", name="suggested"),
    )

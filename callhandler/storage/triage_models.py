"""Typed models for triage: the answers given in a call and the grade decisions taken."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime


class TriageAnswer(Base):
    """One answer as given, with the script and version that asked it.

    A changed or cleared answer is not overwritten: its row gets ``superseded_at`` and the
    new answer (if any) is a new row, so the record shows what was known when.
    """

    __tablename__ = "triage_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    script_id: Mapped[str] = mapped_column(String(64))
    script_version: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(String(64))
    fact: Mapped[str] = mapped_column(String(64))
    value_json: Mapped[str] = mapped_column(Text)
    counted: Mapped[bool] = mapped_column(Boolean)  # False while a closed branch hides it
    answered_by: Mapped[str] = mapped_column(String(64))
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    superseded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_triage_answers_incident", "incident_id", "superseded_at"),)


class GradeDecision(Base):
    """The recommended grade with its reasons, the grade chosen, and the rationale."""

    __tablename__ = "grade_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    policy_id: Mapped[str] = mapped_column(String(64))
    policy_version: Mapped[int] = mapped_column(Integer)
    recommended_grade: Mapped[int] = mapped_column(Integer)
    policy_floor: Mapped[int] = mapped_column(Integer)
    chosen_grade: Mapped[int] = mapped_column(Integer)
    overridden: Mapped[bool] = mapped_column(Boolean)
    below_floor: Mapped[bool] = mapped_column(Boolean)
    rationale: Mapped[str] = mapped_column(Text)
    domestic_abuse: Mapped[bool] = mapped_column(Boolean)
    reasons_json: Mapped[str] = mapped_column(Text)
    flags_json: Mapped[str] = mapped_column(Text)
    facts_json: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_grade_decisions_incident", "incident_id", "decided_at"),
        Index("ix_grade_decisions_below_floor", "below_floor", "decided_at"),
        CheckConstraint("chosen_grade between 1 and 9", name="chosen_grade"),
        CheckConstraint("recommended_grade between 1 and 9", name="recommended_grade"),
    )

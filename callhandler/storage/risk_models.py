"""Typed models for risk assessments (DASH or another instrument) and attendance decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, UTCDateTime

_LEVELS = "('standard','medium','high')"


class RiskAssessment(Base):
    """One completed risk assessment: every answer, the computed and final level, and why.

    Never changed: a reassessment is a new row (the latest one is the incident's level).
    """

    __tablename__ = "risk_assessments"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    instrument_id: Mapped[str] = mapped_column(String(64))
    instrument_version: Mapped[int] = mapped_column(Integer)
    answers_json: Mapped[str] = mapped_column(Text)
    notes_json: Mapped[str] = mapped_column(Text, default="{}")
    yes_count: Mapped[int] = mapped_column(Integer)
    not_known_count: Mapped[int] = mapped_column(Integer)
    computed_level: Mapped[str] = mapped_column(String(16))
    judgement_level: Mapped[str | None] = mapped_column(String(16))
    rationale: Mapped[str] = mapped_column(Text, default="")
    final_level: Mapped[str] = mapped_column(String(16))
    previous_da_12m: Mapped[int] = mapped_column(Integer)
    marac_json: Mapped[str] = mapped_column(Text)
    marac_referral: Mapped[bool] = mapped_column(Boolean)
    officer_collar: Mapped[str] = mapped_column(String(16))
    assessed_by: Mapped[str] = mapped_column(String(64))
    assessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_risk_assessments_incident", "incident_id", "assessed_at"),
        CheckConstraint(f"computed_level in {_LEVELS}", name="computed_level"),
        CheckConstraint(f"final_level in {_LEVELS}", name="final_level"),
        CheckConstraint(
            f"judgement_level is null or judgement_level in {_LEVELS}", name="judgement_level"
        ),
    )


class AttendanceDecision(Base):
    """An inspector's decision on an incident past its attendance target (stops the alert).

    ``dispatched_at`` is the clock the decision answers: a regrade restarts the clock, and a
    decision on the old clock no longer silences the alert.
    """

    __tablename__ = "attendance_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    grade: Mapped[int | None] = mapped_column(Integer)
    dispatched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    decision: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_attendance_decisions_incident", "incident_id", "decided_at"),)

"""Trigger events for risk reassessment (seed recommendation 11).

A trigger event is something dated that changes a victim's risk: a suspect released from
custody, a court date, a protective order expiring. It is recorded against a person, an
incident, or both; the oversight list "reassessment due" shows the open ones falling due.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from callhandler.storage.models import Base, Incident, UTCDateTime

TRIGGER_KINDS = ("release_from_custody", "court_date", "order_expiry", "bail_expiry", "other")
_KINDS_SQL = "(" + ",".join(f"'{kind}'" for kind in TRIGGER_KINDS) + ")"


class TriggerEvent(Base):
    """A dated event that calls for the victim's risk to be reassessed.

    Never deleted: it is closed by recording the reassessment (or why none was needed).
    """

    __tablename__ = "trigger_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    due_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(
        Text
    )  # "reassessed: high", "no reassessment needed"
    rationale: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_trigger_events_due", "closed_at", "due_on"),
        CheckConstraint(f"kind in {_KINDS_SQL}", name="kind"),
        CheckConstraint("incident_id is not null or person_id is not null", name="subject"),
    )


# Indexes on incidents for the oversight lists and charts (migration 0007): each week's
# counts, the attendance clock and the sign-off turnaround read an index range, never
# the million-row table.
Index(
    "ix_incidents_opened_oversight",
    Incident.opened_at,
    Incident.domestic_abuse,
    Incident.grade,
    Incident.status,
    Incident.handler_id,
)
# Partial: imported history has no dispatch or sign-off times and costs nothing here.
Index(
    "ix_incidents_dispatched",
    Incident.dispatched_at,
    Incident.grade,
    Incident.attended_at,
    sqlite_where=text("dispatched_at IS NOT NULL"),
    postgresql_where=text("dispatched_at IS NOT NULL"),
)
Index(
    "ix_incidents_finalised",
    Incident.finalised_at,
    Incident.submitted_at,
    sqlite_where=text("finalised_at IS NOT NULL"),
    postgresql_where=text("finalised_at IS NOT NULL"),
)

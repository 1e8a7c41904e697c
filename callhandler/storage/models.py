"""SQLAlchemy typed models: incidents, people, addresses, numbers, markers, users, audit."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; attach a timezone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text written by bulk loaders
            value = dt.datetime.fromisoformat(value)
        stamp: dt.datetime = value
        return stamp.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


ROLES = ("handler", "inspector", "admin")
PERSON_ROLES = ("caller", "victim", "suspect", "child", "witness")
RISK_LEVELS = ("none", "standard", "medium", "high")
MARKER_TARGETS = ("address", "phone", "person")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (CheckConstraint("role in ('handler','inspector','admin')", name="role"),)


class Address(Base):
    """A place, in the form typed or imported, with the key that variant spellings share."""

    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    display: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)
    postcode: Mapped[str | None] = mapped_column(String(16))
    postcode_valid: Mapped[bool] = mapped_column(Boolean, default=False)
    uprn: Mapped[str | None] = mapped_column(String(12), index=True)


class Phone(Base):
    """A telephone number in E.164 (drama numbers are kept though not 'valid')."""

    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    e164: Mapped[str] = mapped_column(String(20), unique=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    dob: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index("ix_people_name_key_dob", "name_key", "dob"),)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    opened_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phones.id"))
    address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"))
    category: Mapped[str] = mapped_column(String(60))
    domestic_abuse: Mapped[bool] = mapped_column(Boolean, default=False)
    grade: Mapped[int | None] = mapped_column(Integer)
    risk_level: Mapped[str] = mapped_column(String(16), default="none")
    children_present: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(24), default="open")
    summary: Mapped[str] = mapped_column(Text, default="")
    # Where the caller is, if not at the address (words, grid reference or coordinates).
    caller_location: Mapped[str | None] = mapped_column(String(300))
    source: Mapped[str] = mapped_column(String(12), default="live")
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    workstation: Mapped[str | None] = mapped_column(String(120))
    import_digest: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Lifecycle stamps (services/lifecycle.py); the full history is incident_transitions.
    dispatched_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    officers_sent: Mapped[str | None] = mapped_column(String(200))
    attended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    attending_officer: Mapped[str | None] = mapped_column(String(40))
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finalised_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finalised_by: Mapped[str | None] = mapped_column(String(64))
    version_id: Mapped[int] = mapped_column(Integer, default=1)
    # The workstation's id for an incident opened while the server was unreachable.
    client_uuid: Mapped[str | None] = mapped_column(String(36), unique=True)

    phone: Mapped[Phone | None] = relationship()
    address: Mapped[Address | None] = relationship()
    handler: Mapped[User | None] = relationship()
    people: Mapped[list[IncidentPerson]] = relationship(
        back_populates="incident", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version_id}
    __table_args__ = (
        # Covering: the history counts (12 months, domestic abuse, children, last risk)
        # are answered from the index alone.
        Index(
            "ix_incidents_phone_opened",
            "phone_id",
            "opened_at",
            "domestic_abuse",
            "children_present",
            "risk_level",
        ),
        Index(
            "ix_incidents_address_opened",
            "address_id",
            "opened_at",
            "domestic_abuse",
            "children_present",
            "risk_level",
        ),
        Index("ix_incidents_handler_opened", "handler_id", "opened_at"),
        Index("ix_incidents_status", "status"),
        CheckConstraint("grade is null or grade between 1 and 4", name="grade"),
        CheckConstraint("risk_level in ('none','standard','medium','high')", name="risk_level"),
    )


class IncidentPerson(Base):
    """A person's part in one incident: caller, victim, suspect, child or witness."""

    __tablename__ = "incident_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    role: Mapped[str] = mapped_column(String(12))

    incident: Mapped[Incident] = relationship(back_populates="people")
    person: Mapped[Person] = relationship()

    __table_args__ = (
        Index("ix_incident_people_incident", "incident_id"),
        CheckConstraint("role in ('caller','victim','suspect','child','witness')", name="role"),
    )


class Marker(Base):
    """A warning marker on exactly one address, number or person."""

    __tablename__ = "markers"

    id: Mapped[int] = mapped_column(primary_key=True)
    marker_type: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    address_id: Mapped[int | None] = mapped_column(ForeignKey("addresses.id"), index=True)
    phone_id: Mapped[int | None] = mapped_column(ForeignKey("phones.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    set_by: Mapped[str] = mapped_column(String(64))
    set_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    source_incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id"), index=True)

    __table_args__ = (
        CheckConstraint(
            "(address_id is not null and phone_id is null and person_id is null)"
            " or (address_id is null and phone_id is not null and person_id is null)"
            " or (address_id is null and phone_id is null and person_id is not null)",
            name="one_target",
        ),
    )


class AuditEvent(Base):
    """One append-only, hash-chained record of who did what, when, from where."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Position in the chain (1, 2, …): the database refuses an event that does not continue
    # from the head (migration 0009); the witness file records positions and hashes.
    seq: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    workstation: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index("ix_audit_events_entity", "entity", "entity_id"),
        Index("uq_audit_events_seq", "seq", unique=True),
    )

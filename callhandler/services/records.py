"""Find-or-create the phones, addresses and people an incident links to (shared by calls and import)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler.domain.normalise import (
    PhoneNumber,
    address_key,
    clean_line,
    clean_text,
    name_key,
    normalise_postcode,
)
from callhandler.storage.models import Address, Person, Phone


def phone_for(session: Session, number: PhoneNumber | None) -> Phone | None:
    if number is None:
        return None
    phone = session.execute(select(Phone).where(Phone.e164 == number.e164)).scalar_one_or_none()
    if phone is None:
        phone = Phone(e164=number.e164, valid=number.valid)
        session.add(phone)
        session.flush()
    return phone


def address_for(
    session: Session, display: str, postcode: str | None, uprn: str | None = None
) -> Address | None:
    """The address row for what was typed: by UPRN when there is one, else by normalised key."""
    display = clean_text(display, 300)
    if not display and not uprn:
        return None
    pc = normalise_postcode(postcode)
    key = address_key(display, pc.text if pc else None)
    found: Address | None = None
    if uprn:
        found = session.execute(select(Address).where(Address.uprn == uprn).limit(1)).scalar()
    if found is None and key:
        query = select(Address).where(Address.key == key)
        if uprn:
            query = query.where(Address.uprn.is_(None))
        found = session.execute(query.limit(1)).scalar()
        if found is not None and uprn:
            found.uprn = uprn
    if found is None:
        found = Address(
            display=display or f"UPRN {uprn}",
            key=key,
            postcode=pc.text if pc else None,
            postcode_valid=bool(pc and pc.valid),
            uprn=uprn or None,
        )
        session.add(found)
        session.flush()
    return found


def person_for(
    session: Session, name: str, dob: dt.date | None = None, *, same_name_only: bool = True
) -> Person | None:
    """The same person when name key and date of birth agree; a new one otherwise.

    ``same_name_only=False`` (a name typed in a call without a date of birth): always a new
    person; the handler is offered the people on record with that name and links one only
    by confirming it (services.people). An import keeps the default: its rows are the
    force's records, where a name without a date of birth is one person.
    """
    name = clean_line(name, 200)
    key = name_key(name)
    if not key:
        return None
    person = None
    if dob is not None or same_name_only:
        query = select(Person).where(Person.name_key == key)
        query = query.where(Person.dob == dob) if dob else query.where(Person.dob.is_(None))
        person = session.execute(query.limit(1)).scalar()
    if person is None:
        person = Person(name=name, name_key=key, dob=dob)
        session.add(person)
        session.flush()
    return person

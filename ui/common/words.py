"""The words and times a person reads on every screen: a status, the next step, a grade as
the policy names it, a time in the workstation's zone, how long something has waited."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from callhandler.domain import grades


def status_label(status: str) -> str:
    """The words a user sees for an incident status."""
    labels = {
        "open": QCoreApplication.translate("IncidentStatus", "Open"),
        "dispatched": QCoreApplication.translate("IncidentStatus", "Dispatched"),
        "attended": QCoreApplication.translate("IncidentStatus", "Officer attended"),
        "closure_in_progress": QCoreApplication.translate("IncidentStatus", "Closure questions"),
        "closed": QCoreApplication.translate("IncidentStatus", "Closed"),
        "awaiting_sign_off": QCoreApplication.translate("IncidentStatus", "Awaiting sign-off"),
        "returned": QCoreApplication.translate("IncidentStatus", "Returned by inspector"),
        "finalised": QCoreApplication.translate("IncidentStatus", "Finalised"),
    }
    return labels.get(status, status.replace("_", " ").capitalize())


def next_step_label(status: str, grade: int | None = None) -> str:
    """What happens next to an incident in this status, for the status column's tooltip."""
    steps = {
        "open": QCoreApplication.translate("IncidentStatus", "Next: dispatch officers"),
        "dispatched": QCoreApplication.translate(
            "IncidentStatus", "Next: record the officer's attendance"
        ),
        "attended": QCoreApplication.translate(
            "IncidentStatus", "Next: ask the officer the closure questions"
        ),
        "closure_in_progress": QCoreApplication.translate(
            "IncidentStatus", "Next: finish the closure questions and submit for sign-off"
        ),
        "awaiting_sign_off": QCoreApplication.translate(
            "IncidentStatus", "With the inspector for sign-off"
        ),
        "returned": QCoreApplication.translate(
            "IncidentStatus", "The inspector sent it back: read the reason, then fix the closure"
        ),
        "finalised": QCoreApplication.translate(
            "IncidentStatus", "Signed off; later information goes in a note"
        ),
    }
    if status == "open" and not grades.deploys(grade):
        return QCoreApplication.translate(
            "IncidentStatus", "Next: closure questions (resolved without deployment)"
        )
    return steps.get(status, "")


def grade_label(grade: int | None) -> str:
    """The full name of a response grade as the policy names it ("Grade 1: Emergency")."""
    if grade is None:
        return QCoreApplication.translate("Grade", "Not graded yet")
    name = grades.grade_name(grade)
    if not name:
        return str(grade)
    return (
        QCoreApplication.translate("Grade", "Grade %1: %2")
        .replace("%1", str(grade))
        .replace("%2", QCoreApplication.translate("Grade", name))
    )


def local_time(stamp: dt.datetime) -> dt.datetime:
    """An aware stamp in the workstation's time zone (naive stamps are UTC, as stored)."""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    return stamp.astimezone()


def when_text(at: dt.datetime) -> str:
    """Today's times as 14:05; earlier ones with the date."""
    local = local_time(at)
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M")


def age_text(minutes: int) -> str:
    """How long something has waited: 45 min, 2 h 05 min, 3 d 4 h."""
    minutes = max(0, int(minutes))
    if minutes < 60:
        return QCoreApplication.translate("ClosureWords", "{m} min").format(m=minutes)
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return QCoreApplication.translate("ClosureWords", "{h} h {m:02d} min").format(
            h=hours, m=mins
        )
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("ClosureWords", "{d} d {h} h").format(d=days, h=hours)

"""Closure answers, options and what is missing, in the words a handler or inspector reads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from callhandler.domain.checklist import Checklist, ChecklistItem, ChecklistStatus, Value
from ui.models.incident_table import local_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClosureWords", text)


def option_label(option: str) -> str:
    """An option code from the checklist file as words: ``considered_not_needed`` → Considered
    not needed. (Option codes are data; a force's file may carry its own wording later.)"""
    if option == "yes":
        return _tr("Yes")
    if option == "no":
        return _tr("No")
    words = option.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def answer_text(item: ChecklistItem, value: Value | None) -> str:
    if value is None or value == () or value == "":
        return ""
    if item.type == "text":
        return str(value)
    if isinstance(value, tuple):
        return ", ".join(option_label(v) for v in value)
    return option_label(str(value))


def when_text(at: dt.datetime) -> str:
    """Today's times as 14:05; earlier ones with the date."""
    local = local_time(at)
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M")


def missing_lines(checklist: Checklist, status: ChecklistStatus) -> list[tuple[str, str]]:
    """(key, words) for each thing still missing: ``item:<id>`` or ``narrative:<section>``."""
    lines = [(f"item:{item_id}", checklist.item(item_id).text) for item_id in status.missing]
    titles = {s.id: s.title for s in checklist.narrative_sections}
    for section in status.narrative_missing:
        lines.append(
            (
                f"narrative:{section}",
                _tr("Narrative: {title} (at least {words} words)").format(
                    title=titles.get(section, section), words=checklist.narrative_minimum_words
                ),
            )
        )
    return lines


def age_text(minutes: int) -> str:
    """How long something has waited: 45 min, 2 h 05 min, 3 d 4 h."""
    minutes = max(0, int(minutes))
    if minutes < 60:
        return _tr("{m} min").format(m=minutes)
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return _tr("{h} h {m:02d} min").format(h=hours, m=mins)
    days, hours = divmod(hours, 24)
    return _tr("{d} d {h} h").format(d=days, h=hours)

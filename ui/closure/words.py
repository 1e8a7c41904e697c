"""Closure answers, options and what is missing, in the words a handler or inspector reads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callhandler.domain.checklist import Checklist, ChecklistItem, ChecklistStatus, Value


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

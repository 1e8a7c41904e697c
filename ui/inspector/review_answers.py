"""The review's "Call answers" and "DASH answers" sections (issue 16): what the handler
asked and was told, with who recorded each answer and when (and what it said before a
change), and the risk assessment's answers behind its level. Read-only text (it wraps,
it can be selected and copied; the page scrolls, not each table)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from callhandler.services.review_answers import CallAnswers, DashLine, TriageLine


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewAnswers", text)


def _when(stamp: dt.datetime) -> str:
    return stamp.astimezone().strftime("%d %b %H:%M")


def answers_section(answers: CallAnswers | None, heading: Callable[[str], QLabel]) -> list[QWidget]:
    """The two sections, each under ``heading(title)`` (the page's own headings)."""
    if answers is None:
        return []
    widgets: list[QWidget] = [
        heading(_tr("Call answers ({n})").replace("{n}", str(len(answers.triage))))
    ]
    if answers.triage:
        widgets.append(_rich(_triage_table(answers.triage), "triageAnswers"))
    else:
        widgets.append(_plain(_tr("No script question was answered in the call.")))
    widgets.append(heading(_tr("DASH answers")))
    if not answers.dash:
        widgets.append(_plain(_tr("No risk assessment was recorded.")))
        return widgets
    yes = sum(1 for line in answers.dash if line.answer == "Yes")
    summary = _tr("{level}: {yes} yes of {n}, by {by} at {when}").format(
        level=answers.dash_level.upper(),
        yes=yes,
        n=len(answers.dash),
        by=answers.dash_by,
        when=_when(answers.dash_at) if answers.dash_at else "",
    )
    widgets.append(_plain(summary))
    widgets.append(_rich(_dash_table(answers.dash), "dashAnswers"))
    return widgets


def _triage_table(lines: tuple[TriageLine, ...]) -> str:
    head = (_tr("Question"), _tr("Answer"), _tr("Recorded by"))
    rows = []
    for line in lines:
        answer = escape(line.answer)
        if line.earlier:
            answer += "<br><i>" + escape(_tr("before: ") + "; ".join(line.earlier)) + "</i>"
        if not line.counted:
            answer += "<br><i>" + escape(_tr("not counted: a later answer closed it")) + "</i>"
        rows.append(
            (
                escape(line.question),
                answer,
                escape(f"{line.answered_by}, {_when(line.answered_at)}"),
            )
        )
    return _table(head, rows, (55, 27, 18))


def _dash_table(lines: tuple[DashLine, ...]) -> str:
    head = ("#", _tr("Question"), _tr("Answer"))
    rows = []
    for line in lines:
        answer = f"<b>{escape(line.answer)}</b>" if line.answer == "Yes" else escape(line.answer)
        if line.note:
            answer += "<br><i>" + escape(line.note) + "</i>"
        rows.append((escape(line.number), escape(line.question), answer))
    return _table(head, rows, (4, 74, 22))


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]], widths: tuple[int, ...]) -> str:
    header = "".join(
        f'<th align="left" width="{width}%">{escape(h)}</th>'
        for h, width in zip(head, widths, strict=True)
    )
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table cellspacing="0" cellpadding="3" width="100%"><tr>{header}</tr>{body}</table>'


def _rich(html: str, name: str) -> QLabel:
    label = QLabel(html)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label

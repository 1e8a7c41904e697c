"""What was asked in the call and in the risk assessment, for the inspector's review
(issue 16): each triage question with its answer, who recorded it and when (and what it
said before, if changed: the answer history is kept), and the DASH answers behind the
risk level, in words as the handler and officer saw them."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler.domain.risk_instrument import Instrument, shipped_instrument
from callhandler.domain.scripts import Question, Script, shipped_script
from callhandler.errors import BadInput
from callhandler.storage.models import User
from callhandler.storage.risk_models import RiskAssessment
from callhandler.storage.triage_models import TriageAnswer

DASH_WORDS = {"yes": "Yes", "no": "No", "not_known": "Not known"}


@dataclass(frozen=True)
class TriageLine:
    """One question as last answered; ``earlier``: what it said before, oldest first."""

    question: str
    answer: str
    answered_by: str  # display name (username if the account is gone)
    answered_at: dt.datetime
    counted: bool  # False: a branch closed later hid it from the grading
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class DashLine:
    number: str  # "1".."27", or a follow-up's id
    question: str
    answer: str
    note: str = ""


@dataclass(frozen=True)
class CallAnswers:
    triage: tuple[TriageLine, ...]
    dash: tuple[DashLine, ...]
    dash_by: str = ""  # "PC4521 with Handler One, 03 Dec 2026 09:12" style parts
    dash_at: dt.datetime | None = None
    dash_level: str = ""


def call_answers(session: Session, incident_id: int) -> CallAnswers:
    """Read within the caller's session (the review reads it with the rest)."""
    names = {
        username: name
        for username, name in session.execute(select(User.username, User.display_name)).all()
    }
    return CallAnswers(_triage(session, incident_id, names), *_dash(session, incident_id, names))


def _triage(session: Session, incident_id: int, names: dict[str, str]) -> tuple[TriageLine, ...]:
    rows = session.execute(
        select(TriageAnswer)
        .where(TriageAnswer.incident_id == incident_id)
        .order_by(TriageAnswer.answered_at, TriageAnswer.id)
    ).scalars()
    earlier: dict[str, list[str]] = {}
    current: list[TriageAnswer] = []
    for row in rows:
        if row.superseded_at is None:
            current.append(row)
        else:
            who = names.get(row.answered_by, row.answered_by)
            text = _answer_text(_question(row), json.loads(row.value_json))
            stamp = row.answered_at.astimezone().strftime("%H:%M")
            earlier.setdefault(row.question_id, []).append(f"{text} ({who}, {stamp})")
    lines = []
    for row in current:
        question = _question(row)
        lines.append(
            TriageLine(
                question.text if question else row.question_id,
                _answer_text(question, json.loads(row.value_json)),
                names.get(row.answered_by, row.answered_by),
                row.answered_at,
                row.counted,
                tuple(earlier.get(row.question_id, ())),
            )
        )
    return tuple(lines)


def _question(row: TriageAnswer) -> Question | None:
    """The question as the script words it (None: a script no longer installed)."""
    try:
        script: Script = shipped_script(row.script_id)
        return script.question(row.question_id)
    except BadInput:
        return None


def _answer_text(question: Question | None, value: Any) -> str:
    values = value if isinstance(value, list) else [value]
    labels = {o.value: o.label for o in question.options} if question else {}
    words = [labels.get(str(v), str(v)) for v in values]
    return ", ".join(w for w in words if w) or "(none)"


def _dash(
    session: Session, incident_id: int, names: dict[str, str]
) -> tuple[tuple[DashLine, ...], str, dt.datetime | None, str]:
    row = session.execute(
        select(RiskAssessment)
        .where(RiskAssessment.incident_id == incident_id)
        .order_by(RiskAssessment.assessed_at.desc(), RiskAssessment.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if row is None:
        return (), "", None, ""
    answers: dict[str, Any] = json.loads(row.answers_json)
    notes: dict[str, Any] = json.loads(row.notes_json or "{}")
    instrument = _instrument(row.instrument_id)
    texts: dict[str, str] = {}
    if instrument is not None:
        texts = {q.key: q.text for q in instrument.questions}
        texts.update({f.id: f.text for f in instrument.follow_ups})
    order = list(instrument.keys) if instrument is not None else sorted(answers, key=_key_order)
    lines = tuple(
        DashLine(
            key,
            texts.get(key, key),
            DASH_WORDS.get(str(answers[key]), str(answers[key])),
            str(notes.get(key) or ""),
        )
        for key in order
        if key in answers
    )
    by = f"{row.officer_collar} with {names.get(row.assessed_by, row.assessed_by)}"
    return lines, by, row.assessed_at, row.final_level


def _instrument(instrument_id: str) -> Instrument | None:
    try:
        return shipped_instrument(instrument_id)
    except BadInput:
        return None


def _key_order(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (10_000, key)

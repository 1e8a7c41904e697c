"""The sign-off queue and checklist-answer models: Qt's model checks, order, words, colours."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from callhandler.domain.checklist import default_checklist, status
from callhandler.services.closure import AnswerRecord, ClosureView
from callhandler.services.signoff import QueueRow
from ui.closure.words import option_label
from ui.common.words import age_text
from ui.models.checklist_answers import (
    ANSWER,
    OFFICER,
    TAKEN_BY,
    ChecklistAnswersModel,
    ItemIdRole,
    answer_lines,
)
from ui.models.queue_table import FLAGS, GRADE, RISK, WAITING, QueueRowRole, QueueTableModel

NOW = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC)


def queue_row(number: int, **changes: object) -> QueueRow:
    values: dict[str, object] = dict(
        incident_id=number,
        ref=f"CH20250314-{number:04d}",
        version=5,
        submitted_at=NOW - dt.timedelta(minutes=125),
        age_minutes=125,
        risk_level="medium",
        grade=2,
        domestic_abuse=True,
        handler="Sam Handler",
        address="3 Test Street",
        overridden=False,
        below_floor=False,
        returned_before=0,
    )
    values.update(changes)
    return QueueRow(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(0, "0 min"), (59, "59 min"), (125, "2 h 05 min"), (60 * 27 + 3, "1 d 3 h")],
)
def test_ages_read_as_hours_and_minutes(minutes: int, words: str) -> None:
    assert age_text(minutes) == words


def test_option_codes_read_as_words() -> None:
    assert option_label("considered_not_needed") == "Considered not needed"
    assert option_label("yes") == "Yes"


def test_queue_model_passes_qt_checks_and_shows_flags_in_red(qtmodeltester) -> None:
    model = QueueTableModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            queue_row(1, risk_level="high", overridden=True, returned_before=2),
            queue_row(2, below_floor=True, overridden=True),
            queue_row(3, risk_level="standard", grade=None),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, RISK).data() == "HIGH"
    assert model.index(0, RISK).data(Qt.ItemDataRole.BackgroundRole).color().name() == "#b91c1c"
    assert model.index(0, FLAGS).data() == "Grade overridden · Returned 2× before"
    assert model.index(1, FLAGS).data() == "Below policy floor"
    assert model.index(1, FLAGS).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b91c1c"
    assert model.index(2, FLAGS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, WAITING).data() == "2 h 05 min"
    assert model.index(2, GRADE).data() == "–"
    assert model.index(1, 0).data(QueueRowRole).ref == "CH20250314-0002"
    assert model.row_of(3) == 2 and model.row_of(99) == -1
    model.set_rows([])
    qtmodeltester.check(model)


def test_checklist_answers_model_shows_who_and_flags_missing(qtmodeltester) -> None:
    checklist = default_checklist()
    answers = {
        "offence_disclosed": AnswerRecord("offence_disclosed", "yes", "PC1", "h1", NOW),
        "evidence_captured": AnswerRecord(
            "evidence_captured", ("body_worn_video", "injury_photos"), "PC1", "h2", NOW
        ),
    }
    values = {k: a.value for k, a in answers.items()}
    view = ClosureView(
        1,
        "CH1",
        "closure_in_progress",
        3,
        checklist,
        status(checklist, values, {}, {}),
        answers,
        {},
        {},
    )
    model = ChecklistAnswersModel()
    qtmodeltester.check(model)
    model.set_rows(answer_lines(view))
    qtmodeltester.check(model)
    ids = [model.index(r, 0).data(ItemIdRole) for r in range(model.rowCount())]
    assert "arrest_made" in ids  # required now: an offence was disclosed
    assert "no_arrest_rationale" not in ids  # not required, not answered
    evidence = ids.index("evidence_captured")
    assert model.index(evidence, ANSWER).data() == "Body worn video, Injury photos"
    assert model.index(evidence, OFFICER).data() == "PC1"
    assert model.index(evidence, TAKEN_BY).data() == "h2"
    arrest = ids.index("arrest_made")
    assert model.index(arrest, ANSWER).data() == "MISSING"
    assert model.index(arrest, ANSWER).data(Qt.ItemDataRole.ForegroundRole).color().name() == (
        "#b91c1c"
    )

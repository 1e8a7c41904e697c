"""Reviewing a sampled call: suggestions read from its record, scores with notes, compliance
percentages by item and week, the items most often missed, and who may read which reviews."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import qa as qa_service
from callhandler.services import qa_compliance
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import Staff, make_staff
from qa_history import WEEK, all_compliant, live_call, seeded_history

TODAY = WEEK + dt.timedelta(days=9)  # the Wednesday of the week after


def _sample(db: Database, staff: Staff, per_handler: int = 2) -> dict[str, list[int]]:
    seeded_history(db, ["h1", "h2"], calls_each=6)
    result = qa_service.draw_weekly_sample(
        db, staff.inspector, week=WEEK, seed=11, per_handler=per_handler
    )
    mine: dict[str, list[int]] = {}
    for call in result.calls:
        mine.setdefault(call.handler, []).append(call.id)
    return mine


def test_the_record_prefills_what_it_can_and_the_reviewer_confirms(db: Database) -> None:
    staff = make_staff(db)
    incident_id = live_call(db, staff)
    result = qa_service.draw_weekly_sample(
        db, staff.inspector2, week=dt.datetime.now(dt.UTC).date(), seed=1, per_handler=5
    )
    [call] = result.calls
    form = qa_service.review_form(db, staff.inspector2, call.id)
    suggested = {f.item.id: f.suggestion.score for f in form.items if f.suggestion}

    assert form.ref == call.ref and form.handler == "h1" and incident_id
    assert suggested["history_consulted"] == "compliant"  # looked up, then graded
    assert suggested["grade_consistent"] == "compliant"  # the recommended grade
    assert suggested["dash_completed"] == "compliant"
    assert suggested["closure_complete"] == "compliant"
    assert suggested["briefing_given"] == "compliant"
    assert suggested["coercive_control"] == "partial"  # abuse types, not the behaviours
    assert suggested["mandatory_questions"] in ("partial", "not_compliant")

    scores = all_compliant()
    scores["coercive_control"] = ("not_compliant", "Caller said he took her bank card: ask.")
    qa_service.save_review(db, staff.inspector2, call.id, scores)
    again = qa_service.review_form(db, staff.inspector2, call.id)
    given = {f.item.id: (f.score, f.note) for f in again.items}
    assert given["coercive_control"] == ("not_compliant", "Caller said he took her bank card: ask.")
    assert qa_service.sampled_calls(db, staff.inspector2, week=result.week_start)[0].reviewed


def test_an_inspector_cannot_review_a_call_they_took(db: Database) -> None:
    staff = make_staff(db)
    seeded_history(db, ["i1"], calls_each=2)
    [call, _] = qa_service.draw_weekly_sample(
        db, staff.inspector2, week=WEEK, seed=3, per_handler=2
    ).calls
    with pytest.raises(PermissionDenied, match="another inspector must review it"):
        qa_service.save_review(db, staff.inspector, call.id, all_compliant())


def test_a_score_needs_every_item_a_known_value_and_a_note_when_missed(db: Database) -> None:
    staff = make_staff(db)
    call_id = _sample(db, staff)["h1"][0]
    partial = all_compliant()
    del partial["briefing_given"]
    with pytest.raises(BadInput, match="not scored: briefing_given"):
        qa_service.save_review(db, staff.inspector, call_id, partial)
    wrong = all_compliant() | {"dash_completed": ("maybe", "")}
    with pytest.raises(BadInput, match="'maybe' is not a score"):
        qa_service.save_review(db, staff.inspector, call_id, wrong)
    silent = all_compliant() | {"dash_completed": ("partial", "  ")}
    with pytest.raises(BadInput, match="say in a note what was missing"):
        qa_service.save_review(db, staff.inspector, call_id, silent)
    with pytest.raises(PermissionDenied):
        qa_service.save_review(db, staff.handler, call_id, all_compliant())


def test_compliance_percentages_by_item_and_the_most_missed(db: Database) -> None:
    staff = make_staff(db)
    calls = _sample(db, staff)
    h1_first, h1_second = calls["h1"]
    qa_service.save_review(db, staff.inspector, h1_first, all_compliant())
    qa_service.save_review(
        db,
        staff.inspector,
        h1_second,
        all_compliant()
        | {
            "coercive_control": ("not_compliant", "Never asked about money or phone."),
            "dash_completed": ("partial", "Nine questions not known."),
        },
    )
    qa_service.save_review(
        db,
        staff.inspector2,
        calls["h2"][0],
        all_compliant() | {"coercive_control": ("partial", "Asked, not followed up.")},
    )

    h1 = qa_compliance.compliance(db, staff.inspector, handler="h1", weeks=4, today=TODAY)
    overall = {i.item_id: i.percent for i in h1.overall}
    assert overall["coercive_control"] == 50.0 and overall["dash_completed"] == 75.0
    assert overall["briefing_given"] == 100.0 and h1.reviews == 2
    assert [i.item_id for i in h1.most_missed] == ["coercive_control", "dash_completed"]
    week = next(w for w in h1.weeks if w.week_start == WEEK)
    assert {i.item_id: i.percent for i in week.items}["coercive_control"] == 50.0
    assert all(i.percent is None for w in h1.weeks if w.week_start != WEEK for i in w.items)

    team = qa_compliance.compliance(db, staff.inspector, weeks=4, today=TODAY)
    by_item = {i.item_id: i for i in team.overall}
    assert by_item["coercive_control"].percent == 50.0  # (0 + 1 + 0.5) / 3
    assert by_item["coercive_control"].missed == 2 and team.reviews == 3
    assert team.most_missed[0].item_id == "coercive_control"


def test_a_handler_reads_only_their_own_reviews_with_the_notes(db: Database) -> None:
    staff = make_staff(db)
    calls = _sample(db, staff)
    note = "Grade 3 with a knife mentioned: say why, or grade 1."
    qa_service.save_review(
        db,
        staff.inspector,
        calls["h1"][0],
        all_compliant() | {"grade_consistent": ("partial", note)},
    )
    qa_service.save_review(db, staff.inspector, calls["h2"][0], all_compliant("Well handled."))

    mine = qa_compliance.reviews_of(db, staff.handler)
    assert [r.handler for r in mine] == ["h1"]
    assert {i.item_id: i.note for i in mine[0].items}["grade_consistent"] == note
    assert mine[0].reviewer == "i1"
    with pytest.raises(PermissionDenied, match="only their own"):
        qa_compliance.reviews_of(db, staff.handler, "h2")
    with pytest.raises(PermissionDenied, match="only their own"):
        qa_compliance.compliance(db, staff.handler, handler="h2", today=TODAY)
    own = qa_compliance.compliance(db, staff.handler, today=TODAY)
    assert own.handler == "h1" and own.reviews == 1

    assert {r.handler for r in qa_compliance.reviews_of(db, staff.inspector)} == {"h1", "h2"}
    with db.read() as session:
        reads = session.scalars(
            select(AuditEvent.username).where(AuditEvent.action == "qa_reviews_read")
        ).all()
    assert reads == ["h1", "i1"]  # the refused reads were not audited as reads

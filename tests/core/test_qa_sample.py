"""The weekly quality-assurance sample: reproducible from its seed, stratified by risk level,
overrides and repeat victims weighted up, the set number per handler, audited, inspectors only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from callhandler.domain import qa
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import qa as qa_service
from callhandler.storage.engine import Database
from callhandler.storage.models import AuditEvent
from closure_helpers import make_staff
from qa_history import WEEK, add_handler, seeded_history

PER_HANDLER = 6


@pytest.fixture
def history(db: Database) -> tuple[object, list[object]]:
    staff = make_staff(db)
    add_handler(db, "h3")
    calls = seeded_history(db, ["h1", "h2", "h3"], calls_each=30)
    return staff, calls


def test_same_seed_and_history_give_the_same_sample(db: Database, history: tuple) -> None:
    staff, _ = history
    kept = qa_service.draw_weekly_sample(
        db, staff.inspector, week=WEEK + dt.timedelta(days=3), seed=1234, per_handler=PER_HANDLER
    )
    again = qa_service.draw_weekly_sample(
        db, staff.inspector2, week=WEEK, seed=1234, per_handler=PER_HANDLER, dry_run=True
    )
    other = qa_service.draw_weekly_sample(
        db, staff.inspector, week=WEEK, seed=99, per_handler=PER_HANDLER, dry_run=True
    )

    assert kept.week_start == WEEK and kept.stored and not again.stored
    assert [c.ref for c in kept.calls] == [c.ref for c in again.calls]
    assert [c.ref for c in kept.calls] != [c.ref for c in other.calls]
    stored = qa_service.sampled_calls(db, staff.inspector, week=WEEK)
    assert [c.ref for c in stored] == [c.ref for c in kept.calls]


def test_the_order_calls_arrive_in_does_not_change_the_sample() -> None:
    sampling = qa.shipped_qa_checklist().sampling
    calls = [
        qa.Candidate(
            n, f"R-{n:03d}", "h1", ("high", "medium", "standard")[n % 3], n % 7 == 0, n % 5 == 0
        )
        for n in range(60)
    ]
    forward = qa.draw_sample(calls, seed=5, per_handler=8, week=WEEK, sampling=sampling)
    backward = qa.draw_sample(calls[::-1], seed=5, per_handler=8, week=WEEK, sampling=sampling)
    assert forward == backward and len(forward) == 8


def test_each_handler_gets_the_set_number_and_every_risk_level(
    db: Database, history: tuple
) -> None:
    staff, calls = history
    result = qa_service.draw_weekly_sample(
        db, staff.inspector, week=WEEK, seed=7, per_handler=PER_HANDLER
    )
    for handler in ("h1", "h2", "h3"):
        mine = [c for c in result.calls if c.handler == handler]
        assert len(mine) == PER_HANDLER
        levels_taken = {c.risk_level for c in calls if c.handler == handler}
        assert {c.risk_level for c in mine} == levels_taken  # stratified: none left out
    assert result.candidates == 90


def test_a_handler_with_fewer_calls_than_the_setting_has_all_of_them_drawn(
    db: Database,
) -> None:
    staff = make_staff(db)
    seeded_history(db, ["h1"], calls_each=3)
    result = qa_service.draw_weekly_sample(db, staff.inspector, week=WEEK, seed=1, per_handler=5)
    assert sorted(c.ref for c in result.calls) == ["Q-0001", "Q-0002", "Q-0003"]


def test_overrides_high_risk_and_repeat_victims_are_over_represented(
    db: Database, history: tuple
) -> None:
    staff, calls = history
    drawn = []
    for seed in range(25):  # many draws: the shares are a property of the design, not luck
        drawn += qa_service.draw_weekly_sample(
            db, staff.inspector, week=WEEK, seed=seed, per_handler=PER_HANDLER, dry_run=True
        ).calls

    def share(rows: list, test: object) -> float:
        return sum(1 for r in rows if test(r)) / len(rows)  # type: ignore[operator]

    for label, test in (
        ("override", lambda r: r.overridden),
        ("high risk", lambda r: r.risk_level == "high"),
        ("repeat victim", lambda r: r.repeat_victim),
    ):
        population, sample = share(calls, test), share(drawn, test)
        assert population > 0, label
        assert sample > 1.2 * population, f"{label}: {sample:.2f} vs {population:.2f}"
    assert share(drawn, lambda r: r.risk_level == "standard") < share(
        calls, lambda r: r.risk_level == "standard"
    )


def test_drawing_is_audited_and_a_week_is_drawn_once(db: Database, history: tuple) -> None:
    staff, _ = history
    result = qa_service.draw_weekly_sample(db, staff.inspector, week=WEEK, seed=42, per_handler=2)
    with db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "qa_sample")).one()
        detail = json.loads(event.detail)
        assert (event.username, event.entity_id) == ("i1", WEEK.isoformat())
    assert detail["seed"] == 42 and detail["drawn"] == [c.ref for c in result.calls]

    with pytest.raises(BadInput, match="already drawn by i1 \\(seed 42\\)"):
        qa_service.draw_weekly_sample(db, staff.inspector2, week=WEEK, seed=1, per_handler=2)


def test_only_inspectors_and_administrators_draw(db: Database, history: tuple) -> None:
    staff, _ = history
    with pytest.raises(PermissionDenied, match="handler"):
        qa_service.draw_weekly_sample(db, staff.handler, week=WEEK, seed=1, per_handler=2)
    with pytest.raises(PermissionDenied):
        qa_service.sampled_calls(db, staff.handler, week=WEEK)
    with db.read() as session:
        assert (
            session.scalars(select(AuditEvent).where(AuditEvent.action == "qa_sample")).all() == []
        )


@pytest.mark.parametrize("size", [0, 51])
def test_a_sample_size_out_of_range_is_refused(db: Database, size: int) -> None:
    staff = make_staff(db)
    with pytest.raises(BadInput, match="1 to 50 calls per handler"):
        qa_service.draw_weekly_sample(db, staff.inspector, week=WEEK, seed=1, per_handler=size)

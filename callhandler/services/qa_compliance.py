"""Quality-assurance figures: compliance by item and week, per handler or for the whole
team (every handler reviewed), the items most often missed, and a handler's own reviews.

A handler sees only their own reviews and figures; inspectors and administrators see
anyone's. Every read is audited (the reviews are about a person's work).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from callhandler import messages
from callhandler.domain import qa
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, current_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, User
from callhandler.storage.qa_models import QAReview, QAReviewItem, QASample, QASampledCall

SEES_EVERYONE = ("inspector", "admin")
MAX_WEEKS = 104


@dataclass(frozen=True)
class ItemCompliance:
    item_id: str
    text: str
    percent: float | None
    reviewed: int
    missed: int  # partial or not compliant


@dataclass(frozen=True)
class WeekCompliance:
    week_start: dt.date
    items: tuple[ItemCompliance, ...]
    reviews: int


@dataclass(frozen=True)
class Compliance:
    """``handler`` None: the team (every handler with a review in the period)."""

    handler: str | None
    first_week: dt.date
    weeks: tuple[WeekCompliance, ...]
    overall: tuple[ItemCompliance, ...]
    most_missed: tuple[ItemCompliance, ...]  # most misses first, never-missed left out
    reviews: int


@dataclass(frozen=True)
class ReviewedItem:
    item_id: str
    text: str
    score: str
    note: str


@dataclass(frozen=True)
class HandlerReview:
    ref: str
    handler: str
    week_start: dt.date
    reviewer: str
    reviewed_at: dt.datetime
    items: tuple[ReviewedItem, ...]


def _who(
    session: Session, actor: Actor, handler: str | None, doing: str
) -> tuple[Actor, str | None]:
    """The actor (checked) and whose figures: a handler only ever their own."""
    actor = current_actor(session, actor)
    if actor.role in SEES_EVERYONE:
        return actor, handler
    if actor.role == "handler" and handler in (None, actor.username):
        return actor, actor.username
    if actor.role == "handler":
        raise PermissionDenied(messages.QA_ONLY_OWN(doing=doing, handler=handler))
    raise PermissionDenied(messages.QA_ROLE_CANNOT_SEE(role=actor.role, doing=doing))


def _rows(session: Session, handler: str | None, since: dt.date) -> list[tuple[dt.date, str, str]]:
    statement = (
        select(QASample.week_start, QAReviewItem.item_id, QAReviewItem.score)
        .join(QASampledCall, QASampledCall.sample_id == QASample.id)
        .join(QAReview, QAReview.sampled_call_id == QASampledCall.id)
        .join(QAReviewItem, QAReviewItem.review_id == QAReview.id)
        .join(User, User.id == QASampledCall.handler_id)
        .where(QASample.week_start >= since)
    )
    if handler is not None:
        statement = statement.where(User.username == handler)
    return [(w, i, s) for w, i, s in session.execute(statement)]


def _items(checklist: qa.QAChecklist, scores: dict[str, list[str]]) -> tuple[ItemCompliance, ...]:
    return tuple(
        ItemCompliance(
            item.id,
            item.text,
            qa.percent(scores.get(item.id, [])),
            len(scores.get(item.id, [])),
            sum(1 for s in scores.get(item.id, []) if s != "compliant"),
        )
        for item in checklist.items
    )


def compliance(
    db: Database,
    actor: Actor,
    *,
    handler: str | None = None,
    weeks: int = 12,
    today: dt.date | None = None,
) -> Compliance:
    """Compliance by item for each of the last ``weeks`` sample weeks and overall."""
    if not 1 <= weeks <= MAX_WEEKS:
        raise BadInput(messages.QA_WEEKS(largest=MAX_WEEKS))
    checklist = qa.shipped_qa_checklist()
    first = qa.week_start(today or dt.datetime.now(dt.UTC).date()) - dt.timedelta(weeks=weeks - 1)
    with db.write() as session:
        actor, handler = _who(session, actor, handler, "quality-assurance figures")
        if (
            handler is not None
            and session.scalar(select(User.id).where(User.username == handler)) is None
        ):
            raise BadInput(messages.QA_NO_ACCOUNT(handler=handler))
        rows = _rows(session, handler, first)
        audit.record(session, actor, "qa_compliance", "qa", handler or "team", {"weeks": weeks})
    by_week: dict[dt.date, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    overall: dict[str, list[str]] = defaultdict(list)
    for week, item_id, score in rows:
        by_week[week][item_id].append(score)
        overall[item_id].append(score)
    per_week = tuple(
        WeekCompliance(
            first + dt.timedelta(weeks=n),
            _items(checklist, by_week.get(first + dt.timedelta(weeks=n), {})),
            max(
                (len(v) for v in by_week.get(first + dt.timedelta(weeks=n), {}).values()), default=0
            ),
        )
        for n in range(weeks)
    )
    totals = _items(checklist, overall)
    missed = tuple(sorted((i for i in totals if i.missed), key=lambda i: (-i.missed, i.item_id)))
    reviews = sum(w.reviews for w in per_week)
    return Compliance(handler, first, per_week, totals, missed, reviews)


def reviews_of(db: Database, actor: Actor, handler: str | None = None) -> tuple[HandlerReview, ...]:
    """A handler's reviews with the reviewer's notes, newest first (a handler: their own)."""
    checklist = qa.shipped_qa_checklist()
    texts = {i.id: i.text for i in checklist.items}
    order = {i.id: n for n, i in enumerate(checklist.items)}
    with db.write() as session:
        actor, handler = _who(session, actor, handler, "quality-assurance reviews")
        statement = (
            select(QAReview, Incident.ref, User.username, QASample.week_start)
            .join(QASampledCall, QASampledCall.id == QAReview.sampled_call_id)
            .join(QASample, QASample.id == QASampledCall.sample_id)
            .join(Incident, Incident.id == QASampledCall.incident_id)
            .join(User, User.id == QASampledCall.handler_id)
            .order_by(QAReview.reviewed_at.desc(), QAReview.id.desc())
        )
        if handler is not None:
            statement = statement.where(User.username == handler)
        found = session.execute(statement).all()
        items: dict[int, list[QAReviewItem]] = defaultdict(list)
        ids = [r[0].id for r in found]
        if ids:
            for row in session.scalars(select(QAReviewItem).where(QAReviewItem.review_id.in_(ids))):
                items[row.review_id].append(row)
        audit.record(
            session, actor, "qa_reviews_read", "qa", handler or "team", {"reviews": len(found)}
        )
    return tuple(
        HandlerReview(
            ref,
            username,
            week,
            review.reviewer,
            review.reviewed_at,
            tuple(
                ReviewedItem(i.item_id, texts.get(i.item_id, i.item_id), i.score, i.note)
                for i in sorted(items[review.id], key=lambda i: order.get(i.item_id, 99))
            ),
        )
        for review, ref, username, week in found
    )


def compliance_json(report: Compliance) -> dict[str, object]:
    """The report as one JSON document (``callhandler qa compliance --json``)."""

    def items(rows: tuple[ItemCompliance, ...]) -> list[dict[str, object]]:
        return [
            {"item": i.item_id, "percent": i.percent, "reviewed": i.reviewed, "missed": i.missed}
            for i in rows
        ]

    return {
        "handler": report.handler,
        "scope": report.handler or "team",
        "first_week": report.first_week.isoformat(),
        "reviews": report.reviews,
        "overall": items(report.overall),
        "most_missed": items(report.most_missed),
        "weeks": [
            {"week_start": w.week_start.isoformat(), "reviews": w.reviews, "items": items(w.items)}
            for w in report.weeks
        ],
    }


def handlers_sampled(db: Database, actor: Actor) -> tuple[str, ...]:
    """The handlers with a call in any sample, by name (a handler: only themselves)."""
    with db.read() as session:
        actor = current_actor(session, actor)
        if actor.role not in SEES_EVERYONE:
            return (actor.username,)
        names = session.scalars(
            select(User.username)
            .join(QASampledCall, QASampledCall.handler_id == User.id)
            .distinct()
            .order_by(User.username)
        ).all()
        return tuple(names)

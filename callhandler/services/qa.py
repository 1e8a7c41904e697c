"""Quality assurance of live calls: draw the weekly sample, review a sampled call.

Only inspectors and administrators draw and review; both are audited. Compliance figures
and a handler's own reviews are in ``callhandler.services.qa_compliance``.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from callhandler import messages
from callhandler.domain import qa
from callhandler.domain.lifecycle import FINALISED
from callhandler.errors import BadInput, PermissionDenied
from callhandler.services import audit
from callhandler.services.context import Actor, require_role
from callhandler.services.qa_evidence import PREFILL, Suggestion
from callhandler.storage.engine import Database
from callhandler.storage.models import Incident, IncidentPerson, User
from callhandler.storage.qa_models import QAReview, QAReviewItem, QASample, QASampledCall
from callhandler.storage.triage_models import GradeDecision

REVIEWERS = ("inspector", "admin")
REPEAT_WINDOW = dt.timedelta(days=365)
MAX_SEED = 2**53  # JSON numbers stay exact


@dataclass(frozen=True)
class SampledCall:
    id: int
    ref: str
    handler: str
    risk_level: str
    overridden: bool
    repeat_victim: bool
    weight: int
    reviewed: bool


@dataclass(frozen=True)
class SampleResult:
    week_start: dt.date
    seed: int
    per_handler: int
    calls: tuple[SampledCall, ...]
    candidates: int
    stored: bool


@dataclass(frozen=True)
class FormItem:
    item: qa.QAItem
    suggestion: Suggestion | None
    score: str | None  # as already reviewed
    note: str


@dataclass(frozen=True)
class ReviewForm:
    sampled_call_id: int
    ref: str
    handler: str
    items: tuple[FormItem, ...]


def _window(week: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(qa.week_start(week), dt.time(), tzinfo=dt.UTC)
    return start, start + dt.timedelta(days=7)


def _earlier_da(
    session: Session, column: InstrumentedAttribute[int | None], keys: set[int], before: dt.datetime
) -> dict[int, list[dt.datetime]]:
    """When each key (a number or address) had domestic-abuse incidents, from a year before."""
    found: dict[int, list[dt.datetime]] = {}
    if not keys:
        return found
    rows = session.execute(
        select(column, Incident.opened_at).where(
            column.in_(keys),
            Incident.domestic_abuse.is_(True),
            Incident.opened_at >= before - REPEAT_WINDOW,
        )
    )
    for key, opened in rows:
        if key is not None:
            found.setdefault(int(key), []).append(opened)
    return found


def _victims(
    session: Session, incident_ids: set[int], before: dt.datetime
) -> tuple[dict[int, set[int]], dict[int, list[dt.datetime]]]:
    """The victims of each incident, and when each victim was in a domestic-abuse incident."""
    mine: dict[int, set[int]] = {}
    for incident_id, person_id in session.execute(
        select(IncidentPerson.incident_id, IncidentPerson.person_id).where(
            IncidentPerson.incident_id.in_(incident_ids), IncidentPerson.role == "victim"
        )
    ):
        mine.setdefault(incident_id, set()).add(person_id)
    people = set().union(*mine.values()) if mine else set()
    when: dict[int, list[dt.datetime]] = {}
    if people:
        for person_id, opened in session.execute(
            select(IncidentPerson.person_id, Incident.opened_at)
            .join(Incident, Incident.id == IncidentPerson.incident_id)
            .where(
                IncidentPerson.person_id.in_(people),
                IncidentPerson.role == "victim",
                Incident.domestic_abuse.is_(True),
                Incident.opened_at >= before - REPEAT_WINDOW,
            )
        ):
            when.setdefault(person_id, []).append(opened)
    return mine, when


def _within_year(times: list[dt.datetime], opened: dt.datetime) -> bool:
    return any(opened - REPEAT_WINDOW <= t < opened for t in times)


def _candidates(session: Session, week: dt.date) -> list[tuple[qa.Candidate, int]]:
    """The week's finalised domestic-abuse calls; a repeat victim had an earlier one (by the
    number, the address or the victim) in the 12 months before (SPEC: repeat victim)."""
    start, end = _window(week)
    overridden = exists().where(
        GradeDecision.incident_id == Incident.id, GradeDecision.overridden.is_(True)
    )
    rows = session.execute(
        select(
            Incident.id,
            Incident.ref,
            User.username,
            User.id,
            Incident.risk_level,
            overridden,
            Incident.opened_at,
            Incident.phone_id,
            Incident.address_id,
        )
        .join(User, User.id == Incident.handler_id)
        .where(
            Incident.status == FINALISED,
            Incident.domestic_abuse.is_(True),
            Incident.finalised_at >= start,
            Incident.finalised_at < end,
        )
    ).all()
    if not rows:
        return []
    earliest = min(r.opened_at for r in rows)
    phones = _earlier_da(
        session, Incident.phone_id, {r.phone_id for r in rows if r.phone_id}, earliest
    )
    places = _earlier_da(
        session, Incident.address_id, {r.address_id for r in rows if r.address_id}, earliest
    )
    victims, victim_times = _victims(session, {r.id for r in rows}, earliest)
    found = []
    for r in rows:
        times = [
            *phones.get(r.phone_id or -1, []),
            *places.get(r.address_id or -1, []),
            *(t for p in victims.get(r.id, ()) for t in victim_times.get(p, [])),
        ]
        candidate = qa.Candidate(
            r.id, r.ref, r.username, r.risk_level, bool(r[5]), _within_year(times, r.opened_at)
        )
        found.append((candidate, int(r[3])))
    return found


def draw_weekly_sample(
    db: Database,
    actor: Actor,
    *,
    week: dt.date,
    per_handler: int,
    seed: int | None = None,
    dry_run: bool = False,
) -> SampleResult:
    """Draw (and, unless ``dry_run``, keep) the week's sample; audited either way.

    A week is drawn once: drawing it again is refused (``dry_run`` shows a draw with any
    seed without keeping it, e.g. to check a kept one). No seed: a random one, recorded.
    """
    if seed is None:
        seed = secrets.randbelow(MAX_SEED)
    if not 0 <= seed < MAX_SEED:
        raise BadInput(messages.QA_SEED(largest=MAX_SEED - 1))
    if not 1 <= per_handler <= 50:
        raise BadInput(messages.QA_SAMPLE_SIZE())
    checklist = qa.shipped_qa_checklist()
    monday = qa.week_start(week)
    if monday > dt.datetime.now(dt.UTC).date():  # nothing to draw; kept, it blocks the week
        raise BadInput(
            f"The week of {monday:%d %b %Y} has not begun: give a day of this week or an "
            "earlier one (--week YYYY-MM-DD; last week when left out)."
        )
    with db.write() as session:
        actor = require_role(session, actor, REVIEWERS, "draw a quality-assurance sample")
        found = session.scalars(select(QASample).where(QASample.week_start == monday)).first()
        if found is not None and not dry_run:
            raise BadInput(
                messages.QA_ALREADY_DRAWN(
                    week=f"{monday:%d %b %Y}", who=found.drawn_by, seed=found.seed
                )
            )
        candidates = _candidates(session, monday)
        user_ids = {c.incident_id: uid for c, uid in candidates}
        drawn = qa.draw_sample(
            [c for c, _ in candidates],
            seed=seed,
            per_handler=per_handler,
            week=monday,
            sampling=checklist.sampling,
        )
        ids: dict[int, int] = {}
        if not dry_run:
            sample = QASample(
                week_start=monday,
                seed=seed,
                per_handler=per_handler,
                checklist_id=checklist.id,
                checklist_version=checklist.version,
                drawn_by=actor.username,
                drawn_at=dt.datetime.now(dt.UTC),
            )
            session.add(sample)
            session.flush()
            for d in drawn:
                row = _sampled_row(sample.id, d, user_ids[d.candidate.incident_id])
                session.add(row)
                session.flush()
                ids[d.candidate.incident_id] = row.id
        audit.record(
            session,
            actor,
            "qa_sample_preview" if dry_run else "qa_sample",
            "qa_sample",
            monday.isoformat(),
            {"seed": seed, "per_handler": per_handler, "drawn": [d.candidate.ref for d in drawn]},
        )
    calls = tuple(
        SampledCall(
            ids.get(d.candidate.incident_id, 0),
            d.candidate.ref,
            d.candidate.handler,
            d.candidate.risk_level,
            d.candidate.overridden,
            d.candidate.repeat_victim,
            d.weight,
            False,
        )
        for d in drawn
    )
    return SampleResult(monday, seed, per_handler, calls, len(candidates), not dry_run)


def _sampled_row(sample_id: int, drawn: qa.Drawn, handler_id: int) -> QASampledCall:
    c = drawn.candidate
    return QASampledCall(
        sample_id=sample_id,
        incident_id=c.incident_id,
        handler_id=handler_id,
        risk_level=c.risk_level,
        overridden=c.overridden,
        repeat_victim=c.repeat_victim,
        weight=drawn.weight,
    )


def sampled_calls(db: Database, actor: Actor, *, week: dt.date) -> tuple[SampledCall, ...]:
    """The kept sample of ``week``, by handler then reference (empty when not drawn)."""
    with db.read() as session:
        require_role(session, actor, REVIEWERS, "see the quality-assurance sample")
        rows = session.execute(
            select(QASampledCall, Incident.ref, User.username, QAReview.id)
            .join(QASample, QASample.id == QASampledCall.sample_id)
            .join(Incident, Incident.id == QASampledCall.incident_id)
            .join(User, User.id == QASampledCall.handler_id)
            .outerjoin(QAReview, QAReview.sampled_call_id == QASampledCall.id)
            .where(QASample.week_start == qa.week_start(week))
            .order_by(User.username, Incident.ref)
        ).all()
        return tuple(
            SampledCall(
                s.id,
                ref,
                username,
                s.risk_level,
                s.overridden,
                s.repeat_victim,
                s.weight,
                rid is not None,
            )
            for s, ref, username, rid in rows
        )


def _sampled(session: Session, sampled_call_id: int) -> tuple[QASampledCall, Incident]:
    row = session.execute(
        select(QASampledCall, Incident)
        .join(Incident, Incident.id == QASampledCall.incident_id)
        .where(QASampledCall.id == sampled_call_id)
    ).first()
    if row is None:
        raise BadInput(messages.QA_NO_SAMPLED_CALL(call=sampled_call_id))
    return row[0], row[1]


def _own_call(actor: Actor, incident: Incident) -> None:
    if incident.handler is not None and incident.handler.username == actor.username:
        raise PermissionDenied(messages.QA_OWN_CALL(ref=incident.ref))


def review_form(db: Database, actor: Actor, sampled_call_id: int) -> ReviewForm:
    """The checklist for one sampled call: suggestions from its record, and any scores
    already given."""
    checklist = qa.shipped_qa_checklist()
    with db.read() as session:
        actor = require_role(session, actor, REVIEWERS, "review a sampled call")
        sampled, incident = _sampled(session, sampled_call_id)
        _own_call(actor, incident)
        given = {
            i.item_id: i
            for i in session.scalars(
                select(QAReviewItem)
                .join(QAReview, QAReview.id == QAReviewItem.review_id)
                .where(QAReview.sampled_call_id == sampled.id)
            )
        }
        items = []
        for item in checklist.items:
            suggestion = PREFILL[item.prefill](session, incident) if item.prefill else None
            done = given.get(item.id)
            items.append(
                FormItem(item, suggestion, done.score if done else None, done.note if done else "")
            )
        handler = incident.handler.username if incident.handler else ""
        return ReviewForm(sampled.id, incident.ref, handler, tuple(items))


def save_review(
    db: Database,
    actor: Actor,
    sampled_call_id: int,
    scores: Mapping[str, tuple[str, str]],
) -> int:
    """Score every checklist item (score, note); a second review replaces the scores.
    Returns the review's id. Audited with the scores."""
    checklist = qa.shipped_qa_checklist()
    missing = [i.id for i in checklist.items if i.id not in scores]
    if missing:
        raise BadInput(messages.QA_SCORE_EVERY(missing=", ".join(missing)))
    for item_id in scores:
        checklist.item(item_id)  # BadInput naming the items there are
    cleaned = {i.id: qa.check_score(i, *scores[i.id]) for i in checklist.items}
    with db.write() as session:
        actor = require_role(session, actor, REVIEWERS, "review a sampled call")
        sampled, incident = _sampled(session, sampled_call_id)
        _own_call(actor, incident)
        suggested = {
            i.id: PREFILL[i.prefill](session, incident).score for i in checklist.items if i.prefill
        }
        review = session.scalars(
            select(QAReview).where(QAReview.sampled_call_id == sampled.id)
        ).first()
        if review is None:
            review = QAReview(sampled_call_id=sampled.id)
            session.add(review)
        review.reviewer = actor.username
        review.reviewed_at = dt.datetime.now(dt.UTC)
        review.checklist_id, review.checklist_version = checklist.id, checklist.version
        session.flush()
        existing = {
            i.item_id: i
            for i in session.scalars(
                select(QAReviewItem).where(QAReviewItem.review_id == review.id)
            )
        }
        for item_id, (score, note) in cleaned.items():
            row = existing.get(item_id) or QAReviewItem(review_id=review.id, item_id=item_id)
            row.score, row.note, row.suggested = score, note, suggested.get(item_id)
            session.add(row)
        audit.record(
            session,
            actor,
            "qa_review",
            "incident",
            incident.ref,
            {"scores": {k: v[0] for k, v in cleaned.items()}},
        )
        return review.id

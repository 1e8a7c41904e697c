"""Quality assurance of live calls: the checklist as data, the weekly sample, compliance.

Pure rules, no I/O beyond reading the shipped checklist: the services feed in the calls and
the scores. The sample is stratified by risk level and weighted (grade overrides and repeat
victims up, as the checklist's ``sampling`` says) and reproducible: the same seed and the
same calls always give the same sample, whatever order the calls come in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path

from callhandler.domain.datafiles import Problems, load_document, resource
from callhandler.errors import BadInput

SCORES = ("compliant", "partial", "not_compliant")
SCORE_LABELS = {"compliant": "compliant", "partial": "partial", "not_compliant": "not compliant"}
# A partial counts half: the percentage is what share of the item was done.
SCORE_VALUE = {"compliant": 1.0, "partial": 0.5, "not_compliant": 0.0}
RISK_ORDER = ("high", "medium", "standard", "none")
MAX_NOTE = 2000


@dataclass(frozen=True)
class QAItem:
    id: str
    text: str
    help: str
    prefill: str | None


@dataclass(frozen=True)
class Sampling:
    risk_level: dict[str, int]
    grade_override: int
    repeat_victim: int


@dataclass(frozen=True)
class QAChecklist:
    id: str
    version: int
    title: str
    sampling: Sampling
    items: tuple[QAItem, ...]

    def item(self, item_id: str) -> QAItem:
        for item in self.items:
            if item.id == item_id:
                return item
        known = ", ".join(i.id for i in self.items)
        raise BadInput(f"The QA checklist has no item {item_id!r}; its items are: {known}.")


def load_qa_checklist(path: Path | Traversable, source: str | None = None) -> QAChecklist:
    """Read and check one QA checklist file (DataFileError names the file and line)."""
    document = load_document(path, "qa", source)
    data = document.data
    problems = Problems()
    seen: set[str] = set()
    for i, raw in enumerate(data["items"]):
        if raw["id"] in seen:
            problems.add(("items", i, "id"), f"item {raw['id']!r} is listed twice")
        seen.add(raw["id"])
    document.check(problems)
    sampling = data["sampling"]
    return QAChecklist(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        sampling=Sampling(
            dict(sampling["risk_level"]), sampling["grade_override"], sampling["repeat_victim"]
        ),
        items=tuple(
            QAItem(raw["id"], raw["text"], raw.get("help", ""), raw.get("prefill"))
            for raw in data["items"]
        ),
    )


@cache
def shipped_qa_checklist() -> QAChecklist:
    return load_qa_checklist(resource("qa", "default.yaml"), "resources/qa/default.yaml")


# -- the weekly sample ---------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A finalised domestic-abuse call that may be drawn."""

    incident_id: int
    ref: str
    handler: str
    risk_level: str
    overridden: bool
    repeat_victim: bool


@dataclass(frozen=True)
class Drawn:
    candidate: Candidate
    weight: int


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (samples are drawn per ISO week)."""
    return day - dt.timedelta(days=day.weekday())


def weight(candidate: Candidate, sampling: Sampling) -> int:
    value = sampling.risk_level.get(candidate.risk_level, 1)
    if candidate.overridden:
        value *= sampling.grade_override
    if candidate.repeat_victim:
        value *= sampling.repeat_victim
    return value


def _rng(seed: int, handler: str, week: dt.date) -> random.Random:
    # One stream per handler and week: adding a handler never changes another's sample.
    digest = hashlib.sha256(f"{seed}|{handler}|{week.isoformat()}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _allocate(totals: dict[str, int], sizes: dict[str, int], n: int) -> dict[str, int]:
    """Split ``n`` draws across strata in proportion to their total weight (largest
    remainder), at least one for every stratum while draws last, never more than it holds."""
    strata = [s for s in RISK_ORDER if sizes.get(s)] + sorted(
        s for s in sizes if s not in RISK_ORDER and sizes[s]
    )
    n = min(n, sum(sizes.values()))
    share = {s: 0 for s in strata}
    for stratum in strata[:n]:  # heaviest-risk first when there are fewer draws than levels
        share[stratum] = 1
    while sum(share.values()) < n:
        left = n - sum(share.values())
        open_ = [s for s in strata if share[s] < sizes[s]]
        weight_open = sum(totals[s] for s in open_)
        exact = {s: left * totals[s] / weight_open for s in open_}
        given = {s: min(int(exact[s]), sizes[s] - share[s]) for s in open_}
        if not any(given.values()):  # hand the last ones out by largest remainder
            best = max(open_, key=lambda s: (exact[s] - int(exact[s]), totals[s]))
            given[best] = 1
        for stratum, extra in given.items():
            share[stratum] += extra
    return share


def _weighted_pick(drawn: Sequence[Drawn], k: int, rng: random.Random) -> list[Drawn]:
    """``k`` without replacement, each with chance in proportion to its weight
    (Efraimidis-Spirakis: the ``k`` largest ``u ** (1 / w)``)."""
    keyed = [(rng.random() ** (1.0 / d.weight), d) for d in drawn]
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return [d for _, d in keyed[:k]]


def draw_sample(
    candidates: Iterable[Candidate],
    *,
    seed: int,
    per_handler: int,
    week: dt.date,
    sampling: Sampling,
) -> tuple[Drawn, ...]:
    """Up to ``per_handler`` calls for each handler (all of them when they took fewer),
    ordered by handler then reference. Same seed and calls: same sample."""
    if per_handler < 1:
        raise BadInput("The sample size must be at least one call per handler.")
    by_handler: dict[str, list[Drawn]] = {}
    for candidate in sorted(candidates, key=lambda c: c.incident_id):
        by_handler.setdefault(candidate.handler, []).append(
            Drawn(candidate, weight(candidate, sampling))
        )
    chosen: list[Drawn] = []
    for handler in sorted(by_handler):
        calls = by_handler[handler]
        rng = _rng(seed, handler, week)
        strata: dict[str, list[Drawn]] = {}
        for drawn in calls:
            strata.setdefault(drawn.candidate.risk_level, []).append(drawn)
        totals = {s: sum(d.weight for d in group) for s, group in strata.items()}
        sizes = {s: len(group) for s, group in strata.items()}
        for stratum, k in sorted(_allocate(totals, sizes, per_handler).items()):
            chosen.extend(_weighted_pick(strata[stratum], k, rng))
    chosen.sort(key=lambda d: (d.candidate.handler, d.candidate.ref))
    return tuple(chosen)


# -- compliance ----------------------------------------------------------------------------


def check_score(item: QAItem, score: str, note: str) -> tuple[str, str]:
    """A score and note a reviewer gave, cleaned; BadInput saying what is allowed."""
    if score not in SCORES:
        allowed = ", ".join(SCORES)
        raise BadInput(f"{item.id}: {score!r} is not a score; give one of {allowed}.")
    note = note.strip()
    if len(note) > MAX_NOTE or "\x00" in note:
        raise BadInput(f"{item.id}: the note must be plain text of at most {MAX_NOTE} characters.")
    if score != "compliant" and not note:
        raise BadInput(
            f"{item.id}: say in a note what was missing ({SCORE_LABELS[score]} needs a reason "
            "the handler can learn from)."
        )
    return score, note


def percent(scores: Iterable[str]) -> float | None:
    """Compliance as a percentage (partial counts half); None when nothing was scored."""
    values = [SCORE_VALUE[s] for s in scores]
    if not values:
        return None
    return round(100.0 * sum(values) / len(values), 1)

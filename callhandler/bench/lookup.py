"""``callhandler bench``: SPEC section 6 figures, each beside a naive full scan in the same run."""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from dataclasses import asdict, dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select, text

from callhandler.bench.stats import percentile
from callhandler.domain.lookup_rules import DEBOUNCE_MS
from callhandler.domain.normalise import address_key, format_phone
from callhandler.progress import Progress, check_cancel
from callhandler.services import history
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Address, Incident, Phone

TARGET_MS = {"phone": 5.0, "exact_address": 5.0, "fuzzy_address": 30.0}


@dataclass(frozen=True)
class Timing:
    kind: str
    queries: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    found_pct: float  # share of queries that found at least one earlier incident (0-100)
    naive_queries: int
    naive_p50_ms: float
    naive_p95_ms: float
    ratio_p50: float
    target_p95_ms: float

    @property
    def met(self) -> bool:
        return self.p95_ms <= self.target_p95_ms


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the finger: a letter dropped, doubled or two swapped."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]


@dataclass(frozen=True)
class Sample:
    query: history.HistoryQuery
    address_id: int | None
    phone_e164: str | None


def sample_queries(db: Database, count: int, seed: int = 7) -> dict[str, list[Sample]]:
    """Queries built from real rows, typed the way handlers type them."""
    rng = random.Random(seed)
    with db.read() as session:
        max_phone = session.execute(select(func.max(Phone.id))).scalar() or 0
        max_address = session.execute(select(func.max(Address.id))).scalar() or 0
        phones: list[str] = []
        while len(phones) < count and max_phone:
            value = session.execute(
                select(Phone.e164).where(Phone.id >= rng.randint(1, max_phone)).limit(1)
            ).scalar()
            if value:
                phones.append(value)
        addresses: list[tuple[int, str, str | None]] = []
        while len(addresses) < count and max_address:
            row = session.execute(
                select(Address.id, Address.display, Address.postcode)
                .where(Address.id >= rng.randint(1, max_address), Address.postcode_valid)
                .limit(1)
            ).first()
            if row:
                addresses.append((row.id, row.display, row.postcode))
    Q = history.HistoryQuery
    samples: dict[str, list[Sample]] = {
        "phone": [Sample(Q(phone=format_phone(p)), None, p) for p in phones],
        "exact_address": [
            Sample(
                Q(address=display.lower(), postcode=(pc or "").replace(" ", "").lower()), aid, None
            )
            for aid, display, pc in addresses
        ],
        "fuzzy_address": [],
    }
    for aid, display, _pc in addresses:
        words = display.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        words[longest] = _typo(words[longest], rng)
        samples["fuzzy_address"].append(Sample(Q(address=" ".join(words)), aid, None))
    return samples


def _naive(db: Database, kind: str, sample: Sample) -> set[int]:
    """The same question answered by reading every incident (or every address)."""
    with db.read() as session:
        if not db.is_sqlite:
            session.execute(text("SET LOCAL enable_indexscan = off"))
            session.execute(text("SET LOCAL enable_bitmapscan = off"))
            session.execute(text("SET LOCAL enable_indexonlyscan = off"))
        hint = " NOT INDEXED" if db.is_sqlite else ""
        if kind == "phone":
            rows = session.execute(
                text(
                    f"SELECT i.id FROM incidents AS i{hint} WHERE i.phone_id = "
                    "(SELECT id FROM phones WHERE e164 = :e)"
                ),
                {"e": sample.phone_e164},
            )
            return {r[0] for r in rows}
        key = address_key(sample.query.address, sample.query.postcode)
        if kind == "exact_address":
            rows = session.execute(
                text(
                    f"SELECT i.id FROM incidents AS i{hint} JOIN addresses AS a ON a.id = i.address_id "
                    "WHERE a.key = :k"
                ),
                {"k": key},
            )
            return {r[0] for r in rows}
        keys: dict[int, str] = {
            int(r[0]): str(r[1]) for r in session.execute(text("SELECT id, key FROM addresses"))
        }
        best = process.extract(key, keys, scorer=fuzz.token_sort_ratio, limit=10, score_cutoff=80)
        ids = [match[2] for match in best]
        if not ids:
            return set()
        rows = session.execute(
            select(Incident.id).where(Incident.address_id.in_(ids)).limit(history.FUZZY_LIMIT)
        )
        return {r[0] for r in rows}


def run_benchmark(
    db: Database, *, queries: int = 200, naive_queries: int = 10, progress: Progress
) -> dict[str, Any]:
    actor = system_actor("bench")
    with db.read() as session:
        incidents = session.execute(select(func.count()).select_from(Incident)).scalar_one()
    samples = sample_queries(db, queries)
    progress.start(sum(len(v) + min(naive_queries, len(v)) for v in samples.values()), "benchmark")
    timings: list[Timing] = []
    for kind, items in samples.items():
        fast: list[float] = []
        found = 0
        for sample in items:
            t0 = time.perf_counter()
            result = history.find_previous_calls(db, actor, sample.query)
            fast.append((time.perf_counter() - t0) * 1000)
            calls = result.exact if kind != "fuzzy_address" else result.possible + result.exact
            found += bool(calls)
            progress.advance(1)
            check_cancel(progress)
        slow: list[float] = []
        for sample in items[:naive_queries]:
            t0 = time.perf_counter()
            _naive(db, kind, sample)
            slow.append((time.perf_counter() - t0) * 1000)
            progress.advance(1)
            check_cancel(progress)
        if not fast:
            continue
        p50, naive50 = percentile(fast, 50), statistics.median(slow) if slow else 0.0
        timings.append(
            Timing(
                kind,
                len(fast),
                round(p50, 2),
                round(percentile(fast, 95), 2),
                round(percentile(fast, 99), 2),
                round(100 * found / len(fast), 1),
                len(slow),
                round(naive50, 2),
                round(percentile(slow, 95), 2) if slow else 0.0,
                round(naive50 / p50, 1) if p50 else 0.0,
                TARGET_MS[kind],
            )
        )
    worst = max((t.p95_ms for t in timings), default=0.0)
    from callhandler.bench.oversight import run_oversight

    oversight = run_oversight(db, progress=progress)
    return {
        "database": db.describe(),
        "backend": db.backend,
        "incidents": incidents,
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "lookups": [asdict(t) | {"met": t.met} for t in timings],
        "history_visible_after_pause_ms": round(DEBOUNCE_MS + worst, 1),
        "oversight": oversight,
        "all_targets_met": all(t.met for t in timings)
        and DEBOUNCE_MS + worst <= 200
        and oversight["all_met"],
    }

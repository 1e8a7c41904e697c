"""``callhandler bench``: SPEC section 6 figures, each beside a naive full scan in the same run."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time
from dataclasses import asdict, dataclass
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select, text

from callhandler.bench.stats import percentile
from callhandler.domain.lookup_rules import DEBOUNCE_MS
from callhandler.domain.normalise import address_key, format_phone, normalise_phone
from callhandler.progress import Progress, check_cancel
from callhandler.services import history
from callhandler.services.context import system_actor
from callhandler.storage.engine import Database
from callhandler.storage.models import Address, Incident, Phone
from callhandler.synthetic.world import WORST_CASE_CALLS, WORST_CASE_NUMBER

# Issue 18's p95 targets, through the window's own service call with its audit: on up to
# 1,000,000 incidents, and (the second figure) on up to 10,000,000.
TARGET_MS = {"phone": 1.0, "exact_address": 1.0, "fuzzy_address": 10.0, "phone_worst_case": 1.0}
TARGET_MS_10M = {k: 2 * v for k, v in TARGET_MS.items()}
RATIO_TARGET = 1000.0  # the look-up's p50 against a naive scan's p50, same run


def target_ms(kind: str, incidents: int) -> float:
    return (TARGET_MS if incidents <= 1_000_000 else TARGET_MS_10M)[kind]


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
    statements: float  # SQL statements per look-up, its audit included (BEGIN/COMMIT not)
    rows_listed: float  # earlier incidents listed per look-up (exact + possible)
    # The same look-ups in this thread's CPU time: what other work sharing the cores
    # adds to the wall-clock figures (waiting to be scheduled) is left out.
    cpu_p50_ms: float
    cpu_p95_ms: float
    ratio_target: float = RATIO_TARGET

    @property
    def met(self) -> bool:
        return self.p95_ms <= self.target_p95_ms

    @property
    def cpu_met(self) -> bool:
        return self.cpu_p95_ms <= self.target_p95_ms

    @property
    def ratio_met(self) -> bool:
        return self.ratio_p50 >= self.ratio_target


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
    worst = normalise_phone(WORST_CASE_NUMBER)
    with db.read() as session:
        present = (
            worst is not None
            and session.execute(select(Phone.id).where(Phone.e164 == worst.e164)).first()
        )
    if present and worst is not None:
        samples["phone_worst_case"] = [
            Sample(Q(phone=WORST_CASE_NUMBER), None, worst.e164) for _ in range(count)
        ]
    return samples


def _naive(db: Database, kind: str, sample: Sample) -> set[int]:
    """The same question answered by reading every incident (or every address)."""
    with db.read() as session:
        if not db.is_sqlite:
            session.execute(text("SET LOCAL enable_indexscan = off"))
            session.execute(text("SET LOCAL enable_bitmapscan = off"))
            session.execute(text("SET LOCAL enable_indexonlyscan = off"))
        hint = " NOT INDEXED" if db.is_sqlite else ""
        if kind in ("phone", "phone_worst_case"):
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


def _time_kind(
    db: Database, kind: str, items: list[Sample], naive_queries: int, incidents: int, p: Progress
) -> Timing | None:
    actor = system_actor("bench")
    fast: list[float] = []
    cpu: list[float] = []
    found = statements = listed = 0
    for sample in items:
        t0, c0 = time.perf_counter(), time.thread_time()
        result = history.find_previous_calls(db, actor, sample.query)
        fast.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.thread_time() - c0) * 1000)
        calls = result.exact if kind != "fuzzy_address" else result.possible + result.exact
        found += bool(calls)
        statements += result.statements
        listed += len(result.exact) + len(result.possible)
        p.advance(1)
        check_cancel(p)
    slow: list[float] = []
    for sample in items[:naive_queries]:
        t0 = time.perf_counter()
        _naive(db, kind, sample)
        slow.append((time.perf_counter() - t0) * 1000)
        p.advance(1)
        check_cancel(p)
    if not fast:
        return None
    p50, naive50 = percentile(fast, 50), statistics.median(slow) if slow else 0.0
    n = len(fast)
    return Timing(
        kind, n, round(p50, 3), round(percentile(fast, 95), 3), round(percentile(fast, 99), 3),
        round(100 * found / n, 1), len(slow), round(naive50, 2),
        round(percentile(slow, 95), 2) if slow else 0.0, round(naive50 / p50, 1) if p50 else 0.0,
        target_ms(kind, incidents), round(statements / n, 1), round(listed / n, 1),
        round(percentile(cpu, 50), 3), round(percentile(cpu, 95), 3),
    )  # fmt: skip


def history_shape(db: Database) -> dict[str, Any]:
    """How many incidents each number and address carries (the realism of the history)."""
    shape: dict[str, Any] = {}
    with db.read() as session:
        total = session.execute(select(func.count()).select_from(Incident)).scalar_one()
        for column in ("phone_id", "address_id"):
            counts = sorted(
                int(r[0])
                for r in session.execute(
                    text(
                        f"SELECT COUNT(*) FROM incidents WHERE {column} IS NOT NULL "
                        f"GROUP BY {column}"
                    )
                )
            )
            if not counts:
                continue
            shape[column.removesuffix("_id")] = {
                "distinct": len(counts),
                "incidents_with_one_pct": round(100 * sum(counts) / max(1, total), 1),
                "carrying_1_to_3_pct": round(100 * sum(c <= 3 for c in counts) / len(counts), 1),
                "median": counts[len(counts) // 2],
                "p99": counts[min(len(counts) - 1, round(0.99 * (len(counts) - 1)))],
                "max": counts[-1],
            }
    shape["declared_worst_case"] = {"number": WORST_CASE_NUMBER, "incidents": WORST_CASE_CALLS}
    return shape


def run_benchmark(
    db: Database,
    *,
    queries: int = 200,
    naive_queries: int = 10,
    progress: Progress,
    import_sizes: tuple[int, ...] | None = None,
) -> dict[str, Any]:
    """Every figure beside its target; ``import_sizes`` (default bench.importing.SIZES;
    empty: none) are the rows of the two export files the streamed import is timed on."""
    with db.read() as session:
        incidents = session.execute(select(func.count()).select_from(Incident)).scalar_one()
    samples = sample_queries(db, queries)
    progress.start(sum(len(v) + min(naive_queries, len(v)) for v in samples.values()), "benchmark")
    timings = [
        t
        for kind, items in samples.items()
        if (t := _time_kind(db, kind, items, naive_queries, incidents, progress)) is not None
    ]
    typical = [t for t in timings if t.kind != "phone_worst_case"]
    worst = max((t.p95_ms for t in typical), default=0.0)
    from callhandler.bench.importing import SIZES, run_import_bench
    from callhandler.bench.oversight import run_oversight

    oversight = run_oversight(db, progress=progress)
    sizes = SIZES if import_sizes is None else import_sizes
    imported = run_import_bench(sizes) if sizes else None
    return {
        "database": db.describe(),
        "backend": db.backend,
        "incidents": incidents,
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "history": history_shape(db),
        "lookups": [
            asdict(t) | {"met": t.met, "cpu_met": t.cpu_met, "ratio_met": t.ratio_met}
            for t in timings
        ],
        "history_visible_after_pause_ms": round(DEBOUNCE_MS + worst, 1),
        "oversight": oversight,
        "import": imported,
        "all_targets_met": all(t.met and t.ratio_met for t in timings)
        and DEBOUNCE_MS + worst <= 200
        and oversight["all_met"]
        and (imported is None or (imported["peak_met"] and imported["reimport_met"])),
    }

"""``callhandler bench --server URL --workstations N``: N workstations against one server.

Each workstation is a process of its own on this machine, as on a control room's desks:
an encrypted cache filled by a first sync, an outbox, a handler's account. Once all are
ready they start together; each does ``operations`` cycles, one every ``pace_s`` seconds
on average (jittered): a look-up on the server through the history service (the
consultation audited there, as a desk without a cache does it), the same look-up on its
cache (audited on the server, as the window does it), every fourth cycle a new call
opened on the server, and a sync (``Workstation.tick``: send the outbox, pull changes).
Figures: the server's look-up p50/p95 under that load, the cached look-up's, and the
sync lag: the time from a call opened on one workstation to its pull on each other.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from callhandler.bench.lookup import sample_queries
from callhandler.bench.stats import percentile
from callhandler.bench.sync import top_up
from callhandler.errors import BadInput
from callhandler.paths import app_paths
from callhandler.progress import Progress, check_cancel
from callhandler.services import accounts, audit_key, history
from callhandler.services.calls import NewCall
from callhandler.services.context import Actor, system_actor
from callhandler.storage.engine import Database
from callhandler.storage.migrate import upgrade
from callhandler.storage.models import Incident, User

WRITE_EVERY = 4
MAX_WORKSTATIONS = 60  # each holds a server connection; PostgreSQL allows 100 by default
READY_S = 900.0


def _accounts(server: Database, count: int) -> list[tuple[int, str, str]]:
    """A handler account for each workstation (made once, kept for the next run)."""
    made: list[tuple[int, str, str]] = []
    for n in range(1, count + 1):
        name = f"loadbench{n:02d}"
        with server.read() as session:
            user_id = session.execute(select(User.id).where(User.username == name)).scalar()
        if user_id is None:
            row = accounts.create_user(
                server, system_actor("bench"), name, f"Load Bench {n:02d} (synthetic)",
                "handler", f"lantern-harbour-{n:02d}-kestrel",
            )  # fmt: skip
            user_id = row.id
        made.append((int(user_id), name, f"Load Bench {n:02d} (synthetic)"))
    return made


def _workstation(
    index: int,
    server_url: str,
    user: tuple[int, str, str],
    queries: list[history.HistoryQuery],
    operations: int,
    pace_s: float,
    folder: str,
    start: Any,
    finish: Any,
    results: Any,
    data_dir: str | None = None,
) -> None:
    """One desk (a process of its own): first sync, then the paced cycles."""
    from callhandler.sync.cache import open_cache
    from callhandler.sync.keys import new_key
    from callhandler.sync.pull import sync_once
    from callhandler.sync.workstation import Workstation, server_database

    out: dict[str, Any] = {"index": index, "server_ms": [], "cache_ms": [], "writes": [],
                           "seen": [], "errors": []}  # fmt: skip
    server = server_database(server_url)
    audit_key.attach(server, app_paths(data_dir))
    cache = open_cache(Path(folder) / f"desk{index:02d}.sqlite3", new_key())
    try:
        actor = Actor(user[0], user[1], user[2], "handler", f"LOAD-{index:02d}")
        desk = Workstation(server, cache, actor)
        sync_once(server, cache)
        seen = _newest(cache)
        start.wait(timeout=READY_S)
        rng = random.Random(index)
        cpu = time.process_time()
        due = time.monotonic()
        for op in range(operations):
            query = queries[(index * 7 + op) % len(queries)]
            t0 = time.perf_counter()
            history.find_previous_calls(server, actor, query)
            out["server_ms"].append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            desk.previous_calls(query)
            out["cache_ms"].append((time.perf_counter() - t0) * 1000)
            if op % WRITE_EVERY == index % WRITE_EVERY:
                row = desk.open_call(
                    NewCall(phone=f"07700 900{(index * 31 + op) % 1000:03d}",
                            address=f"{op % 90 + 1} Load Test Lane", summary="Load test call.")
                )  # fmt: skip
                out["writes"].append((row.id, time.time()))
            seen = _tick(desk, cache, seen, out)
            due += pace_s * (0.5 + rng.random())
            time.sleep(max(0.0, due - time.monotonic()))  # pacing: a handler's speed
        out["cpu_s"] = time.process_time() - cpu
        finish.wait(timeout=READY_S)  # everyone has written: one last sync to see it all
        last: dict[str, Any] = {"seen": []}
        _tick(desk, cache, seen, last)
        out["seen_at_end"] = last["seen"]
    except Exception as exc:  # reported to the parent, which says how many desks failed
        out["errors"].append(f"{type(exc).__name__}: {str(exc)[:200]}")
        start.abort()
        finish.abort()
    finally:
        cache.dispose()
        server.dispose()
        results.put(out)


def _newest(cache: Database) -> int:
    with cache.read() as session:
        return int(session.execute(select(func.max(Incident.id))).scalar() or 0)


def _tick(desk: Any, cache: Database, seen: int, out: dict[str, Any]) -> int:
    desk.tick(force=True)
    now = time.time()
    with cache.read() as session:
        new = session.execute(select(Incident.id).where(Incident.id > seen)).scalars().all()
    out["seen"].extend((int(i), now) for i in new)
    return max([seen, *new])


def run_load_bench(
    server_url: str,
    *,
    workstations: int,
    operations: int,
    incidents: int,
    pace_s: float,
    progress: Progress,
    data_dir: str | None = None,
) -> dict[str, Any]:
    """Start ``workstations`` desks against the server at ``server_url`` and gather them."""
    if not 2 <= workstations <= MAX_WORKSTATIONS:
        raise BadInput(f"--workstations must be between 2 and {MAX_WORKSTATIONS}.")
    if operations < WRITE_EVERY or pace_s <= 0:
        raise BadInput(f"--operations must be at least {WRITE_EVERY} and --pace above 0.")
    server = Database(server_url)
    if server.is_sqlite:
        server.dispose()
        raise BadInput("--server must be a PostgreSQL URL (postgresql+psycopg://USER@HOST/DB).")
    audit_key.attach(server, app_paths(data_dir))  # the command's --data-dir, desks too
    try:
        upgrade(server)
        top_up(server, incidents, progress)
        users = _accounts(server, workstations)
        samples = sample_queries(server, 20)
        queries = [s.query for kind in ("phone", "exact_address", "fuzzy_address")
                   for s in samples[kind]]  # fmt: skip
    finally:
        server.dispose()
    check_cancel(progress)
    ctx = multiprocessing.get_context("spawn")
    start, finish = ctx.Barrier(workstations + 1), ctx.Barrier(workstations)
    results = ctx.Queue()
    with tempfile.TemporaryDirectory(prefix="callhandler-load-bench-") as folder:
        desks = [
            ctx.Process(target=_workstation, args=(n, server_url, users[n], queries, operations,
                                                   pace_s, folder, start, finish, results, data_dir))
            for n in range(workstations)
        ]  # fmt: skip
        load_before = os.getloadavg()
        for desk in desks:
            desk.start()
        progress.start(workstations, f"{workstations} workstations running")
        try:
            start.wait(timeout=READY_S)
        except Exception:  # a desk failed before it was ready: its report says why
            pass
        began = time.monotonic()
        reports = []
        for _ in desks:
            reports.append(results.get(timeout=READY_S + operations * pace_s * 2))
            progress.advance(1)
        seconds = time.monotonic() - began
        for desk in desks:
            desk.join(timeout=60)
    return _figures(reports, workstations, operations, pace_s, seconds, load_before)


def _figures(
    reports: list[dict[str, Any]],
    workstations: int,
    operations: int,
    pace_s: float,
    seconds: float,
    load_before: tuple[float, float, float],
) -> dict[str, Any]:
    server_ms = [t for r in reports for t in r["server_ms"]]
    cache_ms = [t for r in reports for t in r["cache_ms"]]
    written = {i: (r["index"], t) for r in reports for i, t in r["writes"]}
    lags = [
        seen_at - written[i][1]
        for r in reports for i, seen_at in r["seen"]
        if i in written and written[i][0] != r["index"]
    ]  # fmt: skip
    expected = len(written) * (workstations - 1)
    reached = lags + [
        0.0
        for r in reports for i, _t in r.get("seen_at_end", [])
        if i in written and written[i][0] != r["index"]
    ]  # fmt: skip

    def summary(values: list[float]) -> dict[str, float]:
        if not values:
            return {}
        return {"p50_ms": round(percentile(values, 50), 1),
                "p95_ms": round(percentile(values, 95), 1), "max_ms": round(max(values), 1)}  # fmt: skip

    return {
        "workstations": workstations,
        "operations_each": operations,
        "pace_s": pace_s,
        "seconds": round(seconds, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "server_lookup": summary(server_ms),
        "cached_lookup_audited_on_server": summary(cache_ms),
        "calls_opened": len(written),
        "sync_lag": summary([lag * 1000 for lag in lags]),
        # the lag counts what was pulled while the desks worked; the share seen also counts
        # the last sync once every desk had finished (a desk that finished early waits)
        "seen_while_working_pct": round(100 * len(lags) / expected, 1) if expected else 0.0,
        "seen_pct": round(100 * len(reached) / expected, 1) if expected else 0.0,
        "cpu_s_per_cycle": round(
            sum(r.get("cpu_s", 0.0) for r in reports) / max(1, workstations * operations), 3
        ),
        "errors": [e for r in reports for e in r["errors"]],
    }


def format_load(result: dict[str, Any]) -> list[str]:
    def line(name: str, s: dict[str, float]) -> str:
        if not s:
            return f"  {name}: none measured"
        return f"  {name}: p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms, max {s['max_ms']:.0f} ms"

    before = ", ".join(f"{x:.2f}" for x in result["load_average_before"])
    after = ", ".join(f"{x:.2f}" for x in result["load_average_after"])
    lines = [
        f"{result['workstations']} workstations (processes on this machine, {result['cpus']} "
        f"CPUs) x {result['operations_each']} cycles, one every {result['pace_s']:.1f} s "
        f"on average: {result['seconds']:.0f} s (load average {before} before, {after} after)",
        line("server look-up (consultation audited)", result["server_lookup"]),
        line("cached look-up, audit on the server", result["cached_lookup_audited_on_server"]),
        line(
            f"sync lag ({result['calls_opened']} calls opened; pulled by the others while "
            f"working: {result['seen_while_working_pct']:.0f} %, by the end: "
            f"{result['seen_pct']:.0f} %)",
            result["sync_lag"],
        ),  # fmt: skip
        f"  CPU per cycle per workstation: {result['cpu_s_per_cycle']:.3f} s",
    ]
    if result["errors"]:
        lines.append(f"  {len(result['errors'])} desk(s) failed: {result['errors'][0]}")
    return lines

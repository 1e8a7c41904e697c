"""Where the server's fuzzy address look-up spends its time (``bench --server``, issue 18).

The candidates statement of ``address_search`` (pg_trgm's ``%`` through the GIN index) is
run under ``EXPLAIN ANALYZE`` for some of the bench's own fuzzy queries. A bitmap scan
splits into the index's part (the GIN posting lists, and the candidates whose share of the
typed key's trigrams could reach the threshold) and the recheck (``similarity()`` worked
out again for every candidate, from both strings); the medians say which one bounds it.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import text

from callhandler.services.address_search import CANDIDATES, POSTGRES_CANDIDATES
from callhandler.storage.engine import Database

PROFILED = 20  # queries explained; each costs about one look-up


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node.get("Plans", ()):
        yield from _nodes(child)


def explain_candidates(server: Database, key: str) -> dict[str, Any]:
    """One EXPLAIN ANALYZE of the candidates statement for ``key``."""
    with server.read() as session:
        raw = session.execute(
            text("EXPLAIN (ANALYZE, FORMAT JSON) " + POSTGRES_CANDIDATES),
            {"k": key, "n": CANDIDATES},
        ).scalar_one()
    doc = json.loads(raw) if isinstance(raw, str) else raw
    top = doc[0]
    nodes = list(_nodes(top["Plan"]))
    out: dict[str, Any] = {
        "execution_ms": float(top["Execution Time"]),
        "scan": next(n["Node Type"] for n in nodes if "Scan" in n["Node Type"]),
        "matches": None,
        "candidates": None,
        "index_ms": None,
        "recheck_ms": None,
    }
    heap = next((n for n in nodes if n["Node Type"] == "Bitmap Heap Scan"), None)
    index = next((n for n in nodes if n["Node Type"] == "Bitmap Index Scan"), None)
    if heap is not None and index is not None:
        out["matches"] = int(heap["Actual Rows"])
        out["candidates"] = int(index["Actual Rows"])
        out["index_ms"] = float(index["Actual Total Time"])
        out["recheck_ms"] = max(0.0, float(heap["Actual Total Time"]) - out["index_ms"])
    return out


def fuzzy_profile(server: Database, keys: Sequence[str]) -> dict[str, Any] | None:
    """Medians over up to ``PROFILED`` keys; None without any key."""
    runs = [explain_candidates(server, key) for key in list(keys)[:PROFILED] if key]
    if not runs:
        return None
    bitmap = [r for r in runs if r["candidates"] is not None]
    profile: dict[str, Any] = {
        "queries": len(runs),
        "execution_ms_median": round(statistics.median(r["execution_ms"] for r in runs), 2),
        "bitmap_scans": len(bitmap),
    }
    if bitmap:
        candidates = statistics.median(r["candidates"] for r in bitmap)
        recheck = statistics.median(r["recheck_ms"] for r in bitmap)
        profile |= {
            "index_ms_median": round(statistics.median(r["index_ms"] for r in bitmap), 2),
            "recheck_ms_median": round(recheck, 2),
            "candidates_median": round(candidates),
            "candidates_max": max(r["candidates"] for r in bitmap),
            "matches_median": round(statistics.median(r["matches"] for r in bitmap)),
            "recheck_us_per_candidate": round(1000 * recheck / candidates, 2)
            if candidates
            else None,
        }
    return profile


def format_fuzzy_profile(profile: dict[str, Any] | None) -> list[str]:
    if not profile:
        return []
    head = (
        f"  fuzzy on the server, EXPLAIN ANALYZE of {profile['queries']} (medians): "
        f"{profile['execution_ms_median']:.1f} ms"
    )
    if not profile["bitmap_scans"]:
        return [head + " (no bitmap index scan: the planner read the table)"]
    per = profile["recheck_us_per_candidate"]
    return [
        head + f"; GIN index {profile['index_ms_median']:.1f} ms for "
        f"{profile['candidates_median']:,} candidates (most {profile['candidates_max']:,}), "
        f"recheck {profile['recheck_ms_median']:.1f} ms"
        + (f" ({per:.1f} us each)" if per is not None else "")
        + f" leaving {profile['matches_median']:,}"
    ]

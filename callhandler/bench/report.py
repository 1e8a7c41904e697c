"""The text ``callhandler bench`` prints: look-ups, then the oversight lists and the cache."""

from __future__ import annotations

from typing import Any

from callhandler.bench.lookup import DEBOUNCE_MS
from callhandler.bench.oversight import format_oversight
from callhandler.bench.sync import format_sync


def format_report(report: dict[str, Any], extra: list[str] | None = None) -> str:
    lines = [f"{report['incidents']:,} incidents in {report['database']}"]
    lines += extra or []
    lines.append(
        f"{'look-up':<15}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'found %':>9}{'naive p50':>11}{'ratio':>8}{'target':>8}  met"
    )
    for t in report["lookups"]:
        lines.append(
            f"{t['kind']:<15}{t['queries']:>5}{t['p50_ms']:>9.2f}{t['p95_ms']:>9.2f}"
            f"{t['p99_ms']:>9.2f}{t['found_pct']:>9.1f}{t['naive_p50_ms']:>11.1f}"
            f"{t['ratio_p50']:>7.0f}x{t['target_p95_ms']:>8.0f}  {'yes' if t['met'] else 'NO'}"
        )
    lines.append(
        f"history visible {report['history_visible_after_pause_ms']:.0f} ms after the handler "
        f"pauses (debounce {DEBOUNCE_MS} ms + worst p95; target 200 ms)"
    )
    if "oversight" in report:
        lines += format_oversight(report["oversight"])
    if report.get("sync"):
        lines += format_sync(report["sync"])
    return "\n".join(lines)

"""The text ``callhandler bench`` prints: look-ups, then the oversight lists and the cache."""

from __future__ import annotations

from typing import Any

from callhandler.bench.oversight import format_oversight
from callhandler.bench.sync import format_sync
from callhandler.domain.lookup_rules import DEBOUNCE_MS

SEED_TARGET_INCIDENTS = 10_000_000
SEED_TARGET_SECONDS = 300.0  # issue 18: 10,000,000 incidents seeded in 5 minutes


def complete_build(report: dict[str, Any]) -> None:
    """Put the seeding target beside the build's figures (the command line adds "build"
    after the run): the seconds for 10,000,000, measured when the build was that big,
    else extrapolated at the rate measured."""
    built = report.get("build")
    if not built or not built.get("incidents_per_second"):
        return
    rate = float(built["incidents_per_second"])
    measured = int(built.get("incidents", 0)) >= SEED_TARGET_INCIDENTS
    if measured:
        seconds = float(built["seconds"]) * SEED_TARGET_INCIDENTS / int(built["incidents"])
    else:
        seconds = SEED_TARGET_INCIDENTS / rate
    built["seconds_for_10m_at_this_rate"] = round(seconds)
    built["seconds_for_10m_measured"] = measured
    built["target_seconds_for_10m"] = SEED_TARGET_SECONDS
    built["met"] = seconds <= SEED_TARGET_SECONDS


def _build_line(built: dict[str, Any]) -> str:
    how = "took" if built.get("seconds_for_10m_measured") else "would take"
    memory = ""
    if built.get("peak_rss_mb"):
        memory = f"; peak RSS {built['peak_rss_mb']:,.0f} MB"
        if built.get("helper_peak_rss_mb"):
            memory += f" (+ {built['helper_peak_rss_mb']:,.0f} MB its helper process)"
    return (
        f"seeding: 10,000,000 {how} {built['seconds_for_10m_at_this_rate']:,} s at "
        f"{built['incidents_per_second']:,}/s (target {SEED_TARGET_SECONDS:.0f} s)  "
        f"{'yes' if built['met'] else 'NO'}{memory}"
    )


def _lookup_lines(report: dict[str, Any]) -> list[str]:
    def yes(flag: object) -> str:
        return "yes" if flag else "NO "

    lines = [
        f"{'look-up':<17}{'n':>4}{'p50 ms':>7}{'p95 ms':>7}{'p99 ms':>7}{'CPU p50':>8}"
        f"{'CPU p95':>8}{'target':>7} met  CPU{'stmts':>6}{'rows':>5}{'found%':>7}"
        f"{'naive p50':>10}{'ratio':>7}{'target':>7} met"
    ]
    for t in report["lookups"]:
        lines.append(
            f"{t['kind']:<17}{t['queries']:>4}{t['p50_ms']:>7.2f}{t['p95_ms']:>7.2f}"
            f"{t['p99_ms']:>7.2f}{t.get('cpu_p50_ms', 0):>8.2f}{t.get('cpu_p95_ms', 0):>8.2f}"
            f"{t['target_p95_ms']:>7.0f} {yes(t['met'])}  {yes(t.get('cpu_met'))}"
            f"{t.get('statements', 0):>5.1f}{t.get('rows_listed', 0):>5.1f}"
            f"{t['found_pct']:>7.1f}{t['naive_p50_ms']:>10.1f}{t['ratio_p50']:>6.0f}x"
            f"{t.get('ratio_target', 0):>6.0f}x {yes(t.get('ratio_met'))}"
        )
    lines.append(
        "(CPU: the look-up's own CPU time; the wall-clock p95 also holds the time spent "
        "waiting for a core other work holds)"
    )
    lines.append(_scale_line(report))
    return lines


def _scale_line(report: dict[str, Any]) -> str:
    """Which of issue 18's two sets of look-up targets this database is held to."""
    from callhandler.bench.lookup import TARGET_MS, TARGET_MS_10M

    up_to = report["incidents"] <= 1_000_000
    targets = TARGET_MS if up_to else TARGET_MS_10M
    scale = "1,000,000 incidents or fewer" if up_to else "more than 1,000,000 incidents"
    other = "2 and 20 ms on more" if up_to else "1 and 10 ms on 1,000,000 or fewer"
    return (
        f"(targets on {scale}: p95 {targets['phone']:.0f} ms by number and address, "
        f"{targets['fuzzy_address']:.0f} ms fuzzy; {other})"
    )


def _shape_lines(shape: dict[str, Any]) -> list[str]:
    lines = []
    for name, plural in (("phone", "numbers"), ("address", "addresses")):
        s = shape.get(name)
        if s:
            lines.append(
                f"history: {s['distinct']:,} {plural} ({s['incidents_with_one_pct']:.0f} % of "
                f"incidents have one); {s['carrying_1_to_3_pct']:.0f} % carry 1-3 incidents, "
                f"median {s['median']}, p99 {s['p99']}, most {s['max']}"
            )
    worst = shape.get("declared_worst_case")
    if worst:
        lines.append(
            f"declared worst case (phone_worst_case): {worst['number']} with "
            f"{worst['incidents']} incidents"
        )
    return lines


def format_report(report: dict[str, Any], extra: list[str] | None = None) -> str:
    complete_build(report)
    lines = [f"{report['incidents']:,} incidents in {report['database']}"]
    if "load_average" in report:
        load = ", ".join(f"{x:.2f}" for x in report["load_average"])
        lines.append(f"load average {load} on {report.get('cpus')} CPUs while measuring")
    lines += extra or []
    built = report.get("build")
    if built and "seconds_for_10m_at_this_rate" in built:
        lines.append(_build_line(built))
    lines += _shape_lines(report.get("history", {}))
    lines += _lookup_lines(report)
    lines.append(
        f"history visible {report['history_visible_after_pause_ms']:.0f} ms after the handler "
        f"pauses (debounce {DEBOUNCE_MS} ms + worst typical p95; target 200 ms)"
    )
    if report.get("import"):
        from callhandler.bench.importing import format_import

        lines += format_import(report["import"])
    if "oversight" in report:
        lines += format_oversight(report["oversight"])
    if report.get("sync"):
        lines += format_sync(report["sync"])
    return "\n".join(lines)

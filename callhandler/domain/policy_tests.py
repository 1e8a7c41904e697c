"""Scenario files for a grading policy: facts, optional history, and what an inspector expects.

A force changes its policy as data; ``callhandler policy test`` runs the scenario files kept
beside it (``resources/policy/tests/*.yaml``) so it sees what a change breaks before it goes
live. Each scenario names the facts a handler recorded, the history the number or address
carries, and the expected grade, floor, flags, MARAC consideration, DASH and officers. A
mismatch is reported with the file, the line and what differed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from callhandler.domain.datafiles import Document, Problems, load_document, shipped
from callhandler.domain.facts import Facts
from callhandler.domain.grading import Recommendation, recommend
from callhandler.domain.history import (
    MARKER_LABELS,
    HistoryCounts,
    HistorySummary,
    MarkerView,
    summarise,
)
from callhandler.domain.policy import Policy
from callhandler.errors import BadInput

SHIPPED_FOLDER = "policy/tests"
_SET_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Scenario:
    source: str
    line: int | None
    name: str
    facts: Facts
    history: HistorySummary | None
    expect: Mapping[str, Any]


@dataclass(frozen=True)
class ScenarioResult:
    scenario: Scenario
    recommendation: Recommendation
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_json(self) -> dict[str, Any]:
        rec = self.recommendation
        return {
            "file": self.scenario.source,
            "line": self.scenario.line,
            "name": self.scenario.name,
            "passed": self.passed,
            "failures": list(self.failures),
            "grade": rec.grade,
            "policy_floor": rec.policy_floor,
            "rules": [r.rule for r in rec.reasons],
            "flags": list(rec.flag_ids),
        }


def history_from(data: Mapping[str, Any] | None) -> HistorySummary | None:
    """A history summary from a scenario's ``history`` mapping (None: nothing searched)."""
    if data is None:
        return None
    da = int(data.get("domestic_abuse_12m", 0))
    other = int(data.get("not_domestic_abuse_12m", 0))
    last_risk = data.get("last_risk_level")
    counts = HistoryCounts(
        total=da + other + int(data.get("older", 0)),
        incidents_12m=da + other,
        domestic_abuse_12m=da,
        children_ever=bool(data.get("children_before", False)),
        last_risk_level=last_risk,
        last_risk_at=_SET_AT if last_risk else None,
    )
    markers = []
    for text in data.get("markers", ()):
        kind, _, on = str(text).partition("@")
        on = on or "phone"
        markers.append(
            MarkerView(
                kind, MARKER_LABELS.get(kind, kind), "", on, f"{on}-1", "test", _SET_AT, None
            )
        )
    serial = [f"Perpetrator {i}" for i in range(int(data.get("serial_perpetrators", 0)))]
    return summarise(counts, markers, serial)


def _scenarios(document: Document) -> list[Scenario]:
    problems = Problems()
    found = []
    for i, raw in enumerate(document.data["scenarios"]):
        path = ("scenarios", i)
        try:
            facts = Facts(raw["facts"])
        except BadInput as exc:
            problems.add((*path, "facts"), str(exc))
            continue
        for marker in raw.get("history", {}).get("markers", ()):
            kind, _, on = str(marker).partition("@")
            if kind not in MARKER_LABELS or on not in ("", "phone", "address", "person"):
                problems.add(
                    (*path, "history", "markers"),
                    f"{marker!r}: write TYPE or TYPE@phone|address|person "
                    f"(types: {', '.join(MARKER_LABELS)})",
                )
        found.append(
            Scenario(
                document.source,
                document.line_of(path),
                raw["name"],
                facts,
                history_from(raw.get("history")),
                raw["expect"],
            )
        )
    document.check(problems)
    return found


def load_scenarios(path: Path | Traversable, source: str | None = None) -> list[Scenario]:
    """The scenarios of one file, schema-checked; DataFileError names file and line."""
    return _scenarios(load_document(path, "policy_tests", source))


def shipped_scenarios() -> list[Scenario]:
    """Every scenario shipped with the default policy."""
    scenarios: list[Scenario] = []
    for item in shipped(SHIPPED_FOLDER):
        scenarios.extend(load_scenarios(item, f"resources/{SHIPPED_FOLDER}/{item.name}"))
    return scenarios


def _contains(label: str, expected: Iterable[str], got: Iterable[str]) -> list[str]:
    missing = sorted(set(expected) - set(got))
    return [f"{label} missing: {', '.join(missing)}"] if missing else []


def _excludes(label: str, refused: Iterable[str], got: Iterable[str]) -> list[str]:
    present = sorted(set(refused) & set(got))
    return [f"{label} not expected: {', '.join(present)}"] if present else []


def check(scenario: Scenario, policy: Policy) -> ScenarioResult:
    """Run one scenario through the policy and list every way it differs from expected."""
    rec = recommend(scenario.facts, scenario.history, policy)
    expect = scenario.expect
    rules = [r.rule for r in rec.reasons]
    failures: list[str] = []
    scalar = {
        "grade": rec.grade,
        "floor": rec.policy_floor,
        "domestic_abuse": rec.domestic_abuse,
        "marac": rec.marac_consideration,
        "dash": rec.dash_required,
        "officers": rec.officers_recommended,
    }
    for key, got in scalar.items():
        if key in expect and expect[key] != got:
            failures.append(f"{key}: expected {expect[key]}, got {got}")
    if "floor_at_most" in expect and rec.policy_floor > expect["floor_at_most"]:
        failures.append(
            f"floor: expected {expect['floor_at_most']} or more urgent, got {rec.policy_floor}"
        )
    failures += _contains("flags", expect.get("flags", ()), rec.flag_ids)
    failures += _excludes("flags", expect.get("not_flags", ()), rec.flag_ids)
    failures += _contains("rules", expect.get("rules", ()), rules)
    failures += _excludes("rules", expect.get("not_rules", ()), rules)
    for rule_id, words in expect.get("reason_says", {}).items():
        reason = rec.reason(rule_id)
        if reason is None or words.lower() not in reason.text.lower():
            failures.append(f"reason {rule_id} should say {words!r}")
    if failures:
        failures.append("reasons: " + "; ".join(f"{r.rule} (grade {r.grade})" for r in rec.reasons))
    return ScenarioResult(scenario, rec, tuple(failures))


def run(scenarios: Iterable[Scenario], policy: Policy) -> list[ScenarioResult]:
    return [check(s, policy) for s in scenarios]

"""Trainers' own scenarios: built in a form, checked like the shipped ones, kept as YAML.

A trainer's scenario is a YAML file in ``<training folder>/scenarios/`` (never the shipped
``resources/training/``), written from the plain data the form gives (the same fields as a
shipped file). ``check_document`` runs it through the same schema and checks as a shipped
file (``load_document`` then ``build_scenario``) and turns the refusal into one message
naming the field. A shipped scenario can be copied and edited under a new id, never
overwritten. ``from_policy`` fills ``expect`` by running the real recommender on the
scenario's answers and history in a scratch training database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from callhandler.domain.datafiles import DataFileError, Document, parse_yaml, validate
from callhandler.errors import BadInput
from callhandler.paths import AppPaths
from callhandler.services.context import Actor
from callhandler.training.attempt import Attempt
from callhandler.training.scenarios import (
    Expected,
    Scenario,
    build_scenario,
    load_scenario_file,
    shipped_scenarios,
)

SCENARIOS_FOLDER = "scenarios"
POLICY_ACTOR = Actor(None, "training:author", "scenario author", "handler", "")


def scenarios_folder(paths: AppPaths) -> Path:
    """Where the trainers' scenarios live in the training installation."""
    return paths.data_dir / SCENARIOS_FOLDER


@dataclass(frozen=True)
class Catalogue:
    """Every scenario a trainee can take: the shipped ones, then the trainers' own."""

    scenarios: tuple[Scenario, ...]
    own_ids: frozenset[str]
    problems: tuple[str, ...]  # trainers' files that could not be read (one line each)

    def find(self, scenario_id: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise BadInput(
            f"No training scenario {scenario_id!r}: `callhandler training list` shows them."
        )


def catalogue(paths: AppPaths) -> Catalogue:
    """The shipped scenarios and the trainers' files (a broken file is named, not fatal)."""
    found = list(shipped_scenarios())
    shipped_ids = {s.id for s in found}
    own: set[str] = set()
    problems: list[str] = []
    folder = scenarios_folder(paths)
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    for file in files:
        try:
            scenario = load_scenario_file(file, f"{SCENARIOS_FOLDER}/{file.name}")
        except BadInput as exc:
            problems.append(str(exc).splitlines()[0])
            continue
        if scenario.id in shipped_ids or scenario.id in own:
            problems.append(f"{file.name}: id {scenario.id!r} is already used; skipped")
            continue
        own.add(scenario.id)
        found.append(scenario)
    return Catalogue(tuple(found), frozenset(own), tuple(problems))


def _field_of(document: Document, line: int | None) -> str:
    """The deepest field written on ``line`` (``caller/strangulation/answer``)."""
    paths = [p for p, n in document.lines.items() if n == line and p]
    if not paths:
        return ""
    return "/".join(str(part) for part in max(paths, key=len))


def _named(document: Document, error: DataFileError) -> BadInput:
    problem = error.problems[0]
    field = _field_of(document, problem.line)
    message = problem.message
    if field and not message.startswith(field.split("/")[0]):
        message = f"{field}: {message}"
    more = len(error.problems) - 1
    if more:
        message += f" (and {more} more problem(s))"
    return BadInput(f"The scenario cannot be saved: {message}")


def to_yaml(data: dict[str, Any]) -> str:
    return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=90))


def check_document(data: dict[str, Any]) -> Scenario:
    """The form's data as a Scenario, checked exactly as a shipped file is.

    BadInput names the field and the problem ("call/phone: '1' is too short").
    """
    name = f"{data.get('id') or 'scenario'}.yaml"
    document = parse_yaml(to_yaml(data), name)
    try:
        validate(document, "training")
        return build_scenario(document)
    except DataFileError as exc:
        raise _named(document, exc) from None


def scenario_document(scenario: Scenario) -> dict[str, Any]:
    """A scenario as the plain data of its file (to edit it, or copy a shipped one)."""
    call: dict[str, Any] = {
        "phone": scenario.phone,
        "address": scenario.address,
        "postcode": scenario.postcode,
    }
    if scenario.caller_name:
        call["caller_name"] = scenario.caller_name
    call["opening"] = scenario.opening
    if scenario.keypress_only:
        call["keypress_only"] = True
    caller = {
        fact: {
            "answer": list(line.answer) if isinstance(line.answer, tuple) else line.answer,
            "says": line.says,
        }
        for fact, line in scenario.lines.items()
        if line.listed
    }
    expected = scenario.expected
    return {
        "id": scenario.id,
        "version": scenario.version,
        "title": scenario.title,
        "source": scenario.source,
        "script": scenario.script_id,
        "call": call,
        "caller": caller,
        "history": [_history_item(item) for item in scenario.history],
        "expect": {
            "grade": expected.grade,
            "domestic_abuse": expected.domestic_abuse,
            "dash_required": expected.dash_required,
            "marac_consideration": expected.marac_consideration,
            "officers": expected.officers,
            "flags": list(expected.flags),
        },
        "teaching_point": scenario.teaching_point,
        "read": list(scenario.read),
    }


def _history_item(item: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "ref": item.ref,
        "days_ago": item.days_ago,
        "on": item.on,
        "category": item.category,
        "domestic_abuse": item.domestic_abuse,
    }
    if item.grade is not None:
        raw["grade"] = item.grade
    raw["risk_level"] = item.risk_level
    for key in ("victim_name", "victim_dob", "suspect_name", "suspect_dob"):
        if getattr(item, key):
            raw[key] = getattr(item, key)
    if item.markers:
        raw["markers"] = list(item.markers)
    raw["summary"] = item.summary
    return raw


def copy_document(scenario: Scenario, taken: frozenset[str] | set[str]) -> dict[str, Any]:
    """A copy of ``scenario`` to edit: a free id (``<id>_copy``, ``<id>_copy2``…)."""
    data = scenario_document(scenario)
    base = f"{scenario.id[:55]}_copy"
    new_id, n = base, 1
    while new_id in taken:
        n += 1
        new_id = f"{base}{n}"
    data["id"] = new_id
    data["version"] = 1
    data["title"] = f"{scenario.title} (copy)"[:120]
    return data


EDITABLE_ID = re.compile(r"[a-z][a-z0-9_]{2,60}")  # a scenario id (the schema's pattern)


def save_scenario(paths: AppPaths, data: dict[str, Any], *, editing: str | None = None) -> Path:
    """Check and write a trainer's scenario; its file.

    ``editing`` is the id of the trainer's scenario being edited (None: a new one). A
    shipped id is refused (copy it: the shipped file is never overwritten), and so is an id
    another of the trainers' scenarios already has.
    """
    if editing is not None and not EDITABLE_ID.fullmatch(editing):
        # the renamed scenario's file is deleted below: never a path out of the folder
        raise BadInput(
            f"The scenario cannot be saved: {editing!r} is not the id of one of your "
            "scenarios; open the scenario from the list to edit it."
        )
    scenario = check_document(data)
    if scenario.id in {s.id for s in shipped_scenarios()}:
        raise BadInput(
            f"The scenario cannot be saved: id: {scenario.id!r} is a shipped scenario, which "
            "is never overwritten; give your copy an id of its own."
        )
    folder = scenarios_folder(paths)
    if scenario.id != editing and scenario.id in catalogue(paths).own_ids:
        raise BadInput(
            f"The scenario cannot be saved: id: {scenario.id!r} is already another scenario "
            "of yours; choose another id."
        )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{scenario.id}.yaml"
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=folder, prefix=".saving-", suffix=".yaml", delete=False
    ) as out:
        out.write(to_yaml(data))
    os.replace(out.name, target)
    if editing and editing != scenario.id:
        (folder / f"{editing}.yaml").unlink(missing_ok=True)  # renamed: one file per id
    return target


def from_policy(data: dict[str, Any]) -> dict[str, Any]:
    """The ``expect`` the policy gives this scenario's answers and history (grade, flags,
    DASH, MARAC, officers), from the real recommender in a scratch training database."""
    from callhandler.training.database import open_training_database, training_paths
    from callhandler.training.results import score_attempt

    placeholder = {"grade": 9, "domestic_abuse": False, "dash_required": False, "officers": 0}
    # Only the call, the answers and the history matter to the policy: the rest of the
    # form may still be empty when the trainer asks.
    unfinished = {
        "id": "policy_check",
        "version": 1,
        "title": "policy check",
        "source": "policy check",
        "teaching_point": "policy check only",
        "read": ["policy check"],
    }
    scenario = check_document(
        {**unfinished, **data, **{k: v for k, v in unfinished.items() if not data.get(k)}}
        | {"expect": {**placeholder, "flags": []}}
    )
    scenario = replace(scenario, expected=Expected(9, False, False, False, 0, ()))
    attempt = Attempt.from_json({"answers": scenario.reference_answers(), "grade": None})
    with tempfile.TemporaryDirectory(prefix="callhandler-author-") as scratch:
        db = open_training_database(training_paths(scratch))
        try:
            now = dt.datetime.now(dt.UTC)
            result = score_attempt(db, POLICY_ACTOR, scenario, attempt, now=now)
        finally:
            db.dispose()
    policy = result.policy
    return {
        "grade": policy.grade,
        "domestic_abuse": policy.domestic_abuse,
        "dash_required": policy.dash_required,
        "marac_consideration": policy.marac_consideration,
        "officers": policy.officers_recommended,
        "flags": sorted(policy.flag_ids),
    }

"""The training database: its own SQLite file, audit key, witness and chain, never the live one.

Training lives in ``<data dir>/training/``, a folder laid out like a whole installation of
its own (``training.sqlite3``, ``config/audit.secret``, ``audit-witness.jsonl``). The
database URL never comes from ``--db``, ``CALLHANDLER_DB`` or a settings file, so a
workstation pointed at the force's shared server still trains on its own file; nothing
here touches the workstation cache or outbox. A scenario's history is imported into it
through the ordinary importer when the scenario starts (its refs are ``TRN-…``, so the
same scenario twice changes nothing).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from callhandler.importing.run import import_file
from callhandler.paths import AppPaths, app_paths
from callhandler.services import audit_key
from callhandler.services.context import Actor
from callhandler.storage.engine import Database
from callhandler.storage.migrate import prepare
from callhandler.storage.models import User
from callhandler.training.scenarios import HistoryItem, Scenario

TRAINING_FOLDER = "training"
TRAINING_FILE = "training.sqlite3"
CALLS_FOLDER = "calls"
CALL_FILE = "call.sqlite3"


def training_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The training installation inside the live one's data folder (``--data-dir``)."""
    root = app_paths(data_dir).data_dir / TRAINING_FOLDER
    return AppPaths(root, root / "config", root / "logs")


def training_url(paths: AppPaths) -> str:
    return f"sqlite:///{paths.data_dir / TRAINING_FILE}"


def open_training_database(paths: AppPaths) -> Database:
    """The training database in ``paths`` (created and migrated on first use)."""
    paths.ensure()
    db = Database(training_url(paths))
    audit_key.attach(db, paths)  # its own key and witness: a chain of its own
    try:
        prepare(db)
    except BaseException:
        db.dispose()
        raise
    return db


def open_call_database(paths: AppPaths, call_id: str, trainee: Actor) -> Database:
    """A fresh database for one training call, beside the training database.

    Each attempt sees only its scenario's history, never the calls other trainees took at
    the same made-up number (they would turn every scenario into a repeat victim). The
    trainee's account stays in the training database (here only its name and role, with a
    password nobody can match, so the call's rows can name who took it); the call, its
    answers and its audit chain live here (``calls/CALL_ID/``), with the training audit key.
    """
    if not call_id.replace("-", "").isalnum():
        raise ValueError(f"{call_id!r} is not a call id")
    folder = paths.data_dir / CALLS_FOLDER / call_id
    call_paths = AppPaths(folder, paths.config_dir, paths.log_dir)
    call_paths.ensure()
    db = Database(f"sqlite:///{folder / CALL_FILE}")
    audit_key.attach(db, call_paths)
    try:
        prepare(db)
        _copy_account(db, trainee)
    except BaseException:
        db.dispose()
        raise
    return db


def _copy_account(db: Database, trainee: Actor) -> None:
    if trainee.user_id is None:
        return
    with db.write() as session:
        if session.get(User, trainee.user_id) is None:
            session.add(
                User(
                    id=trainee.user_id,
                    username=trainee.username,
                    display_name=trainee.display_name,
                    role=trainee.role,
                    password_hash="!",  # not an Argon2 hash: nobody signs in here
                    active=True,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )


@contextmanager
def scoring_database(training: Database, actor: Actor) -> Iterator[Database]:
    """A throw-away call database beside ``training`` for scoring: it holds the scenario's
    history only, never the trainee's own call (which would count as an earlier incident)."""
    if not is_training(training) or not training.url.database:
        raise RuntimeError("Scoring happens only beside a training database.")
    paths = _paths_of(Path(training.url.database))
    call_id = f"score-{uuid.uuid4().hex[:12]}"
    db = open_call_database(paths, call_id, actor)
    try:
        yield db
    finally:
        db.dispose()
        shutil.rmtree(paths.data_dir / CALLS_FOLDER / call_id, ignore_errors=True)


def _paths_of(file: Path) -> AppPaths:
    """The training installation a training or call database file belongs to."""
    root = file.parent if file.name == TRAINING_FILE else file.parent.parent.parent
    return AppPaths(root, root / "config", root / "logs")


def is_training(db: Database) -> bool:
    """True for a database opened here: the training file, or one call's file beside it."""
    if not db.is_sqlite or not db.url.database:
        return False
    file = Path(db.url.database)
    if file.name == TRAINING_FILE:
        return file.parent.name == TRAINING_FOLDER
    return file.name == CALL_FILE and file.parent.parent.name == CALLS_FOLDER


def _row(scenario: Scenario, item: HistoryItem, now: dt.datetime) -> dict[str, object]:
    opened = now - dt.timedelta(days=item.days_ago)
    return {
        "incident_ref": item.ref,
        "opened_at": opened.isoformat(),
        "closed_at": (opened + dt.timedelta(hours=3)).isoformat(),
        "phone": scenario.phone if item.on != "address" else "",
        "address": scenario.address if item.on != "phone" else "",
        "postcode": scenario.postcode if item.on != "phone" else "",
        "category": item.category,
        "domestic_abuse": item.domestic_abuse,
        "grade": item.grade if item.grade is not None else "",
        "risk_level": item.risk_level,
        "children_present": item.children_present,
        "victim_name": item.victim_name,
        "victim_dob": item.victim_dob,
        "suspect_name": item.suspect_name,
        "suspect_dob": item.suspect_dob,
        "markers": ";".join(item.markers),
        "summary": item.summary,
    }


def load_history(
    db: Database, actor: Actor, scenario: Scenario, *, now: dt.datetime | None = None
) -> int:
    """Import the scenario's history into the training database; the number of rows taken.

    Refuses any database but a training one: a scenario's made-up past must never reach
    the live history.
    """
    if not is_training(db):
        raise RuntimeError("Scenario history goes only into a training database.")
    if not scenario.history:
        return 0
    now = now or dt.datetime.now(dt.UTC)
    folder = Path(str(db.url.database)).parent
    with tempfile.TemporaryDirectory(dir=folder, prefix="scenario-") as tmp:
        file = Path(tmp) / f"{scenario.id}.jsonl"
        lines = [json.dumps(_row(scenario, item, now)) for item in scenario.history]
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = import_file(db, actor, file)
    if result.rejected:
        problems = "; ".join(f"{r.line}: {r.reason}" for r in result.rejected)
        raise ValueError(f"{scenario.file}: history rows refused ({problems})")
    return result.imported + result.updated + result.unchanged

"""Training mode's one way in for its window: the training database and each call's own.

The window receives a ``TrainingDesk`` and the worker, never a database (as the live
window receives a ``Desk``). Every method does database work: call it on the worker.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from callhandler.desk import DatabaseDesk
from callhandler.paths import AppPaths
from callhandler.services import accounts, audit
from callhandler.services.context import Actor, require_role, system_actor
from callhandler.storage.engine import Database
from callhandler.training import assignments as assigning
from callhandler.training import authoring
from callhandler.training.assignments import Assignment, Trainee
from callhandler.training.attempt import Attempt
from callhandler.training.database import (
    load_history,
    open_call_database,
    open_training_database,
    training_paths,
)
from callhandler.training.debrief import Debrief
from callhandler.training.results import TRAINERS, ResultRow, finish_call, results_over_time
from callhandler.training.scenarios import Scenario


@dataclass(frozen=True)
class TrainingCall:
    """One scenario being taken: the ``Desk`` the real call window works on (a fresh
    database holding the scenario's history), until ``close``."""

    scenario: Scenario
    desk: DatabaseDesk

    def close(self) -> None:
        self.desk.db.dispose()


class TrainingDesk:
    """Signing in, starting and finishing training calls, trainees' results."""

    def __init__(self, training: Database, paths: AppPaths) -> None:
        self._training = training
        self.paths = paths

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None) -> TrainingDesk:
        paths = training_paths(data_dir)
        return cls(open_training_database(paths), paths)

    def describe(self) -> str:
        return str(self.paths.data_dir)

    def count_accounts(self) -> int:
        return accounts.count_users(self._training)

    def authenticate(
        self,
        username: str,
        password: str,
        workstation: str | None = None,
        *,
        failure_delay_s: float = accounts.FAILED_LOGIN_DELAY_S,
    ) -> Actor:
        """Sign in to training (a training account; the live accounts are never read)."""
        return accounts.authenticate(
            self._training, username, password, workstation, failure_delay_s=failure_delay_s
        )

    def start_call(self, actor: Actor, scenario: Scenario) -> TrainingCall:
        call_id = f"{dt.datetime.now(dt.UTC):%Y%m%d%H%M%S}-{uuid.uuid4().hex[:8]}"
        db = open_call_database(self.paths, call_id, actor)
        try:
            load_history(db, system_actor("training"), scenario)
        except BaseException:
            db.dispose()
            raise
        return TrainingCall(scenario, DatabaseDesk(db, actor))

    def finish_call(self, actor: Actor, scenario: Scenario, attempt: Attempt) -> Debrief:
        return finish_call(self._training, actor, scenario, attempt)

    def results(self, actor: Actor, username: str | None = None) -> list[ResultRow]:
        return results_over_time(self._training, actor, username)

    # -- trainers' scenarios and assignments ------------------------------------------------

    def catalogue(self) -> authoring.Catalogue:
        """The shipped scenarios and the trainers' own (files in the training folder)."""
        return authoring.catalogue(self.paths)

    def save_scenario(self, actor: Actor, data: dict[str, Any], editing: str | None = None) -> Path:
        """Check and write a trainer's scenario (trainers only; audited in training: the
        event is written first, so a file that cannot be written leaves no event)."""
        scenario_id = authoring.check_document(data).id
        with self._training.write() as session:
            fresh = require_role(session, actor, TRAINERS, "build training scenarios")
            detail = {"replacing": editing} if editing and editing != scenario_id else None
            audit.record(
                session, fresh, "training_scenario_saved", "training_scenario", scenario_id, detail
            )
            return authoring.save_scenario(self.paths, data, editing=editing)

    def expected_from_policy(self, actor: Actor, data: dict[str, Any]) -> dict[str, Any]:
        with self._training.read() as session:
            require_role(session, actor, TRAINERS, "build training scenarios")
        return authoring.from_policy(data)

    def trainees(self, actor: Actor) -> list[Trainee]:
        return assigning.trainees(self._training, actor)

    def assign(self, actor: Actor, username: str, scenario_id: str) -> bool:
        self.catalogue().find(scenario_id)  # BadInput for a scenario that is not there
        return assigning.assign(self._training, actor, username, scenario_id)

    def assignments(self, actor: Actor, username: str | None = None) -> list[Assignment]:
        return assigning.assignments(self._training, actor, username)

    def close(self) -> None:
        self._training.dispose()

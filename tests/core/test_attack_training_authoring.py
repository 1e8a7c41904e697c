"""Attack on a trainer's scenario editor (red team): ``save_scenario(..., editing=OLD)``
deletes the file of the scenario renamed. ``editing`` came unchecked, so
``editing="../../victim"`` deleted ``victim.yaml`` two folders above the trainers'
scenarios (any ``.yaml`` the account may write). An ``editing`` that is not a scenario id
is now refused, nothing written and nothing deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from callhandler.errors import BadInput
from callhandler.training.authoring import catalogue, copy_document, save_scenario
from callhandler.training.database import training_paths
from callhandler.training.scenarios import find_scenario, shipped_scenarios


@pytest.mark.parametrize("editing", ["../../victim", "/tmp/victim", "a/b", ""])
def test_editing_a_name_that_is_not_a_scenario_id_deletes_nothing(
    editing: str, tmp_path: Path
) -> None:
    paths = training_paths(tmp_path / "data")
    outside = tmp_path / "data" / "victim.yaml"  # two folders above <training>/scenarios
    outside.parent.mkdir(parents=True, exist_ok=True)
    outside.write_text("keep: me\n", encoding="utf-8")
    copy = copy_document(find_scenario("male_victim"), {s.id for s in shipped_scenarios()})
    if editing == "/tmp/victim":
        editing = str(outside.with_suffix(""))
    with pytest.raises(BadInput, match="is not the id of one of your scenarios"):
        save_scenario(paths, copy, editing=editing)
    assert outside.read_text(encoding="utf-8") == "keep: me\n"
    assert copy["id"] not in catalogue(paths).own_ids

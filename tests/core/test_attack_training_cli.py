"""Attacks on ``callhandler training run`` (red team): an answers file choosing a grade the
policy does not have (99, 0, -1) was scored as "you chose Grade 99", and a time to grade
of NaN or Infinity (valid in Python's JSON) was taken as a number. Each is now one line
naming the field and what to write, exit 2, nothing scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from callhandler.cli import main

SCENARIO = "abandoned_call_recent_da"


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('{"grade": 99}', '"grade" must be one of the policy\'s grades 1, 2, 3, 4'),
        ('{"grade": 0}', '"grade" must be one of the policy\'s grades 1, 2, 3, 4'),
        ('{"grade": 1, "seconds_to_grade": NaN}', '"seconds_to_grade" must be a number'),
        ('{"grade": 1, "seconds_to_grade": Infinity}', '"seconds_to_grade" must be a number'),
    ],
)
def test_an_attempt_outside_what_a_call_can_be_is_refused_in_one_line(
    body: str,
    said: str,
    tmp_path: Path,
    private_folders: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = tmp_path / "attempt.json"
    answers.write_text(body, encoding="utf-8")
    assert main(["training", "run", SCENARIO, "--answers", str(answers)]) == 2
    captured = capsys.readouterr()
    assert said in captured.err and len(captured.err.strip().splitlines()) == 1
    assert "Debrief" not in captured.out and "Traceback" not in captured.err


def test_a_grade_the_policy_has_is_scored(
    tmp_path: Path, private_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "attempt.json"
    answers.write_text('{"grade": 4, "seconds_to_grade": 12.5}', encoding="utf-8")
    assert main(["training", "run", SCENARIO, "--answers", str(answers)]) == 0
    assert "you chose Grade 4" in capsys.readouterr().out

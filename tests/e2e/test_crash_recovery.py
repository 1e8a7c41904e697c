"""Nothing typed is lost: the window is killed mid-call (SIGKILL) and offers the call back."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("call_crash_driver.py")
TIMEOUT_S = 60


def driver(mode: str, url: str, errors: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with errors.open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, str(DRIVER), mode, url],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )


def lines_of(process: subprocess.Popen[str]) -> tuple[queue.Queue[str], threading.Thread]:
    """stdout line by line, read on a thread so the test can wait with a timeout."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put("")  # end of output

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return lines, reader


def test_a_call_killed_mid_way_is_offered_back_with_every_answer(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'workstation.sqlite3'}"
    errors = tmp_path / "take.err"
    with driver("take", url, errors) as taking:
        output, reader = lines_of(taking)
        try:
            first = output.get(timeout=TIMEOUT_S)
            assert first == "ready", f"the driver did not get ready: {errors.read_text()}"
            typed = json.loads(output.get(timeout=TIMEOUT_S))
            os.kill(taking.pid, signal.SIGKILL)  # a crash or a power cut: no chance to tidy up
            assert taking.wait(timeout=TIMEOUT_S) == -signal.SIGKILL
        finally:
            if taking.poll() is None:
                taking.kill()
                taking.wait()
            reader.join(timeout=TIMEOUT_S)

    errors = tmp_path / "recover.err"
    with driver("recover", url, errors) as recovering:
        out, _ = recovering.communicate(timeout=TIMEOUT_S)
    assert recovering.returncode == 0, errors.read_text()
    restored = json.loads(out.strip().splitlines()[-1])

    assert "A call you were taking was not finished" in restored["offer"]
    assert "07700 900318, 41 Riverside Walk, Kim Example" in restored["offer"]
    assert typed["incident_ref"] and typed["incident_ref"] in restored["offer"]
    assert restored["form"] == typed["form"]
    assert restored["form"]["summary"] == "Whispering. He took my phone and the car keys."
    assert restored["script"] == typed["script"] == "domestic_abuse"
    assert restored["answers"] == typed["answers"]
    answers = dict((q, v) for q, v in restored["answers"])
    assert answers["fc_weapon"] == "yes"
    # the account question starts from the account typed in the form (typed once)
    assert answers["fc_what_happened"] == (
        "Whispering. He took my phone and the car keys. He grabbed my throat"
    )
    assert answers["fc_behaviour"] == ["coercive_control"]
    assert answers["da_strangulation"] == "yes"
    assert restored["incident_ref"] == typed["incident_ref"]
    assert restored["form_read_only"]  # the incident was opened before the crash
    assert restored["grade"] == "1"

"""The real window on a real X display (Xvfb, Qt's xcb platform): start, sign in, look up.

Every other UI test runs offscreen, which needs none of the libraries a workstation's
display needs; this one starts the command as a user would, types into its window with
xdotool (keys through the X server, like a keyboard) and saves a screenshot. The command is
the installed ``callhandler`` beside this Python, or ``CALLHANDLER_SMOKE_COMMAND`` (the
frozen build: ``bash scripts/smoke-frozen.sh``). Without Xvfb or xdotool the test is
skipped, unless ``CALLHANDLER_REQUIRE_REAL_WINDOW=1`` (``.ci/run``), where that fails.
``CALLHANDLER_SMOKE_ARTEFACTS=DIR`` keeps the screenshot and the timings there.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from callhandler.synthetic.demo import DEMO_ACCOUNTS

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

REQUIRE_ENV = "CALLHANDLER_REQUIRE_REAL_WINDOW"
COMMAND_ENV = "CALLHANDLER_SMOKE_COMMAND"
ARTEFACTS_ENV = "CALLHANDLER_SMOKE_ARTEFACTS"
SCREEN = "1366x768x24"
FIRST_START_S = 180  # the first start makes the demo database (20,000 incidents)
STEP_S = 30
# What a broken display stack or a crash leaves on standard error.
FATAL_WORDS = ("Traceback", "qt.qpa.plugin", "platform plugin", "unexpected error", "Aborted")

# Run in a separate Qt client on the same display: the X server's pixels of one window.
GRAB = """
import json, sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(int(sys.argv[2])).toImage()
colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
print(json.dumps({"width": image.width(), "height": image.height(), "colours": len(colours),
                  "saved": image.save(sys.argv[1])}))
"""


def smoke_command() -> list[str]:
    given = os.environ.get(COMMAND_ENV)
    if given:
        return [str(Path(given).resolve())]
    exe = shutil.which("callhandler", path=str(Path(sys.executable).parent))
    assert exe, "the callhandler command is not installed beside this Python"
    return [exe]


def clean_environment(display: str, runtime: Path) -> dict[str, str]:
    """What a desktop session gives a program: no virtual environment, no PYTHONPATH,
    no QT_QPA_PLATFORM=offscreen (the suite's conftest sets it for everything else)."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = os.environ[name]  # the test's private folders (tests/conftest.py)
    return env


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb at a workstation's resolution; ready when it writes its display number."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        reason = f"{' and '.join(missing)} not installed (apt-get install xvfb xdotool)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {reason}")
        pytest.skip(reason)
    read_end, write_end = os.pipe()
    with (tmp_path / "xvfb.log").open("w") as log:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    os.close(write_end)
    with os.fdopen(read_end) as ready:
        number = ready.readline().strip()  # blocks until the server accepts clients
    try:
        assert number.isdigit(), (tmp_path / "xvfb.log").read_text()
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=STEP_S)


class Xdo:
    """xdotool on one display: find windows, focus them, type as a keyboard would."""

    def __init__(self, display: str) -> None:
        self.env = dict(os.environ, DISPLAY=display)

    def run(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=STEP_S
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    def window(self, title: str, app: subprocess.Popen[bytes], errors: Path, timeout: float) -> str:
        """The visible window whose title matches, polled until it appears or the app ends."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.run("search", "--onlyvisible", "--name", title).split()
            if found:
                return found[-1]
            if app.poll() is not None:
                pytest.fail(f"the application ended ({app.returncode}):\n{errors.read_text()}")
            time.sleep(0.2)
        pytest.fail(f"no window titled {title!r} in {timeout:.0f} s:\n{errors.read_text()}")

    def type_into(self, window: str, *keys: str) -> None:
        self.run("windowfocus", "--sync", window)
        for key in keys:
            if key.startswith("<") and key.endswith(">"):
                self.run("key", "--clearmodifiers", key[1:-1])
            else:
                self.run("type", "--delay", "15", key)


def wait_until(condition: Callable[[], object], what: str, timeout: float = STEP_S) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def number_with_most_history(database: Path) -> str:
    """A number the synthetic history holds many incidents for, as a caller would say it."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        (e164,) = conn.execute(
            "SELECT p.e164 FROM incidents i JOIN phones p ON p.id = i.phone_id "
            "GROUP BY p.id ORDER BY count(*) DESC, p.e164 LIMIT 1"
        ).fetchone()
    assert e164.startswith("+44"), e164
    return "0" + e164[3:]


def consultation_of(database: Path, number: str) -> dict[str, object] | None:
    """The audited look-up (DPA 2018 s.62) the history panel makes for the number, if any."""
    e164 = "+44" + number[1:]
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        for (detail,) in conn.execute(
            "SELECT detail FROM audit_events WHERE action = 'consultation' ORDER BY id DESC"
        ):
            found = json.loads(detail)
            if found.get("phone") == e164:
                return dict(found)
    return None


def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get(ARTEFACTS_ENV) or tmp_path / "artefacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stopped(app: subprocess.Popen[bytes], *logs: IO[bytes]) -> None:
    if app.poll() is None:
        app.terminate()
        app.wait(timeout=STEP_S)
    for log in logs:
        log.close()


def test_demo_starts_on_a_real_display_a_handler_signs_in_and_looks_up_a_number(
    display: str, tmp_path: Path
) -> None:
    handler = next(a for a in DEMO_ACCOUNTS if a.role == "handler")
    data = tmp_path / "workstation"  # never the user's own data folder
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    stdout, stderr = out.open("wb"), err.open("wb")
    started = time.monotonic()
    app = subprocess.Popen(
        [*smoke_command(), "--demo", "--data-dir", str(data)],
        env=clean_environment(display, runtime),
        stdout=stdout,
        stderr=stderr,
        cwd=tmp_path,
    )
    xdo = Xdo(display)
    try:
        sign_in = xdo.window("^Sign in", app, err, FIRST_START_S)
        to_sign_in = time.monotonic() - started
        xdo.type_into(sign_in, handler.username, "<Tab>", handler.password, "<Return>")
        main = xdo.window(
            f"^Call handler workstation: {re.escape(handler.display_name)}", app, err, STEP_S
        )
        to_main = time.monotonic() - started

        database = data / "demo.sqlite3"
        number = number_with_most_history(database)
        xdo.type_into(main, number)
        found = wait_until(lambda: consultation_of(database, number), f"the look-up of {number}")
        assert isinstance(found, dict) and int(found["exact"]) >= 2, found

        folder = artefacts(tmp_path)
        shot = folder / "real-window.png"
        grabbed = subprocess.run(
            [sys.executable, "-c", GRAB, str(shot), main],
            env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
            capture_output=True,
            text=True,
            timeout=STEP_S,
        )
        assert grabbed.returncode == 0, grabbed.stderr
        image = json.loads(grabbed.stdout)
        assert image["saved"] and image["width"] >= 1000 and image["height"] >= 600, image
        assert image["colours"] >= 16, f"the window looks blank: {image}"
        assert app.poll() is None, "the application ended by itself"
    finally:
        stopped(app, stdout, stderr)

    problems = err.read_text(errors="replace")
    assert not [w for w in FATAL_WORDS if w in problems], problems
    logged = "".join(p.read_text(errors="replace") for p in (data / "logs").glob("*.log*"))
    assert "Traceback" not in logged, logged
    assert handler.username in out.read_text()  # the demo accounts were printed
    (folder / "timings.json").write_text(
        json.dumps(
            {
                "command": smoke_command()[0],
                "first_start_to_sign_in_window_s": round(to_sign_in, 2),
                "first_start_to_main_window_s": round(to_main, 2),
                "look_up": found,
            },
            indent=2,
        )
    )


def test_assess_runs_from_the_same_command(tmp_path: Path) -> None:
    """The grade from facts alone, on a new database: resources, policy and migrations
    are all found by the command (inside the frozen build, too)."""
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"relationship": "intimate_partner", "weapon": "yes"}))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = clean_environment(":0", runtime)
    del env["DISPLAY"], env["QT_QPA_PLATFORM"]  # a command-line job needs no display
    done = subprocess.run(
        [*smoke_command(), "assess", "--answers", str(answers), "--json"]
        + ["--db", f"sqlite:///{tmp_path / 'assess.sqlite3'}", "--data-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert document["grade"] == 1 and document["domestic_abuse"], document

"""A wheel built from the repository installs into a fresh environment and runs from there."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with only the wheel installed; dependencies come from
    this environment's site-packages through a .pth line (no network, no source tree)."""
    root = tmp_path_factory.mktemp("wheel")
    wheels = root / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=root,
    )
    (wheel,) = wheels.glob("callhandler-*.whl")
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    own_site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # Only plain directory lines: the editable install's finder (.pth code) is not run.
    (own_site / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return env_dir


def test_the_installed_command_migrates_seeds_and_verifies_from_outside_the_source_tree(
    installed: Path, tmp_path: Path
) -> None:
    exe = installed / "bin" / "callhandler"
    python = installed / "bin" / "python"
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import callhandler, ui, callhandler.resources as r; "
            "print(callhandler.__file__); print(ui.__file__); print(r.__file__)",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout.split()
    assert all(str(installed) in path for path in where), where
    db = f"sqlite:///{tmp_path / 'wheel.sqlite3'}"
    done = subprocess.run(
        [
            str(exe),
            "users",
            "add",
            "h1",
            "--role",
            "handler",
            "--password",
            "long-enough",
            "--db",
            db,
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["role"] == "handler"
    verified = subprocess.run(
        [str(exe), "audit", "verify", "--db", db], capture_output=True, text=True, cwd=tmp_path
    )
    assert verified.returncode == 0, verified.stderr

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
            "chief",
            "--role",
            "admin",
            "--password",
            "Tawny-Owl-Lantern-93",  # the password rules (the shipped common list) pass it
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
    assert json.loads(done.stdout)["role"] == "admin"
    verified = subprocess.run(
        [str(exe), "audit", "verify", "--db", db], capture_output=True, text=True, cwd=tmp_path
    )
    assert verified.returncode == 0, verified.stderr


def test_the_installed_data_files_load_and_seed_assess_and_lookup_work(
    installed: Path, tmp_path: Path
) -> None:
    exe = str(installed / "bin" / "callhandler")
    python = str(installed / "bin" / "python")
    loaded = subprocess.run(
        [
            python,
            "-c",
            "from callhandler.domain.checklist import default_checklist\n"
            "from callhandler.domain.policy import shipped_policy\n"
            "import callhandler.domain.checklist as c, importlib.resources as r\n"
            "print(len(default_checklist().items), shipped_policy().id, c.__file__)\n"
            "print((r.files('callhandler.resources') / 'styles' / 'control-room.qss').is_file())",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert loaded.returncode == 0, loaded.stderr
    first, second = loaded.stdout.splitlines()
    assert int(first.split()[0]) >= 15 and str(installed) in first.split()[2]
    assert second == "True"
    db = f"sqlite:///{tmp_path / 'seeded.sqlite3'}"
    seeded = subprocess.run(
        [exe, "seed", "--incidents", "300", "--seed", "4", "--db", db, "--quiet"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"relationship": "intimate_partner", "weapon": "yes"}))
    assessed = subprocess.run(
        [exe, "assess", "--answers", str(answers), "--json", "--db", db],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert assessed.returncode == 0, assessed.stderr
    assert json.loads(assessed.stdout)["grade"] == 1

"""The code's floors hold: no import cycle anywhere, a workstation runs without faker, and
the window reaches the core one way only (the desk): no widget imports storage or sync.

The import graph is read from the source (every ``import``, also inside functions and under
TYPE_CHECKING: a cycle there still means two modules cannot be understood apart).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("callhandler", "ui")


def module_files(root: Path = ROOT) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def import_graph(files: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (a name is resolved to its nearest module)."""
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package[: len(package) - (node.level - 1)]
                    base = ".".join(parent + ([base] if base else []))
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                while target and target not in files:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_module_imports_itself_round_a_cycle() -> None:
    found = cycles(import_graph(module_files()))
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(group) for group in found)


def test_the_cycle_check_would_notice_one(tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "callhandler" / "a.py").write_text("def f():\n    from callhandler import b\n")
    (tmp_path / "callhandler" / "b.py").write_text("from callhandler.a import f\n")
    (tmp_path / "callhandler" / "c.py").write_text("from . import a\n")
    assert cycles(import_graph(module_files(tmp_path))) == [["callhandler.a", "callhandler.b"]]


# The one way in (issue 15): only ui/app.py opens databases and builds the desk; widgets
# receive the desk and the worker (the allow-list below is empty and only ever shrinks).
MAY_OPEN_DATABASES = ("ui.app",)
NOT_YET_ON_THE_DESK: tuple[str, ...] = ()
BELOW_THE_DESK = ("callhandler.storage", "callhandler.sync")


def widgets_below_the_desk(graph: dict[str, set[str]]) -> dict[str, list[str]]:
    """Each module under ui/ that imports storage or sync (also under TYPE_CHECKING)."""
    found = {}
    for name, targets in graph.items():
        below = sorted(
            t
            for t in targets
            if t.startswith(tuple(p + "." for p in BELOW_THE_DESK)) or t in BELOW_THE_DESK
        )
        if name.split(".")[0] == "ui" and below:
            found[name] = below
    return found


def test_widgets_reach_the_core_only_through_the_desk() -> None:
    found = widgets_below_the_desk(import_graph(module_files()))
    allowed = set(MAY_OPEN_DATABASES) | set(NOT_YET_ON_THE_DESK)
    wrong = {name: below for name, below in found.items() if name not in allowed}
    assert wrong == {}, (
        "widgets importing storage or sync (give them the desk, callhandler.desk, and the "
        f"worker instead): {wrong}"
    )


def test_the_desk_check_would_notice_a_widget_opening_a_database(tmp_path: Path) -> None:
    for package in (*PACKAGES, "callhandler/storage", "callhandler/sync", "ui/call"):
        (tmp_path / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("")
    (tmp_path / "callhandler" / "storage" / "engine.py").write_text("class Database: ...\n")
    (tmp_path / "callhandler" / "sync" / "outbox.py").write_text("")
    (tmp_path / "ui" / "app.py").write_text("from callhandler.storage.engine import Database\n")
    (tmp_path / "ui" / "call" / "form.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from callhandler.storage.engine import Database\n"
    )
    (tmp_path / "ui" / "call" / "list.py").write_text("from callhandler.sync import outbox\n")
    found = widgets_below_the_desk(import_graph(module_files(tmp_path)))
    assert found == {
        "ui.app": ["callhandler.storage.engine"],
        "ui.call.form": ["callhandler.storage.engine"],
        "ui.call.list": ["callhandler.sync", "callhandler.sync.outbox"],
    }


WITHOUT_FAKER = r"""
import importlib, pkgutil, sys
sys.modules["faker"] = None  # the workstation does not install the synthetic extra
import callhandler
names = [m.name for m in pkgutil.walk_packages(callhandler.__path__, "callhandler.")
         if not m.name.endswith("__main__") and ".migrations" not in m.name
         and not m.name.startswith(("callhandler.synthetic.", "callhandler.bench."))]
for name in names:
    importlib.import_module(name)
from callhandler.cli import main
try:
    importlib.import_module("callhandler.synthetic.seeding")
except Exception as err:
    print(type(err).__name__, err)
print(len(names))
"""


def test_the_workstation_needs_no_faker_and_seeding_says_what_to_install() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_FAKER], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    said, count = done.stdout.strip().rsplit("\n", 1)
    assert int(count) >= 100
    assert said.startswith("CallHandlerError") and "callhandler[synthetic]" in said


def test_every_package_and_data_folder_goes_into_the_wheel() -> None:
    """pyproject lists the packages by hand (resources/ installs as callhandler.resources):
    a new folder left out would be missing from the wheel and the workstation build."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for package in PACKAGES
        for init in (ROOT / package).rglob("__init__.py")
    }
    found |= {
        "callhandler.resources." + ".".join(folder.relative_to(ROOT / "resources").parts)
        for folder in (ROOT / "resources").rglob("*")
        if folder.is_dir() and "__pycache__" not in folder.parts
    }
    found.add("callhandler.resources")
    assert sorted(found - listed) == [], "add these to [tool.setuptools] packages"
    data = config["tool"]["setuptools"]["package-data"]
    with_files = {
        name
        for name in found
        if name.startswith("callhandler.resources.")
        and any(
            path.is_file() and path.suffix in {".yaml", ".json", ".qss", ".txt", ".ts"}
            for path in (ROOT / "resources").joinpath(*name.split(".")[2:]).iterdir()
        )
    }
    assert sorted(with_files - set(data)) == [], "add their files to package-data"

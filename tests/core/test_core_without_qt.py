"""The core never imports PySide6: it must import and work with Qt made unimportable."""

from __future__ import annotations

import subprocess
import sys

PROBE = r"""
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any 'import PySide6...' now raises ImportError
import callhandler
names = [m.name for m in pkgutil.walk_packages(callhandler.__path__, "callhandler.")
         if not m.name.endswith("__main__") and ".migrations" not in m.name]
for name in names:
    importlib.import_module(name)
assert not any(k.startswith("PySide6.") for k in sys.modules), "a core module pulled in Qt"
from callhandler.cli import main
print(len(names))
"""


def test_every_core_module_imports_without_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 15  # every module was walked, not an empty package


def test_the_probe_would_notice_a_qt_import() -> None:
    leaky = "import sys; sys.modules['PySide6'] = None; import PySide6.QtCore"
    done = subprocess.run([sys.executable, "-c", leaky], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "No module named 'PySide6.QtCore'" in done.stderr

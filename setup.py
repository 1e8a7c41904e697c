"""Only the build steps pyproject.toml cannot say: start from a clean build/lib, and
compile the translations.

Every other setting is in pyproject.toml. ``build_py`` compiles each
resources/translations/callhandler_<lang>.ts into the .qm the window loads (pyside6-lrelease,
scripts/translations.py ``compile_all``), straight into the wheel's
callhandler/resources/translations: the .qm files are built, never committed.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        # build/lib is reused between builds and never pruned: a module renamed since the
        # last build (a migration 0014 that became 0016) would ship twice. Start clean.
        shutil.rmtree(self.build_lib, ignore_errors=True)
        super().run()
        spec = importlib.util.spec_from_file_location(
            "callhandler_translations", HERE / "scripts" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = translations  # its dataclasses look themselves up there
        spec.loader.exec_module(translations)
        out = Path(self.build_lib) / "callhandler" / "resources" / "translations"
        for qm in translations.compile_all(out, HERE / "resources" / "translations"):
            print(f"compiled {qm.name}")


setup(cmdclass={"build_py": BuildWithTranslations})

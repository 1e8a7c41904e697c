"""The call window mid-call in each theme and at 150 % text (offscreen, synthetic data).

call-window-night.png (1366x768, the night theme), call-window-high-contrast.png
(1366x768) and call-window-150.png (1920x1080, light at 150 % text). The look is chosen
as a user would keep it: in the (temporary) preferences folder, applied at sign-in.

Usage: .venv/bin/python scripts/screenshot_themes.py [OUTPUT_FOLDER]  (default docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "scripts")]

from screenshot import SCREENSHOT_PASSWORD, fill, take_call  # noqa: E402
from shot_tools import settle  # noqa: E402

from callhandler.services import accounts  # noqa: E402
from callhandler.services.database import open_database  # noqa: E402
from ui import ask  # noqa: E402
from ui.app import ensure_application  # noqa: E402
from ui.call.handler_view import HandlerView  # noqa: E402
from ui.common import theme  # noqa: E402
from ui.main_window import build_main_window  # noqa: E402
from ui.worker import Worker  # noqa: E402

SHOTS = (
    ("call-window-night.png", theme.Appearance("night", 100), (1366, 768)),
    ("call-window-high-contrast.png", theme.Appearance("high-contrast", 100), (1366, 768)),
    ("call-window-150.png", theme.Appearance("light", 150), (1920, 1080)),
)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    ask.confirm_discard = lambda *_args: True  # the next shot starts afresh, no draft offered
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{tmp}/screenshot.sqlite3", data_dir=tmp)
        fill(db)
        theme.use_preferences_folder(Path(tmp))
        worker = Worker()
        for name, appearance, size in SHOTS:
            theme.preferences().write("handler", appearance)
            handler = accounts.authenticate(db, "handler", SCREENSHOT_PASSWORD, "CR-WS-07")
            window = build_main_window(db, handler, worker)  # the kept look, at sign-in
            view = window.view
            assert isinstance(view, HandlerView)
            window.resize(*size)
            window.show()
            take_call(view.workspace, worker, app)
            settle(worker, app)
            window.grab().save(str(out / name))
            print(f"saved {out / name} ({window.width()}x{window.height()})")
            view.workspace.new_call()
            window.close()
        worker.shutdown()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

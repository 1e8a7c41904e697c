"""Render packaging/icons/callhandler.svg to the PNG sizes a desktop wants and a Windows .ico."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SOURCE = Path(__file__).resolve().parents[1] / "packaging" / "icons" / "callhandler.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    _app = QGuiApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not render(size).save(str(out / f"callhandler-{size}.png")):
            print(f"render_icon: could not write the {size}px PNG", file=sys.stderr)
            return 1
    # Qt's ico plugin writes one image per file; 256 px is what Windows scales from.
    if not render(256).save(str(out / "callhandler.ico")):
        print("render_icon: could not write callhandler.ico", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))

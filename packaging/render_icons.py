"""Renders the app icon from resources/icons/forumguide.svg for every platform, with QtSvg.

    python packaging/render_icons.py OUTPUT_DIR

writes ``OUTPUT_DIR/hicolor/<size>x<size>/apps/org.forumguide.ForumGuide.png`` (and the SVG
under ``scalable``) for Linux, ``forumguide.ico`` for Windows and ``forumguide.icns`` for
macOS. Nothing rendered is kept in version control.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "forumguide.svg"
ICON_NAME = "org.forumguide.ForumGuide"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size ("@2x" types repeat a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


class IconRenderer:
    """Draws the SVG into square PNGs."""

    def __init__(self, svg: Path = SVG) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication  # noqa: PLC0415
        from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

        self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        self._renderer = QSvgRenderer(str(svg))
        if not self._renderer.isValid():
            raise ValueError(f"{svg} is not an SVG that Qt can draw")
        self._cache: dict[int, bytes] = {}

    def png(self, size: int) -> bytes:
        if size not in self._cache:
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: PLC0415
            from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415

            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter)
            painter.end()
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            if not image.save(buffer, "PNG"):
                raise RuntimeError(f"could not encode the {size} px icon as PNG")
            buffer.close()
            self._cache[size] = bytes(data.data())
        return self._cache[size]


def ico_bytes(renderer: IconRenderer, sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows icon holding one PNG image per size."""
    images = [renderer.png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 stands for 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
        blobs += image
    return header + entries + blobs


def icns_bytes(renderer: IconRenderer) -> bytes:
    """A macOS icon family holding PNG images from 16 to 1024 px."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(image)) + image
        for kind, image in ((kind, renderer.png(size)) for kind, size in ICNS_TYPES)
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(output: Path, svg: Path = SVG) -> list[Path]:
    """Write the hicolor tree, the .ico and the .icns into ``output``; returns what it wrote."""
    renderer = IconRenderer(svg)
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = output / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(renderer.png(size))
        written.append(target)
    scalable = output / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = output / "forumguide.ico"
    ico.write_bytes(ico_bytes(renderer))
    icns = output / "forumguide.icns"
    icns.write_bytes(icns_bytes(renderer))
    written += [ico, icns]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    arguments = parser.parse_args()
    for path in render_all(arguments.output):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The command line, run as a user would run it: in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO, SHARED


def _run(
    *arguments: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "forumguide", *arguments],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )


def test_without_a_display_it_says_so_and_exits_non_zero(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["FORUMGUIDE_HOME"] = str(tmp_path)
    result = _run(env=env, timeout=30)
    assert result.returncode == 2
    assert "no display found" in result.stderr
    assert "Aborted" not in result.stderr and "Traceback" not in result.stderr


WINDOW_SHOTS = [
    "agenda.png",
    "followups.png",
    "notes.png",
    "programme.png",
    "speakers.png",
    "timetable.png",
]


def _looks_filled(image: QImage, name: str) -> None:
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, f"{name} looks empty"


@pytest.mark.slow
def test_screenshot_writes_one_png_per_view_with_real_content(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORUMGUIDE_HOME": str(tmp_path / "home")}
    result = _run("screenshot", str(tmp_path / "out"), env=env)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([*WINDOW_SHOTS, "now.png"])
    images = {}
    for name in WINDOW_SHOTS:
        image = QImage(str(tmp_path / "out" / name))
        assert (image.width(), image.height()) == (1280, 800)
        _looks_filled(image, name)
        images[name] = image
    # Each view shows something different, not copies of one screen.
    assert len({bytes(image.constBits()) for image in images.values()}) == len(WINDOW_SHOTS)
    # The sample bookmark and note were made in a temporary home, not the user's.
    assert not (tmp_path / "home" / "data" / "personal.sqlite").exists()


@pytest.mark.slow
def test_screenshot_of_an_imported_conference_at_a_chosen_moment(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORUMGUIDE_HOME": str(tmp_path / "home")}
    schedule = SHARED / "interop" / "schedules" / "fosdem-2021-pentabarf.xml"
    imported = _run("import", str(schedule), "--timezone", "Europe/Brussels", env=env)
    assert imported.returncode == 0, imported.stderr
    arguments = ["--forum", "fosdem-2021", "--now", "2021-02-06T11:30+01:00"]
    result = _run("screenshot", str(tmp_path / "out"), *arguments, env=env)
    assert result.returncode == 0, result.stderr
    for name in ("timetable.png", "now.png"):
        _looks_filled(QImage(str(tmp_path / "out" / name)), name)
    wrong = _run("screenshot", str(tmp_path / "bad"), "--forum", "no-such-forum", env=env)
    assert wrong.returncode == 2 and "no-such-forum" in wrong.stderr
    late = _run("screenshot", str(tmp_path / "late"), "--now", "yesterday", env=env)
    assert late.returncode == 2 and "2026-01-31T11:30+01:00" in late.stderr


def test_build_reports_problems_with_file_and_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "forums").mkdir(parents=True)
    (data / "sources.toml").write_text(
        '[[source]]\nkey = "a"\ndocument = "x.txt"\ntitle = "X"\nkind = "rumour"\n'
    )
    (data / "people.toml").write_text("")
    (data / "forums" / "f.toml").write_text("[forum]\nslug = 'f'\n")
    result = _run("build", "--data", str(data), "--output", str(tmp_path / "c.sqlite"), timeout=60)
    assert result.returncode == 1
    assert f"{data / 'sources.toml'}:5: unknown kind 'rumour'" in result.stderr
    assert (
        f"{data / 'forums' / 'f.toml'}:1: [forum] is missing the required field 'name'"
        in result.stderr
    )
    assert not (tmp_path / "c.sqlite").exists()


def test_pyside_survives_many_calls_of_a_method_returning_none() -> None:
    # PySide6 6.12.0 on CPython 3.11 aborts after about 5,000 such calls (none_dealloc);
    # the dependency pins exclude that pair and this guards it.
    script = (
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for n in range(20_000):\n"
        "    label.setText(str(n))\n"
        "print(label.text())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "19999"


def test_files_on_the_command_line_go_to_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import forumguide.app
    from forumguide import cli

    received: list[list[str]] = []

    def run_gui(argv: list[str]) -> int:
        received.append(list(argv))
        return 0

    monkeypatch.setattr(forumguide.app, "run_gui", run_gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("FORUMGUIDE_HOME", str(tmp_path / "home"))  # restored after the test
    schedule = tmp_path / "talks.json"
    schedule.write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--home", str(tmp_path / "home"), "talks.json"]) == 0
    assert received[-1][1:] == [str(schedule)]
    assert cli.main([]) == 0
    assert received[-1][1:] == []

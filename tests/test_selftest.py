"""``forumguide --self-test`` from source: the same checks the frozen app runs in CI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from forumguide.cli import main
from forumguide.paths import HOME_VARIABLE
from forumguide.selftest import CHECKS, run_self_test

REPO = Path(__file__).resolve().parents[1]


def test_every_check_passes_on_the_real_catalog(
    qtbot: QtBot, bundled_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, "/the-users-own-home")
    report = io.StringIO()

    assert run_self_test(out=report) == 0

    lines = report.getvalue().splitlines()
    assert lines[0].startswith("ForumGuide ") and "from source" in lines[0]
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok   {name}" for name, _ in CHECKS]
    assert lines[-1] == "self-test passed"
    text = report.getvalue()
    assert "2023-06-15 10:00 -> 04:00 UTC" in text
    assert "2025-10-15 10:00 -> 05:00 UTC" in text
    assert str(bundled_path) in text
    for tab in ("Programme", "Speakers", "My agenda", "Notes"):
        assert tab in text
    # The temporary home is gone and the user's own setting is back.
    assert os.environ[HOME_VARIABLE] == "/the-users-own-home"
    store_line = next(line for line in lines if line.startswith("ok   personal store"))
    assert not Path(store_line.split("created ", 1)[1]).exists()


def test_a_damaged_catalog_fails_with_the_reason(qtbot: QtBot, tmp_path: Path) -> None:
    damaged = tmp_path / "catalog.sqlite"
    damaged.write_bytes(b"this is not a database" * 100)
    report = io.StringIO()

    assert run_self_test(bundled=damaged, out=report) == 1

    text = report.getvalue()
    assert "FAIL bundled catalog:" in text
    assert str(damaged) in text
    assert "self-test passed" not in text
    assert "main window" not in text  # the run stops at the first failure


def test_the_command_line_flag_runs_it(
    qtbot: QtBot, bundled_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--self-test"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("self-test passed")


def test_a_fresh_process_passes_offscreen_without_being_told(bundled_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "forumguide", "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "platform offscreen" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed")

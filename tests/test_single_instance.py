"""One running ForumGuide per data folder: hand-over of arguments, stale and unanswered locks."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from forumguide.ui.single_instance import LOCK_NAME, SingleInstance

REPO = Path(__file__).resolve().parents[1]
SCHEDULES = REPO.parent / "shared" / "interop" / "schedules"
START_TIMEOUT_S = 60


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("FORUMGUIDE_HOME", None)
    return env


def run_app(home: Path, *arguments: str, cwd: Path | None = None) -> subprocess.Popen[str]:
    """The real app (run_gui) in a process of its own."""
    code = (
        "import sys; from pathlib import Path; from forumguide.app import run_gui; "
        "sys.exit(run_gui(['forumguide', *sys.argv[2:]], home=Path(sys.argv[1])))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(home), *arguments],
        cwd=cwd,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def hold_lock(data_dir: Path, listen: bool) -> subprocess.Popen[str]:
    """A process that takes the lock (and, with ``listen``, does not serve it) and waits."""
    code = (
        "import sys, time; from pathlib import Path; from PySide6.QtCore import QCoreApplication\n"
        "from forumguide.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "instance = SingleInstance(Path(sys.argv[1]))\n"
        "taken = instance.acquire() if sys.argv[2] == 'listen' else instance.lock.tryLock(0)\n"
        "print('locked' if taken else 'refused', flush=True)\n"
        "time.sleep(120)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir), "listen" if listen else "lock-only"],
        env=child_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def wait_for(condition, what: str, timeout: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def log_of(home: Path) -> str:
    path = home / "logs" / "forumguide.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.mark.slow
def test_a_second_launch_hands_its_file_to_the_first_and_exits(tmp_path: Path) -> None:
    home = tmp_path / "home"
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    shutil.copy(SCHEDULES / "pretalx-democon.json", elsewhere / "democon.json")
    first = run_app(home)
    try:
        wait_for(lambda: "later launches hand over" in log_of(home), "the first window")
        started = time.monotonic()
        # A relative path, from another working folder: the first must get it resolved.
        second = run_app(home, "democon.json", cwd=elsewhere)
        _out, second_err = second.communicate(timeout=START_TIMEOUT_S)
        handed_in = time.monotonic() - started
        assert second.returncode == 0, second_err
        assert first.poll() is None  # the first is still running
        wait_for(
            (home / "data" / "catalogs" / "democon.sqlite").exists,
            "the first window to import the file it was handed",
        )
        log = log_of(home)
        print(
            f"\nsecond launch exited with {second.returncode} after {handed_in:.1f} s; "
            f"the first imported {elsewhere / 'democon.json'}"
        )
        assert f"arguments handed over by a later launch: ['{elsewhere / 'democon.json'}']" in log
        assert "handed ['democon.json'] to the running ForumGuide" in log
        assert (home / "logs" / "faults.log").exists()
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)

    # The first died without releasing its lock: the next start is not blocked by it.
    assert (home / "data" / LOCK_NAME).exists()
    third = run_app(home)
    try:
        wait_for(lambda: log_of(home).count("later launches hand over") == 2, "a new first window")
    finally:
        third.terminate()
        third.communicate(timeout=30)


def test_arguments_reach_the_running_instance(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    running = SingleInstance(data_dir)
    assert running.claim([]) is True
    assert running.is_primary
    schedule = tmp_path / "talks.xml"
    schedule.write_text("<schedule/>", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication\n"
        "from forumguide.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "sys.exit(0 if SingleInstance(Path(sys.argv[1])).claim(sys.argv[2:]) is False else 3)\n"
    )
    with qtbot.waitSignal(running.arguments_received, timeout=START_TIMEOUT_S * 1000) as signal_:
        second = subprocess.Popen(
            [sys.executable, "-c", code, str(data_dir), "talks.xml", "--flag", "Қазақстан"],
            cwd=tmp_path,
            env=child_env(),
        )
    assert signal_.args == [[str(schedule), "--flag", "Қазақстан"]]
    assert second.wait(timeout=START_TIMEOUT_S) == 0  # handed over, so it exits
    running.release()
    assert not (data_dir / LOCK_NAME).exists()


def test_a_stale_lock_from_a_crash_does_not_block_the_next_start(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    crashed = hold_lock(data_dir, listen=True)
    assert SingleInstance(data_dir).acquire() is False  # alive: the lock holds
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=30)
    assert (data_dir / LOCK_NAME).exists()
    stale_pid = (data_dir / LOCK_NAME).read_text().split()[0]

    started = time.monotonic()
    instance = SingleInstance(data_dir)
    assert instance.claim(["x"]) is True
    print(
        f"\nstale lock of killed pid {stale_pid} taken over in {time.monotonic() - started:.2f} s"
    )
    assert instance.is_primary
    assert instance.server is not None and instance.server.isListening()
    assert (data_dir / LOCK_NAME).read_text().split()[0] == str(os.getpid())
    instance.release()


def test_a_holder_that_never_answers_does_not_block_the_start(qtbot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    hung = hold_lock(data_dir, listen=False)  # alive, but nothing serves the hand-over
    try:
        instance = SingleInstance(data_dir)
        # Qt will not break the lock of a live process; the window opens all the same.
        assert instance.claim(["x"], timeout_ms=500) is True
        assert not instance.is_primary
        instance.release()
    finally:
        hung.kill()
        hung.wait(timeout=30)

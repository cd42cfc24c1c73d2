"""Kill tests: processes writing notes through the real store are killed with SIGKILL.

After every kill the store must pass ``PRAGMA integrity_check`` and every note must hold either
the text it had before the interrupted save or the text that save was writing: never anything
else, and never less than what was committed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.durability_child import KEYS, note_text

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="SIGKILL and fork are POSIX only"),
]

CHILD = Path(__file__).resolve().parent / "durability_child.py"
REPO = Path(__file__).resolve().parents[1]
CYCLES = 60
MAX_LIFETIME_S = 0.5


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def read_log(path: Path) -> list[tuple[str, str, int]]:
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if parts[0] in {"B", "C"} and len(parts) == 3:
            entries.append((parts[0], parts[1], int(parts[2])))
        elif parts[0] == "E":
            pytest.fail(f"the writer failed: {line}")
    return entries


def check_copy(store: Path, scratch: Path) -> tuple[list[str], dict[str, str]]:
    """integrity_check and the notes of a copy of the store as the killed process left it.

    The copy (with its -wal and -shm) is checked, so that the next writer still finds the
    files exactly as the kill left them and has to recover them itself.
    """
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{store}{suffix}")
        if source.exists():
            shutil.copy2(source, scratch / f"{store.name}{suffix}")
    connection = sqlite3.connect(scratch / store.name)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_schema")}
        # Killed before the first open had created the schema: nothing was committed yet.
        notes = dict(connection.execute("SELECT key, body FROM note")) if "note" in tables else {}
    finally:
        connection.close()
    return integrity, notes


def test_notes_survive_sigkill_at_random_moments(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    store = tmp_path / "data" / "personal.sqlite"
    backups = tmp_path / "data" / "backups"
    store.parent.mkdir()
    server = subprocess.Popen(
        [sys.executable, str(CHILD), "writer", str(store), str(backups)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert server.stdin is not None
    assert server.stdout is not None
    expected = dict.fromkeys(KEYS, 0)  # generation 0: no note yet
    committed_saves = killed_mid_save = killed_before_first_save = lost = 0
    failed_checks: list[str] = []
    started = time.monotonic()
    try:
        for cycle in range(CYCLES):
            log = tmp_path / f"cycle-{cycle}.log"
            server.stdin.write(f"run {log} {json.dumps(expected)}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(chance.uniform(0.0, MAX_LIFETIME_S))
            os.kill(pid, signal.SIGKILL)
            server.stdin.write(f"reap {pid}\n")
            server.stdin.flush()
            status = int(server.stdout.readline())
            assert os.WIFSIGNALED(status), f"writer {pid} ended by itself: {log.read_text()}"

            committed = dict(expected)
            in_flight: dict[str, int] = {}
            entries = read_log(log) if log.exists() else []
            for kind, key, generation in entries:
                if kind == "B":
                    in_flight[key] = generation
                else:
                    committed[key] = generation
                    in_flight.pop(key, None)
                    committed_saves += 1
            killed_mid_save += bool(in_flight)
            killed_before_first_save += not entries

            integrity, notes = check_copy(store, tmp_path / "check")
            if integrity != ["ok"]:
                failed_checks.append(f"cycle {cycle}: {integrity[:3]}")
            for key in KEYS:
                text = notes.get(key, "")
                allowed = [committed[key]] + ([in_flight[key]] if key in in_flight else [])
                matching = [g for g in allowed if note_text(key, g) == text]
                if not matching:
                    lost += 1
                    failed_checks.append(f"cycle {cycle}: {key} holds neither {allowed}")
                    continue
                expected[key] = max(matching)
    finally:
        server.stdin.close()
        server.wait(timeout=30)
    damaged = sorted(path.name for path in store.parent.glob("*damaged*"))
    elapsed = time.monotonic() - started
    print(
        f"\nkill test (seed {seed}): {CYCLES} SIGKILL cycles in {elapsed:.1f} s; "
        f"{committed_saves} saves committed; killed during a save: {killed_mid_save}; "
        f"killed while opening the store: {killed_before_first_save}; "
        f"integrity failures: {sum('holds' not in f for f in failed_checks)}; notes lost: {lost}; "
        f"recoveries needed: {len(damaged)}"
    )
    assert failed_checks == []
    assert lost == 0
    assert damaged == []  # SQLite's own recovery was enough every time
    assert committed_saves > CYCLES  # the kills did land among the saves


def test_typed_note_survives_sigkill_after_the_autosave_delay(tmp_path: Path) -> None:
    home = tmp_path / "home"
    text = "Ask the panel about the Middle Corridor (C5+1)."
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "window", str(home), text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None
    try:
        line = child.stdout.readline()  # printed two seconds after the last key press
    finally:
        child.send_signal(signal.SIGKILL)
        _out, errors = child.communicate(timeout=30)
    assert line.startswith("typed "), f"the window did not type: {line!r} {errors}"
    guid = line.split()[1]
    store = home / "data" / "personal.sqlite"
    connection = sqlite3.connect(store)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute(
            "SELECT body FROM note WHERE target = 'session' AND key = ?", (guid,)
        ).fetchall()
    finally:
        connection.close()
    print(
        f"\nwindow killed with SIGKILL 2 s after typing {len(text)} characters: "
        f"integrity {integrity}; note saved: {rows == [(text,)]}"
    )
    assert child.returncode == -signal.SIGKILL
    assert integrity == "ok"
    assert rows == [(text,)]

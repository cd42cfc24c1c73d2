"""A display that is named but does not answer counts as no display, before Qt can abort.

The answering displays are real sockets made here: a Unix socket in a temporary folder standing
in for /tmp/.X11-unix or $XDG_RUNTIME_DIR, and a TCP port on the loopback interface.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from forumguide import cli

# A display number nobody uses here; checked before the end-to-end test relies on it.
DEAD_DISPLAY = 97


@pytest.fixture
def linux(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A Linux session with no display named and no Qt platform chosen."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def socket_dir(tmp_path: Path, linux: pytest.MonkeyPatch) -> Path:
    """A folder that stands in for /tmp/.X11-unix."""
    folder = tmp_path / "x11"
    folder.mkdir()
    assert len(str(folder)) < 90, "a Unix socket path must stay under 108 bytes"
    linux.setattr(cli, "X11_SOCKET_DIR", folder)
    return folder


def listening_unix_socket(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    return server


@pytest.fixture
def x_server(socket_dir: Path) -> Iterator[int]:
    """A Unix socket that accepts connections as display :5 would; yields the number."""
    with listening_unix_socket(socket_dir / "X5"):
        yield 5


def free_display_number(bind: bool) -> Iterator[tuple[int, socket.socket]]:
    for number in range(50, 200):
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            server.bind(("127.0.0.1", 6000 + number))
        except OSError:
            server.close()
            continue
        if bind:
            server.listen(4)
        yield number, server
        return
    pytest.skip("no free port from 6050 to 6199 on the loopback interface")


def test_a_display_that_accepts_a_connection_is_a_display(
    x_server: int, linux: pytest.MonkeyPatch
) -> None:
    for display in (f":{x_server}", f":{x_server}.0", f"unix:{x_server}", f"unix/:{x_server}"):
        linux.setenv("DISPLAY", display)
        assert cli.has_display(), display


def test_a_display_number_with_nothing_listening_is_no_display(
    socket_dir: Path, linux: pytest.MonkeyPatch
) -> None:
    linux.setenv("DISPLAY", f":{DEAD_DISPLAY}")
    assert not cli.has_display()
    # A socket left behind by an X server that has gone refuses connections.
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(socket_dir / f"X{DEAD_DISPLAY}"))
    stale.close()
    assert (socket_dir / f"X{DEAD_DISPLAY}").exists()
    assert not cli.has_display()


def test_the_real_socket_folder_is_asked_by_default(linux: pytest.MonkeyPatch) -> None:
    if Path(f"/tmp/.X11-unix/X{DEAD_DISPLAY}").exists():
        pytest.skip(f"this machine has an X server on :{DEAD_DISPLAY}")
    linux.setenv("DISPLAY", f":{DEAD_DISPLAY}")
    assert not cli.has_display()


def test_a_tcp_display_answers_only_when_its_port_accepts(linux: pytest.MonkeyPatch) -> None:
    for number, server in free_display_number(bind=True):
        with server:
            linux.setenv("DISPLAY", f"127.0.0.1:{number}.0")
            assert cli.has_display()
    for number, server in free_display_number(bind=False):
        server.close()  # bound but never listening: the port refuses
        linux.setenv("DISPLAY", f"127.0.0.1:{number}")
        assert not cli.has_display()


def test_a_wayland_socket_that_accepts_is_a_display(
    tmp_path: Path, linux: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    linux.setenv("WAYLAND_DISPLAY", "wayland-test")
    assert not cli.has_display()  # no XDG_RUNTIME_DIR to find it in
    linux.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert not cli.has_display()  # no socket there yet
    with listening_unix_socket(runtime / "wayland-test"):
        assert cli.has_display()
        linux.delenv("XDG_RUNTIME_DIR")
        linux.setenv("WAYLAND_DISPLAY", str(runtime / "wayland-test"))  # an absolute name
        assert cli.has_display()


def test_either_display_answering_is_enough(
    x_server: int, tmp_path: Path, linux: pytest.MonkeyPatch
) -> None:
    linux.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    linux.setenv("WAYLAND_DISPLAY", "wayland-gone")
    linux.setenv("DISPLAY", f":{x_server}")
    assert cli.has_display()
    linux.setenv("DISPLAY", f":{DEAD_DISPLAY}")
    assert not cli.has_display()


def test_a_chosen_qt_platform_and_other_systems_are_trusted(
    socket_dir: Path, linux: pytest.MonkeyPatch
) -> None:
    linux.setenv("DISPLAY", "a form of DISPLAY not known here")
    assert cli.has_display()  # left to Qt, as before
    linux.setenv("DISPLAY", f":{DEAD_DISPLAY}")
    linux.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.has_display()
    linux.delenv("QT_QPA_PLATFORM")
    linux.setattr(sys, "platform", "win32")
    assert cli.has_display()


def test_forumguide_on_a_dead_display_says_so_and_exits_2(tmp_path: Path) -> None:
    if Path(f"/tmp/.X11-unix/X{DEAD_DISPLAY}").exists():
        pytest.skip(f"this machine has an X server on :{DEAD_DISPLAY}")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "FORUMGUIDE_HOME": str(tmp_path / "home"),
        "DISPLAY": f":{DEAD_DISPLAY}",
    }
    result = subprocess.run(
        [sys.executable, "-m", "forumguide"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    print(result.stderr)
    assert result.returncode == 2
    assert f"no display found (nothing answers at DISPLAY=:{DEAD_DISPLAY})" in result.stderr
    for sign in ("Aborted", "core dumped", "Traceback", "qt.qpa", "libraries are missing"):
        assert sign not in result.stderr
    assert not list(tmp_path.glob("core*"))

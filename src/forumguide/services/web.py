"""Fetching a schedule from the web: one bounded, verified HTTP(S) request, all or nothing.

Only ``http`` and ``https`` addresses are fetched, redirects included. HTTPS certificates are
verified against the system's trusted authorities and, where it is installed, the Mozilla list
that ``certifi`` carries: a frozen app on a system whose Python finds no authorities of its own
(macOS) can still verify, and a certificate the system trusts (a company's own authority) still
works. A download is written to a file that is deleted again unless the whole body arrived
within the size and time limits; a conditional request whose answer is "not modified" writes
nothing at all. Every failure raises :class:`FetchError`, whose :attr:`~FetchError.problem` says
what kind of failure it was, so that the window can say it in the user's language.
"""

from __future__ import annotations

import errno
import re
import time
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from forumguide import __version__
from forumguide.services import Progress, no_progress

if TYPE_CHECKING:
    import ssl
    import urllib.request

ALLOWED_SCHEMES = frozenset({"http", "https"})
MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024
"""The largest schedule fetched: the same limit as for a schedule file."""
WAIT_S = 20.0
"""The longest wait for the server to connect or to send more of the file."""
TOTAL_TIME_S = 180.0
"""The longest a whole download may take, however steadily it trickles in."""
_CHUNK = 64 * 1024
_USER_AGENT = f"ForumGuide/{__version__}"
_OFFLINE_ERRNOS = frozenset(
    getattr(errno, name)
    for name in ("ENETUNREACH", "ENETDOWN", "EHOSTUNREACH", "EHOSTDOWN")
    if hasattr(errno, name)
)


class FetchProblem(StrEnum):
    """What kind of failure a download met."""

    ADDRESS = "address"  # not an http or https address
    OFFLINE = "offline"  # no network, or the server's name could not be looked up
    UNREACHABLE = "unreachable"  # the server refused or dropped the connection
    TIMED_OUT = "timed-out"  # the server did not answer, or the file took too long
    TLS = "tls"  # the server's certificate could not be verified
    HTTP = "http"  # the server answered with an error (status in FetchError.status)
    TOO_LARGE = "too-large"  # over MAX_DOWNLOAD_BYTES
    INCOMPLETE = "incomplete"  # the connection ended before the whole file arrived


class FetchError(Exception):
    """A schedule could not be fetched; nothing was kept.

    Attributes:
        url: The address asked for.
        problem: What kind of failure it was.
        detail: What the network library said, for the log and the curious.
        status: The HTTP status for :attr:`FetchProblem.HTTP`, else 0.
    """

    def __init__(self, url: str, problem: FetchProblem, detail: str = "", status: int = 0) -> None:
        self.url = url
        self.problem = problem
        self.detail = detail
        self.status = status
        super().__init__(f"Cannot fetch {url}: {problem}" + (f" ({detail})" if detail else ""))

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said identifies the version it sent (for a conditional request)."""

    etag: str = ""
    last_modified: str = ""

    def __bool__(self) -> bool:
        return bool(self.etag or self.last_modified)

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Fetched:
    """A finished download, or the server's word that nothing changed.

    Attributes:
        url: The address asked for.
        path: The complete file, or None when the server answered "not modified".
        validators: The new version's validators (the old ones when not modified).
        size: Bytes received.
    """

    url: str
    path: Path | None
    validators: Validators
    size: int = 0

    @property
    def not_modified(self) -> bool:
        return self.path is None


def check_address(text: str) -> str:
    """The address in ``text``, if it is one that may be fetched.

    Raises:
        FetchError: it is not an http or https address with a server name
            (:attr:`FetchProblem.ADDRESS`).
    """
    url = text.strip()
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError as error:
        raise FetchError(url, FetchProblem.ADDRESS, str(error)) from error
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname or not port_ok:
        raise FetchError(url, FetchProblem.ADDRESS)
    if any(character.isspace() for character in url):
        raise FetchError(url, FetchProblem.ADDRESS, "spaces in the address")
    return url


@cache
def tls_context() -> ssl.SSLContext:
    """Verifies certificates and host names against the system's and certifi's authorities."""
    import ssl  # noqa: PLC0415 - the network modules load only when something is fetched

    context = ssl.create_default_context()
    try:
        import certifi  # noqa: PLC0415 - optional: the system's list alone also works
    except ImportError:
        return context
    with suppress(OSError, ssl.SSLError):
        context.load_verify_locations(cafile=certifi.where())
    return context


def _opener() -> urllib.request.OpenerDirector:
    import http.client  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    class Redirects(urllib.request.HTTPRedirectHandler):
        """Follows redirects to http and https addresses only (never ftp or a file)."""

        def redirect_request(  # noqa: PLR0917 - urllib's signature
            self,
            req: urllib.request.Request,
            fp: Any,
            code: int,
            msg: str,
            headers: http.client.HTTPMessage,
            newurl: str,
        ) -> urllib.request.Request | None:
            if urlsplit(newurl).scheme.lower() not in ALLOWED_SCHEMES:
                raise FetchError(newurl, FetchProblem.ADDRESS, "redirected to a non-web address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    # Proxies come from the environment (and the system's settings on Windows and macOS).
    return urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=tls_context()), Redirects()
    )


def file_name(url: str) -> str:
    """A safe local name for what ``url`` holds: its last path segment, or "schedule"."""
    last = unquote(urlsplit(url).path.rstrip("/").rpartition("/")[2])
    safe = re.sub(r"[^\w.-]+", "_", last).strip("._")[:100]
    return safe or "schedule"


def _problem_of(error: BaseException) -> tuple[FetchProblem, str]:
    """The kind of failure an exception from opening or reading a response stands for."""
    import socket  # noqa: PLC0415
    import ssl  # noqa: PLC0415
    import urllib.error  # noqa: PLC0415

    reason: Any = error.reason if isinstance(error, urllib.error.URLError) else error
    detail = str(reason)
    if isinstance(reason, ssl.SSLCertVerificationError | ssl.SSLError):
        return FetchProblem.TLS, detail
    if isinstance(reason, socket.gaierror):
        return FetchProblem.OFFLINE, detail
    if isinstance(reason, TimeoutError | socket.timeout):
        return FetchProblem.TIMED_OUT, detail
    if isinstance(reason, OSError) and reason.errno in _OFFLINE_ERRNOS:
        return FetchProblem.OFFLINE, detail
    return FetchProblem.UNREACHABLE, detail


def fetch(
    url: str,
    folder: Path,
    *,
    validators: Validators | None = None,
    progress: Progress = no_progress,
    wait_s: float = WAIT_S,
    total_time_s: float = TOTAL_TIME_S,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
) -> Fetched:
    """Download ``url`` into ``folder``, asking only for a newer version with ``validators``.

    ``progress`` is told (bytes received, bytes expected or 0); a
    :class:`~forumguide.services.CancelledError` it raises stops the download and keeps
    nothing.

    Raises:
        FetchError: the download failed, was refused or was cut short; no file is left.
        OSError: the file could not be written in ``folder``; none is left.
    """
    import http.client  # noqa: PLC0415
    import urllib.error  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    url = check_address(url)
    request = urllib.request.Request(
        url,
        headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity"}
        | (validators.headers() if validators else {}),
    )
    deadline = time.monotonic() + total_time_s
    try:
        response = _opener().open(request, timeout=wait_s)
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 304 and validators:
            return Fetched(url, None, validators)
        if 300 <= error.code < 400:
            # urllib refuses redirects to other schemes (and endless ones) this way.
            raise FetchError(url, FetchProblem.ADDRESS, str(error.reason), error.code) from error
        raise FetchError(url, FetchProblem.HTTP, str(error.reason), error.code) from error
    except FetchError:
        raise
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as error:
        problem, detail = _problem_of(error)
        raise FetchError(url, problem, detail) from error
    with response:
        expected = _length(response)
        if expected is not None and expected > max_bytes:
            raise FetchError(url, FetchProblem.TOO_LARGE, f"{expected} bytes")
        found = Validators(
            etag=response.headers.get("ETag", "") or "",
            last_modified=response.headers.get("Last-Modified", "") or "",
        )
        target = folder / file_name(response.geturl() or url)
        size = 0
        try:
            with target.open("wb") as out:
                while chunk := _read(response, url, deadline):
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchError(url, FetchProblem.TOO_LARGE, f"over {max_bytes} bytes")
                    out.write(chunk)  # an OSError here is this computer's, not the network's
                    progress(size, expected or 0)
            if expected is not None and size != expected:
                raise FetchError(url, FetchProblem.INCOMPLETE, f"{size} of {expected} bytes")
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return Fetched(url, target, found, size)


def _read(response: Any, url: str, deadline: float) -> bytes:
    """The next part of the body (b"" at its end); a failure of the network is a FetchError."""
    import http.client  # noqa: PLC0415

    if time.monotonic() > deadline:
        raise FetchError(url, FetchProblem.TIMED_OUT, "the download took too long")
    try:
        return bytes(response.read(_CHUNK))
    except (http.client.HTTPException, OSError) as error:
        problem, detail = _problem_of(error)
        if problem is FetchProblem.UNREACHABLE:
            problem = FetchProblem.INCOMPLETE
        raise FetchError(url, problem, detail or type(error).__name__) from error


def _length(response: Any) -> int | None:
    value = response.headers.get("Content-Length")
    if value is None or response.headers.get("Transfer-Encoding"):
        return None
    try:
        length = int(value)
    except ValueError:
        return None
    return length if length >= 0 else None

"""A schedule served over HTTP from 127.0.0.1, as a conference's web site would, for tests.

The server answers conditional requests (ETag, Last-Modified) with "304 Not Modified", and can
be told to misbehave: drop the connection half way through the file, or stop sending until the
test lets it go on.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Served:
    """What the server sends and what it was asked."""

    body: bytes = b""
    content_type: str = "application/json"
    status: int = 200
    etag: str = ""
    last_modified: str = ""
    redirect_to: str = ""  # answered with a redirect to this address
    drop_half_way: bool = False
    stall: threading.Event | None = None  # set: the rest of the file is sent
    requests: list[dict[str, str]] = field(default_factory=list)
    bodies_sent: int = 0  # responses that carried a body (not 304s)

    def publish(self, body: bytes, *, when: float) -> None:
        """Serve ``body`` as a new version, with validators of its own."""
        self.body = body
        self.etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        self.last_modified = formatdate(when, usegmt=True)


class _Handler(BaseHTTPRequestHandler):
    served: Served

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        served = self.served
        served.requests.append({key.lower(): value for key, value in self.headers.items()})
        if served.redirect_to:
            self.send_response(302)
            self.send_header("Location", served.redirect_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if served.status != 200:
            self.send_error(served.status)
            return
        match = served.etag and self.headers.get("If-None-Match") == served.etag
        unchanged = served.last_modified and (
            self.headers.get("If-Modified-Since") == served.last_modified
        )
        if match or (unchanged and not self.headers.get("If-None-Match")):
            self.send_response(304)
            self.send_header("ETag", served.etag)
            self.end_headers()
            return
        served.bodies_sent += 1
        self.send_response(200)
        self.send_header("Content-Type", served.content_type)
        self.send_header("Content-Length", str(len(served.body)))
        if served.etag:
            self.send_header("ETag", served.etag)
        if served.last_modified:
            self.send_header("Last-Modified", served.last_modified)
        self.end_headers()
        half = len(served.body) // 2
        self.wfile.write(served.body[:half])
        self.wfile.flush()
        if served.drop_half_way:
            self.close_connection = True
            return
        if served.stall is not None:
            served.stall.wait(30)
        self.wfile.write(served.body[half:])


@contextmanager
def serving(served: Served, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Serve ``served`` on 127.0.0.1 while the block runs; yields the base address.

    With ``tls``, the server speaks HTTPS with that context's certificate.
    """
    handler = type("Handler", (_Handler,), {"served": served})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        scheme = "https" if tls is not None else "http"
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        if served.stall is not None:
            served.stall.set()
        server.shutdown()
        server.server_close()
        thread.join()

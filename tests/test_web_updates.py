"""Programmes from the web: imported from an address, updated from it with a conditional
request, and nothing changed by a download that fails, is cut short, is too large or too slow.

Every schedule is served by a real HTTP server on 127.0.0.1 started by the test."""

from __future__ import annotations

import errno
import json
import shutil
import socket
import ssl
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from forumguide.catalog.library import CatalogLibrary
from forumguide.domain.model import SessionSnapshot
from forumguide.interchange.errors import ScheduleImportError
from forumguide.paths import UserPaths
from forumguide.personal.store import PersonalStore
from forumguide.services import CancelledError
from forumguide.services.programmes import remove_programme, reserved_forum_slugs
from forumguide.services.updates import (
    NotModified,
    PreparedWebImport,
    commit_web_import,
    mark_seen,
    prepare_web_import,
    read_source,
    source_path,
    web_sources,
)
from forumguide.services.web import (
    FetchError,
    FetchProblem,
    Validators,
    check_address,
    fetch,
    file_name,
    tls_context,
)
from tests.conftest import INTEROP
from tests.schedule_server import Served, serving

DEMOCON = INTEROP / "schedules" / "pretalx-democon.json"


def democon_moved() -> tuple[bytes, str, str]:
    """DemoCon with its second Gray Room session moved to the Tan Room: (file, guid, title)."""
    document = json.loads(DEMOCON.read_bytes())
    moving = document["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][1]
    moving["room"] = "Tan Room"
    return json.dumps(document).encode(), moving["guid"], moving["title"]


def snapshot(home: UserPaths) -> list[tuple[str, int, int]]:
    return sorted(
        (p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in home.catalogs_dir.iterdir()
    )


def import_from(url: str, library: CatalogLibrary, home: UserPaths, store: Any = None) -> Any:
    prepared = prepare_web_import(url, home.catalogs_dir, reserved_forum_slugs(library))
    assert isinstance(prepared, PreparedWebImport)
    return commit_web_import(prepared, library, home.catalogs_dir, store)


def check(library: CatalogLibrary, home: UserPaths, catalog_id: str) -> Any:
    previous = read_source(home.catalogs_dir, catalog_id)
    assert previous is not None
    return prepare_web_import(
        previous.url, home.catalogs_dir, reserved_forum_slugs(library), previous=previous
    )


def test_import_from_an_address_then_update_keeps_bookmarks_and_reports_the_move(
    library: CatalogLibrary, home: UserPaths
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    store = PersonalStore(home.personal_store)
    try:
        with serving(served) as base:
            url = f"{base}/democon/schedule.json"
            result = import_from(url, library, home, store)
            assert result.forum.slug == "democon" and not result.replaced
            source = read_source(home.catalogs_dir, "democon")
            assert source is not None and source.url == url
            assert source.validators == Validators(served.etag, served.last_modified)
            assert source.changed == frozenset()

            changed, guid, title = democon_moved()
            store.add_bookmark(guid, "democon", SessionSnapshot(title=title))
            served.publish(changed, when=1_700_000_600)
            update = check(library, home, "democon")
            assert isinstance(update, PreparedWebImport)
            result = commit_web_import(update, library, home.catalogs_dir, store)
            # The conditional request named the version imported first.
            assert served.requests[-1]["if-none-match"] != served.etag
            assert served.requests[-1]["if-modified-since"] == "Tue, 14 Nov 2023 22:13:20 GMT"
            assert result.replaced
            assert [m.guid for m in result.changes.moved] == [guid]
            assert (result.changes.added, result.changes.removed) == ((), ())
            assert [b.session_guid for b in store.bookmarks()] == [guid]
            moved = library.session(guid)
            assert moved is not None and moved.room == "Tan Room"
            source = read_source(home.catalogs_dir, "democon")
            assert source is not None and source.changed == {guid}
            assert source.validators.etag == served.etag

            before, sent = snapshot(home), served.bodies_sent
            again = check(library, home, "democon")
            assert again == NotModified(url)
            assert served.requests[-1]["if-none-match"] == served.etag
            assert served.bodies_sent == sent  # answered 304: nothing was sent or read
            assert snapshot(home) == before
    finally:
        store.close()


def test_the_same_file_sent_again_is_not_rebuilt(library: CatalogLibrary, home: UserPaths) -> None:
    served = Served(body=DEMOCON.read_bytes())  # a server that gives no validators
    with serving(served) as base:
        import_from(f"{base}/schedule.json", library, home)
        before = snapshot(home)
        assert check(library, home, "democon") == NotModified(
            f"{base}/schedule.json", same_file=True
        )
    assert served.bodies_sent == 2
    assert snapshot(home) == before


def test_a_connection_dropped_half_way_changes_nothing(
    library: CatalogLibrary, home: UserPaths
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        import_from(f"{base}/schedule.json", library, home)
        before = snapshot(home)
        source_before = source_path(home.catalogs_dir, "democon").read_bytes()
        changed, guid, _title = democon_moved()
        served.publish(changed, when=1_700_000_600)
        served.drop_half_way = True
        with pytest.raises(FetchError) as caught:
            check(library, home, "democon")
    assert caught.value.problem is FetchProblem.INCOMPLETE
    assert snapshot(home) == before
    assert source_path(home.catalogs_dir, "democon").read_bytes() == source_before
    unmoved = library.session(guid)
    assert unmoved is not None and unmoved.room == "Gray Room"


def test_a_download_that_stops_sending_times_out_and_keeps_nothing(tmp_path: Path) -> None:
    served = Served(body=DEMOCON.read_bytes(), stall=threading.Event())
    with serving(served) as base, pytest.raises(FetchError) as caught:
        fetch(f"{base}/schedule.json", tmp_path, wait_s=0.2)
    assert caught.value.problem is FetchProblem.TIMED_OUT
    assert list(tmp_path.iterdir()) == []


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    served = Served(body=DEMOCON.read_bytes())
    with serving(served) as base, pytest.raises(FetchError) as caught:
        fetch(f"{base}/schedule.json", tmp_path, max_bytes=1000)
    assert caught.value.problem is FetchProblem.TOO_LARGE
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_download_keeps_nothing(tmp_path: Path) -> None:
    def stop(_done: int, _total: int) -> None:
        raise CancelledError

    served = Served(body=DEMOCON.read_bytes())
    with serving(served) as base, pytest.raises(CancelledError):
        fetch(f"{base}/schedule.json", tmp_path, progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_an_error_page_is_reported_with_its_status(
    library: CatalogLibrary, home: UserPaths
) -> None:
    served = Served(status=404)
    with serving(served) as base, pytest.raises(FetchError) as caught:
        prepare_web_import(f"{base}/gone.json", home.catalogs_dir, reserved_forum_slugs(library))
    assert (caught.value.problem, caught.value.status) == (FetchProblem.HTTP, 404)
    assert list(home.catalogs_dir.iterdir()) == []


def test_something_that_is_not_a_schedule_is_refused_by_its_address(
    library: CatalogLibrary, home: UserPaths
) -> None:
    served = Served(body=b"<!DOCTYPE html><html><body>Our schedule</body></html>")
    with serving(served) as base, pytest.raises(ScheduleImportError) as caught:
        prepare_web_import(f"{base}/schedule", home.catalogs_dir, reserved_forum_slugs(library))
    assert caught.value.source == f"{base}/schedule"
    assert "web page" in caught.value.problem
    assert list(home.catalogs_dir.iterdir()) == []


def test_offline_is_recognised_and_changes_nothing(
    library: CatalogLibrary, home: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    with pytest.raises(FetchError) as caught:
        prepare_web_import(
            "https://pretalx.example.org/democon/schedule.json",
            home.catalogs_dir,
            reserved_forum_slugs(library),
        )
    assert caught.value.problem is FetchProblem.OFFLINE
    assert caught.value.host == "pretalx.example.org"
    assert list(home.catalogs_dir.iterdir()) == []


def test_a_refused_connection_is_unreachable(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/schedule.json", tmp_path)
    assert caught.value.problem is FetchProblem.UNREACHABLE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "schedule.json",
        "file:///etc/passwd",
        "ftp://example.org/schedule.xml",
        "javascript:alert(1)",
        "https://",
        "https:///schedule.json",
        "http://example.org:99999/",
        "https://example.org/a schedule.json",
    ],
)
def test_only_http_and_https_addresses_are_fetched(text: str, tmp_path: Path) -> None:
    with pytest.raises(FetchError) as caught:
        check_address(text)
    assert caught.value.problem is FetchProblem.ADDRESS
    with pytest.raises(FetchError):
        fetch(text, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_web_addresses_are_accepted_as_typed() -> None:
    assert check_address("  https://example.org/s.ics  ") == "https://example.org/s.ics"
    assert check_address("HTTP://Example.org:8080/x?y=1") == "HTTP://Example.org:8080/x?y=1"


def test_a_redirect_to_a_file_is_not_followed(tmp_path: Path) -> None:
    served = Served(redirect_to="file:///etc/passwd")
    with serving(served) as base, pytest.raises(FetchError) as caught:
        fetch(f"{base}/schedule.json", tmp_path)
    assert caught.value.problem is FetchProblem.ADDRESS
    assert list(tmp_path.iterdir()) == []


def test_https_verifies_certificates_and_host_names() -> None:
    context = tls_context()
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0  # authorities to verify against


def test_a_certificate_no_authority_vouches_for_is_refused(tmp_path: Path) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is needed to make a certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    server_side = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_side.load_cert_chain(cert, key)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    served = Served(body=DEMOCON.read_bytes())
    with serving(served, tls=server_side) as base, pytest.raises(FetchError) as caught:
        fetch(f"{base}/schedule.json", downloads)
    assert base.startswith("https://")
    assert caught.value.problem is FetchProblem.TLS
    assert served.bodies_sent == 0
    assert list(downloads.iterdir()) == []


def test_the_local_file_takes_the_addresses_last_name() -> None:
    assert file_name("https://example.org/2025/schedule.ics?lang=en") == "schedule.ics"
    assert file_name("https://example.org/") == "schedule"
    assert file_name("https://example.org/a/..%2F..%2Fetc%2Fpasswd") == "etc_passwd"
    assert file_name("https://example.org/%2E%2E") == "schedule"


def test_seen_sessions_leave_the_changed_ones_and_removal_forgets_the_source(
    library: CatalogLibrary, home: UserPaths
) -> None:
    served = Served()
    served.publish(DEMOCON.read_bytes(), when=1_700_000_000)
    with serving(served) as base:
        import_from(f"{base}/schedule.json", library, home)
        changed, guid, _title = democon_moved()
        served.publish(changed, when=1_700_000_600)
        update = check(library, home, "democon")
        assert isinstance(update, PreparedWebImport)
        commit_web_import(update, library, home.catalogs_dir)
    assert web_sources(home.catalogs_dir)["democon"].changed == {guid}
    kept = mark_seen(home.catalogs_dir, "democon", [guid, "another"])
    assert kept is not None and kept.changed == frozenset()
    assert read_source(home.catalogs_dir, "democon") == kept
    remove_programme("democon", library)
    assert read_source(home.catalogs_dir, "democon") is None


def test_a_damaged_source_file_is_no_source(home: UserPaths) -> None:
    source_path(home.catalogs_dir, "democon").write_text("{not json", encoding="utf-8")
    assert read_source(home.catalogs_dir, "democon") is None
    assert web_sources(home.catalogs_dir) == {}


def test_a_full_disk_is_this_computers_problem_not_the_networks(
    library: CatalogLibrary, home: UserPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = Path.open

    class Full:
        def __init__(self, stream: Any) -> None:
            self.stream = stream

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def open_full(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        stream = opened(path, mode, *args, **kwargs)
        return Full(stream) if "w" in mode and "forumguide-fetch-" in str(path) else stream

    served = Served(body=DEMOCON.read_bytes())
    with serving(served) as base:
        monkeypatch.setattr(Path, "open", open_full)
        with pytest.raises(ScheduleImportError) as caught:
            prepare_web_import(
                f"{base}/schedule.json", home.catalogs_dir, reserved_forum_slugs(library)
            )
    assert caught.value.source == f"{base}/schedule.json"
    assert "could not be saved on this computer" in caught.value.problem
    assert "No space left on device" in caught.value.problem
    assert list(home.catalogs_dir.iterdir()) == []

"""The offline API reference, opened from disk in headless Chromium with the network disabled.

Redoc shows the operations of one tag at a time: the root page lists the tags (and is the one
screenshotted, into reports/publish/), each tag's page lists its operations by summary in the sidebar.
Every summary expected comes from the bundled spec.
"""

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

from specfirst.apis import APIS, ROOT
from specfirst.publish.release import Release, operations

from .browser import dump_dom, shown

SCREENSHOTS = ROOT / "reports" / "publish"


class _Counter(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback_server() -> Iterator[tuple[str, list[str]]]:
    hits: ClassVar[list[str]] = []
    handler = type("Handler", (_Counter,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_the_browser_really_has_no_network(tmp_path: Path, loopback_server: tuple[str, list[str]]) -> None:
    base, hits = loopback_server
    page = tmp_path / "probe.html"
    page.write_text(
        f'<html><body><img src="{base}/img"><script src="{base}/script.js"></script>'
        f'<script>fetch("{base}/fetch")</script><p>probe</p></body></html>'
    )
    dump_dom(page.as_uri(), network=True)
    assert hits, "control: with the network on, the probe page reaches the loopback server"
    hits.clear()
    dom = dump_dom(page.as_uri())
    assert "probe" in shown(dom).texts
    assert hits == []


@pytest.mark.parametrize("name", list(APIS))
def test_docs_page_shows_every_operation_summary(release: Release, name: str) -> None:
    yaml_file, _, html_file, *_ = release.artifacts[name]
    spec = yaml.safe_load(yaml_file.read_text())
    summaries = set(operations(spec).values())
    assert summaries and "" not in summaries

    root = shown(dump_dom(html_file.as_uri(), screenshot=SCREENSHOTS / f"{name}-docs.png"))
    assert f"{spec['info']['title']} ({spec['info']['version']})" in root.texts
    tag_pages = {label.removeprefix("link to "): href for label, href in root.links if label.startswith("link to ")}
    assert set(tag_pages) == {tag["name"] for tag in spec["tags"]}

    seen: set[str] = set()
    for href in tag_pages.values():
        seen.update(shown(dump_dom(html_file.as_uri() + href)).texts)
    assert summaries - seen == set()

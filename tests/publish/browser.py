"""Headless Chromium (Debian's, /usr/bin/chromium) with the network disabled, and the text a page shows.

No network: every request goes to a proxy on a closed loopback port (loopback included, through
``<-loopback>``), and no host name resolves. ``test_docs_browser`` checks that this really blocks loads.
The other flags are the ones known to start Chromium quietly as root on this kind of machine.
"""

import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
_QUIET = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
NO_NETWORK = [
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def dump_dom(url: str, *, network: bool = False, screenshot: Path | None = None) -> str:
    """The DOM of ``url`` after its scripts ran (and a 1400x1000 screenshot if asked)."""
    if not CHROMIUM.exists():
        raise RuntimeError(
            f"{CHROMIUM} is missing: `nox -s tests` installs Debian's chromium (apt-get install chromium)"
        )
    with tempfile.TemporaryDirectory() as profile:
        cmd = [str(CHROMIUM), *_QUIET, f"--user-data-dir={profile}", "--virtual-time-budget=10000"]
        cmd += [] if network else NO_NETWORK
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            cmd += ["--window-size=1400,1000", f"--screenshot={screenshot}"]
        result = subprocess.run([*cmd, "--dump-dom", url], capture_output=True, text=True, timeout=120, check=False)
    if result.returncode != 0 or "<html" not in result.stdout:
        raise RuntimeError(f"chromium failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result.stdout


class _Text(HTMLParser):
    """Text nodes outside <script>, <style> and <template>: what the page shows, not the data it carries."""

    _HIDDEN = frozenset({"script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__()
        self.hidden = 0
        self.texts: list[str] = []
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append((values.get("aria-label") or "", values["href"] or ""))

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.texts.append(" ".join(data.split()))


def shown(dom: str) -> _Text:
    parser = _Text()
    parser.feed(dom)
    return parser

"""The HTML API reference (Redocly ``build-docs``) and the release's ``index.html``.

``--inlineBundle`` embeds Redoc's scripts in the page: without it the page loads them from a CDN and
shows nothing offline. The index links every artifact of the release with its size.
"""

import html
from dataclasses import dataclass
from pathlib import Path

from .tools import node_tool, run


def build_docs(bundled: Path, output: Path, title: str) -> Path:
    """Render ``bundled`` into a self-contained HTML page at ``output``."""
    run(
        [str(node_tool("redocly")), "build-docs", str(bundled), "--inlineBundle", "--title", title, "-o", str(output)],
        what="redocly build-docs",
    )
    return output


@dataclass(frozen=True)
class Section:
    """One API of the release, with its artifacts (paths relative to the index)."""

    title: str
    version: str
    artifacts: list[tuple[str, Path]]
    """(label, file) pairs."""


def _size(path: Path) -> str:
    size = path.stat().st_size
    return f"{size / 1024 / 1024:.1f} MiB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KiB"


def write_index(out: Path, sections: list[Section], extras: list[tuple[str, Path]]) -> Path:
    """Write ``out/index.html`` linking every artifact; returns its path."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>API release</title>',
        "<style>body{font-family:sans-serif;max-width:50rem;margin:2rem auto}td{padding:.2rem .8rem}</style>",
        "</head><body><h1>API release</h1>",
    ]
    for section in sections:
        parts.append(f"<h2>{html.escape(section.title)} {html.escape(section.version)}</h2><table>")
        for label, path in section.artifacts:
            href = html.escape(path.relative_to(out).as_posix())
            parts.append(
                f'<tr><td>{html.escape(label)}</td><td><a href="{href}">{html.escape(path.name)}</a></td>'
                f"<td>{_size(path)}</td></tr>"
            )
        parts.append("</table>")
    for label, path in extras:
        parts.append(f'<p><a href="{html.escape(path.relative_to(out).as_posix())}">{html.escape(label)}</a></p>')
    parts.append("</body></html>")
    index = out / "index.html"
    index.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return index

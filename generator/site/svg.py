"""Pictures drawn at build time as inline SVG: no script, no CDN, works offline.

Colours come from the page (`currentColor` and classes styled in `briefing.css`), so the
pictures follow Material's light and dark palettes. Labels are horizontal and drawn at
the size they are read: the canvas is about a phone's width, and the CSS never scales
it up. Output is deterministic: coordinates are rounded, so the same digests give the
same bytes. The SVG sits in a raw HTML block, where Markdown is not processed, so
labels are HTML-escaped only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

__all__ = ["comention", "years"]

_LABEL_CHARS = 22  # a longer name is cut: about 150 units of 12-unit text
_LABEL_WIDTH, _CELL, _HEADER = 156, 20, 24
_YEAR_WIDTH, _BAR, _ROW = 48, 170, 24


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _label(text: str) -> str:
    return escape(text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…")


def _open(width: float, height: float, name: str, title: str) -> list[str]:
    return [
        f'<svg class="bf-svg" viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" '
        f'height="{_n(height)}" role="img" aria-labelledby="bf-{name}-title" '
        'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="bf-{name}-title">{escape(title)}</title>',
    ]


def comention(names: Sequence[str], edges: Sequence[tuple[int, int, int]]) -> str:
    """Who is mentioned with whom, as a table of dots: a row and a column per person
    (numbered), a dot where one sentence names both, its area growing with how many
    sentences do. A ring of names with lines between them said little once more than
    a few people were linked."""
    n = len(names)
    width, height = _LABEL_WIDTH + n * _CELL + 4, _HEADER + n * _CELL + 4
    heaviest = max((count for _, _, count in edges), default=1)
    lines = _open(width, height, "comention", "Who is mentioned with whom")
    for i, name in enumerate(names):
        y = _HEADER + i * _CELL
        x = _LABEL_WIDTH + i * _CELL + _CELL / 2
        lines.append(
            f'<text class="bf-axis-label" x="{_n(x)}" y="16" text-anchor="middle">{i + 1}</text>'
        )
        if i % 2 == 0:
            lines.append(
                f'<rect class="bf-band" x="0" y="{_n(y)}" width="{_n(width)}" height="{_CELL}"/>'
            )
        lines.append(
            f'<text x="{_LABEL_WIDTH - 6}" y="{_n(y + 14)}" text-anchor="end">'
            f'<tspan class="bf-axis-label">{i + 1}</tspan> {_label(name)}</text>'
        )
        lines.append(
            f'<rect class="bf-self" x="{_n(_LABEL_WIDTH + i * _CELL + 7)}" '
            f'y="{_n(y + 7)}" width="6" height="6"/>'
        )
    for a, b, count in edges:
        radius = 2.5 + 6.5 * math.sqrt(count / heaviest)
        title = f"{names[a]} and {names[b]}: {count} sentence{'' if count == 1 else 's'}"
        for row, column in ((a, b), (b, a)):
            cx = _LABEL_WIDTH + column * _CELL + _CELL / 2
            cy = _HEADER + row * _CELL + _CELL / 2
            lines.append(
                f'<circle class="bf-node" cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(radius)}">'
                f"<title>{escape(title)}</title></circle>"
            )
    lines.append("</svg>")
    return "\n".join(lines)


def years(rows: Sequence[tuple[str, int, int]]) -> str | None:
    """A bar per year, as long as the dated events in it, with how many events and
    sources: where the coverage lies in time, readable on a phone."""
    if not rows:
        return None
    most = max(events for _, events, _ in rows) or 1
    width, height = _YEAR_WIDTH + _BAR + 140, len(rows) * _ROW + 4
    lines = _open(width, height, "years", "Dated events per year")
    for i, (year, events, sources) in enumerate(rows):
        y = i * _ROW + 2
        bar = max(2.0, _BAR * events / most)
        said = f"{events} event{'' if events == 1 else 's'}"
        if sources:
            said += f", {sources} source{'' if sources == 1 else 's'}"
        lines += [
            f'<text x="{_YEAR_WIDTH - 8}" y="{_n(y + 16)}" text-anchor="end">{escape(year)}</text>',
            f'<rect class="bf-bar" x="{_YEAR_WIDTH}" y="{_n(y + 5)}" width="{_n(bar)}" height="14"/>',
            f'<text class="bf-axis-label" x="{_n(_YEAR_WIDTH + bar + 6)}" y="{_n(y + 16)}">'
            f"{escape(said)}</text>",
        ]
    lines.append("</svg>")
    return "\n".join(lines)

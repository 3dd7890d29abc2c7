"""Pictures drawn at build time as inline SVG: no script, no CDN, works offline.

Colours come from the page (`currentColor` and classes styled in `briefing.css`), so the
pictures follow Material's light and dark palettes. Output is deterministic: coordinates
are rounded, so the same digests give the same bytes. The SVG sits in a raw HTML block,
where Markdown is not processed, so labels are HTML-escaped only.
"""

from __future__ import annotations

import datetime
import math
from collections import Counter
from collections.abc import Sequence
from html import escape

__all__ = ["comention", "timeline"]

# Canvas sizes in SVG units; the CSS scales the picture to the column width.
_GRAPH_WIDTH, _GRAPH_HEIGHT, _GRAPH_RADIUS = 640, 380, 120
_LINE_WIDTH, _LINE_HEIGHT, _LINE_MARGIN = 640, 170, 70
_LABEL_GAP = 18  # about one line of 15-unit text, measured across the slanted labels


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def comention(nodes: Sequence[tuple[str, int]], edges: Sequence[tuple[int, int, int]]) -> str:
    """People on a circle, a line between two when sources mention them together.

    `nodes` are (label, mentions); `edges` are (node, node, sentences together). Dot size
    grows with mentions and line width with shared sentences, both on a log scale so one
    very present person does not swamp the picture.
    """
    cx, cy = _GRAPH_WIDTH / 2, _GRAPH_HEIGHT / 2
    points = []
    for i in range(len(nodes)):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        points.append((math.cos(angle), math.sin(angle)))
    lines = [
        f'<svg class="bf-svg" viewBox="0 0 {_GRAPH_WIDTH} {_GRAPH_HEIGHT}" role="img" '
        'aria-labelledby="bf-comention-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="bf-comention-title">Who is mentioned with whom</title>',
    ]
    for a, b, count in edges:
        (xa, ya), (xb, yb) = points[a], points[b]
        lines.append(
            f'<line class="bf-edge" x1="{_n(cx + xa * _GRAPH_RADIUS)}" '
            f'y1="{_n(cy + ya * _GRAPH_RADIUS)}" x2="{_n(cx + xb * _GRAPH_RADIUS)}" '
            f'y2="{_n(cy + yb * _GRAPH_RADIUS)}" stroke-width="{_n(1 + math.log2(count))}"/>'
        )
    for (label, mentions), (x, y) in zip(nodes, points, strict=True):
        anchor = "start" if x > 0.2 else "end" if x < -0.2 else "middle"
        lx, ly = cx + x * (_GRAPH_RADIUS + 12), cy + y * (_GRAPH_RADIUS + 12) + 4 + 8 * y
        lines.append(
            f'<circle class="bf-node" cx="{_n(cx + x * _GRAPH_RADIUS)}" '
            f'cy="{_n(cy + y * _GRAPH_RADIUS)}" r="{_n(4 + 2 * math.log2(1 + mentions))}"/>'
        )
        lines.append(
            f'<text x="{_n(lx)}" y="{_n(ly)}" text-anchor="{anchor}">{escape(label)}</text>'
        )
    lines.append("</svg>")
    return "\n".join(lines)


def _day(iso: str) -> datetime.date | None:
    """A full, year-month or year-only ISO date as its first day; None if unreadable."""
    padding = {4: "-01-01", 7: "-01"}.get(len(iso), "")
    try:
        return datetime.date.fromisoformat(iso + padding)
    except ValueError:
        return None


def timeline(dates: Sequence[str]) -> str | None:
    """Dots on a time axis, one per dated event, stacked when events share a date."""
    days = Counter(d for d in map(_day, dates) if d is not None)
    if not days:
        return None
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    usable = _LINE_WIDTH - 2 * _LINE_MARGIN
    axis = _LINE_HEIGHT - 70

    def x_of(day: datetime.date) -> float:
        if first == last:
            return _LINE_WIDTH / 2
        return _LINE_MARGIN + usable * (day - first).days / span

    lines = [
        f'<svg class="bf-svg" viewBox="0 0 {_LINE_WIDTH} {_LINE_HEIGHT}" role="img" '
        'aria-labelledby="bf-timeline-title" xmlns="http://www.w3.org/2000/svg">',
        '<title id="bf-timeline-title">Dated events</title>',
        f'<line class="bf-axis" x1="{_LINE_MARGIN - 10}" y1="{axis}" '
        f'x2="{_LINE_WIDTH - _LINE_MARGIN + 10}" y2="{axis}"/>',
    ]
    labelled = -math.inf
    for day in sorted(days):
        x = _n(x_of(day))
        for k in range(min(days[day], 6)):  # six dots already say "many"
            lines.append(f'<circle class="bf-node" cx="{x}" cy="{axis - 9 - 11 * k}" r="4"/>')
        if x_of(day) - labelled < _LABEL_GAP:  # would overprint the previous date
            continue
        labelled = x_of(day)
        lines.append(
            f'<text x="{x}" y="{axis + 16}" text-anchor="end" '
            f'transform="rotate(-40 {x} {axis + 16})">{day.isoformat()}</text>'
        )
    lines.append("</svg>")
    return "\n".join(lines)

"""Dates as a reader reads them, at the precision the source gave: "14 May 2024",
"May 2024" or "2024", never a year padded into "2024-01-01"."""

from __future__ import annotations

import datetime

__all__ = ["UNDATED", "shown", "year"]

UNDATED = "undated"


def shown(iso: str | None) -> str:
    """An ISO date, year-month or year in words; "undated" for none, and text that is
    no date as it is."""
    if not iso:
        return UNDATED
    try:
        if len(iso) == 4:
            return str(int(iso))
        if len(iso) == 7:
            day = datetime.date.fromisoformat(iso + "-01")
            return f"{day:%B} {day.year}"
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B} {day.year}"


def year(iso: str | None) -> str | None:
    """The year of an ISO date of any precision; None when there is none."""
    return iso[:4] if iso and iso[:4].isdigit() else None

"""Sources a digest run need not read again. A file whose stat (size, modification and
change times, inode: `fingerprint.file_stat`) is as the run that read it recorded, and
older than that record, is taken to hold the bytes it held then, as git's index takes
it; reading and decoding every source was a quarter of adding one article to 10,000.
What is trusted: that nothing rewrites a file and sets its times back, change time
included (which no one can set back short of the clock). `digest --force` and `check`
read every file and verify its checksum. A source known this way is read whole again
when it is to be analysed; its sidecar is read on every run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.read.folder import Found
from generator.read.sources import Source, unread_source
from generator.store.fingerprint import untouched

__all__ = ["Known", "record"]


class Known:
    """The last run's record of the sources it read, by path: [stat, checksum, notices,
    front matter] (`record`), kept with its state, saved at `saved_at` (ns)."""

    def __init__(self, saved: Any, saved_at: int) -> None:
        self.records: dict[str, Any] = saved if isinstance(saved, dict) else {}
        self.saved_at = saved_at

    def found(self, path: Path, source_id: str) -> Found | None:
        """The file as last read, when its stat says it is unchanged; None to read it."""
        record = self.records.get(str(path))
        if not (
            isinstance(record, list)
            and len(record) == 5
            and record[1] == source_id
            and isinstance(record[2], str)
            and untouched(path, record[0], self.saved_at)
        ):
            return None
        return Found(path, source_id, None, record[2], record[0])

    def source(self, found: Found) -> Source:
        """The source as `found` left it unread (SourceError from its sidecar)."""
        record = self.records[str(found.path)]
        return unread_source(found, list(record[3]), dict(record[4]))


def record(found: Found, source: Source) -> list[Any] | None:
    """What the next run keeps of a source read (or known) this run; None when its stat
    could not be taken."""
    if found.stat is None:
        return None
    return [found.stat, source.id, source.checksum, source.notices, source.front]

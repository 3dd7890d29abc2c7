"""A time limit for a block of a test: a hang fails the test instead of the whole run."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

__all__ = ["within"]


@contextlib.contextmanager
def within(seconds: int) -> Iterator[None]:
    def alarm(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

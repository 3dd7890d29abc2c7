"""Work run in forked child processes: they see what this process holds (the digests,
the loaded model) without copying or pickling it; only results come back.

`in_workers` spreads one task over worker processes (parsing, and the stories of a first
run). `Forked` runs one piece of work beside this process: after parsing, a digest run
is otherwise one process on one core, so children weigh the sentences while it resolves,
group the stories while it writes and gathers, and write the stories' digests while it
writes the people's and countries'.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar, cast

from generator import settings

__all__ = ["Forked", "default_jobs", "in_workers"]

R = TypeVar("R")
T = TypeVar("T")


def default_jobs() -> int:
    """Worker processes to start: one per CPU this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


# The task of the workers `in_workers` forks: set just before they start, inherited with
# everything its closure holds, so only the items and the results are pickled.
_task: Callable[[Any], Any] | None = None


def _trimmer() -> Callable[[], object]:
    """glibc's `malloc_trim`, or nothing where the C library has none (macOS, musl)."""
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c")).malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0)


_trim = _trimmer()


def _start_worker() -> None:
    # What the worker inherits is frozen (an O(1) move of the collector's lists, no
    # object touched): the collection after each task scans only what the worker made.
    gc.freeze()


def _run_task(item: Any) -> Any:
    assert _task is not None
    result = _task(item)
    # A digest run pauses the cycle collector (see `run_digest`), but a parsed Doc, or
    # a kept parse read back (`disagree.parsed`), is a reference cycle: without this,
    # a parsing worker kept every batch it parsed (on 320 BBC articles in one process:
    # 177 -> 538 MB; collected after each batch, 187 MB throughout).
    gc.collect()
    return result


def in_workers(
    task: Callable[[T], R], items: list[T], jobs: int, tasks: int | None = None
) -> Iterator[R]:
    """`task(item)` for each item, in order, spread over `jobs` worker processes forked
    now, each replaced by a fresh fork after `tasks` items (`settings.WORKER_TASKS` when
    not given); in this process when one job is asked for or fork is not available."""
    global _task
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(task, items)
        return
    _task = task
    # memory freed but kept by the allocator would be copied by every worker that reuses
    # it: at 10,000 articles the stories child held 1.5 GB before this, 0.7 GB after
    _trim()
    try:
        context = multiprocessing.get_context("fork")
        replaced = tasks or settings.WORKER_TASKS  # see there
        with context.Pool(jobs, _start_worker, maxtasksperchild=replaced) as pool:
            yield from pool.imap(_run_task, items)
    finally:
        _task = None


def _child(send: Connection, receive: Connection, work: Callable[[], object]) -> None:
    # A process group of its own, with the workers it starts: the parent can stop them
    # all at once. The receiving end is the parent's alone: were it open here too, a
    # result larger than the pipe's buffer would block this process for ever once the
    # parent stopped reading.
    os.setpgid(0, 0)
    receive.close()
    try:
        result: tuple[bool, object] = (True, work())
    except BaseException:  # reported by the parent, with the child's traceback
        result = (False, traceback.format_exc())
    with contextlib.suppress(OSError):  # the parent is gone: nobody wants the result
        send.send(result)
    send.close()


class Forked(Generic[R]):
    """`work()` started in a forked child; `result()` waits for it; `stop()` ends it and
    whatever it started, at once, when the result is no longer wanted (an error, Ctrl-C):
    call it in a `finally`. Where fork is not available, `work()` runs at once, in this
    process: the same result, later."""

    def __init__(self, work: Callable[[], R]) -> None:
        self._done: tuple[R] | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            self._done = (work(),)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        # not a daemon: a daemon may not start worker processes of its own (`in_workers`)
        self._process = context.Process(target=_child, args=(send, self._receive, work))
        self._process.start()
        send.close()  # the child holds the only sending end: EOF if it dies

    def result(self) -> R:
        if self._done is not None:
            return self._done[0]
        try:
            ok, value = self._receive.recv()
        except EOFError:
            self._process.join()
            raise RuntimeError(
                f"the child process stopped without a result (exit code {self._process.exitcode})"
            ) from None
        self._process.join()
        self._receive.close()
        if not ok:
            raise RuntimeError(f"the child process failed:\n{value}")
        done = cast(R, value)
        self._done = (done,)
        return done

    def ready(self) -> bool:
        """Whether `result()` would return without waiting (with the result or an error)."""
        return self._done is not None or self._receive.poll()

    def stop(self) -> None:
        """End the child and its workers unless it already gave its result."""
        if self._done is not None:
            return
        pid = self._process.pid
        if self._process.exitcode is None and pid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
            with contextlib.suppress(ProcessLookupError):
                self._process.kill()  # had it not reached setpgid yet
        self._process.join()
        self._receive.close()

"""The forked child that builds stories while digests are written, and the worker
processes that parse."""

from __future__ import annotations

import gc
import os
import time
from pathlib import Path

import pytest

from generator import settings
from generator.forked import Forked, in_workers


def test_the_child_sees_this_process_memory_and_returns_its_result() -> None:
    parent = os.getpid()
    texts = ["Kaja Kallas said", "Madis Roll said"]  # not passed: inherited by the fork

    forked = Forked(lambda: (os.getpid(), [t.upper() for t in texts]))
    child, upper = forked.result()
    assert child != parent
    assert upper == ["KAJA KALLAS SAID", "MADIS ROLL SAID"]
    assert forked.result() == (child, upper)  # asked twice, the same answer


def test_an_error_in_the_child_is_raised_here_with_its_traceback() -> None:
    def broken() -> int:
        return {"people": 1}["countries"]

    with pytest.raises(RuntimeError, match="(?s)failed.*KeyError: 'countries'"):
        Forked(broken).result()


def test_a_child_that_dies_is_an_error_not_a_hang() -> None:
    def killed() -> int:
        os._exit(3)

    with pytest.raises(RuntimeError, match="without a result \\(exit code 3\\)"):
        Forked(killed).result()


def test_workers_replaced_on_the_way_still_answer_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(settings, "WORKER_TASKS", 3)

    def task(n: int) -> tuple[int, int]:
        held = [bytes(1_000) for _ in range(20_000)]  # freed when the task returns
        return n, sum(map(len, held))

    assert list(in_workers(task, list(range(8)), 2)) == [(n, 20_000_000) for n in range(8)]


class _Node:
    other: object = None


def test_a_worker_frees_what_a_task_left_in_reference_cycles() -> None:
    # a digest run pauses the cycle collector; a parse leaves cycles in the worker
    def task(n: int) -> int:
        left = sum(isinstance(o, _Node) for o in gc.get_objects())
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # garbage only the collector frees
        return left

    gc.disable()
    try:
        assert list(in_workers(task, list(range(6)), 2)) == [0] * 6
    finally:
        gc.enable()


def test_a_child_is_ready_once_its_result_can_be_taken_without_waiting(tmp_path: Path) -> None:
    # a run does other work while a child's result is not ready (see `disagree.cues`)
    go = tmp_path / "go"

    def work() -> str:
        while not go.exists():
            time.sleep(0.01)
        return "groups"

    forked = Forked(work)
    try:
        assert not forked.ready()
        go.touch()
        deadline = time.monotonic() + 30
        while not forked.ready() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert forked.ready()
        assert forked.result() == "groups"
        assert forked.ready()  # taken: still ready, the same result
    finally:
        forked.stop()

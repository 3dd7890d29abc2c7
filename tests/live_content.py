"""A pytest plugin guarding the promise that `make test` does not depend on `content/`.

A user adds articles to `content/sources/`, digests them into `content/digests/` and
edits `content/registry/`, as the README says; none of it may change what a test sees.
Every file a test opens or lists (Python's audit events, in this process) is checked,
and a test, or a test module at import, that touches the live `content/` folder fails
naming the paths. Tests use their own fixtures instead (`seeds.py`, tests/fixtures/).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any

import pytest

LIVE = str(Path(__file__).resolve().parent.parent / "content")
MARKER = "live_content"
# Test modules allowed the live registry, `content/registry`, and nothing else there:
ALLOWED = {
    # the quality gate digests the evaluation sets with the project's registry on purpose
    # (benchmarks/quality.py): it measures the configuration that ships
    "tests/test_quality.py": "content/registry",
}
_PATH_EVENTS = {"open", "os.listdir", "os.scandir", "glob.glob", "shutil.copytree"}

_reads: dict[str, list[str]] = {}  # "nodeid (phase)" -> live paths it touched
_collecting: list[str] = []  # the node being collected (a module is imported then)
_installed = False


def _live(path: Any) -> str | None:
    try:
        name = os.fsdecode(os.fspath(path))
    except TypeError:  # a file descriptor, or no path at all
        return None
    full = os.path.abspath(name)
    return full if full == LIVE or full.startswith(LIVE + os.sep) else None


def _paths(event: str, args: tuple[Any, ...]) -> Iterable[Any]:
    if event in _PATH_EVENTS:
        return args[:1]
    if event == "subprocess.Popen":  # (executable, args, cwd, env): a child reading content/
        command = args[1] if isinstance(args[1], list | tuple) else [args[1]]
        return [a for a in [*command, args[2]] if a is not None and os.path.isabs(str(a))]
    return ()


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in _PATH_EVENTS and event != "subprocess.Popen":
        return
    who = _collecting[-1] if _collecting else os.environ.get("PYTEST_CURRENT_TEST")
    if who is None:
        return
    for path in _paths(event, args):
        if (live := _live(path)) is not None:
            _reads.setdefault(who, []).append(live)


def pytest_configure(config: pytest.Config) -> None:
    global _installed
    config.addinivalue_line(
        "markers",
        f"{MARKER}: reads the committed content/ folder on purpose (the docstring says why)",
    )
    if not _installed:  # audit hooks cannot be removed: one for the process
        sys.addaudithook(_audit)
        _installed = True


def _forbidden(nodeid: str, paths: list[str], marked: bool) -> list[str]:
    if marked:
        return []
    folder = ALLOWED.get(nodeid.split("::")[0])
    allowed = os.path.join(os.path.dirname(LIVE), folder) if folder else None
    return sorted(
        {
            p
            for p in paths
            if allowed is None or not (p == allowed or p.startswith(allowed + os.sep))
        }
    )


def _message(paths: list[str]) -> str:
    shown = "\n  ".join(paths[:5]) + ("\n  ..." if len(paths) > 5 else "")
    return (
        f"read the live content/ folder, which a user changes:\n  {shown}\n"
        "use the tests' own corpus instead (tests/seeds.py, tests/fixtures/)"
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    _collecting.append(collector.nodeid)
    outcome = yield
    _collecting.pop()
    report = outcome.get_result()
    found = _forbidden(collector.nodeid, _reads.pop(collector.nodeid, []), False)
    if found and report.passed:
        report.outcome = "failed"
        report.longrepr = _message(found)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    outcome = yield
    report = outcome.get_result()
    paths = _reads.pop(f"{item.nodeid} ({call.when})", [])
    found = _forbidden(item.nodeid, paths, item.get_closest_marker(MARKER) is not None)
    if found and report.passed:
        report.outcome = "failed"
        report.longrepr = _message(found)

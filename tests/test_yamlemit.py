"""The direct digest writer gives PyYAML's bytes exactly, or hands the data back to it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

from generator.store import yamlio
from generator.store.yamlemit import emit


def _pyyaml(data: Any) -> str:
    """What `yamlio.dump` wrote before the direct writer: PyYAML, libyaml's emitter
    unless it escapes a character beyond U+FFFF."""
    text = yaml.dump(
        data,
        Dumper=yamlio._ReviewDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=1_000_000,
        indent=2,
    )
    if "\\U" in text:
        text = yaml.dump(
            data,
            Dumper=yamlio._PlainDumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=1_000_000,
            indent=2,
        )
    return text


def test_every_seed_digest_is_written_byte_for_byte(seed_digests: Path) -> None:
    files = sorted(seed_digests.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        data = yamlio.loads(path.read_text(encoding="utf-8"))
        assert emit(data) == _pyyaml(data), path
        assert yamlio.dump(data) == path.read_text(encoding="utf-8"), path


# pieces of text that change how YAML must write a scalar
_PIECES = [
    *"ab -:#'\"?,[]{}&*!|>%@`.~=<+0159eE_\t\n\\/",
    *"é“”\u00a0\u2028\u2029\ufeff\x85\x07ß\ufffd😀",
    ": ",
    " #",
    "yes",
    "No",
    "null",
    "true",
    "OFF",
    "1.5",
    "0x1F",
    "2024-05-01",
    "1_000",
    ".inf",
    "<<",
    "---",
    "...",
    "12:30",
    "-3",
    "1e3",
]


def test_generated_texts_numbers_and_shapes_are_written_as_pyyaml_writes_them() -> None:
    rnd = random.Random(19)
    written = 0
    for _ in range(20_000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 6)))
        number = rnd.choice([0.5, 3.0, 1e17, -2.25e-9, float("inf"), float("nan"), -7, 10**20])
        data = {
            "id": text,
            "sentences": [text, {"text": text, "sentences": [0, 4]}, [], {}],
            "score": number,
            "empty": None,
            "flag": rnd.random() < 0.5,
            "nested": {"list": [[1, 2], [text]] if rnd.random() < 0.1 else [text, 1]},
        }
        fast = emit(data)
        if fast is not None:
            written += 1
            assert fast == _pyyaml(data), data
        assert yamlio.dump(data) == _pyyaml(data)
    assert written > 10_000  # most are written directly, not handed back


def test_what_it_does_not_write_goes_to_pyyaml() -> None:
    for data in ({"text": "two\nlines"}, {"yes": 1}, ["a list"], {"a": ("tuple",)}, {}):
        assert emit(data) is None
        assert yamlio.dump(data) == _pyyaml(data)

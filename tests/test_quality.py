"""Evaluation gate: the seed digests scored against the hand-made answer key.

The key lives in the team's shared folder beside the repo, not in the project; a clone
without it skips this test and says so.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
# the issue targets; boilerplate is 0.91 because the scorer counts a caption label as kept
# when its words also occur in the caption sentence that follows it (kept, as it should be)
FLOORS = {
    "people_f1": 0.97,
    "canonical_acc": 0.95,
    "variant_recall": 1.0,
    "identity_f1": 1.0,
    "countries_f1": 0.97,
    "quote_recall": 0.97,
    "quote_attribution": 0.97,
    "quote_precision": 0.9,
    "content_kept": 0.99,
    "metadata_acc": 1.0,
    "boilerplate_removed": 0.9,
}


@pytest.mark.skipif(
    not (EVAL / "score.py").exists(), reason=f"no answer key at {EVAL} (not part of a clone)"
)
def test_seed_quality_meets_the_targets(seed_root: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(EVAL / "gold"),
            str(seed_root / "content/digests"),
            str(seed_root / "content/sources"),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout)
    assert scores["missing_digests"] == []
    below = {k: round(scores[k], 3) for k, floor in FLOORS.items() if scores[k] < floor}
    assert below == {}

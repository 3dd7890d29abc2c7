"""Command line: `python -m generator COMMAND`. Thin: each command is a function elsewhere."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import paths

__all__ = ["main"]


def _add_folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", type=Path, default=paths.SOURCES, help="articles folder")
    parser.add_argument("--registry", type=Path, default=paths.REGISTRY, help="registry folder")
    parser.add_argument("--out", type=Path, default=paths.DIGESTS, help="digests folder")


def _digest(args: argparse.Namespace) -> int:
    from generator.digest import run_digest

    return run_digest(args.sources, args.registry, args.out, root=Path.cwd())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    digest = commands.add_parser("digest", help="read sources, write digests")
    _add_folders(digest)
    digest.set_defaults(run=_digest)

    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())

"""Command line: `python -m generator COMMAND`. Thin: each command is a function elsewhere."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from generator.commands import paths

__all__ = ["main"]


def _add_folders(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sources", type=Path, default=paths.SOURCES, help="articles folder")
    parser.add_argument(
        "--registry", type=Path, help=f"registry folder (default {paths.REGISTRY}, if there)"
    )
    parser.add_argument("--out", type=Path, default=paths.DIGESTS, help="digests folder")


def _digest(args: argparse.Namespace, keep: list[object] | None = None) -> int:
    from generator.commands.digest import run_digest

    if args.registry is not None and not args.registry.is_dir():
        # a mistyped path would otherwise digest with no registry at all
        print(f"{args.registry}: registry folder not found", file=sys.stderr)
        return 2
    return run_digest(
        args.sources,
        args.registry or paths.REGISTRY,
        args.out,
        root=Path.cwd(),
        force=args.force,
        jobs=args.jobs,
        timings=args.timings,
        keep=keep,
    )


def _check(args: argparse.Namespace) -> int:
    from generator.commands.check import run_check

    return run_check(args.sources, args.out, root=Path.cwd())


def _diff(args: argparse.Namespace) -> int:
    from generator.commands.diff import run_diff

    return run_diff(args.rev, args.out)


def _render(args: argparse.Namespace) -> int:
    from generator.commands.render import run_render

    return run_render(args.digests, args.out)


def main(argv: list[str] | None = None, keep: list[object] | None = None) -> int:
    """The command's exit code. `keep`: where a digest run leaves its data, not freed,
    for a caller about to exit (see `generator.__main__`)."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    digest = commands.add_parser("digest", help="read sources, write digests")
    _add_folders(digest)
    digest.add_argument(
        "--force", action="store_true", help="re-analyse every source, even unchanged ones"
    )
    digest.add_argument(
        "--jobs", type=int, help="processes for the language model (default: one per CPU)"
    )
    digest.add_argument(
        "--timings", type=Path, help="write the seconds each stage took to this JSON file"
    )
    digest.set_defaults(run=partial(_digest, keep=keep))

    check = commands.add_parser("check", help="fail on stale, hand-edited or invalid digests")
    check.add_argument("--sources", type=Path, default=paths.SOURCES, help="articles folder")
    check.add_argument("--out", type=Path, default=paths.DIGESTS, help="digests folder")
    check.set_defaults(run=_check)

    diff = commands.add_parser("diff", help="summarise digest changes since a git revision")
    diff.add_argument("rev", nargs="?", default="HEAD", help="git revision (default HEAD)")
    diff.add_argument("--out", type=Path, default=paths.DIGESTS, help="digests folder")
    diff.set_defaults(run=_diff)

    render = commands.add_parser("render", help="write the site's Markdown pages to a folder")
    render.add_argument("--digests", type=Path, default=paths.DIGESTS, help="digests folder")
    render.add_argument("--out", type=Path, required=True, help="folder for the pages")
    render.set_defaults(run=_render)

    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except KeyboardInterrupt:
        print(f"{args.command}: interrupted; run it again to finish", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())

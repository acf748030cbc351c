"""The `bindkracht` command. No Textual import unless the app itself starts.

A command is one module in this package: `add(sub, common, lang)` adds its arguments and sets
`run=` to its handler `(args, lang) -> exit code`. List the module in COMMANDS (the --help order).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module

from guide.base import settings
from guide.base.errors import StoreError
from guide.base.i18n import t
from guide.base.paths import data_dir
from guide.base.settings import pick_lang
from guide.cli import quick

TYPE_CHECKING = False  # typing's flag, without importing typing at every command's start
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

COMMANDS = (
    "check",
    "flows",
    "play",
    "test",
    "sessions",
    "serve",
    "new",
    "schema",
    "sheets",
    "training",
    "graph",
    "live",
    "moves",
)


def command_asked(argv: list[str], lang: str) -> str | None:
    """The command argv names, found with the global options only; None for the app, --help or a typo."""
    import argparse  # deferred: argparse and the options, not needed by a plain `sessions list`

    from guide.cli.options import Parser, global_options  # deferred: argparse

    class _Peek(Parser):
        def error(self, message):  # the full parser gives the message
            raise ValueError(message)

    peek = _Peek(add_help=False, parents=[global_options(lang, top=True)])
    peek.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        rest = peek.parse_known_args(argv)[0].rest
    except ValueError:
        return None
    if not rest or rest[0] not in COMMANDS:
        return None
    before = argv[:len(argv) - len(rest)]
    return None if "-h" in before or "--help" in before else rest[0]  # the overview lists them all


def build_parser(lang: str, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, that one command's arguments (the others are not imported)."""
    # deferred: argparse, not needed by a plain `sessions list` (guide/cli/quick.py)
    from guide.cli.options import Parser, RawFormatter, VersionAction, global_options, with_examples

    parser = Parser(
        prog="bindkracht", description=t("cli.description", lang), parents=[global_options(lang, top=True)],
        epilog=f"{t('cli.examples', lang)}\n\n{t('cli.exit-codes', lang)}",
        formatter_class=RawFormatter,
    )
    parser.add_argument("--version", action=VersionAction, help=t("cli.opt.version", lang))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = global_options(lang, top=False)
    for name in (only,) if only else COMMANDS:
        import_module(f"guide.cli.{name}").add(sub, common, lang)
        with_examples(sub.choices[name], name, lang)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | SimpleNamespace | None = quick.sessions_list(argv)
    if args is None:
        from guide.cli.options import localise_argparse, peek_lang  # deferred: argparse

        lang = pick_lang(peek_lang(argv))
        localise_argparse(lang)
        args = build_parser(lang, command_asked(argv, lang)).parse_args(argv)
    lang = pick_lang(args.lang)
    try:  # a folder given as '~someone' whose home is unknown is refused before any command runs
        if args.data_dir or os.environ.get("BINDKRACHT_DATA_DIR"):  # (the default needs no check)
            data_dir(args.data_dir)
    except StoreError as exc:
        print(t(exc.code, lang, **exc.params), file=sys.stderr)
        return 2
    if getattr(args, "training", None) and args.command in (None, "serve"):  # every app offers the code
        from guide.classroom.training import (
            preset,  # deferred: the engine (transitions), only with --training
        )

        problem = preset(args)
        if problem is not None:
            print(t(problem.code, lang, **problem.params), file=sys.stderr)
            return 2
    run = getattr(args, "run", None) or open_app
    if run is not open_app:  # the app says it in a notification
        settings.load()
        for ignored in settings.take_problems():  # a value ignored in settings.toml: said, the file kept
            print(t(ignored.code, lang, **ignored.params), file=sys.stderr)
    try:
        return run(args, lang)
    except KeyboardInterrupt:
        print()
        return 130
    except BrokenPipeError:
        return 0


def open_app(args, lang: str) -> int:
    """`bindkracht` with no command: the app."""
    from guide.tui.app import GuideApp  # deferred: Textual only when the app itself starts

    app = GuideApp(lang=lang, flow_dirs=args.flows, data_dir=args.data_dir)
    app.run()
    return app.return_code or 0

"""What every command shares on the command line: the global options, argparse in Dutch, checked numbers."""

from __future__ import annotations

import argparse
from pathlib import Path

from guide import __version__
from guide.base.i18n import LANGS, t

TYPE_CHECKING = False  # typing's flag, without importing typing at every command's start
if TYPE_CHECKING:
    from typing import Any

# argparse's own words (usage, errors), in Dutch when the user works in Dutch
ARGPARSE_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: "
                                                           "%(value)r (kies uit %(choices)s)",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "ongeldige %(type)s-waarde: %(value)r",
}

_lang_of_parse = "nl"  # the language argparse's type errors speak while parsing


def localise_argparse(lang: str) -> None:
    global _lang_of_parse
    _lang_of_parse = lang
    # private: argparse's gettext alias is the only way to put its own words in Dutch (no public name)
    words = (lambda text: ARGPARSE_NL.get(text, text)) if lang == "nl" else (lambda text: text)
    argparse._ = words  # type: ignore[attr-defined]


def global_options(lang: str, top: bool) -> argparse.ArgumentParser:
    """The global options; on a subcommand they must not reset what was given before it."""
    common = argparse.ArgumentParser(add_help=False)
    keep: dict[str, Any] = {} if top else {"default": argparse.SUPPRESS}
    common.add_argument("--lang", choices=LANGS, help=t("cli.opt.lang", lang), **keep)
    common.add_argument("--flows", action="append", type=Path, metavar="DIR", help=t("cli.opt.flows", lang),
                        **({"default": []} if top else keep))
    common.add_argument("--data-dir", metavar="DIR", help=t("cli.opt.data-dir", lang), **keep)
    common.add_argument("--training", metavar="CODE", help=t("cli.opt.training", lang), **keep)
    return common


def with_examples(parser: argparse.ArgumentParser, name: str, lang: str) -> None:
    """A command's --help ends with its examples and the exit codes, kept as written."""
    lines = "\n".join(f"  {line}" for line in t(f"cli.{name}.examples", lang).splitlines())
    parser.epilog = f"{t('cli.examples-head', lang)}\n{lines}\n\n{t('cli.exit-codes', lang)}"
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def peek_lang(argv: list[str]) -> str | None:
    """The --lang given, before argparse runs (its own messages must speak it too)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def bounded(name: str, low: int, high: int):
    """An argparse type: a whole number from low to high, or a clear message."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(t(f"cli.bad-{name}", _lang_of_parse, value=text, low=low,
                                               high=high))
        return value

    convert.__name__ = name
    return convert


SESSION_ID = bounded("id", 1, 2**63 - 1)  # SQLite's largest integer
PORT = bounded("port", 1, 65535)
TABS = bounded("tabs", 1, 1000)
AHEAD = bounded("ahead", 0, 1000)
IDLE = bounded("idle", 2, 3600)
FONT_SIZE = bounded("font-size", 8, 96)


def duration(text: str) -> float:
    """'90d', '12h', '2w' -> seconds."""
    units = {"h": 3600, "d": 86400, "w": 7 * 86400}
    text = text.strip().lower()
    if len(text) >= 2 and text[-1] in units and text[:-1].isdigit():
        return int(text[:-1]) * units[text[-1]]
    raise argparse.ArgumentTypeError(t("cli.bad-duration", _lang_of_parse, value=text))


def program_version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # deferred: ~50 ms, only --version needs it

    try:
        return version("bindkracht-gids")
    except PackageNotFoundError:  # run from a checkout without installing
        return __version__


class VersionAction(argparse.Action):
    """--version, looked up only when asked for."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"bindkracht {program_version()}")
        parser.exit()

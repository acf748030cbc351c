"""`bindkracht sessions list` read without argparse: the commonest short command starts a tenth sooner.

Only the plain form is read here: the two words and the global options, each at most once, with a
value that does not look like an option. Anything else (help, a typo, an abbreviation, an option
given twice) is left to argparse, which says what it says today.
"""

from __future__ import annotations

from types import SimpleNamespace

from guide.base.i18n import LANGS

GLOBAL = ("--lang", "--flows", "--data-dir", "--training")


def sessions_list(argv: list[str]) -> SimpleNamespace | None:
    """The arguments argparse would give for this plain `sessions list`, or None to let argparse read argv."""
    words: list[str] = []
    given: dict[str, str] = {}
    rest = iter(argv)
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name in GLOBAL and name not in given:
            if not eq:
                value = next(rest, None)  # type: ignore[assignment]
                if value is None:
                    return None
            if value.startswith("-"):
                return None
            given[name] = value
        elif arg.startswith("-"):
            return None
        else:
            words.append(arg)
    lang = given.get("--lang")
    if words != ["sessions", "list"] or (lang is not None and lang not in LANGS):
        return None
    from pathlib import Path  # deferred: only once argv is known to be this command

    from guide.cli import sessions  # deferred: guide.cli imports this module

    flows = [Path(given["--flows"])] if "--flows" in given else []
    return SimpleNamespace(lang=lang, flows=flows, data_dir=given.get("--data-dir"),
                           training=given.get("--training"), command="sessions", action="list",
                           run=sessions.run, act=sessions.list_sessions)

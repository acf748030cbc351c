"""The command line: global options on either side of a command, and a --help that explains itself."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from guide.base import i18n
from guide.cli import COMMANDS, build_parser
from tests.conftest import ROOT
from tests.groups import GROUP, TRAINING

# the fewest arguments each command needs to be read
NEEDS = {"play": ["intake"], "graph": ["intake"], "sheets": ["rp-caw"], "new": ["flow", "x"],
         "sessions": ["list"], "live": ["start", "rp-caw"]}
GLOBAL = {"--lang": ("en", "lang", "en"), "--data-dir": ("/tmp/d", "data_dir", "/tmp/d"),
          "--training": (TRAINING, "training", TRAINING), "--flows": ("fl", "flows", [Path("fl")])}


def _parse(argv: list[str]) -> argparse.Namespace:
    return build_parser("en").parse_args(argv)


@pytest.mark.parametrize("option", sorted(GLOBAL))
@pytest.mark.parametrize("command", COMMANDS)
def test_a_global_option_counts_before_and_after_every_command(command, option):
    value, dest, expected = GLOBAL[option]
    rest = [command, *NEEDS.get(command, [])]
    before = _parse([option, value, *rest])
    after = _parse([*rest, option, value])
    assert getattr(before, dest) == getattr(after, dest) == expected, (command, option)
    assert getattr(_parse(rest), dest) in (None, [])  # nothing given: nothing invented


def test_a_training_code_before_play_reaches_the_session(tmp_path):
    env = {**os.environ, "BINDKRACHT_DATA_DIR": str(tmp_path / "data")}

    def cli(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "guide", *args], input=stdin, capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=120)

    r = cli("--training", TRAINING, "--flows", str(GROUP), "play", "group-demo", "--label", "K-1",
            "--lang", "en", stdin="\n\n1\n\n1\n")
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"Training: {TRAINING}" in r.stdout
    listed = cli("sessions", "list", "--lang", "en").stdout
    assert TRAINING in listed


def _parsers(parser: argparse.ArgumentParser, path: str = "bindkracht"):
    """Every parser under `parser` (itself first) with the words that call it."""
    yield path, parser
    for action in parser._actions:  # private: argparse offers no public walk over its subparsers
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{path} {name}")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_help_explains_its_arguments_and_gives_examples_and_exit_codes(lang):
    top = build_parser(lang)
    walked = list(_parsers(top))
    assert {path.split()[1] for path, _p in walked[1:]} == set(COMMANDS)
    for path, parser in walked:
        for action in parser._actions:
            if not action.option_strings and not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{path}: {action.metavar or action.dest} has no help"
            if "--format" in action.option_strings:
                assert action.help, f"{path} --format has no help"
        text = parser.format_help()
        if path.count(" ") <= 1:  # the program and each command; an action shares its command's examples
            assert i18n.t("cli.examples-head", lang) in text, path
            assert i18n.t("cli.exit-codes", lang).splitlines()[0] in text, path
            assert "130" in text, path


def test_help_in_the_terminal_speaks_the_language_asked():
    dutch = subprocess.run([sys.executable, "-m", "guide", "--lang", "nl", "--help"], capture_output=True,
                           text=True, cwd=ROOT, timeout=120)
    english = subprocess.run([sys.executable, "-m", "guide", "play", "--help", "--lang", "en"],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert dutch.returncode == english.returncode == 0
    assert "Afsluitcodes:" in dutch.stdout
    assert "bindkracht --training BK-gent-2026-12-02 serve" in dutch.stdout
    assert "Exit codes:" in english.stdout and "bindkracht play rp-caw --training" in english.stdout

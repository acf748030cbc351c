"""Cards that may be shown: inside their own folder, and pulling nothing from the internet.

A card file that is a symbolic link to somewhere outside its folder would show that file
(/etc/passwd as a card); a remote image would make a printed sheet fetch it. Both are
refused with a located problem, and the card is not used.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from guide.flows.problems import Problem

MAX_CARD = 256 * 1024

_REMOTE = r"(?:[a-z][a-z0-9+.-]*:|//)"


@cache
def _patterns() -> tuple[list[re.Pattern], re.Pattern, re.Pattern]:
    """The remote-content patterns, the reference definitions, the reference images: compiled when a
    card is first read (checking a flow file of your own reads none, and these take ~10 ms to compile)."""
    remote = [
        re.compile(r"!\[[^\]]*\]\(\s*<?\s*(" + _REMOTE + r"[^)\s>]*)", re.I),  # ![alt](https://...)
        re.compile(
            r"<(?:img|iframe|script|link|object|embed|audio|video|source|track|input|frame|image|use)\b"
            r"[^>]*?\b(?:src|href|data|srcset|poster|xlink:href)\s*=\s*[\"']?\s*(" + _REMOTE + r"[^\s\"'>]*)",
            re.I,
        ),
        re.compile(r"url\(\s*[\"']?\s*(" + _REMOTE + r"[^)\"'\s]*)", re.I),  # CSS in a style attribute
        re.compile(r"@import\s+[\"']?\s*(" + _REMOTE + r"[^\s\"';]*)", re.I),
    ]
    ref_def = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(" + _REMOTE + r"\S*?)>?(?:\s|$)", re.I | re.M)
    return remote, ref_def, re.compile(r"!\[[^\]]*\]\[([^\]]*)\]")


def inside_folder(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().parent == folder.resolve()
    except OSError:
        return False


def _where(text: str, at: int) -> tuple[int, int]:
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def card_problems(path: Path, folder: Path, name: str) -> list[Problem]:
    """What is wrong with the card at `path` (shown as `name`), in the folder it must stay in."""
    if not inside_folder(path, folder):
        return [Problem(name, 1, 1, "card-outside", {"target": str(path.resolve())})]
    try:
        text = path.read_bytes()[:MAX_CARD].decode("utf-8", errors="replace")
    except OSError:
        return []  # reading fails later too, and shows as a missing card
    remote, ref_def, ref_image = _patterns()
    problems = []
    for pattern in remote:
        for match in pattern.finditer(text):
            line, col = _where(text, match.start(1))
            problems.append(Problem(name, line, col, "card-remote", {"url": match.group(1)}))
    images = {m.group(1).strip().lower() for m in ref_image.finditer(text)}
    for match in ref_def.finditer(text):
        if match.group(1).strip().lower() in images:  # ![alt][ref] with [ref]: https://...
            line, col = _where(text, match.start(2))
            problems.append(Problem(name, line, col, "card-remote", {"url": match.group(2)}))
    return sorted(problems, key=lambda p: (p.line, p.col))

"""One word for one thing: the settled terms of docs/writing-flows.md, and a warning
wherever a flow or a card uses another name for the same institution or benefit."""

from __future__ import annotations

import re
from pathlib import Path

from guide.base.files import display_path
from guide.flows.checks import texts
from guide.flows.model import Flow, Mark
from guide.flows.problems import Problem

# (language, the other name, the settled term): keep in step with docs/writing-flows.md
VARIANTS = (
    ("en", "health insurer", "health insurance fund"),
    ("en", "sickness fund", "health insurance fund"),
    ("en", "health fund", "health insurance fund"),
    ("en", "minimum income", "leefloon (social integration income)"),
    ("en", "living allowance", "leefloon (social integration income)"),
    ("en", "living wage", "leefloon (social integration income)"),
    ("en", "subsistence income", "leefloon (social integration income)"),
    ("en", "social welfare centre", "OCMW (public centre for social welfare)"),
    ("en", "PCSW", "OCMW (public centre for social welfare)"),
    ("en", "CPAS", "OCMW (public centre for social welfare)"),
    ("en", "card beside this", "the card for this step"),
    ("nl", "kaart hiernaast", "de kaart bij deze stap"),
)
CODE = "term-variant"


def _pattern(variant: str) -> re.Pattern:
    """The words with any white space between them (a folded YAML line may split them), a plural allowed."""
    words = r"\s+".join(re.escape(w) for w in variant.split())
    return re.compile(rf"\b{words}s?\b", re.IGNORECASE)


_RULES = [(lang, _pattern(variant), term) for lang, variant, term in VARIANTS]
_ANY = {  # per language one pass over a text; the rule that matched is looked up only on a hit
    lang: re.compile("|".join(p.pattern for rule_lang, p, _t in _RULES if rule_lang == lang), re.IGNORECASE)
    for lang in {lang for lang, _v, _t in VARIANTS}
}


def _found(text: str, lang: str):
    """(start offset, words as written, settled term) for each other name in `text`."""
    pattern = _ANY.get(lang)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        term = next(
            term for rule_lang, rule, term in _RULES if rule_lang == lang and rule.fullmatch(m.group(0))
        )
        yield m.start(), " ".join(m.group(0).split()), term


def _line_col(source: str, offset: int) -> tuple[int, int]:
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _offset(source: str, mark: Mark) -> int:
    """The character offset of a 1-based line and column."""
    pos = 0
    for _ in range(mark.line - 1):
        nxt = source.find("\n", pos)
        if nxt < 0:
            return len(source)
        pos = nxt + 1
    return pos + mark.col - 1


# the words of each other name, to look for in the file as a whole first
_WORDS = tuple(tuple(variant.lower().split()) for _lang, variant, _term in VARIANTS)
# letters that match an ASCII letter without ignoring case, but not once lowered (re's own rule)
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def _may_hold(source: str) -> bool:
    """False when no flow text can hold another name: a word of each is missing from the file.
    A text is the file's own characters, with white space added by folding, but where an escape
    (a backslash) makes one."""
    if "\\" in source or any(c in source for c in _ODD_CASE):
        return True
    lowered = source.lower()
    return any(all(word in lowered for word in words) for words in _WORDS)


def flow_problems(flow: Flow, source: str) -> list[Problem]:
    """A warning at the spot in the file where a flow text uses another name for a settled term."""
    problems: list[Problem] = []
    if not _may_hold(source):
        return problems
    for text in texts(flow):
        for lang, value in text.values.items():
            mark = text.marks.get(lang, text.mark)
            start = None
            for _at, words, term in _found(value, lang):
                if start is None:
                    start = _offset(source, mark)
                # the value as written may be quoted or folded:
                # find the words in the file from where it starts
                rule = _pattern(words)
                hit = rule.search(source, start)
                line, col = _line_col(source, hit.start()) if hit else (mark.line, mark.col)
                if hit:
                    start = hit.end()
                problems.append(Problem(flow.path, line, col, CODE, {"found": words, "term": term},
                                        "warning"))
    return problems


def card_problems(cards: dict[str, dict[str, Path]]) -> list[Problem]:
    """The same warning for the cards, per language folder."""
    problems: list[Problem] = []
    for lang, table in sorted(cards.items()):
        for _card_id, path in sorted(table.items()):
            try:
                source = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            name = display_path(path)
            for at, words, term in sorted(_found(source, lang)):
                line, col = _line_col(source, at)
                problems.append(Problem(name, line, col, CODE, {"found": words, "term": term}, "warning"))
    return problems

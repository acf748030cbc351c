"""One name per krachtlijn, and one rule for showing a score.

The name is the krachtlijn card's title after "Krachtlijn N — " (content/<lang>/krachtlijn-N.md):
the option feedback, every score table, chart, group view and export read it here. Tags sort
1 to 10 by number (not as text), other tags after them.

A score is (earned, best possible): with no points possible it is n.v.t. (the earned points
beside it when there are any); otherwise a percentage within -100..100 with the raw points beside it.
"""

from __future__ import annotations

from guide.base.i18n import t
from guide.flows.model import KRACHTLIJNEN


def number(tag: str) -> int | None:
    """6 for "krachtlijn-6"; None for a tag that is no krachtlijn."""
    return KRACHTLIJNEN.index(tag) + 1 if tag in KRACHTLIJNEN else None


def ordered(tags) -> list[str]:
    """Krachtlijnen 1 to 10 by number, then the other tags alphabetically."""
    return sorted(tags, key=lambda tag: (0, number(tag), "") if tag in KRACHTLIJNEN else (1, 0, tag))


def name(lib, tag: str, lang: str) -> str:
    """The card's title without "Krachtlijn N — ": "Een gepaste rolcombinatie"."""
    title = lib.card_title(tag, lang)
    return title.split("—", 1)[1].strip() if "—" in title else title


def label(lib, tag: str, lang: str) -> str:
    """"Krachtlijn 6 · Een gepaste rolcombinatie" (another tag: its card title or the tag)."""
    n = number(tag)
    return f"{t('krachtlijn.word', lang)} {n} · {name(lib, tag, lang)}" if n else lib.card_title(tag, lang)


def short(lib, tag: str, lang: str) -> str:
    """" 6 Een gepaste rolcombinatie": the number and the name, for charts."""
    n = number(tag)
    return f"{n:>2} {name(lib, tag, lang)}" if n else lib.card_title(tag, lang)


def percent(got: int, best: int) -> int | None:
    """Earned against the best possible, within -100..100; None when no points are possible."""
    if best <= 0:
        return None
    return max(-100, min(100, round(100 * got / best)))


def points(got: int, best: int) -> str:
    """The raw points: "4/6"; "-3" when no points were possible."""
    return str(got) if best <= 0 else f"{got}/{best}"


def score_text(got: int, best: int, lang: str) -> str:
    """"67% (4/6)", "-100% (-7/6)", "n.v.t." or "n.v.t. (-3)": never "0 / 0"."""
    value = percent(got, best)
    if value is None:
        na = t("report.not-tested", lang)
        return na if got == 0 else f"{na} ({points(got, best)})"
    return f"{value}% ({points(got, best)})"


def percent_text(value: int | None, lang: str) -> str:
    """A percentage already worked out (a group's mean): within bounds, or n.v.t."""
    if value is None:
        return t("report.not-tested", lang)
    return f"{max(-100, min(100, value))}%"

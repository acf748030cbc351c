"""Checks on the cards themselves: a card that states facts (a basic right, safety)
names its sources and when they were checked."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from guide.base.files import display_path
from guide.flows.problems import Problem

SOURCED_PREFIXES = ("recht-", "veiligheid-")  # cards that state rules a caseworker acts on
SOURCES_HEADING = {"nl": "## Bronnen", "en": "## Sources"}
STALE_AFTER_DAYS = 365
_URL = re.compile(r"https?://\S+")
_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")



def source_lines(text: str, lang: str) -> tuple[int | None, list[tuple[int, str]]]:
    """The line of the sources heading and the list items under it (line number, text)."""
    heading = SOURCES_HEADING.get(lang, SOURCES_HEADING["en"])
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.strip() == heading), None)
    if start is None:
        return None, []
    items = []
    for i in range(start + 1, len(lines)):
        line = lines[i].strip()
        if line.startswith("## "):
            break
        if line.startswith("- "):
            items.append((i + 1, line[2:]))
    return start + 1, items


def check_rights_cards(cards: dict[str, dict[str, Path]], today: dt.date | None = None) -> list[Problem]:
    """Every `recht-*` and `veiligheid-*` card lists sources, each with a link and a check date;
    a date over a year old warns."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    for lang, table in sorted(cards.items()):
        for card_id, path in sorted(table.items()):
            if not card_id.startswith(SOURCED_PREFIXES):
                continue
            name = display_path(path)
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            heading_line, items = source_lines(text, lang)
            if heading_line is None or not items:
                heading = SOURCES_HEADING.get(lang, SOURCES_HEADING["en"])
                problems.append(Problem(name, heading_line or 1, 1, "card-sources",
                                        {"card": card_id, "heading": heading}))
                continue
            for line_no, item in items:
                date = _DATE.search(item)
                if not _URL.search(item) or date is None:
                    problems.append(Problem(name, line_no, 1, "card-source-line", {"card": card_id}))
                    continue
                try:
                    checked = dt.date(int(date[1]), int(date[2]), int(date[3]))
                except ValueError:
                    problems.append(Problem(name, line_no, 1, "card-source-line", {"card": card_id}))
                    continue
                if (today - checked).days > STALE_AFTER_DAYS:
                    problems.append(
                        Problem(name, line_no, date.start() + 3, "card-source-stale",
                                {"card": card_id, "date": checked.isoformat()}, "warning")
                    )
    return problems

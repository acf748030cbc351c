"""Planned questions, read one by one: split a caseworker's typed questions, and find stacked ones
(two or more questions in one breath). Used by the intake plan (guide/artefacts/intake_plan.py)."""

from __future__ import annotations

import re

from guide.moves import read

_QUESTION_WORDS = {
    "nl": ("hoe|wat|waar|wanneer|wie|waarom|welke|welk|hoeveel|hoelang|heb|hebt|heeft|hebben|ben|"
           "bent|zijt|is|"
           "zijn|kan|kun|kunt|wil|wilt|zou|moet|mag|ga|gaat|doe|doet|weet|voel|voelt|zie|ziet|vind|vindt"),
    "en": "how|what|where|when|who|why|which|do|does|did|are|is|was|were|can|could|would|will|have|has|"
          "shall|should",
}
_JOINS = {"nl": "en|of|maar", "en": "and|or|but"}


def split(text: str) -> list[str]:
    """The questions in a typed text: each piece up to a '?', and a last line without one."""
    out = []
    for line in text.splitlines():
        pieces = re.findall(r"[^?]*\?+", line)
        rest = line[sum(len(p) for p in pieces):]
        out += [p.strip() for p in pieces if p.strip(" ?")]
        if rest.strip(" .!"):
            out.append(rest.strip())
    return out


def stacked(question: str, lang: str) -> str | None:
    """The words where a second question starts inside one question ('en wat', ', hoe'), or None."""
    words, joins = _QUESTION_WORDS.get(lang, _QUESTION_WORDS["nl"]), _JOINS.get(lang, _JOINS["nl"])
    found = re.search(rf"(?:,|\b(?:{joins})\b)\s+(?:(?:{joins})\s+)?(?:{words})\b", question, re.IGNORECASE)
    return found.group(0).lstrip(", ") if found else None


def cue(question: str, lang: str) -> tuple[str, str] | None:
    """(kind, the words that decided it) for a question worth a second look, None for a good one:
    'stacked' (two questions in one), 'blame' (a 'waarom' that blames), 'closed' (yes/no or one fact)."""
    if question.count("?") >= 2:  # one sentence to open with, holding more than one question
        second = split(question)[1].split()
        return "stacked", " ".join(second[:3]) + ("…" if len(second) > 3 else "")
    if words := stacked(question, lang):
        return "stacked", words
    reading = read(question, lang)
    if "confront" in (reading.move, reading.secondary):
        return "blame", reading.cues[-1] if reading.cues else question
    if reading.move == "closed_question":
        return "closed", reading.cues[0] if reading.cues else question
    return None

"""The reader: guards first, then the forms of each sentence, then the turn's primary and secondary move."""

from __future__ import annotations

import re
from dataclasses import dataclass

from guide.base.i18n import t
from guide.moves import guards
from guide.moves.kinds import Reading, describe
from guide.moves.rules import FILLERS, IMPERATIVES, PRONOUNS, rules
from guide.moves.text import Token, sentences, tokens

WARNED = ("confront", "advice", "reassure")
_CLAUSE_WORDS = {
    "nl": {"hoe", "wat", "waarom", "wanneer", "waar", "wie", "welke", "hoeveel", "waardoor", "waarover", "vertel",
           "mag", "heb", "ben", "wil", "kan", "kun", "zou", "klopt"},
    "en": {"how", "what", "why", "when", "where", "who", "which", "tell", "may", "can", "could", "would", "do",
           "does", "did", "have", "are", "is"},
}
CHECKS = {
    "nl": re.compile(r"^(?:klopt (?:dat|het|da)|is dat (?:zo|juist|correct)|heb ik (?:dat|het) (?:goed|juist)|"
                     r"zie ik (?:dat|het) (?:goed|juist)|juist|correct|toch|of niet|niet)$"),
    "en": re.compile(r"^(?:is that right|is that correct|right|did i get that right|have i got that right|"
                     r"is that it|correct|yes|true|or not|did i get that|have i got it)$"),
}


@dataclass(frozen=True)
class Hit:
    move: str
    form: str
    start: int  # the span of the typed text that decided it
    end: int
    clause: int


def clauses(text: str, toks: list[Token], lang: str) -> list[list[Token]]:
    """Sentences, and a sentence split again where a comma is followed by a question or question word."""
    out: list[list[Token]] = []
    words = _CLAUSE_WORDS.get(lang, _CLAUSE_WORDS["nl"])
    fillers = FILLERS.get(lang, set())
    for sent in sentences(toks):
        current: list[Token] = [sent[0]]
        for prev, tok in zip(sent, sent[1:], strict=False):
            gap = text[prev.end:tok.start]
            if ("," in gap or " - " in gap) and (tok.norm in words or tok.norm in fillers):
                out.append(current)
                current = []
            current.append(tok)
        out.append(current)
    return out


def _ends_with_question(text: str, clause: list[Token]) -> bool:
    tail = text[clause[-1].end:clause[-1].end + 12]
    return tail.lstrip().startswith("?")


def _strip_fillers(clause: list[Token], lang: str) -> list[Token]:
    fillers = FILLERS.get(lang, set())
    i = 0
    while i < len(clause) - 1 and clause[i].norm in fillers:
        i += 1
    return clause[i:]


def clause_hits(text: str, clause: list[Token], index: int, lang: str) -> list[Hit]:
    """Every form found in one clause, in the order of the rules (the first decides the clause)."""
    words = _strip_fillers(clause, lang)
    joined, starts = "", []
    for tok in words:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {tok.norm}" if joined else tok.norm
    found: list[Hit] = []
    for move, form, pattern in rules(lang):
        match = pattern.search(joined)
        if match is None:
            continue
        lo, hi = match.span(1)
        first = max(i for i, s in enumerate(starts) if s <= lo)
        last = max((i for i, s in enumerate(starts) if s < hi), default=first)
        found.append(Hit(move, form, words[first].start, words[last].end, index))
    first = words[0]
    if lang in IMPERATIVES and first.norm in IMPERATIVES[lang] and not _ends_with_question(text, clause):
        second = words[1].norm if len(words) > 1 else ""
        said = any(hit.move in ("reassure", "confront") or hit.form == "tell" for hit in found)
        if not said and (second not in PRONOUNS[lang] or second in ("je", "uw", "jouw")):
            found.insert(0, Hit("advice", "imperative", first.start, first.end, index))
    return found


_GATHER = {
    "nl": re.compile(r"(?:als ik (?:het|je|jou) (?:\w+ )?(?:goed|even|juist) (?:hoor|begrijp|volg|samenvat|versta)|"
                     r"wat ik (?:tot nu toe )?hoor|ik hoor (?:dus )?(?:dat )?(?:je|jij) (?:zegt|vertelt)|"
                     r"(?:je|jij) (?:zegt|vertelt|vertelde|zei) (?:dus|eigenlijk))"),
    "en": re.compile(r"(?:if i (?:have )?(?:understood|understand|heard|hear) (?:you )?(?:right|correctly|well)|"
                     r"what i (?:am hearing|hear|have heard)|so you (?:are saying|said|told me)|you have told me)"),
}


def gathered(text: str, lang: str) -> Hit | None:
    """A summary without the word: 'als ik het goed hoor' and then two or more things the other said."""
    toks = tokens(text, lang)
    joined, starts = "", []
    for tok in toks:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {tok.norm}" if joined else tok.norm
    match = _GATHER[lang].search(joined)
    if match is None:
        return None
    first = max(i for i, s in enumerate(starts) if s <= match.start())
    last = max(i for i, s in enumerate(starts) if s < match.end())
    after = text[toks[last].end:]
    items = len(re.findall(r"[,;:.]\s*\S|\s(?:en|and|ook|also|daarnaast|bovendien)\s", after))
    return Hit("summary", "summary", toks[first].start, toks[last].end, 0) if items >= 2 else None


@dataclass(frozen=True)
class Decision:
    move: str
    secondary: str | None
    hits: tuple[Hit, ...]  # the primary's hit first, then the secondary's
    form: str  # a guard's form when no hit decided


def decide(text: str, lang: str, context: str | None) -> Decision:
    toks = tokens(text, lang)
    if not toks:
        return Decision("not_a_turn", None, (), "empty" if not text.strip() else "no-words")
    words = [tok.norm for tok in toks]
    if sum(guards.mashy(text[tok.start:tok.end]) for tok in toks) * 2 >= len(toks):
        return Decision("not_a_turn", None, (), "mash")
    if all(w in guards.TEST_WORDS for w in words):
        return Decision("not_a_turn", None, (), "test")
    if all(w in guards.MINIMAL.get(lang, set()) for w in words):
        return Decision("not_a_turn", None, (), "minimal")
    if context and guards.copied(toks, tokens(context, lang)):
        return Decision("not_a_turn", None, (), "copy")
    if guards.stuffed(words, lang):
        return Decision("not_a_turn", None, (), "stuffed")
    per_clause: list[list[Hit]] = []
    for index, clause in enumerate(clauses(text, toks, lang)):
        words_c = [tok.norm for tok in clause]
        if index and CHECKS[lang].match(" ".join(words_c)) and per_clause and per_clause[-1]:
            continue  # 'klopt dat?' checks what was said before it: no move of its own
        found = clause_hits(text, clause, index, lang)
        if not found and _ends_with_question(text, clause):
            found = [Hit("closed_question", "question-mark", clause[0].start, clause[-1].end, index)]
        per_clause.append(found)
    decided = [found[0] for found in per_clause if found]
    if not decided:
        return Decision("not_a_turn", None, (), "no-move")
    every = [hit for found in per_clause for hit in found]
    summary = next((h for h in every if h.move == "summary"), None) or gathered(text, lang)
    if summary is not None and not any(h.move in WARNED for h in decided):
        return Decision("summary", None, (summary,), "")
    warned = [h for h in decided if h.move in WARNED]
    if warned:
        primary = warned[0]
        choice = next((h for h in every if h.form == "choice"), None)
        if primary.move == "advice" and choice is not None:
            return Decision("autonomy_permission", "advice", (choice, primary), "")
    else:
        primary = decided[-1]
    rest = [h for h in decided if h.move != primary.move]
    if not rest:  # one clause holding two moves: its next different form
        rest = [h for h in every if h.clause == primary.clause and h.move != primary.move
                and h.move in WARNED + ("autonomy_permission",) and primary.move not in WARNED]
    secondary = rest[-1] if rest else None
    if secondary is None:
        return Decision(primary.move, None, (primary,), "")
    return Decision(primary.move, secondary.move, (primary, secondary), "")


def explain(text: str, decision: Decision, lang: str) -> tuple[str, tuple[str, ...]]:
    """The reason in words and the exact words of the turn it quotes."""
    if not decision.hits:
        cue = text.strip()
        cues = (cue,) if cue and decision.form not in ("empty", "no-move") else ()
        why = t(f"moves.why.{decision.form}", lang, move=describe("not_a_turn", lang), cue=cue)
        return why, cues
    parts, cues = [], []
    for hit in decision.hits:
        cue = text[hit.start:hit.end]
        parts.append(t("moves.why", lang, move=describe(hit.move, lang), form=t(f"moves.form.{hit.form}", lang),
                       cue=cue))
        cues.append(cue)
    why = parts[0] if len(parts) == 1 else t("moves.why.two", lang, first=parts[0], second=parts[1])
    return why, tuple(cues)


def read(turn: str, lang: str, context: str | None) -> Reading:
    lang = lang if lang in ("nl", "en") else "nl"
    decision = decide(turn, lang, context)
    why, cues = explain(turn, decision, lang)
    return Reading(decision.move, decision.secondary, why, cues)

"""The reader: guards first, then the forms of each sentence, then the turn's primary and secondary move."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from guide.base.i18n import t
from guide.moves import features, guards
from guide.moves.kinds import Reading, describe
from guide.moves.model import score, weights
from guide.moves.rules import FEELINGS_BY_LANG, FILLERS, IMPERATIVE_T_NL, IMPERATIVES, rules
from guide.moves.text import Token, sentences, tokens

WARNED = ("confront", "advice", "reassure")
_CLAUSE_WORDS = {
    "nl": {"hoe", "wat", "waarom", "wanneer", "waar", "wie", "welke", "hoeveel", "waardoor", "waarover",
           "vertel", "mag", "heb", "ben", "wil", "kan", "kun", "zou", "klopt"},
    "en": {"how", "what", "why", "when", "where", "who", "which", "tell", "may", "can", "could", "would",
           "do", "does", "did", "have", "are", "is"},
}
CHECKS = {  # a check after a summary or reflection: part of it, not a question of its own
    "nl": re.compile(r"^(?:klopt (?:dat|het|da|dit)|is dat (?:zo|juist|correct)|heb ik (?:dat|het|je|"
                     r"alles) (?:\w+ )?"
                     r"(?:goed|juist)|zie ik (?:dat|het) (?:goed|juist)|begrijp ik (?:dat|het|je) "
                     r"(?:goed|juist)|"
                     r"vergeet ik|mis ik|zit ik (?:juist|goed)|juist|correct|toch|of niet)(?!\w)"),
    "en": re.compile(r"^(?:is that (?:right|correct|it|how|what|true)|is this right|right|correct me|did i "
                     r"(?:get|miss|"
                     r"understand)|have i (?:got|missed|understood)|am i (?:right|missing)|does that "
                     r"(?:sound|fit)|correct|or not|did i get)(?!\w)"),
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
        for n in range(1, len(sent)):
            prev, tok = sent[n - 1], sent[n]
            gap = text[prev.end:tok.start]
            ahead = sent[n + 1].norm if n + 1 < len(sent) else ""
            if ("," in gap or " - " in gap) and (
                tok.norm in words or (tok.norm in fillers and ahead in words)
            ):
                out.append(current)
                current = []
            current.append(tok)
        out.append(current)
    return out


def _ends_with_question(text: str, clause: list[Token]) -> bool:
    tail = text[clause[-1].end:clause[-1].end + 12]
    return tail.lstrip().startswith("?")


OPENERS = {"nl": ("weet", "je", "wat"), "en": ("you", "know", "what")}


def _strip_fillers(clause: list[Token], lang: str, text: str = "") -> list[Token]:
    """The clause without the fillers that open it ('allee', 'dus', 'weet je wat,')."""
    fillers = FILLERS.get(lang, set())
    opener = OPENERS.get(lang, OPENERS["nl"])
    n = len(opener)
    if len(clause) > n and tuple(tok.norm for tok in clause[:n]) == opener and \
            "," in text[clause[n - 1].end:clause[n].start]:
        clause = clause[n:]  # 'weet je wat, ik regel dat': a filler opening a statement, not a question
    i = 0
    while i < len(clause) - 1 and clause[i].norm in fillers:
        i += 1
    return clause[i:]


def clause_hits(text: str, clause: list[Token], index: int, lang: str) -> list[Hit]:
    """Every form found in one clause, in the order of the rules (the first decides the clause)."""
    words = _strip_fillers(clause, lang, text)
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
        if form == "question-word" and _relative(text, words, lang):
            continue
        found.append(Hit(move, form, words[first].start, words[last].end, index))
    command = None if _ends_with_question(text, clause) else _imperative(text, words, lang)
    said = command is not None and any(  # 'maak je geen zorgen', 'vertel eens': the command is that move
        (hit.move in ("reassure", "confront") or hit.form in ("tell", "room"))
        and hit.start <= command.start < hit.end
        for hit in found)
    if command is not None and not said:
        found.insert(0, Hit("advice", "imperative", command.start, command.end, index))
    return found


SUBJECTS = {"nl": {"jij", "jullie", "hij", "zij", "we", "wij", "ik", "men", "er"},
            "en": {"you", "he", "she", "they", "we", "i", "me", "us"}}
def _relative(text: str, words: list[Token], lang: str) -> bool:
    """'Wat je hier zegt, blijft bij mij': 'wat' opens a part of a statement, not a question."""
    if words[0].norm not in ("wat", "what") or _ends_with_question(text, words):
        return False
    return any("," in text[a.end:b.start] for a, b in zip(words[:8], words[1:9], strict=False))


_SOFTENERS = {"just", "please", "gewoon", "alsjeblieft", "aub", "maar", "even", "dan", "so", "now", "nu"}


def _imperative(text: str, words: list[Token], lang: str) -> Token | None:
    """The verb of a command at the start of the clause or after a comma in it ('..., take it every day')."""
    for i, tok in enumerate(words):
        if i and "," not in text[words[i - 1].end:tok.start]:
            continue
        j = i
        while j < len(words) - 1 and words[j].norm in _SOFTENERS:
            j += 1
        verb = words[j]
        following = words[j + 1].norm if j + 1 < len(words) else ""
        if verb.norm in IMPERATIVE_T_NL and (i or following == "je"):
            continue  # 'gaat ge mee' is a question, '..., blijft bij mij' a statement
        if verb.norm in IMPERATIVES[lang] and following not in SUBJECTS[lang]:
            return verb
    return None


_GATHER = {
    "nl": re.compile(r"(?:als ik (?:het|je|jou) (?:\w+ )?(?:goed|even|juist) (?:hoor|begrijp|volg|"
                     r"samenvat|versta)|"
                     r"wat ik (?:tot nu toe )?hoor|ik hoor (?:dus )?(?:dat )?(?:je|jij) (?:zegt|vertelt)|"
                     r"(?:je|jij) (?:zegt|vertelt|vertelde|zei) (?:dus|eigenlijk))"),
    "en": re.compile(r"(?:if i (?:have )?(?:understood|understand|heard|hear) (?:you )?(?:right|"
                     r"correctly|well)|"
                     r"what i (?:am hearing|hear|have heard)|so you (?:are saying|said|told me)|"
                     r"you have told me)"),
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
        return _checked_list(text, toks, lang) or _long_list(text, toks, lang)
    first = max(i for i, s in enumerate(starts) if s <= match.start())
    last = max(i for i, s in enumerate(starts) if s < match.end())
    after = text[toks[last].end:]
    items = len(re.findall(r"[,;:.]\s*\S|\s(?:en|and|ook|also|daarnaast|bovendien)\s", after))
    return Hit("summary", "summary", toks[first].start, toks[last].end, 0) if items >= 2 else None


_CHECK_AT_END = {
    "nl": re.compile(r"(?:klopt (?:dat|het|dit)|dat klopt|is dat (?:zo|juist|correct)|zie ik (?:dat|het) "
                     r"(?:goed|juist)|"
                     r"heb ik (?:dat|het|je|alles) (?:\w+ )?(?:goed|juist)|vergeet ik (?:\w+ )?iets|he|"
                     r"toch|juist)$"),
    "en": re.compile(r"(?:is that right|is that correct|right|did i get that(?: right)?|have i got that"
                     r"(?: right)?|correct me if i am wrong|is that it|am i right|is that how it is)$"),
}


def _checked_list(text: str, toks: list[Token], lang: str) -> Hit | None:
    """Three or more things listed, then a check ('klopt dat?', 'is that right'): a summary."""
    joined = " ".join(tok.norm for tok in toks)
    match = _CHECK_AT_END[lang].search(joined)
    if match is None or len(toks) < 8:
        return None
    words = len(joined[:match.start()].split())
    check = toks[words:] or toks[-1:]
    body = text[:check[0].start]
    items = len(re.findall(r"[,;:.]\s*\S|\s(?:en|and|ook|also|daarnaast|bovendien|plus)\s", body))
    return Hit("summary", "summary", check[0].start, check[-1].end, 0) if items >= 2 else None


def _long_list(text: str, toks: list[Token], lang: str) -> Hit | None:
    """A first sentence of three or more things the other said, without a question: a summary."""
    first = sentences(toks)[0]
    if len(first) < 12 or _ends_with_question(text, first):
        return None
    span = text[first[0].start:first[-1].end]
    if span.count(",") + span.count(";") >= 2 and re.search(r"\s(?:en|and)\s", span):
        return Hit("summary", "summary", first[0].start, first[-1].end, 0)
    return None


@dataclass(frozen=True)
class Decision:
    move: str
    secondary: str | None
    hits: tuple[Hit, ...]  # the primary's hit first, then the secondary's
    form: str  # a guard's form when no hit decided
    more: tuple[Hit, ...] = ()  # further words behind the primary move (the model's evidence)


def guard(text: str, toks: list[Token], lang: str, context_toks: list[Token]) -> Decision | None:
    """A turn that is no conversational move at all, whatever its words; None for a real turn."""
    if not toks:
        return Decision("not_a_turn", None, (), "empty" if not text.strip() else "no-words")
    words = [tok.norm for tok in toks]
    if sum(guards.mashy(text[tok.start:tok.end]) for tok in toks) * 2 >= len(toks):
        return Decision("not_a_turn", None, (), "mash")
    if all(w in guards.TEST_WORDS for w in words):
        return Decision("not_a_turn", None, (), "test")
    if all(w in guards.MINIMAL.get(lang, set()) for w in words):
        return Decision("not_a_turn", None, (), "minimal")
    if guards.stalled(text, words, lang):
        return Decision("not_a_turn", None, (), "stall")
    if context_toks and (guards.copied(toks, context_toks) or guards.listed(toks, context_toks, lang)):
        return Decision("not_a_turn", None, (), "copy")
    if guards.stuffed(words, lang):
        return Decision("not_a_turn", None, (), "stuffed")
    room = guards.to_the_room(toks, context_toks, lang)
    if room is not None:
        return Decision("not_a_turn", None, (Hit("not_a_turn", "room", room.start, room.end, 0),), "room")
    topic = guards.off_topic(toks, context_toks, lang)
    if topic is not None:
        return Decision("not_a_turn", None, (Hit("not_a_turn", "off-topic", topic.start, topic.end, 0),),
                        "off-topic")
    return None


_YOURS = {"nl": {"je", "jij", "jou", "jouw", "jezelf", "jullie"}, "en": {"you", "your", "yours", "yourself"}}


def _given_back(clause: list[Token], index: int, lang: str, heard: Sequence[Token]) -> list[Hit]:
    """A statement no form decided: a reflection when it names a feeling, the other, or the other's words."""
    feelings = FEELINGS_BY_LANG[lang]
    named = [tok for tok in clause if tok.norm in feelings or tok.norm in _YOURS[lang]]
    if named:
        return [Hit("reflection", "statement", clause[0].start, clause[-1].end, index)]
    said = {features.stem(tok.norm, lang) for tok in heard if len(tok.norm) > 3}
    mirrored = [tok for tok in clause if len(tok.norm) > 3 and features.stem(tok.norm, lang) in said]
    if mirrored and len(clause) >= 2:
        return [Hit("reflection", "mirror", mirrored[0].start, mirrored[-1].end, index)]
    return []


def by_rules(
    text: str, toks: list[Token], lang: str, heard: Sequence[Token] = ()
) -> tuple[Decision, list[Hit], bool]:
    """The rules' reading, every form they found, and whether the last clause asks something."""
    per_clause: list[list[Hit]] = []
    for index, clause in enumerate(clauses(text, toks, lang)):
        words_c = [tok.norm for tok in clause]
        if index and CHECKS[lang].match(" ".join(words_c)) and per_clause and per_clause[-1]:
            continue  # 'klopt dat?' checks what was said before it: no move of its own
        found = clause_hits(text, clause, index, lang)
        if found and found[0].form == "statement" and _ends_with_question(text, clause):
            found = []  # 'ge hebt een medische kaart?': a new fact checked, not a feeling given back
        if not found and _ends_with_question(text, clause):
            found = [Hit("closed_question", "question-mark", clause[0].start, clause[-1].end, index)]
        if not found:
            found = _given_back(clause, index, lang, heard)
        per_clause.append(found)
    every = [hit for found in per_clause for hit in found]
    asked = _ends_with_question(text, toks[-1:])
    decided = [found[0] for found in per_clause if found]
    if not decided:
        return Decision("not_a_turn", None, (), "no-move"), every, asked
    return _combine(text, lang, decided, every), every, asked


def _combine(text: str, lang: str, decided: list[Hit], every: list[Hit]) -> Decision:
    summary = next((h for h in every if h.move == "summary"), None) or gathered(text, lang)
    if summary is not None and not any(h.move in WARNED + ("affirmation",) for h in decided):
        return Decision("summary", None, (summary,), "")
    warned = [h for h in decided if h.move in WARNED]
    heard = [h for h in decided if h.move == "reflection"]
    if warned and warned[0].form == "minimise" and heard and heard[0].clause < warned[0].clause:
        # normalising after the feeling was heard is no reassurance (docs/moves.md, rule 11)
        return Decision("reflection", "information", (heard[0],), "")
    if warned:
        primary = warned[0]
        choice = next((h for h in every if h.form == "choice"), None)
        if primary.move == "advice" and choice is not None:
            return Decision("autonomy_permission", "advice", (choice, primary), "")
    else:  # the last move, unless only a statement without a form came after a real form
        strong = [h for h in decided if h.form not in ("statement", "mirror", "question-mark")]
        primary = strong[-1] if strong and decided[-1] not in strong else decided[-1]
    rest = [h for h in decided if h.move != primary.move]
    if not rest:  # one clause holding two moves: its next different form
        rest = [h for h in every if h.clause == primary.clause and h.move != primary.move
                and h.move in WARNED + ("autonomy_permission",) and primary.move not in WARNED]
    secondary = rest[-1] if rest else None
    if secondary is None:
        return Decision(primary.move, None, (primary,), "")
    return Decision(primary.move, secondary.move, (primary, secondary), "")


def turn_features(text: str, lang: str, context: str | None):
    """(a guard's decision or None, the rules' decision, the forms found, the model's features)."""
    toks = tokens(text, lang)
    heard = tokens(context, lang) if context else []
    stop = guard(text, toks, lang, heard)
    if stop is not None:
        return stop, None, [], []
    ruled, every, asked = by_rules(text, toks, lang, heard)
    found = features.extract(text, toks, lang, heard, every, (ruled.move, ruled.secondary or "none"), asked)
    return None, ruled, every, found


def decide(text: str, lang: str, context: str | None) -> Decision:
    model = weights(lang)
    if model is not None and features.OPTIONS != model["options"]:  # the features the weights know
        features.OPTIONS.update(model["options"])
    stop, ruled, every, found = turn_features(text, lang, context)
    if stop is not None:
        return stop
    if model is None:
        return ruled
    move = choose(model, [name for name, _ in found], ruled.move)
    if move == ruled.move:
        return ruled
    second = ruled.move if ruled.move not in (move, "not_a_turn") else ruled.secondary
    second = None if second == move else second
    second_hits = tuple(h for h in ruled.hits if h.move == second)[:1]
    hit = next((h for h in every if h.move == move), None)
    if hit is not None:
        return Decision(move, second, (hit, *second_hits), "")
    evidence = _evidence(model, move, found)
    if not evidence:
        return Decision(move, None, (), "no-move") if move == "not_a_turn" else ruled
    return Decision(move, second, (evidence[0], *second_hits), "", tuple(evidence[1:]))


def choose(model: dict, names: list[str], ruled: str) -> str:
    """The rules' move while the model gives it at least `trust`, else the model's most likely move; the
    model never throws away as 'not a turn' what the rules read as a move."""
    probs = score(model, names)
    moves = model["moves"]
    if probs[moves.index(ruled)] >= model["trust"]:
        return ruled
    ranked = sorted(range(len(moves)), key=lambda j: -probs[j])
    return next(moves[j] for j in ranked if moves[j] != "not_a_turn" or ruled == "not_a_turn")


def _evidence(model: dict, move: str, found) -> list[Hit]:
    """The spans of the typed text whose features weigh most for `move`: up to two, in text order."""
    column = model["moves"].index(move)
    weight: dict[tuple[int, int], float] = {}
    for name, span in found:
        row = model["weights"].get(name)
        if row is not None and span is not None:
            weight[span] = weight.get(span, 0.0) + row[column] - sum(row) / len(row)
    best = sorted((w, span) for span, w in weight.items() if w > 0)[::-1]
    chosen: list[tuple[int, int]] = []
    for _, (lo, hi) in best:
        if all(hi <= a or lo >= b for a, b in chosen):
            chosen.append((lo, hi))
        if len(chosen) == 2:
            break
    return [Hit(move, "model", lo, hi, 0) for lo, hi in sorted(chosen)]


def explain(text: str, decision: Decision, lang: str) -> tuple[str, tuple[str, ...]]:
    """The reason in words and the exact words of the turn it quotes."""
    if decision.hits and decision.hits[0].form in ("off-topic", "room"):
        cue = text[decision.hits[0].start:decision.hits[0].end]
        why = t(f"moves.why.{decision.hits[0].form}", lang, move=describe("not_a_turn", lang), cue=cue)
        return why, (cue,)
    if not decision.hits:
        cue = text.strip()
        cues = (cue,) if cue and decision.form not in ("empty", "no-move") else ()
        why = t(f"moves.why.{decision.form}", lang, move=describe("not_a_turn", lang), cue=cue)
        return why, cues
    parts: list[str] = []
    quoted: list[str] = []
    for n, hit in enumerate(decision.hits):
        words = [text[h.start:h.end] for h in (hit, *(decision.more if n == 0 else ()))]
        parts.append(t("moves.why", lang, move=describe(hit.move, lang),
                       form=t(f"moves.form.{hit.form}", lang), cue="', '".join(words)))
        quoted.extend(words)
    why = parts[0] if len(parts) == 1 else t("moves.why.two", lang, first=parts[0], second=parts[1])
    return why, tuple(quoted)


LONGEST = 1000  # characters read of a turn (and of the client's line): a turn is a few sentences


def read(turn: str, lang: str, context: str | None) -> Reading:
    lang = lang if lang in ("nl", "en") else "nl"
    turn = turn[:LONGEST]
    decision = decide(turn, lang, context[:LONGEST] if context else None)
    why, cues = explain(turn, decision, lang)
    return Reading(decision.move, decision.secondary, why, cues)

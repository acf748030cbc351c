"""Which option of a choice a typed turn means, or none of them ("something else"), offline.

Each option is read once: its label, and its feedback and inner side (they say what the option does),
as concepts from small hand-written lexicons (weights/concepts.json, the role-plays' own words;
weights/everyday.json, everyday synonym groups; weights/stances.json, stances such as rescuing, blame or
leaving the choice, as a turn says them and as feedback names them), as word stems, and the move the
reader gives its label. A word the lexicons lack is tried in another form and, in Dutch, as a compound
of known parts. A turn scores against each option by the concepts, stances and stems they share,
weighed by how well they tell this choice's options apart, and by whether its move is the option's. A
shipped role-play's example turns weigh in beside them (guide/moves/examples.py). A turn that is no
move, a string of key words, or too far from every option means none of them (docs/moves.md,
"Matching options").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from guide.base.i18n import t
from guide.flows.model import Step, text_in
from guide.moves import examples, read
from guide.moves.features import stem
from guide.moves.guards import FUNCTION_WORDS, META
from guide.moves.kinds import Reading
from guide.moves.model import WEIGHTS
from guide.moves.reader import LONGEST, clauses, guard
from guide.moves.text import tokens

# tuned on the train rows of tests/data/options (python -m benchmarks.options --train); STANCE, THRESHOLD and
# OTHER chosen between a few values by the dev rows' figures alone (--split dev)
CONCEPT, STEM, STANCE = 1.0, 0.8, 0.6  # what a shared concept, word stem and stance weigh
MORE = 0.1  # a feature found only in the option's feedback or inner side, against one in its label
SAME_MOVE, NEAR_MOVE = 0.1, 0.05  # the turn's move is the option's primary / one of its two moves
THRESHOLD = 0.12  # the least nearness that makes an option the one meant
AGAIN = 1.0  # what each further word naming the same concept adds (up to three words)
OTHER = 0.3  # the least nearness when the turn's move is none of the option's
ALONE = 0.2  # the least nearness when one word of the turn only is shared with the option
ASIDE = 0.7  # the least nearness of a short question to an option that asks nothing (`aside`)
SIDE = 0.5  # the least nearness of a short question to any option (`aside`; chosen on dev and examples)
SHORT_QUESTION = 14  # words
SURE = 1.0  # a nearness at which the words decide, whatever move the turn is read as (`fits`)
# the example turns (guide/moves/examples.py), chosen between a few values by the train rows (each left out
# of the examples in turn) and the dev rows' figures alone, after the fresh splits of rounds 1-4 joined them
# (NONE_NEAR, NONE_SURE and SHORT_QUESTION: the same way, after rounds 5-7 joined them)
LEAN = 0.1  # what the option the words found adds to its examples' nearness
EXAMPLE = 0.35  # the least nearness to an example that counts
NONE_NEAR = 0.25  # the least nearness of the turns that mean no option that makes it none
NONE_SURE = 0.5  # ... and that makes it none even when the words are sure of an option (SURE)
MARGIN = 0.05  # how much nearer the turns that mean no option must be to make it none

# words that say nothing about which option is meant
_QUIET = {
    "nl": {"eens", "even", "maar", "toch", "wel", "hoor", "allee", "allez", "zeker", "gewoon", "eigenlijk",
           "misschien", "echt", "veel", "alles", "iets", "niks", "niets", "hier", "daar", "dan", "zijn",
           "hebben", "worden", "moet", "kan", "kunnen", "zou", "zal", "gaat", "gaan", "komt", "doen", "doe",
           "heel", "nog", "mij", "jullie", "ons", "onze", "deze", "die", "zo", "nu", "ook", "al", "er",
           "waar", "wie", "welk", "welke", "hoeveel", "mag", "mogen", "weet", "willen", "haar", "hem",
           "maak", "maken", "zien", "ziet", "zelf", "goed", "keer", "dingen", "iemand", "precies", "juist"},
    "en": {"just", "really", "maybe", "actually", "then", "there", "here", "will", "would", "could",
           "should", "shall", "must", "can", "some", "any", "all", "much", "many", "more", "also", "still",
           "now", "well", "right", "okay", "ok", "let", "lets", "get", "got", "going", "want", "need",
           "know", "about", "from", "into", "them", "their", "those", "these", "our", "us", "which", "who",
           "where", "when", "been", "being", "were", "does", "did", "done", "like", "make",
           "thing", "things", "someone", "exactly", "good", "time", "yourself"},
}


@dataclass(frozen=True)
class OptionMatch:
    option: str | None  # the value of the option the turn means, or None: "something else"
    reading: Reading
    ranked: tuple[tuple[str, float], ...]  # every option value with a score in 0..1, best first
    understood: str  # one line in `lang`: how the turn was understood


@cache
def _stances(lang: str) -> dict[str, dict[str, list[str]]]:
    """Per stance (rescuing, blame, autonomy, silence...): how a turn or a label says it, and how an option's
    feedback names it."""
    return json.loads((WEIGHTS / "stances.json").read_text(encoding="utf-8")).get(lang, {})


@cache
def _lexicon(lang: str) -> tuple[dict[str, set[str]], dict[str, list], dict[str, list]]:
    """(word -> concepts, first three letters -> [(prefix, concept)], first word -> [(phrase, concept)]).
    A phrase's first word is a whole word; a prefix has three letters or more."""
    table: dict[str, list[str]] = {}
    for name in ("concepts.json", "everyday.json"):
        part = json.loads((WEIGHTS / name).read_text(encoding="utf-8")).get(lang, {})
        for concept, entries in part.items():
            table.setdefault(concept, []).extend(entries)
    for stance, cues in _stances(lang).items():
        table.setdefault(f"st_{stance}", []).extend(cues["say"])
    words: dict[str, set[str]] = {}
    prefixes: dict[str, list] = {}
    phrases: dict[str, list] = {}
    for concept, entries in table.items():
        for entry in entries:
            parts = entry.split()
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((tuple(parts[1:]), concept))
            elif entry.endswith("*"):
                prefixes.setdefault(entry[:3], []).append((entry[:-1], concept))
            else:
                words.setdefault(entry, set()).add(concept)
    return words, prefixes, phrases


def _fits(entry: str, word: str) -> bool:
    return word.startswith(entry[:-1]) if entry.endswith("*") else word == entry


@lru_cache(maxsize=4096)
def _word_concepts(word: str, lang: str) -> frozenset[str]:
    found = _known(word, lang)
    if not found:  # another form of a known word ('gebeld', 'calling'), or a compound of known parts
        found = set().union(*(_known(form, lang, whole=True) for form in _forms(word, lang)))
    if not found and lang == "nl" and len(word) >= 8:  # a compound of known parts: 'huur|achterstand'
        for i in range(4, len(word) - 3):
            head, tail = word[:i], word[i:]
            found |= _known(head, lang, whole=True) | _known(tail, lang)
            if tail[0] == "s" and len(tail) > 4:  # a linking s: 'arbeids|contract'
                found |= _known(tail[1:], lang)
    elif lang == "nl" and len(word) >= 9:  # a known beginning, and its longest known last part
        tail = next((word[i:] for i in range(4, len(word) - 4) if _known(word[i:], lang, whole=True)), "")
        found |= _known(tail, lang, whole=True)
    return frozenset(found)


def _known(word: str, lang: str, whole: bool = False) -> set[str]:
    """The concepts of a word in the lexicon; `whole`: as a whole word only, not as a word's beginning."""
    words, prefixes, _ = _lexicon(lang)
    found = set(words.get(word, ()))
    if not whole:
        found.update(concept for prefix, concept in prefixes.get(word[:3], ()) if word.startswith(prefix))
    return found


_ENDINGS = {"nl": ("en", "t", "d", "te", "de", "ten", "den", "s", "e", "je", "tje", "jes"),
            "en": ("s", "es", "ed", "d", "ing", "ly", "ies")}


def _forms(word: str, lang: str) -> list[str]:
    """The word without a common ending (and, in Dutch, a past participle's ge-), at least three letters."""
    out = [word[:-len(end)] for end in _ENDINGS[lang] if word.endswith(end) and len(word) - len(end) >= 3]
    if lang == "en" and word.endswith("ies"):
        out.append(word[:-3] + "y")
    if lang == "nl" and word.startswith("ge") and len(word) > 6:
        bare = word[2:]
        out += [bare] + [bare[:-len(end)] for end in ("d", "t", "en") if bare.endswith(end)]
    return out


@lru_cache(maxsize=1024)
def per_word(text: str, lang: str) -> tuple[frozenset[str], ...]:
    """Each word's concepts ('c:money') and content stem ('s:meter'); a phrase's concept goes with its first
    word."""
    toks = tokens(text, lang)
    words = [tok.norm for tok in toks]
    _, _, phrases = _lexicon(lang)
    quiet = FUNCTION_WORDS.get(lang, set()) | _QUIET.get(lang, set())
    out = []
    for i, word in enumerate(words):
        found = {f"c:{c}" for c in _word_concepts(word, lang)}
        for rest, concept in phrases.get(word, ()):
            if len(rest) < len(words) - i and all(
                    _fits(p, w) for p, w in zip(rest, words[i + 1:i + 1 + len(rest)], strict=False)):
                found.add(f"c:{concept}")
        if len(word) >= 4 and word not in quiet and not _name(text, toks, i):
            found.add(f"s:{stem(word, lang)[:6]}")
        if word in _PARTICLES.get(lang, ()) and _clause_end(text, toks, i):
            found |= _split_verb(words, toks, i, lang)
        out.append(frozenset(found))
    return tuple(out)


# a Dutch verb's particle that stands at the end of its clause: 'ik neem dat over', 'ge belt hem op'
_PARTICLES = {"nl": {"over", "op", "in", "uit", "na", "af", "mee", "terug", "door", "aan", "bij", "langs",
                     "toe"}}


def _clause_end(text: str, toks, i: int) -> bool:
    rest = text[toks[i].end:].lstrip()
    return not rest or rest[0] in ".,;:!?)"


def _split_verb(words: list[str], toks, i: int, lang: str) -> set[str]:
    """The concepts of the particle joined to a verb before it in the same sentence ('over' + 'neem')."""
    found: set[str] = set()
    for j in range(i - 1, -1, -1):
        if toks[j].sentence != toks[i].sentence:
            break
        if len(words[j]) >= 3:
            found |= {f"c:{c}" for c in _known(words[i] + words[j], lang) if len(words[i] + words[j]) >= 6}
    return found


def features(text: str, lang: str) -> frozenset[str]:
    """A text's concepts and content word stems."""
    return frozenset().union(*per_word(text, lang))


def _name(text: str, toks, i: int) -> bool:
    """A capitalised word inside a sentence is a name ('Bruno'): who is meant, not what is said."""
    typed = text[toks[i].start:toks[i].end]
    inside = i > 0 and toks[i - 1].sentence == toks[i].sentence
    return inside and typed[:1].isupper() and typed[1:].islower()


@dataclass(frozen=True)
class _Read:
    value: str
    moves: tuple[str, str | None]
    label: frozenset[str]
    more: frozenset[str]
    quoted: str  # the label as the understood line quotes it, whole: the learner accepts all of it


@lru_cache(maxsize=1024)
def _option(value: str, label: str, more: str, lang: str) -> _Read:
    reading = read(label, lang)
    own = features(label, lang) | named(more, lang)
    return _Read(value, (reading.move, reading.secondary), own, features(more, lang) - own,
                 " ".join(label.split()))


_NOT = {"nl": {"niet", "geen", "zonder", "nooit", "noch"}, "en": {"not", "no", "without", "never", "nor"}}


def named(more: str, lang: str) -> frozenset[str]:
    """The stances an option's feedback and inner side name ('de redder neemt over', 'je legt de schuld bij
    hem'), unless a 'not' or 'without' stands just before ('steun zonder over te nemen')."""
    words = [tok.norm for tok in tokens(more, lang)]
    found = set()
    for i, word in enumerate(words):
        for parts, stance in _about(lang).get(word[:3], ()):
            if f"c:st_{stance}" not in found and i + len(parts) <= len(words) and all(
                    _fits(p, w) for p, w in zip(parts, words[i:i + len(parts)], strict=False)) and \
                    not _NOT[lang] & set(words[max(0, i - 3):i]):
                found.add(f"c:st_{stance}")
    return frozenset(found)


@cache
def _about(lang: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """How feedback names each stance, by the first three letters of the cue's first word."""
    out: dict[str, list] = {}
    for stance, cues in _stances(lang).items():
        for cue in cues["about"]:
            parts = tuple(cue.split())
            out.setdefault(parts[0].rstrip("*")[:3], []).append((parts, stance))
    return out


def understood(reading: Reading, option: _Read, lang: str) -> str:
    """The move, when the reader finds the same one in the turn and in the option, and the option's words;
    else the option's words alone (the move of a long turn or label is the reader's guess)."""
    if reading.move == option.moves[0] and reading.move != "not_a_turn":
        return t(f"matching.understood.{reading.move}", lang, option=option.quoted)
    return t("matching.understood.as", lang, option=option.quoted)


def _weights(options: list[_Read]) -> dict[str, float]:
    """A feature found in fewer of the options tells them apart better."""
    count: dict[str, float] = {}
    for option in options:
        for feature in option.label:
            count[feature] = count.get(feature, 0) + 1
        for feature in option.more:
            count[feature] = count.get(feature, 0) + MORE
    n = len(options)
    return {f: math.log((n + 1) / (c + 0.5)) for f, c in count.items()}


def _kind(feature: str) -> float:
    if feature.startswith("c:st_"):
        return STANCE
    return CONCEPT if feature.startswith("c:") else STEM


def _shared(turn: dict[str, int], option: _Read, idf: dict[str, float]) -> tuple[float, float]:
    """(the weight of what the turn shares with the option, the option's own weight). A concept the turn
    names with more than one word weighs more."""
    def said(f: str) -> float:
        return _kind(f) * idf[f] * (1 + AGAIN * (min(turn[f], 3) - 1))
    shared = sum(said(f) for f in turn.keys() & option.label)
    shared += MORE * sum(said(f) for f in turn.keys() & option.more)
    own = sum(_kind(f) * idf[f] for f in option.label) + MORE * sum(_kind(f) * idf[f] for f in option.more)
    return shared, own


def _move(reading: Reading, option: _Read) -> float:
    if reading.move == option.moves[0]:
        return SAME_MOVE
    if reading.move in option.moves or (reading.secondary and reading.secondary in option.moves):
        return NEAR_MOVE
    return 0.0


def no_turn(turn: str, reading: Reading, lang: str, context: str | None) -> bool:
    """No move at all (mashing, test words, method words, a copy, off-topic chat: the reader's guards).
    A described action the reader finds no spoken move in ('Je belt haar op') still has a meaning."""
    if reading.move != "not_a_turn":
        return False
    heard = tokens(context, lang) if context else []
    return guard(turn[:LONGEST], tokens(turn[:LONGEST], lang), lang, heard) is not None or not turn.strip()


def keywords(turn: str, lang: str) -> bool:
    """Words strung together with nothing that makes a sentence: 'afspraak ontvangstbewijs krachtlijn'."""
    words = [tok.norm for tok in tokens(turn, lang)]
    if len(words) < 3 or "?" in turn:
        return False
    glue = FUNCTION_WORDS.get(lang, set()) | _QUIET.get(lang, set())
    return not any(w in glue for w in words) or sum(w in META.get(lang, set()) for w in words) >= 2


def scores(turn: str, reading: Reading, step: Step, lang: str) -> list[tuple[_Read, float, float, int]]:
    """Each option, in order, with how near the turn's content is to it (the weight they share over the
    square root of the option's own), its whole score, and how many of the turn's words it shares."""
    options = [_option(o.value, text_in(o.label, lang),
                       " ".join((text_in(o.feedback, lang), text_in(o.think, lang))), lang)
               for o in step.options]
    idf = _weights(options)
    words = per_word(turn, lang)
    plain = [frozenset(f for f in word if not f.startswith("c:st_")) for word in words]  # without stances
    said: dict[str, int] = {}
    for word in words:
        for feature in word:
            said[feature] = said.get(feature, 0) + 1
    out = []
    for option in options:
        shared, own = _shared(said, option, idf)
        near = shared / math.sqrt(own) if shared else 0.0
        count = sum(bool(word & option.label or word & option.more) for word in plain)
        out.append((option, near, near + (_move(reading, option) if shared else 0.0), count))
    return out


# chat before the conversation starts: the weather, the way here, parking, a drink
_SMALL_TALK = {
    "nl": re.compile(r"(?:^| )(?:het weer|weer is|mooi weer|slecht weer|rotweer|wat een weer|"
                     r"weer vandaag|regent|regen|zonnetje|zon schijnt|koud buiten|warm buiten|"
                     r"(?:goed|gemakkelijk|makkelijk|vlot) (?:\w+ ){0,2}(?:vinden|gevonden|geraakt)|"
                     r"parking|parkeren|geparkeerd|parkeerplaats|file|koffie|kopje|tasje|thee|"
                     r"glas water|iets drinken)(?= |$)"),
    "en": re.compile(r"(?:^| )(?:the weather|weather|lovely day|nice day|raining|rain|sunny|sunshine|"
                     r"cold out|find (?:us|the place|the office|your way|it)|found (?:us|the place|"
                     r"the office|your way|it)|parking|park|parked|traffic|coffee|tea|cup of|"
                     r"glass of water|something to drink)(?= |$)"),
}


def small_talk(turn: str, lang: str) -> bool:
    """Every part of the turn is small talk ('Het weer is mooi he, heb je het goed kunnen vinden?')."""
    toks = tokens(turn[:LONGEST], lang)
    parts = clauses(turn[:LONGEST], toks, lang) if toks else []
    return bool(parts) and all(
        _SMALL_TALK[lang].search(" ".join(tok.norm for tok in part)) for part in parts)


_HEARING = ("reflection", "affirmation", "summary")
_QUESTIONS = ("open_question", "closed_question")
_WARNED = {"c:st_blame", "c:st_lecture", "c:st_reassure", "c:st_control"}


def fits(reading: Reading, option: _Read, label: str, lang: str) -> bool:
    """A turn read as confrontation never means an option that rescues or affirms (unless the option is
    itself warned about: blaming, lecturing, reassuring, controlling); a turn read as a reflection never
    means an option that asks about something else (a question that neither reflects nor affirms)."""
    said = features(label, lang)
    if reading.move == "confront":
        warned = "confront" in option.moves or "c:st_blame" in option.label or _WARNED & said
        return bool(warned) or not {"c:st_rescue", "c:st_affirm"} & said
    if reading.move == "reflection" and option.moves[0] in _QUESTIONS and "?" in label:
        return option.moves[1] in _HEARING or "c:st_affirm" in said
    return True


# a question tag at the end of a statement asks nothing of the other ('Ik bel uw huisarts, goed?')
_TAG = re.compile(r"[,.]?\s*(?:goed|oké|oke|ok|okay|ja|hé|he|right|alright|all right|is dat goed|"
                  r"is that ok|is that okay)\s*\?\s*$", re.IGNORECASE)


def asks(option: _Read, label: str) -> bool:
    """The option asks the other something: its move is a question, or its words hold a question that is
    more than a tag at the end."""
    if option.moves[0] in _QUESTIONS or option.moves[1] == "open_question":
        return True
    return "?" in _TAG.sub("", label.strip())


def short_question(turn: str, reading: Reading, lang: str) -> bool:
    """A question of one sentence and at most SHORT_QUESTION words ('Woont u alleen?')."""
    if reading.move not in _QUESTIONS:
        return False
    toks = tokens(turn, lang)
    return len(toks) <= SHORT_QUESTION and len({tok.sentence for tok in toks}) == 1


def aside(short: bool, option: _Read, label: str, near: float, whole: bool = False) -> bool:
    """A short question (`short_question`) that shares only a little with an option is a question on the
    side ('Hoeveel huur betaal je?' beside an option that asks how she is doing), not that option, unless
    every word of it that says something is the option's (`whole`: 'Heb je je papieren bij?'); beside an
    option that asks nothing, sharing more is still a side question ('Woont u alleen?' beside an option
    that sets up an alarm). A longer turn may still put advice as a question ('Hebt ge al aan een
    serviceflat gedacht? Ik kan...'). The choice's example turns can still find the option meant."""
    return short and ((near < SIDE and not whole) or (near < ASIDE and not asks(option, label)))


def match(turn: str, step: Step, lang: str, context: str | None = None,
          persona: str | None = None, flow: str | None = None) -> OptionMatch:
    """The option of the choice `step` that `turn` means, or None; `context` is the client's last line,
    `persona` the name of the client the step's flow plays (named when no option is meant), `flow` the
    id of that flow (its example turns, when it has them, weigh in: `_by_examples`)."""
    lang = lang if lang in ("nl", "en") else "nl"
    reading = read(turn, lang, context)
    none = t("matching.understood.none.named", lang, name=persona) if persona else \
        t("matching.understood.none", lang)
    nothing = tuple((o.value, 0.0) for o in step.options)
    if no_turn(turn, reading, lang, context):  # say why: mashing, a question about the exercise...
        why = reading.why[:1].upper() + reading.why[1:]
        line = t("matching.understood.no-turn.named", lang, why=why, name=persona) if persona else \
            t("matching.understood.no-turn", lang, why=why)
        return OptionMatch(None, reading, nothing, line)
    if keywords(turn, lang) or small_talk(turn, lang):
        return OptionMatch(None, reading, nothing, none)
    scored = scores(turn, reading, step, lang)
    order = sorted(scored, key=lambda item: -item[2])
    ranked = tuple((item[0].value, round(item[2] / (1 + item[2]), 4)) for item in order)
    labels = {o.value: text_in(o.label, lang) for o in step.options}
    order = [item for item in order if item[2] >= SURE or fits(reading, item[0], labels[item[0].value], lang)]
    found: _Read | None = None
    short = short_question(turn, reading, lang)
    content = sum(bool(word) for word in per_word(turn, lang))  # the words that say something
    said = [item for item in order
            if not aside(short, item[0], labels[item[0].value], item[1], item[3] >= content > 0)]
    sure = False
    if said:
        best, near, _, count = said[0]
        if near >= max(THRESHOLD if count > 1 else ALONE, OTHER if not _move(reading, best) else 0.0):
            found, sure = best, near >= SURE
    near_examples = examples.nearest(turn, flow, step.id, lang)
    if near_examples:  # sure words are made 'none' only by a turn that means none and sounds much alike
        found = _by_examples(found, [item[0] for item in order], near_examples) or (
            found if sure and near_examples.get(examples.NONE, 0.0) < NONE_SURE else None)
    if found is None:
        return OptionMatch(None, reading, ranked, none)
    return OptionMatch(found.value, reading, ranked, understood(reading, found, lang))


def _by_examples(found: _Read | None, allowed: list[_Read], near: dict[str, float]) -> _Read | None:
    """The option the words mean, or None, once the turn's nearness to the choice's example turns is
    known: the option whose examples are nearest (the one the words found leads by LEAN) unless the
    turns that mean none of them are nearer still, or no example is near enough (EXAMPLE)."""
    if not allowed:
        return None
    lead = max(allowed, key=lambda o: near.get(o.value, 0.0) + (LEAN if o is found else 0.0))
    other, own = near.get(examples.NONE, 0.0), near.get(lead.value, 0.0)
    if other >= NONE_NEAR and other > own + MARGIN:
        return None
    if found is None and own < EXAMPLE:
        return None
    return lead

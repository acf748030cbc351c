"""A turn as words: tokens with their place in the typed text, chat and Flemish forms read as standard.

Every token keeps the span of the typed text it came from, so a reason can quote the exact words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"'?\w+(?:'\w+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.?!\n;]+|:(?=\s)")

# chat and Flemish forms -> the standard words they stand for (one form may stand for two words)
NL_FORMS = {
    "ge": "je", "gij": "jij", "uzelf": "jezelf", "gijzelf": "jijzelf", "u": "je", "uw": "je",
    "ulle": "jullie", "zijt": "bent", "zedde": "ben je", "zijde": "ben je", "hedde": "heb je",
    "hebde": "heb je", "kunde": "kun je", "kunt": "kun", "moete": "moet je", "moetde": "moet je",
    "zoude": "zou je", "zoudt": "zou", "weette": "weet je", "wilde": "wil je", "denkte": "denk je",
    "vinde": "vind je", "hebt": "heb", "hadt": "had", "da": "dat", "das": "dat is", "da's": "dat is",
    "dat's": "dat is", "tis": "het is", "'t": "het", "t": "het", "'k": "ik", "k": "ik", "kzou": "ik zou",
    "kheb": "ik heb", "kben": "ik ben", "kweet": "ik weet", "ni": "niet", "nie": "niet", "nt": "niet",
    "efkes": "even", "effe": "even", "ff": "even", "eventjes": "even", "wa": "wat", "wadde": "wat je",
    "ma": "maar", "mss": "misschien", "misch": "misschien", "idd": "inderdaad", "nen": "een", "ne": "een",
    "goe": "goed", "oke": "ok", "oké": "ok", "okay": "ok", "okee": "ok", "okei": "ok", "es": "eens",
    "ns": "eens", "'ns": "eens", "iet": "iets", "ier": "hier", "nr": "naar", "vr": "voor", "mn": "mijn",
    "m'n": "mijn", "z'n": "zijn", "jou": "jou", "dr": "er", "d'r": "er", "wrm": "waarom",
    "waarom's": "waarom", "hoest": "hoe is het", "hoeist": "hoe is het", "zeker": "zeker", "allee": "allee",
    "amai": "amai", "gaat": "gaat", "moogt": "mag", "meugt": "mag", "kunde's": "kun je eens", "ist": "is het",
    "wilt": "wil", "hebben": "hebben", "zulde": "zul je", "gade": "ga je", "doede": "doe je",
    "ziede": "zie je", "voelde": "voel je", "hoorde": "hoor je", "snapte": "snap je",
}
EN_FORMS = {
    "u": "you", "ur": "your", "r": "are", "ya": "you", "yr": "your", "im": "i am", "i'm": "i am",
    "youre": "you are", "you're": "you are", "dont": "do not", "don't": "do not", "didnt": "did not",
    "didn't": "did not", "havent": "have not", "haven't": "have not", "cant": "can not", "can't": "can not",
    "cannot": "can not", "wont": "will not", "won't": "will not", "shouldnt": "should not",
    "shouldn't": "should not", "isnt": "is not", "isn't": "is not", "arent": "are not", "aren't": "are not",
    "wasnt": "was not", "wasn't": "was not", "doesnt": "does not", "doesn't": "does not",
    "whats": "what is", "what's": "what is", "hows": "how is", "how's": "how is", "thats": "that is",
    "that's": "that is", "youve": "you have", "you've": "you have", "youll": "you will", "you'll": "you will",
    "youd": "you would", "you'd": "you would", "it's": "it is", "lets": "let us", "let's": "let us",
    "gonna": "going to", "wanna": "want to", "gotta": "have to", "pls": "please", "plz": "please",
    "ok": "ok", "okay": "ok", "k": "ok", "kk": "ok", "coz": "because", "cuz": "because", "cos": "because",
    "wouldnt": "would not", "wouldn't": "would not", "couldnt": "could not", "couldn't": "could not",
    "hadnt": "had not", "hadn't": "had not", "i've": "i have", "ive": "i have", "i'll": "i will",
    "i'd": "i would", "theyre": "they are", "they're": "they are", "there's": "there is",
    "theres": "there is", "mustnt": "must not", "whys": "why is", "why's": "why is", "who's": "who is",
    "where's": "where is", "it'll": "it will", "itll": "it will", "she'll": "she will", "he'll": "he will",
    "theyll": "they will", "that'll": "that will", "we'll": "we will", "we're": "we are", "we've": "we have",
    "he's": "he is", "she's": "she is", "they'll": "they will", "tho": "though", "thx": "thanks",
    "b4": "before", "2day": "today", "gf": "girlfriend", "bf": "boyfriend",
}
FORMS = {"nl": NL_FORMS, "en": EN_FORMS}


# a typo mender, word -> word, tried out in training (benchmarks/train_moves.py --cv); None: words as typed
SPELLING = None


@dataclass(frozen=True)
class Token:
    norm: str  # the standard word it reads as (lower case, no accents)
    start: int  # its span in the typed text
    end: int
    sentence: int  # which sentence of the turn it is in


def plain(word: str) -> str:
    """Lower case without accents: 'Cliënt' -> 'client'."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("’", "'")


def tokens(text: str, lang: str) -> list[Token]:
    """The words of a turn as standard forms, each with its span; one typed form may give two words."""
    forms = FORMS.get(lang, NL_FORMS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[Token] = []
    sentence = 0
    for match in _WORD.finditer(text.replace("’", "'")):
        while sentence < len(ends) and ends[sentence] <= match.start():
            sentence += 1
        word = plain(match.group())
        if word.startswith("'") and word not in forms:
            word = word[1:]
        if SPELLING is not None and word not in forms:
            word = SPELLING(word, lang)
        for part in forms.get(word, word).split():
            out.append(Token(part, match.start(), match.end(), sentence))
    if out:  # number the sentences that hold words 0, 1, 2, ...
        seen: dict[int, int] = {}
        out = [Token(tok.norm, tok.start, tok.end, seen.setdefault(tok.sentence, len(seen))) for tok in out]
    return out


def sentences(toks: list[Token]) -> list[list[Token]]:
    groups: list[list[Token]] = []
    for tok in toks:
        if tok.sentence == len(groups):
            groups.append([])
        groups[-1].append(tok)
    return groups

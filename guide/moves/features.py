"""What the linear model sees of a turn: its words, its first words, the forms the rules found, its
likeness to the client's line. Each feature keeps the span of the typed text it comes from (or none),
so the words behind a reading can be quoted."""

from __future__ import annotations

from guide.moves.text import Token, plain

Span = tuple[int, int] | None

# which kinds of features are on; the shipped weights say which they were trained with
OPTIONS = {"chars": False, "rules": True, "stem": "own"}

_STEM_SUFFIXES = {
    "nl": ("heden", "ingen", "ing", "en", "te", "de", "e", "t", "s"),
    "en": ("ing", "ed", "es", "s", "ly"),
}


def stem(word: str, lang: str) -> str:
    """A word without its common endings, so 'gebeld'/'bellen' and 'worries'/'worried' meet halfway."""
    if OPTIONS["stem"] == "none":
        return word
    if OPTIONS["stem"] != "own":
        return _other_stem(word, lang)
    for suffix in _STEM_SUFFIXES.get(lang, ()):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def extract(text: str, toks: list[Token], lang: str, context_toks: list[Token], hits,
            decided: tuple[str, ...], asked: bool) -> list[tuple[str, Span]]:
    """The features of one turn. `hits` are the rules' forms found, `decided` the rules' own reading."""
    out: list[tuple[str, Span]] = [("bias", None)]
    stems = [stem(tok.norm, lang) for tok in toks]
    for tok, word in zip(toks, stems, strict=True):
        out.append((f"w:{word}", (tok.start, tok.end)))
    for a, b, sa, sb in zip(toks, toks[1:], stems, stems[1:], strict=False):
        if a.sentence == b.sentence:
            out.append((f"b:{sa} {sb}", (a.start, b.end)))
    for tok in toks if OPTIONS["chars"] else ():
        word = f"<{plain(text[tok.start:tok.end])}>"
        for i in range(len(word) - 3):  # letter fours: a typo leaves most of them in place
            out.append((f"c:{word[i:i + 4]}", (tok.start, tok.end)))
    starts: dict[int, list[Token]] = {}
    for tok in toks:
        starts.setdefault(tok.sentence, []).append(tok)
    for n, sent in enumerate(starts.values()):
        where = "f" if n == 0 else "s"
        out.append((f"{where}1:{sent[0].norm}", (sent[0].start, sent[0].end)))
        if len(sent) > 1:
            out.append((f"{where}2:{sent[0].norm} {sent[1].norm}", (sent[0].start, sent[1].end)))
    last = list(starts.values())[-1]
    out.append((f"l1:{last[0].norm}", (last[0].start, last[0].end)))
    for hit in hits if OPTIONS["rules"] else ():
        out.append((f"r:{hit.move}:{hit.form}", (hit.start, hit.end)))
        out.append((f"r:{hit.move}", (hit.start, hit.end)))
    for n, move in enumerate(decided if OPTIONS["rules"] else ()):
        out.append((f"d{n}:{move}", None))
    kinds = {hit.move for hit in hits}
    if OPTIONS["rules"] and len(kinds) == 1:  # every form found says the same move
        out.append((f"one:{kinds.pop()}", None))
    out.append((f"q:{'ask' if asked else 'tell'}", None))
    out.append((f"n:{min(len(toks) // 4, 8)}", None))
    out.append((f"k:{min(len(starts), 4)}", None))
    if context_toks:
        heard = {stem(tok.norm, lang) for tok in context_toks if len(tok.norm) > 3}
        shared = [
            (tok, word) for tok, word in zip(toks, stems, strict=True) if len(tok.norm) > 3 and word in heard
        ]
        share = len(shared) / max(1, sum(len(tok.norm) > 3 for tok in toks))
        out.append((f"x:{min(int(share * 5), 4)}", None))
        for tok, _ in shared[:3]:
            out.append(("x:word", (tok.start, tok.end)))
    else:
        out.append(("x:none", None))
    return out


_stemmers: dict = {}


def _other_stem(word: str, lang: str) -> str:
    """Stems from snowballstemmer or lemmas from simplemma, only to measure them against the own endings."""
    key = (OPTIONS["stem"], lang)
    if key not in _stemmers:
        if OPTIONS["stem"] == "snowball":
            import snowballstemmer  # deferred: measured in training only, not shipped

            stemmer = snowballstemmer.stemmer("dutch" if lang == "nl" else "english")
            _stemmers[key] = stemmer.stemWord
        else:
            import simplemma  # deferred: measured in training only, not shipped

            _stemmers[key] = lambda w: simplemma.lemmatize(w, lang=lang)
    return _stemmers[key](word)

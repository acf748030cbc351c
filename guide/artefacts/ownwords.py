"""Said it yourself first: per say-first moment the learner's words, how they were read (guide/moves),
what they meant when they say the reading is wrong, the option chosen and the best option; and the
mirror of those turns. A reading never changes a score.

In typed play every turn at a choice is a moment: the option it was understood as (or "something
else") and what the client thought then (the binnenkant) stand beside it."""

from __future__ import annotations

from dataclasses import dataclass

from guide import moves
from guide.artefacts.markup import escape_md
from guide.base.i18n import t
from guide.flows.fairness import points
from guide.moves import mirror as mirrors
from guide.run.engine import Engine


@dataclass(frozen=True)
class Moment:
    key: str  # the step key, where a correction is stored
    question: str
    words: str  # as typed; "" when nothing was typed
    reading: moves.Reading | None  # None when nothing was typed
    meant: str | None  # the move the learner says they meant, or None
    chosen: str
    best: str
    thought: str | None = None  # typed play: what the client thought then ("–": nothing); None: say-first


def client_line(engine: Engine, key: str, lang: str) -> str | None:
    """What the client said last before the moment: the reader's context."""
    before = None
    for here in dict.fromkeys(engine.path()):
        if here == key:
            return before
        step = engine.step_for(here)
        if step is not None and step.kind == "line" and step.say is not None:
            before = step.say.get(lang)
    return before


def moments(
    engine: Engine | None, lang: str, words_lang: str, corrections: dict | None = None
) -> list[Moment]:
    """The say-first moments on the path, in order; the words are read in the language they were typed in."""
    if engine is None:
        return []
    corrections = corrections or {}
    if engine.typed:
        return typed_moments(engine, lang, words_lang, corrections)
    out = []
    for key, step in engine.path_steps(engine.said):
        if not step.options:
            continue
        value = engine.answers.get(key)
        chosen = next((o.label.get(lang) for o in step.options if o.value == value), "–")
        best = max(step.options, key=points) if any(o.scores for o in step.options) else None
        words = engine.said[key]
        reading = (
            moves.read(words, words_lang, client_line(engine, key, words_lang)) if words.strip() else None
        )
        meant = corrections.get(key) if corrections.get(key) in moves.MOVES else None
        out.append(Moment(key, step.text.get(lang) if step.text else key, words, reading, meant, chosen,
                          best.label.get(lang) if best is not None else "–"))
    return out


def typed_moments(engine: Engine, lang: str, words_lang: str, corrections: dict) -> list[Moment]:
    """Every typed turn of a typed play, in order. A turn at a choice asked again is keyed "key#2", ..."""
    out = []
    seen: dict[str, int] = {}
    for turn in engine.typed_turns():
        key, words, value = turn["key"], turn["text"], turn["option"]
        step = engine.step_for(key)
        if step is None or not step.options:
            continue
        seen[key] = seen.get(key, 0) + 1
        here = key if seen[key] == 1 else f"{key}#{seen[key]}"
        option = next((o for o in step.options if o.value == value), None)
        if option is not None:
            chosen, thought = option.label.get(lang), option.think
        else:
            chosen = t("typed.something-else", lang)
            thought = step.otherwise.think if step.otherwise is not None else None
        best = max(step.options, key=points) if any(o.scores for o in step.options) else None
        context = client_line(engine, key, words_lang)
        reading = moves.read(words, words_lang, context) if words.strip() else None
        meant = corrections.get(here) if corrections.get(here) in moves.MOVES else None
        out.append(Moment(here, step.text.get(lang) if step.text else key, words, reading, meant, chosen,
                          best.label.get(lang) if best is not None else "–",
                          thought.get(lang) if thought is not None else "–"))
    return out


def _typed(items: list[Moment]) -> bool:
    return any(m.thought is not None for m in items)


def reading_text(m: Moment, lang: str) -> str:
    """'een reflectie: geeft een gevoel terug, ...' and, when corrected, what the learner meant."""
    if m.reading is None:
        return "–"
    if m.meant is None:
        return m.reading.why
    return f"{m.reading.why} · {t('words.meant', lang, move=moves.describe(m.meant, lang))}"


def said_markdown(items: list[Moment], lang: str) -> list[str]:
    if not items:
        return []
    if _typed(items):
        return typed_markdown(items, lang)
    out = [f"## {t('state.compare', lang)}", "", t("state.compare-note", lang), ""]
    out.append(f"| {t('state.moment', lang)} | {t('state.own-words', lang)} | {t('state.chosen', lang)} "
               f"| {t('state.best', lang)} | {t('words.read-as', lang)} |")
    out.append("|---|---|---|---|---|")
    for m in items:
        words = m.words or t("state.said-nothing", lang)
        cells = [escape_md(" ".join(x.split())) for x in (m.question, words, m.chosen, best_text(m, lang),
                                                          reading_text(m, lang))]
        out.append("| " + " | ".join(cells) + " |")  # one table row
    out.append("")
    return out


def best_text(m: Moment, lang: str) -> str:
    """The best option, or, when the turn was understood as it, a word saying so (not its text again)."""
    return t("typed.best-same", lang) if m.best != "–" and m.chosen == m.best else m.best


def typed_markdown(items: list[Moment], lang: str) -> list[str]:
    """The debrief of a typed play: one row per turn, everything typed escaped."""
    out = [f"## {t('typed.title', lang)}", "", t("typed.note", lang), ""]
    out.append(f"| {t('state.moment', lang)} | {t('typed.turn', lang)} | {t('words.read-as', lang)} "
               f"| {t('typed.matched', lang)} | {t('state.best', lang)} | {t('typed.thought', lang)} |")
    out.append("|---|---|---|---|---|---|")
    for m in items:
        cells = [escape_md(" ".join(x.split())) for x in (
            m.question, m.words or t("state.said-nothing", lang), reading_text(m, lang), m.chosen,
            best_text(m, lang), m.thought or "–")]
        out.append("| " + " | ".join(cells) + " |")  # one table row
    out.append("")
    return out


def said_terminal(items: list[Moment], lang: str) -> list[str]:
    if _typed(items):
        return typed_terminal(items, lang)
    out = []
    for n, m in enumerate(items, 1):
        out += [f"{n}. {m.question}",
                f"  {t('state.own-words', lang)}: {m.words or t('state.said-nothing', lang)}",
                f"  {t('words.read-as', lang)}: {reading_text(m, lang)}",
                f"  {t('state.chosen', lang)}: {m.chosen}",
                f"  {t('state.best', lang)}: {best_text(m, lang)}"]
    return ([t("state.compare", lang), t("state.compare-note", lang)] + out) if out else []


# -- the mirror ---------------------------------------------------------------------------

def mirror_of(items: list[Moment]) -> mirrors.Mirror | None:
    """The mirror over the moments with words; a correction counts as the move meant."""
    turns = [
        (m.meant, None) if m.meant else (m.reading.move, m.reading.secondary) for m in items if m.reading
    ]
    return mirrors.mirror(turns) if turns else None


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _ratio(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".")  # 1/4 is 0.25, never a rounded-down 0.2
    return text.replace(".", ",") if lang == "nl" else text


def mirror_lines(mirror: mirrors.Mirror, lang: str) -> list[tuple[str, str, str]]:
    """(what, your figure, the reference point or a plain word) per line of the mirror."""
    def where(value, fair, good):
        lvl = mirrors.level(value, fair, good)
        return t(f"mirror.level.{lvl}", lang) if lvl else ""

    share, per_q = mirror.open_share, mirror.reflections_per_question
    return [
        (t("mirror.open", lang), f"{_percent(share)} ({mirror.open_questions}/{mirror.questions})",
         t("mirror.open-ref", lang)
         + (f" · {where(share, mirrors.OPEN_FAIR, mirrors.OPEN_GOOD)}" if share is not None else "")),
        (t("mirror.reflections", lang), f"{_ratio(per_q, lang)} ({mirror.reflections}/{mirror.questions})",
         t("mirror.reflections-ref", lang)
         + (f" · {where(per_q, mirrors.REFLECTIONS_FAIR, mirrors.REFLECTIONS_GOOD)}"
            if per_q is not None else "")),
        (t("mirror.advice", lang), str(mirror.advice_unasked), t("mirror.warned-ref", lang)),
        (t("mirror.confront", lang), str(mirror.confrontations), t("mirror.warned-ref", lang)),
        (t("mirror.reassure", lang), str(mirror.reassurance), t("mirror.warned-ref", lang)),
    ]


def mirror_intro(mirror: mirrors.Mirror, lang: str) -> str:
    """The plain sentence: a mirror, not a grade; over how many turns."""
    text = t("mirror.note", lang, n=mirror.turns)
    if mirror.not_turns:
        text += " " + (t("mirror.not-turn-one", lang) if mirror.not_turns == 1
                       else t("mirror.not-turns", lang, n=mirror.not_turns))
    return text


def mirror_markdown(items: list[Moment], lang: str) -> list[str]:
    mirror = mirror_of(items)
    if mirror is None:
        return []
    if not mirror.turns:  # nothing read as a move: nothing to mirror yet
        return [f"## {t('mirror.title', lang)}", "", t("mirror.nothing", lang, n=mirror.not_turns), ""]
    out = [f"## {t('mirror.title', lang)}", "", mirror_intro(mirror, lang), ""]
    out += [f"| {t('mirror.what', lang)} | {t('mirror.you', lang)} | {t('mirror.ref', lang)} |",
            "|---|---:|---|"]
    out += [f"| {what} | {yours} | {ref} |" for what, yours, ref in mirror_lines(mirror, lang)]
    return out + [""]


def mirror_terminal(items: list[Moment], lang: str) -> list[str]:
    mirror = mirror_of(items)
    if mirror is None:
        return []
    if not mirror.turns:
        return [t("mirror.title", lang), t("mirror.nothing", lang, n=mirror.not_turns)]
    out = [t("mirror.title", lang), mirror_intro(mirror, lang)]
    return out + [f"  {what}: {yours} ({ref})" for what, yours, ref in mirror_lines(mirror, lang)]


def typed_terminal(items: list[Moment], lang: str) -> list[str]:
    out = [t("typed.title", lang), t("typed.note", lang)]
    for n, m in enumerate(items, 1):
        out += [f"{n}. {m.question}",
                f"  {t('typed.turn', lang)}: {m.words or t('state.said-nothing', lang)}",
                f"  {t('words.read-as', lang)}: {reading_text(m, lang)}",
                f"  {t('typed.matched', lang)}: {m.chosen}",
                f"  {t('state.best', lang)}: {best_text(m, lang)}",
                f"  {t('typed.thought', lang)}: {m.thought or '–'}"]
    return out

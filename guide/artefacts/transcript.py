"""What the conversation shows, as plain items: Item(who, title, body, extra), and as Markdown lines
for the exports (step_markdown): one owner of how a step is shown, on screen and in a file.

Shared by the app's transcript; no Textual here so it is easy to test.
`who` is one of: guide, ask, cue, card, client, inner, you, feedback, phase, end, notice.

Binnenkant timing: with "after" (the default) a client line's inner side is held
back and shown after the learner's next response, as what the client thought
then; with "before" it shows with the line.
"""

from __future__ import annotations

from typing import NamedTuple

from guide.base.i18n import t
from guide.flows import krachtlijnen
from guide.flows.model import PHASES, Option, Step, text_in
from guide.run import scoring
from guide.run.engine import Engine, Event


class Item(NamedTuple):
    """One message: who speaks (the style), a bold title line, the text, an italic last line."""

    who: str
    title: str
    body: str
    extra: str = ""
BINNENKANT = ("after", "before")


def _speaker(step: Step, engine: Engine, lang: str, flow_id: str | None = None) -> str:
    flow = engine.flows.get(flow_id or "") or engine.flow
    return step.speaker or flow.persona or t("play.client", lang)


def step_items(step: Step, engine: Engine, lib, lang: str, flow_id: str | None = None,
               binnenkant: str = "after") -> list[Item]:
    kind = step.kind
    label = t("kind." + kind, lang)
    if kind == "card":
        return [Item("card", f"{label} · {lib.card_title(step.card, lang)}",
                     step.text.get(lang) if step.text else "", "")]
    if kind == "ask":
        style = f" ({t('style.' + step.style, lang)})" if step.style else ""
        why = step.why.get(lang) if step.why else ""
        return [Item("ask", label + style, f"“{text_in(step.text, lang)}”", why)]
    if kind == "cue":
        foci = ", ".join(krachtlijnen.label(lib, f, lang) for f in step.focus)  # one name per krachtlijn
        return [Item("cue", f"{label} · {foci}", text_in(step.text, lang), "")]
    if kind == "line":
        speaker = _speaker(step, engine, lang, flow_id)
        items: list[Item] = [Item("client", speaker, f"“{text_in(step.say, lang)}”", "")]
        if step.think and binnenkant == "before":
            items.append(Item("inner", t("play.event.think", lang), step.think.get(lang), ""))
        return items
    return [Item("guide", label, step.text.get(lang) if step.text else "", "")]


def held_back(engine: Engine, end: int) -> list[tuple[Step, str]]:
    """The client lines with an inner side in history[:end] since the last response before `end`."""
    out: list[tuple[Step, str]] = []
    for entry in reversed(engine.history[:end]):
        step = engine.step_for(entry["key"])
        if step is None:
            continue
        if step.needs_input:
            break
        if step.kind == "line" and step.think:
            out.append((step, entry["key"].split("/", 1)[0]))
    return out[::-1]


def thought_items(lines: list[tuple[Step, str]], engine: Engine, lang: str) -> list[Item]:
    """What the client thought at the lines held back, now that the learner has responded."""
    return [Item("inner", t("state.thought-then", lang, name=_speaker(step, engine, lang, flow_id)),
             text_in(step.think, lang), "") for step, flow_id in lines]


def said_item(words: str, lang: str) -> Item:
    return Item("you", t("state.said", lang), words or t("state.said-nothing", lang), "")


def after_response(engine: Engine, step: Step, lang: str, binnenkant: str) -> list[Item]:
    """After an answer (the last history entry): the thoughts held back until now."""
    if binnenkant != "after":
        return []
    n = len(engine.history)
    items = thought_items(held_back(engine, n - 1), engine, lang) if step.needs_input else []
    if engine.finished:
        items += thought_items(held_back(engine, n), engine, lang)
    return items


def answer_item(step: Step, value, lang: str, skipped: bool = False) -> Item | None:
    """The learner's answer as a message; None for a step that takes no answer."""
    return you_item(answer_text(step, value, lang, skipped), lang) if step.needs_input else None


def you_item(words: str, lang: str) -> Item:
    return Item("you", t("conv.you", lang), words, "")


def answer_text(step: Step, value, lang: str, skipped: bool = False) -> str:
    """An answer to a step that takes one, in words: the options' labels, "3 / 5", the text typed."""
    if skipped or value is None:
        return t("conv.skipped", lang)
    if step.kind == "choice":
        return next((o.label.get(lang) for o in step.options if o.value == value), str(value))
    if step.kind in ("multi", "checklist"):
        labels = [o.label.get(lang) for o in step.options if o.value in value]
        return "; ".join(labels) if labels else t("conv.nothing", lang)
    if step.kind == "scale":
        return f"{value} / {step.max}"
    return str(value)


def scored_names(option: Option, lib, lang: str) -> list[str]:
    """"Krachtlijn 6 · Een gepaste rolcombinatie" for each krachtlijn the option scores, 1 to 10."""
    if lib is None:
        return []
    return [krachtlijnen.label(lib, tag, lang) for tag in krachtlijnen.ordered(option.scores)
            if krachtlijnen.number(tag)]


def event_items(events: list[Event], lang: str, lib=None, speaker: str | None = None) -> list[Item]:
    """Events as transcript items: the feedback (with the names of the krachtlijnen the option scores),
    the inner side, a sub-flow; `speaker` names the client of a typed play's "say" lines."""
    items: list[Item] = []
    for ev in events:
        if ev.text is None:
            continue
        if ev.kind in ("call", "react"):  # a sub-flow starts; a client's neutral reaction (it names them)
            items.append(Item("guide", "", ev.text.get(lang), ""))
            continue
        if ev.kind == "say":  # typed play: the client's otherwise: line
            items.append(Item("client", speaker or t("play.client", lang), f"“{ev.text.get(lang)}”", ""))
            continue
        who = {"feedback": "feedback", "think": "inner", "end": "end"}[ev.kind]
        names = []
        if ev.kind == "feedback":
            names = [n for o in ev.step.options if o.feedback is ev.text for n in scored_names(o, lib, lang)]
        items.append(Item(who, t(f"play.event.{ev.kind}", lang), ev.text.get(lang), "\n".join(names)))
    return items


def phase_item(phase: str, lang: str) -> Item:
    n = PHASES.index(phase) + 1
    return Item("phase", "", f"{t('conv.phase-of', lang, n=n)} · {t('phase.' + phase, lang)}", "")


def history_items(engine: Engine, lib, lang: str, binnenkant: str = "after") -> list[Item]:
    """The transcript so far, rebuilt from the engine (after a resume, back or language switch)."""
    items: list[Item] = []
    phase = None
    for n, entry in enumerate(engine.history):
        step = engine.step_for(entry["key"])
        if step is None:
            continue
        if step.phase != phase:
            items.append(phase_item(step.phase, lang))
            phase = step.phase
        flow_id = entry["key"].split("/", 1)[0]
        items += step_items(step, engine, lib, lang, flow_id, binnenkant)
        if "typed" in entry or entry.get("otherwise"):  # typed play: the turn, then what the client did
            items += _typed_items(engine, step, entry, n, lang, binnenkant, lib)
        elif step.needs_input:
            if entry["key"] in engine.said:
                items.append(said_item(engine.said[entry["key"]], lang))
            value = engine.answers.get(entry["key"])
            skipped = entry["key"] not in engine.answers
            items.append(you_item(answer_text(step, value, lang, skipped=skipped), lang))
            if binnenkant == "after":
                items += thought_items(held_back(engine, n), engine, lang)
            if value is not None:
                items += event_items(engine.option_events(step, value), lang, lib)
    if engine.finished and binnenkant == "after":
        items += thought_items(held_back(engine, len(engine.history)), engine, lang)
    current = engine.current
    if current is not None:
        if current.phase != phase:
            items.append(phase_item(current.phase, lang))
        items += step_items(current, engine, lib, lang, binnenkant=binnenkant)
        said = engine.current_key_said()
        if said is not None:
            items.append(said_item(said, lang))
    return items


def _typed_items(engine: Engine, step: Step, entry: dict, n: int, lang: str, binnenkant: str,
                 lib=None) -> list[Item]:
    items = [you_item(entry.get("typed") or t("state.said-nothing", lang), lang)]
    if binnenkant == "after":
        items += thought_items(held_back(engine, n), engine, lang)
    if entry.get("otherwise"):
        events = engine.otherwise_events(step, entry["key"], n)
        speaker = _speaker(step, engine, lang, entry["key"].split("/", 1)[0])
        return items + event_items(events, lang, lib, speaker)
    return items + event_items(engine.option_events(step, entry.get("option")), lang, lib)


def finish_items(engine: Engine, lib, lang: str) -> list[Item]:
    items: list[Item] = []
    end = engine.end_step
    items.append(Item("end", t("conv.ended-early" if engine.ended_early else "conv.finished", lang),
                      end.text.get(lang) if end is not None and end.text else "", ""))
    scores = scoring.tested(engine)  # the debrief's scores: best over the whole scenario
    if scores:
        lines = [f"{krachtlijnen.label(lib, tag, lang)}: {krachtlijnen.score_text(*scores[tag], lang)}"
                 for tag in krachtlijnen.ordered(scores)]
        items.append(Item("feedback", t("conv.scores", lang), "\n".join(lines), ""))
    return items


def feedback_head(option: Option, lib, lang: str) -> str:
    """"Feedback (Krachtlijn 6 · Een gepaste rolcombinatie)": the word, then the names it scores."""
    names = scored_names(option, lib, lang)
    head = t("play.event.feedback", lang)
    return f"{head} ({'; '.join(names)})" if names else head


def step_markdown(step: Step, key: str, answers: dict, notes: list, engine: Engine, lib,
                  lang: str) -> list[str]:
    """The same step as Markdown lines, for the exports: what it showed, what was said and answered,
    the feedback and inner side of the option chosen, and the notes on it."""
    from guide.artefacts.markup import escape_md, when  # deferred: markdown-it, needed only for an export

    out: list[str] = []
    kind = t("kind." + step.kind, lang)
    if step.kind == "card":
        out.append(f"**{kind}:** {escape_md(lib.card_title(step.card, lang))}")
    elif step.kind == "line":
        speaker = step.speaker or engine.flows[key.split('/')[0]].persona or t("play.client", lang)
        out.append(f"**{escape_md(speaker)}:** “{escape_md(text_in(step.say, lang))}”")
        if step.think:  # a paragraph of its own, apart from what the client said
            out += ["", f"*{t('play.event.think', lang)}: {escape_md(step.think.get(lang))}*"]
    elif step.text is not None:
        out.append(f"**{kind}:** {escape_md(step.text.get(lang))}")
    if step.needs_input:
        out += _turns_markdown(step, key, engine, lang)
        if key in engine.said:
            words = engine.said[key] or t("state.said-nothing", lang)
            out += ["", f"*{t('state.said', lang)}:* {escape_md(words)}"]
        if key in answers:
            out += ["", f"> {escape_md(answer_text(step, answers[key], lang))}"]
        elif engine.current is step:
            out += ["", f"> {t('export.open', lang)}"]
        elif not any(e.get("left") for e in engine.history if e["key"] == key):  # left through otherwise:
            out += ["", f"> {t('export.skipped', lang)}"]  # the turn above says so, nothing was skipped
        value = answers.get(key)
        chosen = value if isinstance(value, list) else [value]
        for o in step.options:
            if o.value in chosen:
                if o.feedback:
                    out.append("")
                    head = escape_md(feedback_head(o, lib, lang))
                    out.append(f"*{head}:* {escape_md(o.feedback.get(lang))}")
                if o.think:
                    out.append("")
                    out.append(f"*{t('play.event.think', lang)}:* {escape_md(o.think.get(lang))}")
    for at, text in notes:
        out.append("")
        out.append(f"*{t('export.note', lang)} ({when(at)}):* {escape_md(text)}")
    out.append("")
    return out


def _turns_markdown(step: Step, key: str, engine: Engine, lang: str) -> list[str]:
    """Typed play: each turn at this step, and after a turn that meant none of the options what the
    client did then (its `otherwise:` line and inner side, or its neutral reaction), as history_items."""
    from guide.artefacts.markup import escape_md  # deferred: markdown-it, needed only for an export

    out: list[str] = []
    for n, entry in enumerate(engine.history):
        if entry["key"] != key or not ("typed" in entry or entry.get("otherwise")):
            continue
        words = escape_md(entry.get("typed") or t("state.said-nothing", lang))
        other = "" if entry.get("option") else f" → {t('typed.something-else', lang)}"  # an option: below
        out += ["", f"*{t('typed.turn', lang)}:* {words}{other}"]
        if not entry.get("otherwise"):
            continue
        for ev in engine.otherwise_events(step, key, n):
            if ev.text is None:
                continue
            text = escape_md(ev.text.get(lang))
            if ev.kind == "say":
                speaker = escape_md(_speaker(step, engine, lang, key.split("/", 1)[0]))
                out += ["", f"**{speaker}:** “{text}”"]
            elif ev.kind == "think":  # as a client line's inner side
                out += ["", f"*{t('play.event.think', lang)}: {text}*"]
            else:  # the neutral reaction: it names the client
                out += ["", text]
    return out

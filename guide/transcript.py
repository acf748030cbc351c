"""What the conversation shows, as plain items: (who, title, body, extra).

Shared by the app's transcript; no Textual here so it is easy to test.
`who` is one of: guide, ask, cue, card, client, inner, you, feedback, phase, end, notice.
"""

from __future__ import annotations

from guide.engine import Engine, Event
from guide.i18n import t
from guide.model import PHASES, Step

Item = tuple[str, str, str, str]


def step_items(step: Step, engine: Engine, lib, lang: str, flow_id: str | None = None) -> list[Item]:
    kind = step.kind
    label = t("kind." + kind, lang)
    if kind == "card":
        return [("card", f"{label} · {lib.card_title(step.card, lang)}", step.text.get(lang) if step.text else "", "")]
    if kind == "ask":
        style = f" ({t('style.' + step.style, lang)})" if step.style else ""
        why = step.why.get(lang) if step.why else ""
        return [("ask", label + style, f"“{step.text.get(lang)}”", why)]
    if kind == "cue":
        foci = ", ".join(lib.card_title(f, lang) for f in step.focus)
        return [("cue", f"{label} · {foci}", step.text.get(lang), "")]
    if kind == "line":
        flow = engine.flows.get(flow_id or "") or engine.flow
        speaker = step.speaker or flow.persona or t("play.client", lang)
        items: list[Item] = [("client", speaker, f"“{step.say.get(lang)}”", "")]
        if step.think:
            items.append(("inner", t("play.event.think", lang), step.think.get(lang), ""))
        return items
    return [("guide", label, step.text.get(lang) if step.text else "", "")]


def answer_item(step: Step, value, lang: str, skipped: bool = False) -> Item | None:
    if not step.needs_input:
        return None
    you = t("conv.you", lang)
    if skipped or value is None:
        return ("you", you, t("conv.skipped", lang), "")
    if step.kind == "choice":
        body = next((o.label.get(lang) for o in step.options if o.value == value), str(value))
    elif step.kind in ("multi", "checklist"):
        labels = [o.label.get(lang) for o in step.options if o.value in value]
        body = "; ".join(labels) if labels else t("conv.nothing", lang)
    elif step.kind == "scale":
        body = f"{value} / {step.max}"
    else:
        body = str(value)
    return ("you", you, body, "")


def event_items(events: list[Event], lang: str) -> list[Item]:
    items: list[Item] = []
    for ev in events:
        if ev.text is None:
            continue
        if ev.kind == "call":
            items.append(("guide", "", ev.text.get(lang), ""))
            continue
        who = {"feedback": "feedback", "think": "inner", "end": "end"}[ev.kind]
        items.append((who, t(f"play.event.{ev.kind}", lang), ev.text.get(lang), ""))
    return items


def phase_item(phase: str, lang: str) -> Item:
    n = PHASES.index(phase) + 1
    return ("phase", "", f"{t('conv.phase-of', lang, n=n)} · {t('phase.' + phase, lang)}", "")


def history_items(engine: Engine, lib, lang: str) -> list[Item]:
    """The transcript so far, rebuilt from the engine (after a resume, back or language switch)."""
    items: list[Item] = []
    phase = None
    for entry in engine.history:
        step = engine.step_for(entry["key"])
        if step is None:
            continue
        if step.phase != phase:
            items.append(phase_item(step.phase, lang))
            phase = step.phase
        flow_id = entry["key"].split("/", 1)[0]
        items += step_items(step, engine, lib, lang, flow_id)
        if step.needs_input:
            value = engine.answers.get(entry["key"])
            items.append(answer_item(step, value, lang, skipped=entry["key"] not in engine.answers))
            if value is not None:
                items += event_items(engine.option_events(step, value), lang)
    current = engine.current
    if current is not None:
        if current.phase != phase:
            items.append(phase_item(current.phase, lang))
        items += step_items(current, engine, lib, lang)
    return items


def finish_items(engine: Engine, lib, lang: str) -> list[Item]:
    items: list[Item] = []
    end = engine.end_step
    items.append(("end", t("conv.finished", lang), end.text.get(lang) if end is not None and end.text else "", ""))
    scores = engine.scores()
    if scores:
        lines = [f"{lib.card_title(tag, lang)}: {got} / {best}" for tag, (got, best) in scores.items()]
        items.append(("feedback", t("conv.scores", lang), "\n".join(lines), ""))
    return items
